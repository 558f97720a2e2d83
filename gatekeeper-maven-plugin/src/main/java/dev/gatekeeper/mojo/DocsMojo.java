package dev.gatekeeper.mojo;

import dev.gatekeeper.core.CommandSpec;
import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GitCheckout;
import dev.gatekeeper.docs.DocsGate;
import dev.gatekeeper.docs.DocsSettings;
import dev.gatekeeper.docs.Surface;
import dev.gatekeeper.maven.BuildIdentity;
import dev.gatekeeper.maven.Durations;
import dev.gatekeeper.maven.OwnConfiguration;
import dev.gatekeeper.maven.ProductCommand;
import dev.gatekeeper.reuse.ReuseInputs;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Docs in sync with the product: every relative link and repository path in the module's Markdown
 * files resolves, and every embedded surface (a CLI's help, a plugin's goals or parameters, a file)
 * equals what the product generates now.
 */
@Mojo(
        name = GateId.Goals.DOCS,
        defaultPhase = LifecyclePhase.VERIFY,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class DocsMojo extends AbstractCommandGateMojo {

    /** Skips this gate; it still appears in the verdict as SKIPPED. */
    @Parameter(property = "gatekeeper.docs.skip", defaultValue = "false")
    private boolean skipDocs;

    /** Include and exclude globs are relative to this directory. */
    @Parameter(property = "gatekeeper.docs.directory", defaultValue = "${project.basedir}")
    private File directory;

    /** Globs of the Markdown files to check; default {@code *.md} and {@code docs/**}{@code /*.md}. */
    @Parameter(property = "gatekeeper.docs.includes")
    private List<String> includes;

    /** Globs of Markdown files not to check. */
    @Parameter(property = "gatekeeper.docs.excludes")
    private List<String> excludes;

    /** Path references under one of these (at any depth; from the start when it begins with '/') are never checked: generated output, git's own files, paths of an example project. */
    @Parameter(property = "gatekeeper.docs.ignoredPaths", defaultValue = "target/,.git/")
    private List<String> ignoredPaths;

    /** Generated surfaces the docs may embed between markers. */
    @Parameter
    private List<DocsSurfaceConfig> surfaces;

    /** Rewrite stale surface blocks in place with the current content. */
    @Parameter(property = "gatekeeper.docs.update", defaultValue = "false")
    private boolean update;

    /** Every option in a command surface's output and every parameter of a plugin surface must be mentioned in the docs. */
    @Parameter(property = "gatekeeper.docs.coverage", defaultValue = "false")
    private boolean coverage;

    @Override
    protected GateId gate() {
        return GateId.DOCS;
    }

    @Override
    protected boolean isGateSkipped() {
        return skipDocs;
    }

    @Override
    protected ReuseInputs reuseInputs() {
        return ReuseInputs.never(
                "its link check depends on which files exist anywhere in the repository, too many inputs to name (and it is fast)");
    }

    @Override
    protected List<Gate> createGates() throws MojoExecutionException {
        List<Surface> configured = new ArrayList<>();
        LinkedHashSet<String> names = new LinkedHashSet<>();
        List<DocsSurfaceConfig> entries = surfaces == null ? List.of() : surfaces;
        for (int i = 0; i < entries.size(); i++) {
            Surface surface = toSurface(entries.get(i), i);
            if (!names.add(surface.name())) {
                throw new MojoExecutionException(
                        gateName() + ": two <surfaces> are named '" + surface.name() + "'; give each its own <name>");
            }
            configured.add(surface);
        }
        DocsSettings settings = new DocsSettings(
                repositoryRoot(),
                directory.toPath(),
                includes,
                excludes,
                ignoredPaths,
                configured,
                gatekeeperDirectory.toPath().resolve(gateName()),
                update,
                coverage,
                pathsConfigured());
        return List.of(new DocsGate(settings));
    }

    /**
     * Whether this module chose its doc paths itself: in its own pom.xml (not inherited from a parent,
     * whose profile binds the goal in every module alike) or on the command line.
     */
    private boolean pathsConfigured() {
        return session.getUserProperties().containsKey("gatekeeper.docs.includes")
                || session.getUserProperties().containsKey("gatekeeper.docs.directory")
                || OwnConfiguration.declaredBy(
                        project, pluginDescriptor.getPluginLookupKey(), gateName(), Set.of("includes", "directory"));
    }

    /** The git work tree the module is in; outside git, the directory Maven was started in. */
    private Path repositoryRoot() {
        try {
            Optional<GitCheckout> checkout =
                    GitCheckout.find(project.getBasedir().toPath());
            if (checkout.isPresent()) {
                try (GitCheckout git = checkout.get()) {
                    return git.workTree();
                }
            }
        } catch (IOException e) {
            getLog().warn(gateName() + ": cannot read the git repository of " + project.getBasedir() + " ("
                    + e.getMessage() + "); links are checked against " + BuildIdentity.executionRoot(session));
        }
        return BuildIdentity.executionRoot(session);
    }

    private Surface toSurface(DocsSurfaceConfig config, int index) throws MojoExecutionException {
        String where = gateName() + " <surfaces> entry " + (index + 1);
        if (config.name == null || !config.name.matches("[A-Za-z0-9._-]+")) {
            throw new MojoExecutionException(where + " needs a <name> of letters, digits, '.', '_' and '-'"
                    + (config.name == null ? "" : " (was '" + config.name + "')"));
        }
        where = gateName() + " surface '" + config.name + "'";
        int sources = (config.mainClass != null ? 1 : 0)
                + (config.jar != null ? 1 : 0)
                + (config.executable != null ? 1 : 0)
                + (config.pluginDescriptor != null ? 1 : 0)
                + (config.file != null ? 1 : 0);
        if (sources != 1) {
            throw new MojoExecutionException(where + " needs exactly one of <mainClass>, <jar>, <executable>, "
                    + "<pluginDescriptor> and <file> (has " + sources + ")");
        }
        if (config.goal != null && config.pluginDescriptor == null) {
            throw new MojoExecutionException(where + " has a <goal> but no <pluginDescriptor>");
        }
        if (config.language != null && config.file == null) {
            throw new MojoExecutionException(where + " has a <language> but no <file>");
        }
        boolean command = config.mainClass != null || config.jar != null || config.executable != null;
        boolean commandOptions = !(config.arguments == null || config.arguments.isEmpty())
                || !(config.jvmArguments == null || config.jvmArguments.isEmpty())
                || config.workingDirectory != null
                || !(config.environment == null || config.environment.isEmpty());
        if (config.markdown && !command) {
            throw new MojoExecutionException(
                    where + " has <markdown>, which only a command (<mainClass>, <jar> or <executable>) uses");
        }
        if (commandOptions && !command) {
            throw new MojoExecutionException(
                    where + " has <arguments>, <jvmArguments>, <workingDirectory> or <environment>, "
                            + "which only a command (<mainClass>, <jar> or <executable>) uses");
        }
        try {
            if (config.pluginDescriptor != null) {
                return new Surface(
                        config.name, new Surface.DescriptorSource(config.pluginDescriptor.toPath(), config.goal));
            }
            if (config.file != null) {
                return new Surface(config.name, new Surface.FileSource(config.file.toPath(), config.language));
            }
            return new Surface(config.name, new Surface.CommandSource(commandOf(config, where), config.markdown));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(where + ": " + e.getMessage(), e);
        }
    }

    private CommandSpec commandOf(DocsSurfaceConfig config, String where) throws MojoExecutionException {
        List<String> command = new ArrayList<>(ProductCommand.of(
                where,
                config.mainClass,
                config.jar,
                config.executable,
                config.jvmArguments,
                Path.of(System.getProperty("java.home")),
                this::runtimeClasspath));
        command.addAll(
                config.arguments == null
                        ? List.of()
                        : config.arguments.stream().map(a -> a == null ? "" : a).toList());
        return new CommandSpec(
                config.name,
                command.get(0),
                command.subList(1, command.size()),
                config.workingDirectory == null ? project.getBasedir().toPath() : config.workingDirectory.toPath(),
                CommandConfigs.environmentOf(config.environment),
                Durations.parse(config.timeout, where + " <timeout>"),
                new LinkedHashSet<>(config.allowedExitCodes == null ? List.of() : config.allowedExitCodes),
                maxCommandOutputBytes());
    }

    private List<String> runtimeClasspath() throws MojoExecutionException {
        try {
            return project.getRuntimeClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException(
                    gateName() + ": the runtime classpath of " + project.getArtifactId() + " is not resolved: "
                            + e.getMessage(),
                    e);
        }
    }
}
