package dev.gatekeeper.mojo;

import dev.gatekeeper.core.ReactorScope;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The reactor's execution-root project and how much of the reactor this build covers. Under
 * {@code -rf :c} or {@code -pl c} Maven's "top-level project" is the first project built, not the
 * execution root; the evidence still belongs in the execution root's {@code target/gatekeeper/}.
 */
final class ReactorRoot {
    private ReactorRoot() {}

    /**
     * The project whose POM the build was started from, also when it is not in the build itself;
     * else Maven's top-level project; else {@code current}.
     */
    static MavenProject project(MavenSession session, MavenProject current) {
        List<MavenProject> all = session.getAllProjects();
        if (all != null) {
            for (MavenProject candidate : all) {
                if (candidate.isExecutionRoot()) {
                    return candidate;
                }
            }
        }
        return session.getTopLevelProject() != null ? session.getTopLevelProject() : current;
    }

    /** The modules in this build against the reactor's modules. */
    static ReactorScope scope(MavenSession session) {
        List<String> built = session.getProjects().stream().map(BuildIdentity::moduleKey).toList();
        List<MavenProject> all = session.getAllProjects();
        return ReactorScope.of(built, all == null ? null : all.stream().map(BuildIdentity::moduleKey).toList());
    }
}
