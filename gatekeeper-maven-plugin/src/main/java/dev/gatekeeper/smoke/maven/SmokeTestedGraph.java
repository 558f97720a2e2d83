package dev.gatekeeper.smoke.maven;

import dev.gatekeeper.core.DisplayPaths;
import dev.gatekeeper.maven.BuildIdentity;
import dev.gatekeeper.smoke.ConsumerGraphCheck;
import dev.gatekeeper.smoke.ConsumerGraphPolicy;
import dev.gatekeeper.smoke.GraphArtifact;
import dev.gatekeeper.smoke.ManagedVersion;
import dev.gatekeeper.smoke.RuntimeDependency;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
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
 * The module's runtime graph as the build resolved it, the one its tests ran with, and the build's
 * dependencyManagement with where each managed version is written, for the smoke gate's consumer-graph check.
 */
public final class SmokeTestedGraph {
    private static final Set<String> RUNTIME_SCOPES = Set.of("compile", "runtime");
    private static final Set<String> CLASSPATH_TYPES = Set.of("jar", "test-jar");

    private SmokeTestedGraph() {}

    /**
     * The consumer-graph check of the module under {@code policy}: its tested graph and dependencyManagement.
     *
     * @param consumerView the graph as a consumer's Maven collects it, or null when it could not be collected
     */
    public static ConsumerGraphCheck check(
            ConsumerGraphPolicy policy,
            MavenProject project,
            MavenSession session,
            List<RuntimeDependency> consumerView) {
        if (policy == ConsumerGraphPolicy.OFF) {
            return ConsumerGraphCheck.off();
        }
        return new ConsumerGraphCheck(
                policy,
                of(project),
                managed(project, session),
                consumerView == null ? List.of() : consumerView,
                testClasspathOnly(project));
    }

    /**
     * The rest of what the tests ran with: the module's own provided, test and system dependencies (a Maven
     * plugin's Maven API, provided by Maven, which a consumer may get at compile scope through another
     * dependency), as the effective model declares them (the smoke goal resolves only the runtime classpath),
     * and any resolved artifact in those scopes.
     */
    public static List<GraphArtifact> testClasspathOnly(MavenProject project) {
        List<GraphArtifact> graph = new ArrayList<>();
        for (Dependency dependency : project.getDependencies()) {
            if (dependency.getVersion() == null
                    || RUNTIME_SCOPES.contains(dependency.getScope() == null ? "compile" : dependency.getScope())
                    || !CLASSPATH_TYPES.contains(dependency.getType())) {
                continue;
            }
            graph.add(new GraphArtifact(
                    dependency.getGroupId(),
                    dependency.getArtifactId(),
                    dependency.getClassifier(),
                    dependency.getVersion(),
                    true));
        }
        for (Artifact artifact : project.getArtifacts()) {
            if (RUNTIME_SCOPES.contains(artifact.getScope()) || !onClasspath(artifact)) {
                continue;
            }
            graph.add(new GraphArtifact(
                    artifact.getGroupId(),
                    artifact.getArtifactId(),
                    artifact.getClassifier(),
                    artifact.getBaseVersion(),
                    true));
        }
        return graph;
    }

    private static boolean onClasspath(Artifact artifact) {
        return artifact.getArtifactHandler() == null
                || artifact.getArtifactHandler().isAddedToClasspath();
    }

    /**
     * Maven's resolved artifacts of the module in compile and runtime scope that go on a classpath (the tests ran
     * with them); an optional direct dependency and what comes with it are marked optional (a consumer does not get
     * them from the module, but may from another dependency).
     */
    public static List<GraphArtifact> of(MavenProject project) {
        Set<String> optional = new HashSet<>();
        for (Dependency dependency : project.getDependencies()) {
            if (dependency.isOptional()) {
                optional.add(dependency.getGroupId() + ":" + dependency.getArtifactId());
            }
        }
        List<GraphArtifact> graph = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            if (!RUNTIME_SCOPES.contains(artifact.getScope()) || !onClasspath(artifact)) {
                continue;
            }
            graph.add(new GraphArtifact(
                    artifact.getGroupId(),
                    artifact.getArtifactId(),
                    artifact.getClassifier(),
                    artifact.getBaseVersion(),
                    artifact.isOptional() || comesWith(artifact.getDependencyTrail(), optional)));
        }
        return graph;
    }

    /**
     * The effective model's dependencyManagement (the module's, its parents', imported BOMs'), by
     * groupId:artifactId[:classifier], with a reactor POM and line or the id of the POM it is written in.
     */
    public static Map<String, ManagedVersion> managed(MavenProject project, MavenSession session) {
        Map<String, ManagedVersion> managed = new LinkedHashMap<>();
        if (project.getDependencyManagement() == null) {
            return managed;
        }
        Path root = BuildIdentity.executionRoot(session);
        Set<Path> reactorPoms = session.getProjects().stream()
                .map(p -> p.getFile().toPath().toAbsolutePath().normalize())
                .collect(Collectors.toSet());
        for (Dependency dependency : project.getDependencyManagement().getDependencies()) {
            if (dependency.getVersion() == null) {
                continue;
            }
            String key = dependency.getGroupId() + ":" + dependency.getArtifactId()
                    + (dependency.getClassifier() == null
                                    || dependency.getClassifier().isEmpty()
                            ? ""
                            : ":" + dependency.getClassifier());
            managed.putIfAbsent(key, new ManagedVersion(dependency.getVersion(), where(dependency, root, reactorPoms)));
        }
        return managed;
    }

    private static String where(Dependency dependency, Path root, Set<Path> reactorPoms) {
        InputLocation location = dependency.getLocation("version");
        if (location == null) {
            location = dependency.getLocation("");
        }
        if (location == null || location.getSource() == null) {
            return "the effective POM";
        }
        String source = location.getSource().getLocation();
        Path file = source == null ? null : Path.of(source).toAbsolutePath().normalize();
        if (file != null && reactorPoms.contains(file)) {
            return DisplayPaths.relativeTo(root, file)
                    + (location.getLineNumber() > 0 ? " line " + location.getLineNumber() : "");
        }
        return location.getSource().getModelId() == null
                ? "the effective POM"
                : "the POM of " + location.getSource().getModelId();
    }

    /** Whether the trail (project, direct dependency, …, artifact) starts at one of {@code directKeys}. */
    private static boolean comesWith(List<String> trail, Set<String> directKeys) {
        if (trail == null || trail.size() < 2 || directKeys.isEmpty()) {
            return false;
        }
        String[] direct = trail.get(1).split(":");
        return direct.length >= 2 && directKeys.contains(direct[0] + ":" + direct[1]);
    }
}
