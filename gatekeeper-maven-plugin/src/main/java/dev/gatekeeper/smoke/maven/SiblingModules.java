package dev.gatekeeper.smoke.maven;

import dev.gatekeeper.maven.ReactorRoot;
import dev.gatekeeper.smoke.Siblings;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.LocalArtifactRequest;
import org.eclipse.aether.repository.LocalArtifactResult;

/**
 * The reactor modules outside this build ({@code mvn -pl}, {@code -rf}) that a consumer of a module
 * needs: its parents and its reactor dependencies, with their parents. Maven resolved them from the
 * local repository (or read a parent POM from the reactor), so the smoke gate takes them from there.
 */
public final class SiblingModules {
    private SiblingModules() {}

    public static Siblings of(MavenSession session, MavenProject project) throws IOException {
        List<MavenProject> all = ReactorRoot.allProjects(session);
        if (all.size() <= session.getProjects().size()) {
            return Siblings.none();
        }
        Set<MavenProject> outside = new LinkedHashSet<>(all);
        outside.removeAll(session.getProjects());
        Deque<MavenProject> pending = new ArrayDeque<>();
        addParents(project, pending);
        for (Artifact artifact : project.getArtifacts()) {
            for (MavenProject candidate : outside) {
                if (candidate.getGroupId().equals(artifact.getGroupId())
                        && candidate.getArtifactId().equals(artifact.getArtifactId())
                        && candidate.getVersion().equals(artifact.getBaseVersion())) {
                    pending.add(candidate);
                }
            }
        }
        Set<MavenProject> needed = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            MavenProject next = pending.poll();
            if (outside.contains(next) && needed.add(next)) {
                addParents(next, pending);
            }
        }
        List<Siblings.Module> modules = new ArrayList<>();
        for (MavenProject module : all) {
            if (needed.contains(module)) {
                modules.add(new Siblings.Module(
                        module.getGroupId(),
                        module.getArtifactId(),
                        module.getVersion(),
                        module.getPackaging(),
                        module.getArtifact().getArtifactHandler().getExtension(),
                        module.getFile() == null ? null : module.getFile().toPath()));
            }
        }
        RepositorySystemSession repository = session.getRepositorySession();
        return Siblings.locate(modules, (groupId, artifactId, version, extension) -> {
            LocalArtifactResult found = repository
                    .getLocalRepositoryManager()
                    .find(
                            repository,
                            new LocalArtifactRequest(
                                    new DefaultArtifact(groupId, artifactId, "", extension, version), null, null));
            return found.getFile() == null ? null : found.getFile().toPath();
        });
    }

    private static void addParents(MavenProject project, Deque<MavenProject> pending) {
        for (MavenProject parent = project.getParent(); parent != null; parent = parent.getParent()) {
            pending.add(parent);
        }
    }
}
