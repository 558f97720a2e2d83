package dev.gatekeeper.audit.maven;

import dev.gatekeeper.audit.AuditGate;
import dev.gatekeeper.audit.DependencyLocations;
import dev.gatekeeper.audit.ResolvedDependency;
import dev.gatekeeper.audit.osv.MavenCoordinates;
import dev.gatekeeper.core.DisplayPaths;
import dev.gatekeeper.maven.BuildIdentity;
import dev.gatekeeper.maven.ReactorDependencyGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.InputLocation;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.DependencyNode;

/**
 * The audit's view of the reactor's resolved graph: every module's dependencies of the scanned scopes (Maven's
 * own resolution, reactor modules aside), each artifact once, located at the first module in reactor order that
 * has it: the line of its POM that declares the direct dependency bringing it, and the path down the resolved
 * tree from there.
 */
public final class AuditDependencyGraph implements AuditGate.DependencyGraph {
    private final MavenSession session;
    private final ProjectDependenciesResolver resolver;
    private final String gate;
    private final List<String> scopes;

    /** {@code gate} names who asks in a resolution failure. */
    public AuditDependencyGraph(
            MavenSession session, ProjectDependenciesResolver resolver, String gate, boolean includeTestScope) {
        this.session = session;
        this.resolver = resolver;
        this.gate = gate;
        this.scopes = scopes(includeTestScope);
    }

    /** Compile and runtime, and test with {@code gatekeeper.audit.includeTestScope}. */
    public static List<String> scopes(boolean includeTestScope) {
        return includeTestScope
                ? List.of("compile", "runtime", "test")
                : ReactorDependencyGraph.COMPILE_AND_RUNTIME;
    }

    @Override
    public List<String> scopes() {
        return scopes;
    }

    @Override
    public List<ResolvedDependency> resolve() throws MojoExecutionException {
        Path root = BuildIdentity.executionRoot(session);
        Set<String> modules = ReactorDependencyGraph.reactorModules(session);
        Set<Path> reactorPoms = session.getProjects().stream()
                .filter(p -> p.getFile() != null)
                .map(p -> p.getFile().toPath().toAbsolutePath().normalize())
                .collect(Collectors.toSet());
        List<ResolvedDependency> inReactorOrder = new ArrayList<>();
        for (MavenProject project : session.getProjects()) {
            DependencyResolutionResult result =
                    ReactorDependencyGraph.resolveModule(session, resolver, gate, project, scopes);
            Set<String> resolved = new HashSet<>();
            result.getResolvedDependencies().forEach(d -> resolved.add(d.getArtifact().toString()));
            Module module = new Module(project, root, reactorPoms, modules, resolved, inReactorOrder);
            DependencyNode tree = result.getDependencyGraph();
            if (tree == null) {
                continue;
            }
            for (DependencyNode direct : tree.getChildren()) {
                module.walk(direct, module.declarationOf(direct), new ArrayList<>(), new HashSet<>());
            }
        }
        return DependencyLocations.firstPerArtifact(inReactorOrder);
    }

    /** One reactor module's tree walked from its direct dependencies down. */
    private record Module(
            MavenProject project,
            Path root,
            Set<Path> reactorPoms,
            Set<String> reactorModules,
            Set<String> resolved,
            List<ResolvedDependency> found) {

        void walk(
                DependencyNode node,
                ResolvedDependency.Declaration declaration,
                List<String> path,
                Set<String> seen) {
            Artifact artifact = node.getArtifact();
            if (artifact == null) {
                return;
            }
            MavenCoordinates coordinates =
                    new MavenCoordinates(artifact.getGroupId(), artifact.getArtifactId(), artifact.getVersion());
            if (!seen.add(coordinates.toString())) {
                return;
            }
            List<String> here = new ArrayList<>(path);
            here.add(coordinates.toString());
            // The tree holds every collected scope; only what the filtered resolution kept is scanned.
            if (resolved.contains(artifact.toString()) && !reactorModules.contains(coordinates.packageName())) {
                String scope = node.getDependency() == null ? null : node.getDependency().getScope();
                found.add(new ResolvedDependency(
                        coordinates,
                        scope == null || scope.isEmpty() ? "compile" : scope,
                        project.getArtifactId(),
                        declaration,
                        here,
                        List.of()));
            }
            for (DependencyNode child : node.getChildren()) {
                walk(child, declaration, here, seen);
            }
        }

        /**
         * Where the effective model declares this direct dependency: the reactor POM and line its input location
         * names (the module's own, or a reactor parent's when inherited), or the module's POM without a line and
         * the parent's id when a POM outside the reactor declares it.
         */
        ResolvedDependency.Declaration declarationOf(DependencyNode direct) {
            String ownPom = project.getFile() == null
                    ? DisplayPaths.relativeTo(root, root.resolve("pom.xml"))
                    : DisplayPaths.relativeTo(root, project.getFile().toPath());
            Dependency declared = declared(direct.getArtifact());
            InputLocation location = declared == null ? null : declared.getLocation("");
            if (location == null || location.getSource() == null) {
                return new ResolvedDependency.Declaration(ownPom, null, null, null);
            }
            Integer line = location.getLineNumber() > 0 ? location.getLineNumber() : null;
            Integer column = location.getColumnNumber() > 0 ? location.getColumnNumber() : null;
            String source = location.getSource().getLocation();
            Path file = source == null ? null : Path.of(source).toAbsolutePath().normalize();
            if (file != null && reactorPoms.contains(file)) {
                return new ResolvedDependency.Declaration(DisplayPaths.relativeTo(root, file), line, column, null);
            }
            return new ResolvedDependency.Declaration(ownPom, null, null, location.getSource().getModelId());
        }

        /** The effective model's dependency this artifact is: same classifier first, else same groupId:artifactId. */
        private Dependency declared(Artifact artifact) {
            if (artifact == null) {
                return null;
            }
            Dependency sameKey = null;
            for (Dependency dependency : project.getModel().getDependencies()) {
                if (!dependency.getGroupId().equals(artifact.getGroupId())
                        || !dependency.getArtifactId().equals(artifact.getArtifactId())) {
                    continue;
                }
                String classifier = dependency.getClassifier() == null ? "" : dependency.getClassifier();
                if (classifier.equals(artifact.getClassifier())) {
                    return dependency;
                }
                if (sameKey == null) {
                    sameKey = dependency;
                }
            }
            return sameKey;
        }
    }
}
