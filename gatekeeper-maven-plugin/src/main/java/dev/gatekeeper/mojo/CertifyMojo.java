package dev.gatekeeper.mojo;

import dev.gatekeeper.certify.BuildCacheExtension;
import dev.gatekeeper.certify.CertifyGate;
import dev.gatekeeper.certify.CertifySettings;
import dev.gatekeeper.core.CommandSpec;
import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.maven.BuildIdentity;
import dev.gatekeeper.reuse.ReuseInputs;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Runbook step 1, full certification: proves the module's own tests really ran and passed (surefire
 * and failsafe reports written by this build), and runs the configured certification commands.
 */
@Mojo(name = GateId.Goals.CERTIFY, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CertifyMojo extends AbstractCommandGateMojo {

    /** The properties that switch tests off; any of them on a merge-ready run is a hold. */
    static final List<String> TEST_SKIP_PROPERTIES = List.of("skipTests", "maven.test.skip", "skipITs");

    private static final List<String> TEST_PLUGINS =
            List.of("org.apache.maven.plugins:maven-surefire-plugin", "org.apache.maven.plugins:maven-failsafe-plugin");

    /** Skips this gate; it still appears in the verdict as SKIPPED. */
    @Parameter(property = "gatekeeper.certify.skip", defaultValue = "false")
    private boolean skipCertify;

    /** Where test reports are read from; defaults to target/surefire-reports and target/failsafe-reports. */
    @Parameter
    private List<File> reportsDirectories;

    /** More skipped tests than this is a hold; unset means skipped tests are only reported. */
    @Parameter(property = "gatekeeper.certify.maxSkipped")
    private Integer maxSkipped;

    /** Whether a flaky test (failed, then passed on a surefire rerun) is accepted with a warning. */
    @Parameter(property = "gatekeeper.certify.allowFlaky", defaultValue = "true")
    private boolean allowFlaky;

    /** Certification commands, for example the project's {@code ./scripts/certify.sh}. */
    @Parameter
    private List<CertificationCommand> commands;

    /**
     * Commands inherited unchanged from a parent in the same build run once, in that parent, unless
     * this is set: then every module that inherits them runs them too.
     */
    @Parameter(property = "gatekeeper.certify.commandsInEveryModule", defaultValue = "false")
    private boolean commandsInEveryModule;

    @Override
    protected GateId gate() {
        return GateId.CERTIFY;
    }

    @Override
    protected boolean isGateSkipped() {
        return skipCertify;
    }

    @Override
    protected ReuseInputs reuseInputs() {
        return ReuseInputs.never("it certifies this build's own test run; stale reports are what it looks for");
    }

    @Override
    protected List<Gate> createGates() throws MojoExecutionException {
        Path buildDirectory = Path.of(project.getBuild().getDirectory());
        List<Path> reports = reportsDirectories == null || reportsDirectories.isEmpty()
                ? List.of(buildDirectory.resolve("surefire-reports"), buildDirectory.resolve("failsafe-reports"))
                : reportsDirectories.stream().map(File::toPath).toList();
        CertifySettings settings = new CertifySettings(
                project.getBasedir().toPath(),
                BuildIdentity.executionRoot(session),
                reports,
                Path.of(project.getBuild().getTestOutputDirectory()),
                hasTestSources(),
                BuildIdentity.startedAt(session),
                testSkipFlags(),
                maxSkipped,
                allowFlaky,
                runsCommandsHere() ? commandSpecs() : List.of(),
                gatekeeperDirectory.toPath().resolve(gateName()),
                BuildCacheExtension.isActive(multiModuleDirectory(), this::buildProperty));
        return List.of(new CertifyGate(settings));
    }

    /**
     * A command list inherited unchanged from a parent that is built in the same reactor runs once,
     * in that parent; a module that configures its own list runs it.
     */
    private boolean runsCommandsHere() {
        if (commandsInEveryModule || commands == null || commands.isEmpty()) {
            return true;
        }
        MavenProject parent = project.getParent();
        if (parent == null || !session.getProjects().contains(parent)) {
            return true;
        }
        Xpp3Dom ours = commandsConfiguration(project);
        boolean inherited = ours != null && ours.equals(commandsConfiguration(parent));
        if (inherited) {
            getLog().info(gateName() + ": commands inherited from " + parent.getArtifactId()
                    + " ran there, not again here");
        }
        return !inherited;
    }

    private Xpp3Dom commandsConfiguration(MavenProject reactorProject) {
        Plugin plugin = reactorProject.getPlugin(mojoExecution.getPlugin().getKey());
        if (plugin == null) {
            return null;
        }
        Xpp3Dom found = plugin.getConfiguration() instanceof Xpp3Dom config ? config.getChild("commands") : null;
        for (PluginExecution execution : plugin.getExecutions()) {
            if (execution.getGoals().contains(gateName())
                    && execution.getConfiguration() instanceof Xpp3Dom config
                    && config.getChild("commands") != null) {
                found = config.getChild("commands");
            }
        }
        return found;
    }

    private boolean hasTestSources() {
        for (String root : project.getTestCompileSourceRoots()) {
            Path dir = Path.of(root);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    if (files.anyMatch(Files::isRegularFile)) {
                        return true;
                    }
                } catch (IOException | UncheckedIOException e) {
                    getLog().warn(gateName() + ": cannot read test sources under " + dir + ": " + e.getMessage());
                }
            }
        }
        return false;
    }

    /** Skip switches set on the command line, in the POM's properties, or in a test plugin's configuration. */
    private Path multiModuleDirectory() {
        File directory = session.getRequest().getMultiModuleProjectDirectory();
        return directory == null ? null : directory.toPath();
    }

    private String buildProperty(String name) {
        return session.getUserProperties()
                .getProperty(name, session.getSystemProperties().getProperty(name));
    }

    private Map<String, String> testSkipFlags() {
        Map<String, String> flags = new LinkedHashMap<>();
        for (String name : TEST_SKIP_PROPERTIES) {
            String value = session.getUserProperties()
                    .getProperty(
                            name,
                            session.getSystemProperties()
                                    .getProperty(name, project.getProperties().getProperty(name)));
            if (isTrue(value)) {
                flags.put(name, value);
            }
        }
        for (String key : TEST_PLUGINS) {
            Plugin plugin = project.getPlugin(key);
            if (plugin != null && plugin.getConfiguration() instanceof Xpp3Dom config) {
                for (String option : List.of("skip", "skipTests", "skipExec", "skipITs")) {
                    Xpp3Dom child = config.getChild(option);
                    if (child != null && isTrue(child.getValue())) {
                        flags.put(plugin.getArtifactId() + " <" + option + ">", child.getValue());
                    }
                }
            }
        }
        return flags;
    }

    private static boolean isTrue(String value) {
        return value != null && (value.isEmpty() || value.trim().equalsIgnoreCase("true"));
    }

    private List<CommandSpec> commandSpecs() throws MojoExecutionException {
        return capped(CommandConfigs.toSpecs(
                commands,
                gateName() + " <commands>",
                "./scripts/certify.sh",
                project.getBasedir().toPath()));
    }
}
