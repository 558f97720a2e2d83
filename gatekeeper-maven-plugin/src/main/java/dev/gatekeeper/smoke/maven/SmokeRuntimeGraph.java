package dev.gatekeeper.smoke.maven;

import dev.gatekeeper.core.DisplayPaths;
import dev.gatekeeper.maven.BuildIdentity;
import dev.gatekeeper.smoke.RuntimeDependency;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.RepositoryUtils;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.InputLocation;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.ArtifactTypeRegistry;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.collection.DependencyCollectionException;
import org.eclipse.aether.graph.DependencyNode;

/**
 * The module's compile and runtime graph as a consumer of its POM gets it, and where each direct
 * dependency is declared, for the smoke gate's test-framework check.
 */
public final class SmokeRuntimeGraph {
    private static final Set<String> CONSUMER_SCOPES = Set.of("compile", "runtime", "system");

    private SmokeRuntimeGraph() {}

    /**
     * What a consumer of the published POM gets: the module's compile and runtime dependencies (versions
     * and scopes as its effective model has them) collected as a consumer's Maven does, without the
     * module's dependencyManagement below its direct dependencies and without anything that only the
     * module's tests need. The build's own graph would differ where a test dependency is nearer: Maven
     * then keeps that path and only widens the scope, so the trail would name a test dependency.
     */
    public static List<RuntimeDependency> of(MavenProject project, MavenSession session, RepositorySystem system)
            throws DependencyCollectionException {
        ArtifactTypeRegistry types = session.getRepositorySession().getArtifactTypeRegistry();
        CollectRequest request = new CollectRequest();
        request.setRootArtifact(RepositoryUtils.toArtifact(project.getArtifact()));
        request.setRepositories(project.getRemoteProjectRepositories());
        for (Dependency dependency : project.getDependencies()) {
            if (dependency.getScope() == null || CONSUMER_SCOPES.contains(dependency.getScope())) {
                request.addDependency(RepositoryUtils.toDependency(dependency, types));
            }
        }
        DependencyNode root = system.collectDependencies(session.getRepositorySession(), request)
                .getRoot();
        Map<String, Path> files = new HashMap<>();
        for (Artifact artifact : project.getArtifacts()) {
            if (artifact.getFile() != null) {
                files.put(
                        artifact.getGroupId() + ":" + artifact.getArtifactId(),
                        artifact.getFile().toPath());
            }
        }
        List<RuntimeDependency> graph = new ArrayList<>();
        for (DependencyNode direct : root.getChildren()) {
            walk(direct, direct.getDependency().isOptional(), new ArrayList<>(), files, graph, new HashSet<>());
        }
        return graph;
    }

    private static void walk(
            DependencyNode node,
            boolean optional,
            List<String> path,
            Map<String, Path> files,
            List<RuntimeDependency> graph,
            Set<String> seen) {
        org.eclipse.aether.artifact.Artifact artifact = node.getArtifact();
        String key = artifact.getGroupId() + ":" + artifact.getArtifactId();
        List<String> here = new ArrayList<>(path);
        here.add(key + ":" + artifact.getBaseVersion());
        if (!seen.add(key)) {
            return;
        }
        String scope =
                node.getDependency() == null ? "compile" : node.getDependency().getScope();
        graph.add(new RuntimeDependency(
                artifact.getGroupId(),
                artifact.getArtifactId(),
                artifact.getBaseVersion(),
                scope == null || scope.isEmpty() ? "compile" : scope,
                optional,
                here,
                files.get(key)));
        for (DependencyNode child : node.getChildren()) {
            walk(child, optional, here, files, graph, seen);
        }
    }

    /** Where each dependency of the effective model was written: a reactor POM and its line, else the parent's id. */
    public static Map<String, RuntimeDependency.Declaration> declarations(MavenProject project, MavenSession session) {
        Path root = BuildIdentity.executionRoot(session);
        Set<Path> reactorPoms = session.getProjects().stream()
                .map(p -> p.getFile().toPath().toAbsolutePath().normalize())
                .collect(Collectors.toSet());
        Map<String, RuntimeDependency.Declaration> declarations = new LinkedHashMap<>();
        String ownPom = DisplayPaths.relativeTo(root, project.getFile().toPath());
        for (Dependency dependency : project.getModel().getDependencies()) {
            InputLocation location = dependency.getLocation("");
            RuntimeDependency.Declaration declaration = new RuntimeDependency.Declaration(ownPom, null);
            if (location != null && location.getSource() != null) {
                String source = location.getSource().getLocation();
                Integer line = location.getLineNumber() > 0 ? location.getLineNumber() : null;
                Path file =
                        source == null ? null : Path.of(source).toAbsolutePath().normalize();
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
}
