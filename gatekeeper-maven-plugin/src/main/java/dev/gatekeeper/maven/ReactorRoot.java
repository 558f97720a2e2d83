package dev.gatekeeper.maven;

import dev.gatekeeper.core.ReactorScope;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectSorter;

/**
 * The reactor's execution-root project and how much of the reactor this build covers. Under
 * {@code -rf :c} or {@code -pl c} Maven's "top-level project" is the first project built, not the
 * execution root; the evidence still belongs in the execution root's {@code target/gatekeeper/}.
 */
public final class ReactorRoot {
    private ReactorRoot() {}

    /**
     * The project whose POM the build was started from, also when it is not in the build itself;
     * else Maven's top-level project; else {@code current}.
     */
    public static MavenProject project(MavenSession session, MavenProject current) {
        for (MavenProject candidate : allProjects(session)) {
            if (candidate.isExecutionRoot()) {
                return candidate;
            }
        }
        return session.getTopLevelProject() != null ? session.getTopLevelProject() : current;
    }

    /** The modules in this build against the reactor's modules. */
    public static ReactorScope scope(MavenSession session) {
        List<String> built =
                session.getProjects().stream().map(BuildIdentity::moduleKey).toList();
        return ReactorScope.of(
                built,
                allProjects(session).stream().map(BuildIdentity::moduleKey).toList());
    }

    /**
     * Every project of the reactor, the ones outside this build too, in reactor order (Maven keeps them
     * in the order it read them); empty when Maven does not say.
     */
    public static List<MavenProject> allProjects(MavenSession session) {
        List<MavenProject> all = session.getAllProjects();
        if (all == null || all.isEmpty()) {
            return List.of();
        }
        try {
            return new ProjectSorter(all).getSortedProjects();
        } catch (Exception e) {
            // A cycle or a duplicate, which Maven itself refuses before any goal runs. Caught as Exception:
            // plexus-utils' CycleDetectedException is not exported to plugins, so naming it fails to link.
            return all;
        }
    }
}
