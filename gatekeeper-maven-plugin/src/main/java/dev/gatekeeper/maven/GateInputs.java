package dev.gatekeeper.maven;

import dev.gatekeeper.core.ArchiveDigest;
import dev.gatekeeper.core.Digests;
import dev.gatekeeper.reuse.ReuseInputs;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.eclipse.aether.artifact.Artifact;

/**
 * Builds a gate's {@link ReuseInputs} from the build's state: each helper adds one named digest. A
 * helper that cannot read what it digests makes the gate run instead of guessing.
 */
public final class GateInputs {
    /** Written for a file or directory that does not exist, so that creating it is a change. */
    static final String MISSING = ReuseInputs.MISSING;

    // Which gates run, how the build stops and where records are shared do not change what a gate concludes.
    private static final Set<String> NOT_INPUTS =
            Set.of("reuse", "reuseStore", "reuseStoreServerId", "gates", "failFast");

    private final MavenSession session;
    private final MavenProject project;
    private final MojoExecution execution;
    private final PluginDescriptor plugin;
    private final Map<String, String> digests = new LinkedHashMap<>();
    private final Map<String, Path> outputs = new LinkedHashMap<>();
    private String problem;

    public GateInputs(MavenSession session, MavenProject project, MojoExecution execution, PluginDescriptor plugin) {
        this.session = session;
        this.project = project;
        this.execution = execution;
        this.plugin = plugin;
    }

    public ReuseInputs build() {
        return problem == null ? ReuseInputs.withOutputFiles(digests, outputs) : ReuseInputs.never(problem);
    }

    public GateInputs value(String name, String value) {
        digests.put(name, value == null ? MISSING : value);
        return this;
    }

    /**
     * This execution's effective configuration: every parameter as Maven evaluates it, so a user
     * property ({@code -Dgatekeeper.audit.failOnCvss=5}) changes it like an edit of the POM does.
     */
    public GateInputs configuration() {
        Xpp3Dom configuration = execution.getConfiguration() == null
                ? new Xpp3Dom("configuration")
                : new Xpp3Dom(execution.getConfiguration());
        MojoDescriptor descriptor = execution.getMojoDescriptor();
        for (int index = configuration.getChildCount() - 1; index >= 0; index--) {
            String name = configuration.getChild(index).getName();
            Parameter parameter =
                    descriptor == null ? null : descriptor.getParameterMap().get(name);
            if (NOT_INPUTS.contains(name) || (parameter != null && !parameter.isEditable())) {
                configuration.removeChild(index);
            }
        }
        PluginParameterExpressionEvaluator evaluator = new PluginParameterExpressionEvaluator(session, execution);
        String root = CloneRelative.rootOf(session);
        return value(
                "configuration",
                Digests.sha256(execution.getGoal() + "\n"
                        + ConfigurationDigest.canonical(
                                configuration, leaf -> CloneRelative.of(evaluated(evaluator, leaf), root))));
    }

    /** As Maven configures a parameter: the value's expression, else the default's, else the raw text. */
    private static String evaluated(PluginParameterExpressionEvaluator evaluator, Xpp3Dom leaf) {
        for (String text : new String[] {leaf.getValue(), leaf.getAttribute("default-value")}) {
            if (text == null) {
                continue;
            }
            try {
                Object value = evaluator.evaluate(text);
                if (value != null) {
                    return value instanceof Object[] array ? List.of(array).toString() : value.toString();
                }
            } catch (ExpressionEvaluationException e) {
                return "unevaluated " + text;
            }
        }
        return leaf.getValue() == null ? "" : "unset " + leaf.getValue();
    }

    /** The ids of the profiles active for the project, from its own POM and its parents. */
    public GateInputs profiles() {
        Set<String> active = new TreeSet<>();
        project.getInjectedProfileIds().values().forEach(active::addAll);
        return value("profiles", String.join(",", active));
    }

    /** Gatekeeper's version, and for a SNAPSHOT its jar's digest: a new Gatekeeper never reuses an old result. */
    public GateInputs pluginVersion() {
        String version = plugin.getId();
        File jar = plugin.getPluginArtifact() == null
                ? null
                : plugin.getPluginArtifact().getFile();
        if (version.endsWith("-SNAPSHOT") && jar != null && jar.isFile()) {
            try {
                version += " " + Digests.sha256(jar.toPath());
            } catch (IOException e) {
                return cannotRead(jar.toPath(), e);
            }
        }
        return value("gatekeeper", version);
    }

    public GateInputs javaAndMaven() {
        value(
                "java",
                System.getProperty("java.version") + " " + System.getProperty("java.vendor") + " "
                        + System.getProperty("java.home"));
        return value("maven", session.getSystemProperties().getProperty("maven.version", "unknown"));
    }

    /**
     * The reactor's resolved compile and runtime graph (reactor modules aside): every artifact's
     * coordinates, and for a SNAPSHOT, whose file may change under the same coordinates, its content
     * ({@link ArchiveDigest}: a jar rebuilt from the same sources is the same).
     */
    public GateInputs dependencyGraph(ProjectDependenciesResolver resolver, String gate) {
        return dependencyGraph(resolver, gate, ReactorDependencyGraph.COMPILE_AND_RUNTIME);
    }

    /** As {@link #dependencyGraph(ProjectDependenciesResolver, String)}, of the given scopes. */
    public GateInputs dependencyGraph(ProjectDependenciesResolver resolver, String gate, List<String> scopes) {
        List<Artifact> graph;
        try {
            graph = ReactorDependencyGraph.resolve(session, resolver, gate, scopes);
        } catch (MojoExecutionException e) {
            problem = problem != null ? problem : "the dependency graph cannot be resolved (" + e.getMessage() + ")";
            return this;
        }
        Set<String> lines = new TreeSet<>();
        for (Artifact artifact : graph) {
            String line = artifact.toString();
            if (artifact.isSnapshot() && artifact.getFile() != null) {
                try {
                    line += " " + ArchiveDigest.of(artifact.getFile().toPath());
                } catch (IOException e) {
                    return cannotRead(artifact.getFile().toPath(), e);
                }
            }
            lines.add(line);
        }
        return value("dependency-graph", Digests.sha256(String.join("\n", lines)));
    }

    /**
     * This module's own resolved graph (the goal has it resolved), with the files of SNAPSHOTs and reactor
     * modules by content: a gate bound in one module judges what that module's consumers get, and resolving
     * the whole reactor from its first module fails while the later modules are not packaged yet.
     */
    public GateInputs moduleDependencyGraph() {
        Set<String> reactor =
                session.getProjects().stream().map(BuildIdentity::moduleKey).collect(Collectors.toSet());
        Set<String> lines = new TreeSet<>();
        for (org.apache.maven.artifact.Artifact artifact : project.getArtifacts()) {
            String line = artifact.getId() + " " + artifact.getScope();
            if (artifact.isSnapshot() || reactor.contains(artifact.getGroupId() + ":" + artifact.getArtifactId())) {
                Path file =
                        artifact.getFile() == null ? null : artifact.getFile().toPath();
                try {
                    line += " " + artifactDigest(file);
                } catch (IOException e) {
                    return cannotRead(file, e);
                }
            }
            lines.add(line);
        }
        return value("dependency-graph", Digests.sha256(String.join("\n", lines)));
    }

    /** The POMs of this module's parents, which a consumer's resolution of the module reads too. */
    public GateInputs parentPoms() {
        StringBuilder listing = new StringBuilder();
        for (MavenProject parent = project.getParent(); parent != null; parent = parent.getParent()) {
            Path pom = parent.getFile() == null ? null : parent.getFile().toPath();
            try {
                listing.append(BuildIdentity.moduleKey(parent))
                        .append(' ')
                        .append(pom == null ? MISSING : Digests.sha256(pom))
                        .append('\n');
            } catch (IOException e) {
                return cannotRead(pom, e);
            }
        }
        return value("parent-poms", Digests.sha256(listing.toString()));
    }

    /**
     * What each project would deploy: its main and attached artifact files and its POM, by content. A jar
     * counts by its entries' names and contents ({@link ArchiveDigest}), not its bytes: without
     * {@code project.build.outputTimestamp} every rebuild stamps the entries anew, and that alone must
     * not make the gates that judge the jar run again. (The evidence still binds each file's SHA-256.)
     */
    public GateInputs artifacts(Collection<MavenProject> projects) {
        StringBuilder listing = new StringBuilder();
        try {
            for (MavenProject module : projects) {
                for (Map.Entry<String, Path> artifact :
                        ReactorArtifacts.filesOfModule(module).entrySet()) {
                    listing.append(artifact.getKey())
                            .append(' ')
                            .append(ArchiveDigest.of(artifact.getValue()))
                            .append('\n');
                }
            }
        } catch (IOException e) {
            problem = problem != null ? problem : "the artifacts cannot be read (" + e.getMessage() + ")";
            return this;
        }
        return value("artifacts", Digests.sha256(listing.toString()));
    }

    /** A file's content, a directory's whole tree, or {@value #MISSING}. */
    public GateInputs file(String name, Path path) {
        try {
            return value(name, contentDigest(path));
        } catch (IOException e) {
            return cannotRead(path, e);
        }
    }

    /** A dependency's file: a jar by its content, a module's classes directory by its whole tree, or {@value #MISSING}. */
    private static String artifactDigest(Path path) throws IOException {
        if (path == null || !Files.exists(path)) {
            return MISSING;
        }
        return Files.isDirectory(path) ? Digests.sha256Tree(path) : ArchiveDigest.of(path);
    }

    private static String contentDigest(Path path) throws IOException {
        if (path == null || !Files.exists(path)) {
            return MISSING;
        }
        return Files.isDirectory(path) ? Digests.sha256Tree(path) : Digests.sha256(path);
    }

    /** A file the gate writes itself and later goals use (the SBOM): digested as the gate's run left it. */
    public GateInputs output(String name, Path path) {
        outputs.put(name, path);
        return file(name, path);
    }

    /** A large file that is only ever replaced whole (a database): its size and modification time, or {@value #MISSING}. */
    public GateInputs fileStamp(String name, Path file) {
        try {
            return value(
                    name,
                    Files.isRegularFile(file)
                            ? Files.size(file) + " "
                                    + Files.getLastModifiedTime(file).toMillis()
                            : MISSING);
        } catch (IOException e) {
            return cannotRead(file, e);
        }
    }

    /** Every project's POM by content: versions, properties and plugin configuration a scan depends on. */
    public GateInputs poms(Collection<MavenProject> projects) {
        StringBuilder listing = new StringBuilder();
        for (MavenProject module : projects) {
            try {
                listing.append(BuildIdentity.moduleKey(module))
                        .append(' ')
                        .append(
                                module.getFile() == null
                                        ? MISSING
                                        : Digests.sha256(module.getFile().toPath()))
                        .append('\n');
            } catch (IOException e) {
                return cannotRead(module.getFile().toPath(), e);
            }
        }
        return value("poms", Digests.sha256(listing.toString()));
    }

    private GateInputs cannotRead(Path path, IOException e) {
        problem = problem != null ? problem : "cannot read " + path + " (" + e.getMessage() + ")";
        return this;
    }
}
