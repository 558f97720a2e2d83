package dev.gatekeeper.mojo;

import dev.gatekeeper.core.DisplayPaths;
import dev.gatekeeper.smoke.RuntimeDependency;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.InputLocation;
import org.apache.maven.project.MavenProject;

/**
 * The module's resolved compile and runtime graph (what the smoke goal's RUNTIME resolution gave it), and
 * where each direct dependency is declared, for the smoke gate's test-framework check.
 */
final class SmokeRuntimeGraph {
    private SmokeRuntimeGraph() {}

    static List<RuntimeDependency> of(MavenProject project) {
        List<RuntimeDependency> graph = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            List<String> trail = artifact.getDependencyTrail();
            // The trail starts with the module itself; without one, the artifact is taken as direct.
            List<String> path = trail == null || trail.size() < 2
                    ? List.of(artifact.getGroupId() + ":" + artifact.getArtifactId() + ":" + artifact.getBaseVersion())
                    : trail.subList(1, trail.size()).stream().map(SmokeRuntimeGraph::coordinates).toList();
            File file = artifact.getFile();
            graph.add(new RuntimeDependency(artifact.getGroupId(), artifact.getArtifactId(), artifact.getBaseVersion(),
                    artifact.getScope(), artifact.isOptional(), path, file == null ? null : file.toPath()));
        }
        return graph;
    }

    /** Where each dependency of the effective model was written: a reactor POM and its line, else the parent's id. */
    static Map<String, RuntimeDependency.Declaration> declarations(MavenProject project, MavenSession session) {
        Path root = BuildIdentity.executionRoot(session);
        Set<Path> reactorPoms = session.getProjects().stream()
                .map(p -> p.getFile().toPath().toAbsolutePath().normalize()).collect(Collectors.toSet());
        Map<String, RuntimeDependency.Declaration> declarations = new LinkedHashMap<>();
        String ownPom = DisplayPaths.relativeTo(root, project.getFile().toPath());
        for (Dependency dependency : project.getModel().getDependencies()) {
            InputLocation location = dependency.getLocation("");
            RuntimeDependency.Declaration declaration = new RuntimeDependency.Declaration(ownPom, null);
            if (location != null && location.getSource() != null) {
                String source = location.getSource().getLocation();
                Integer line = location.getLineNumber() > 0 ? location.getLineNumber() : null;
                Path file = source == null ? null : Path.of(source).toAbsolutePath().normalize();
                if (file != null && reactorPoms.contains(file)) {
                    declaration = new RuntimeDependency.Declaration(DisplayPaths.relativeTo(root, file), line);
                } else if (location.getSource().getModelId() != null) {
                    declaration = new RuntimeDependency.Declaration(
                            "the POM of " + location.getSource().getModelId(), line);
                }
            }
            declarations.putIfAbsent(dependency.getGroupId() + ":" + dependency.getArtifactId(), declaration);
        }
        return declarations;
    }

    /** groupId:artifactId:version of a trail entry groupId:artifactId:type[:classifier]:version. */
    private static String coordinates(String trailEntry) {
        String[] parts = trailEntry.split(":");
        return parts.length < 3 ? trailEntry : parts[0] + ":" + parts[1] + ":" + parts[parts.length - 1];
    }
}
