package dev.gatekeeper.maven;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.DefaultDependencyResolutionRequest;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.util.filter.ScopeDependencyFilter;

/**
 * Maven's own resolved compile and runtime graph of every reactor module, reactor modules aside, as the
 * SBOM and audit gates judge it. It is resolved here for each module: a finished module's resolved
 * artifacts are not kept by Maven.
 */
public final class ReactorDependencyGraph {
    /** The scopes the SBOM and, by default, the audit judge. */
    public static final List<String> COMPILE_AND_RUNTIME = List.of("compile", "runtime");

    private ReactorDependencyGraph() {}

    /** {@code groupId:artifactId} of every reactor module. */
    public static Set<String> reactorModules(MavenSession session) {
        Set<String> modules = new LinkedHashSet<>();
        session.getProjects().forEach(p -> modules.add(p.getGroupId() + ":" + p.getArtifactId()));
        return modules;
    }

    /** Every artifact once, in the reactor's order; {@code gate} names who asks in a resolution failure. */
    public static List<Artifact> resolve(MavenSession session, ProjectDependenciesResolver resolver, String gate)
            throws MojoExecutionException {
        return resolve(session, resolver, gate, COMPILE_AND_RUNTIME);
    }

    /** As {@link #resolve(MavenSession, ProjectDependenciesResolver, String)}, of the given scopes. */
    public static List<Artifact> resolve(
            MavenSession session, ProjectDependenciesResolver resolver, String gate, List<String> scopes)
            throws MojoExecutionException {
        Set<String> modules = reactorModules(session);
        Set<String> seen = new LinkedHashSet<>();
        List<Artifact> graph = new ArrayList<>();
        for (MavenProject reactorProject : session.getProjects()) {
            DependencyResolutionResult result = resolveModule(session, resolver, gate, reactorProject, scopes);
            for (Dependency dependency : result.getResolvedDependencies()) {
                Artifact artifact = dependency.getArtifact();
                if (modules.contains(artifact.getGroupId() + ":" + artifact.getArtifactId())
                        || !seen.add(artifact.toString())) {
                    continue;
                }
                graph.add(artifact);
            }
        }
        return graph;
    }

    /**
     * One reactor module's resolution of the given scopes: its resolved dependencies, and the whole collected
     * tree ({@link DependencyResolutionResult#getDependencyGraph()}, other scopes too) from the module down.
     */
    public static DependencyResolutionResult resolveModule(
            MavenSession session,
            ProjectDependenciesResolver resolver,
            String gate,
            MavenProject reactorProject,
            List<String> scopes)
            throws MojoExecutionException {
        DefaultDependencyResolutionRequest request =
                new DefaultDependencyResolutionRequest(reactorProject, session.getRepositorySession());
        request.setResolutionFilter(new ScopeDependencyFilter(scopes, null));
        try {
            return resolver.resolve(request);
        } catch (DependencyResolutionException e) {
            throw new MojoExecutionException(
                    gate + ": cannot resolve the " + (scopes.contains("test") ? "runtime and test" : "runtime")
                            + " dependencies of " + reactorProject.getArtifactId() + ": " + e.getMessage(),
                    e);
        }
    }
}
