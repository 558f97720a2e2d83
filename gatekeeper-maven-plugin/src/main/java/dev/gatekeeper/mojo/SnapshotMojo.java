package dev.gatekeeper.mojo;

import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.maven.BuildIdentity;
import dev.gatekeeper.maven.Durations;
import dev.gatekeeper.maven.GateInputs;
import dev.gatekeeper.maven.ProductCommand;
import dev.gatekeeper.reuse.ReuseInputs;
import dev.gatekeeper.snapshot.SnapshotCase;
import dev.gatekeeper.snapshot.SnapshotCaseRules;
import dev.gatekeeper.snapshot.SnapshotGate;
import dev.gatekeeper.snapshot.SnapshotSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Runbook step 2, live-profile and snapshot validation: runs the product twice on a profile and
 * proves it healthy, valid and deterministic, and on a fixture profile equal to the committed snapshot.
 */
@Mojo(
        name = GateId.Goals.SNAPSHOT,
        defaultPhase = LifecyclePhase.VERIFY,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class SnapshotMojo extends AbstractCommandGateMojo {

    /** Skips this gate; it still appears in the verdict as SKIPPED. */
    @Parameter(property = "gatekeeper.snapshot.skip", defaultValue = "false")
    private boolean skipSnapshot;

    /** The snapshot cases of this module; each is its own row in the verdict. */
    @Parameter
    private List<SnapshotCaseConfig> snapshots;

    /** Runs every case on this profile instead of its configured one (relative to where Maven was started). */
    @Parameter(property = "gatekeeper.profile")
    private String profileOverride;

    /** The profile is live data: prove health, validity and determinism, but do not compare with a snapshot. */
    @Parameter(property = "gatekeeper.snapshot.live", defaultValue = "false")
    private boolean live;

    /** Rewrite the committed snapshots with the current (deterministic) output. */
    @Parameter(property = "gatekeeper.snapshot.update", defaultValue = "false")
    private boolean update;

    /** Committed snapshots live here; an update never writes outside it. */
    @Parameter(property = "gatekeeper.snapshot.directory", defaultValue = "${project.basedir}/src/test/snapshots")
    private File snapshotDirectory;

    /** The JDK whose {@code bin/java} runs a main class or jar; defaults to the one running Maven. */
    @Parameter(property = "gatekeeper.snapshot.jdk")
    private File jdk;

    /** Output larger than this is reported and not compared. */
    @Parameter(property = "gatekeeper.snapshot.maxOutputBytes", defaultValue = "16777216")
    private long maxOutputBytes;

    @Override
    protected GateId gate() {
        return GateId.SNAPSHOT;
    }

    @Override
    protected boolean isGateSkipped() {
        return skipSnapshot;
    }

    /** Its work is forked builds and processes, prepared entirely in {@link #createGates()}. */
    @Override
    protected boolean evaluatesInBackground() {
        return true;
    }

    @Override
    protected Optional<String> notConfigured() {
        return snapshots == null || snapshots.isEmpty() ? Optional.of(SnapshotGate.NOT_CONFIGURED) : Optional.empty();
    }

    @Override
    protected List<Gate> createGates() throws MojoExecutionException {
        SnapshotSettings settings = new SnapshotSettings(
                BuildIdentity.executionRoot(session),
                project.getBasedir().toPath(),
                snapshotDirectory.toPath(),
                gatekeeperDirectory.toPath().resolve(gateName()),
                live,
                update,
                maxOutputBytes,
                maxCommandOutputBytes());
        List<Gate> gates = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < snapshots.size(); i++) {
            SnapshotCase snapshotCase = toCase(snapshots.get(i), i);
            if (!names.add(snapshotCase.name())) {
                throw new MojoExecutionException(
                        gateName() + ": two cases are named '" + snapshotCase.name() + "'; give each its own <name>");
            }
            gates.add(new SnapshotGate(settings, snapshotCase));
        }
        return gates;
    }

    /**
     * The product (the module's runtime classpath or the jar) and the JDK that runs it, and per case its
     * profile, committed snapshot and schema. A case running an {@code <executable>} never reuses: what
     * that program reads cannot be named.
     */
    @Override
    protected ReuseInputs reuseInputs() throws MojoExecutionException {
        if (snapshots == null || snapshots.isEmpty() || update) {
            return ReuseInputs.never(
                    update ? "gatekeeper.snapshot.update rewrites the snapshots" : "no <snapshots> configured");
        }
        GateInputs inputs = inputs().configuration()
                .profiles()
                .pluginVersion()
                .javaAndMaven()
                .file("jdk", jdk == null ? null : jdk.toPath().resolve("release"));
        List<String> classpath = runtimeClasspath();
        for (int index = 0; index < classpath.size(); index++) {
            inputs.file("classpath-" + (index + 1), Path.of(classpath.get(index)));
        }
        for (int index = 0; index < snapshots.size(); index++) {
            SnapshotCaseConfig config = snapshots.get(index);
            if (config.executable != null) {
                return ReuseInputs.never(
                        "snapshot case '" + config.name + "' runs an <executable>, whose inputs cannot be named");
            }
            SnapshotCase snapshotCase = toCase(config, index);
            String prefix = snapshotCase.name() + "-";
            inputs.file(prefix + "jar", config.jar == null ? null : config.jar.toPath())
                    .file(prefix + "profile", snapshotCase.profile())
                    .file(prefix + "snapshot", snapshotCase.snapshotFile())
                    .file(prefix + "schema", snapshotCase.schema());
        }
        return inputs.build();
    }

    private SnapshotCase toCase(SnapshotCaseConfig config, int index) throws MojoExecutionException {
        String where = "snapshot case '" + config.name + "'";
        Path configuredFile = config.snapshotFile == null ? null : config.snapshotFile.toPath();
        Path profile;
        SnapshotCase.Format format;
        try {
            SnapshotCaseRules.name(config.name, "snapshot <snapshots> entry " + (index + 1));
            Path executionRoot =
                    profileOverride == null || profileOverride.isBlank() ? null : BuildIdentity.executionRoot(session);
            profile = SnapshotCaseRules.profile(
                    profileOverride,
                    executionRoot,
                    config.profile,
                    project.getBasedir().toPath(),
                    where);
            format = SnapshotCaseRules.format(config.format, configuredFile, config.schema != null, where);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        Path snapshotFile = SnapshotCaseRules.snapshotFile(
                configuredFile, snapshotDirectory.toPath(), config.name, profile, format);
        List<String> command = new ArrayList<>(commandOf(config, where));
        command.addAll(argumentsOf(index, config.arguments));
        try {
            return new SnapshotCase(
                    config.name,
                    command.get(0),
                    command.subList(1, command.size()),
                    config.workingDirectory == null ? project.getBasedir().toPath() : config.workingDirectory.toPath(),
                    CommandConfigs.environmentOf(config.environment),
                    Durations.parse(config.timeout, where + " <timeout>"),
                    new LinkedHashSet<>(config.allowedExitCodes == null ? List.of() : config.allowedExitCodes),
                    profile,
                    snapshotFile,
                    format,
                    config.schema == null ? null : config.schema.toPath(),
                    new SnapshotCase.Normalization(
                            SnapshotCaseRules.replacements(replacementRules(config), where),
                            config.ignoredPointers == null ? List.of() : config.ignoredPointers,
                            config.defaultNormalizers));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** The program and the options that precede the product's own arguments. */
    private List<String> commandOf(SnapshotCaseConfig config, String where) throws MojoExecutionException {
        Path javaHome = jdk != null ? jdk.toPath() : Path.of(System.getProperty("java.home"));
        return ProductCommand.of(
                where,
                config.mainClass,
                config.jar,
                config.executable,
                config.jvmArguments,
                javaHome,
                this::runtimeClasspath);
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

    /**
     * The product's arguments, read from the uninterpolated configuration: Maven would turn an
     * argument that is exactly {@code ${profile}} or {@code ${output}} into null (it knows no such
     * property), so the placeholders are kept and every other expression is evaluated as Maven would.
     */
    private List<String> argumentsOf(int caseIndex, List<String> injected) throws MojoExecutionException {
        Xpp3Dom raw = mojoExecution.getConfiguration();
        Xpp3Dom cases = raw == null ? null : raw.getChild("snapshots");
        Xpp3Dom list = cases == null || caseIndex >= cases.getChildCount()
                ? null
                : cases.getChild(caseIndex).getChild("arguments");
        if (list == null) {
            return injected == null ? List.of() : injected;
        }
        PluginParameterExpressionEvaluator evaluator = new PluginParameterExpressionEvaluator(session, mojoExecution);
        List<String> arguments = new ArrayList<>();
        for (Xpp3Dom argument : list.getChildren()) {
            String value = argument.getValue() == null ? "" : argument.getValue();
            if (SnapshotCase.isPlaceholder(value)) {
                arguments.add(value);
                continue;
            }
            try {
                Object evaluated = evaluator.evaluate(value);
                arguments.add(evaluated == null ? "" : evaluated.toString());
            } catch (ExpressionEvaluationException e) {
                throw new MojoExecutionException(
                        "snapshot case #" + (caseIndex + 1) + ": cannot evaluate argument '" + value + "': "
                                + e.getMessage(),
                        e);
            }
        }
        return arguments;
    }

    private static List<SnapshotCaseRules.ReplacementRule> replacementRules(SnapshotCaseConfig config) {
        return config.replacements == null
                ? List.of()
                : config.replacements.stream()
                        .map(replacement ->
                                new SnapshotCaseRules.ReplacementRule(replacement.pattern, replacement.with))
                        .toList();
    }
}
