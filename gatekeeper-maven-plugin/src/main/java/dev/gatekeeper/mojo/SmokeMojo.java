package dev.gatekeeper.mojo;

import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.maven.BuildIdentity;
import dev.gatekeeper.maven.BuildShared;
import dev.gatekeeper.maven.Durations;
import dev.gatekeeper.maven.GateInputs;
import dev.gatekeeper.maven.MavenGateLog;
import dev.gatekeeper.maven.ReactorArtifacts;
import dev.gatekeeper.reuse.ReuseInputs;
import dev.gatekeeper.smoke.ConsumerGraphPolicy;
import dev.gatekeeper.smoke.EntryPoint;
import dev.gatekeeper.smoke.ExitCodes;
import dev.gatekeeper.smoke.JdkLane;
import dev.gatekeeper.smoke.JdkLanes;
import dev.gatekeeper.smoke.PublicationRule;
import dev.gatekeeper.smoke.RuntimeDependency;
import dev.gatekeeper.smoke.ServerSettings;
import dev.gatekeeper.smoke.SmokeLaneGate;
import dev.gatekeeper.smoke.SmokePublishGate;
import dev.gatekeeper.smoke.SmokeRun;
import dev.gatekeeper.smoke.SmokeSettings;
import dev.gatekeeper.smoke.TestFrameworkLeakCheck;
import dev.gatekeeper.smoke.TestFrameworks;
import dev.gatekeeper.smoke.ToolchainJdk;
import dev.gatekeeper.smoke.maven.EarlyCleanRepository;
import dev.gatekeeper.smoke.maven.MavenJdkToolchains;
import dev.gatekeeper.smoke.maven.PublicationModel;
import dev.gatekeeper.smoke.maven.ReleaseAttachmentsModel;
import dev.gatekeeper.smoke.maven.SiblingModules;
import dev.gatekeeper.smoke.maven.SmokeProjectModel;
import dev.gatekeeper.smoke.maven.SmokeRuntimeGraph;
import dev.gatekeeper.smoke.maven.SmokeTestedGraph;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.model.Model;
import org.apache.maven.model.superpom.SuperPomProvider;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.toolchain.ToolchainManager;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.collection.DependencyCollectionException;

/**
 * Runbook step 4, the packaging dry-run and install smoke test: the module is publishable, installs
 * into a clean, empty local repository, resolves from there as a consumer would, and its entry point
 * runs on every configured JDK. The user's own local repository is only ever read.
 */
@Mojo(
        name = GateId.Goals.SMOKE,
        defaultPhase = LifecyclePhase.VERIFY,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class SmokeMojo extends AbstractGateMojo {

    /** Skips this gate; it still appears in the verdict as SKIPPED. */
    @Parameter(property = "gatekeeper.smoke.skip", defaultValue = "false")
    private boolean skipSmoke;

    /** Resolve third-party artifacts from the user's local repository (read-only) instead of the remote repositories, as always under mvn -o. */
    @Parameter(property = "gatekeeper.smoke.offline", defaultValue = "false")
    private boolean offline;

    /** Keep the clean repository and the consumer projects under target/gatekeeper/smoke for debugging. */
    @Parameter(property = "gatekeeper.smoke.keep", defaultValue = "false")
    private boolean keep;

    /** A release-track run: a SNAPSHOT version holds the merge. */
    @Parameter(property = "gatekeeper.smoke.releaseTrack", defaultValue = "false")
    private boolean releaseTrack;

    /** Whether a sources jar must be attached, as Maven Central requires. */
    @Parameter(property = "gatekeeper.smoke.requireSources", defaultValue = "true")
    private boolean requireSources;

    /** Whether a javadoc jar must be attached, as Maven Central requires. */
    @Parameter(property = "gatekeeper.smoke.requireJavadoc", defaultValue = "true")
    private boolean requireJavadoc;

    /** How missing Central metadata and attached jars count: HOLD or WARN. */
    @Parameter(property = "gatekeeper.smoke.metadataSeverity", defaultValue = "HOLD")
    private String metadataSeverity;

    /** Finding codes that only warn, e.g. SMOKE_JAVADOC_JAR_MISSING. */
    @Parameter(property = "gatekeeper.smoke.warnOnly")
    private List<String> warnOnly;

    /** The main class to run; defaults to the jar manifest's Main-Class. */
    @Parameter(property = "gatekeeper.smoke.mainClass")
    private String mainClass;

    /** For a library: a class whose main method exits 0 when the library loads and works. */
    @Parameter(property = "gatekeeper.smoke.probeClass")
    private String probeClass;

    /** Arguments for the main class (a server gets none by default, not --help): a list in the POM; on the command line comma-separated, each one argument as is; {port} is the port a server is given. */
    @Parameter(property = "gatekeeper.smoke.arguments", defaultValue = "--help")
    private List<String> arguments;

    /** The exit codes the main class may end with, e.g. 0,2 for a --help that exits 2 on purpose. */
    @Parameter(property = "gatekeeper.smoke.expectedExitCodes", defaultValue = "0")
    private List<String> expectedExitCodes;

    /** A regular expression the entry point's output must contain. */
    @Parameter(property = "gatekeeper.smoke.expectedOutput")
    private String expectedOutput;

    /** The JDK homes the entry point runs on, each a row in the verdict; defaults to the JDK running Maven. */
    @Parameter(property = "gatekeeper.smoke.jdks")
    private List<File> jdks;

    /** Also run on every JDK toolchain Maven was given (~/.m2/toolchains.xml, or the file of -t / --global-toolchains). */
    @Parameter(property = "gatekeeper.smoke.toolchains", defaultValue = "false")
    private boolean toolchains;

    /** How long the entry point may run on each JDK before it is killed: 90s, 10m or PT1M. */
    @Parameter(property = "gatekeeper.smoke.timeout", defaultValue = "60s")
    private String timeout;

    /** Whether the module is deployed (true or false), overriding its POM's conventions such as maven.deploy.skip; unset: decided from the POM. */
    @Parameter(property = "gatekeeper.smoke.published")
    private String published;

    /** auto: a Spring Boot executable jar or war is started as a server, anything else is run to its end; run; serve: start the main class as a server on a free port, wait until it is ready, stop it. */
    @Parameter(property = "gatekeeper.smoke.mode", defaultValue = "auto")
    private String mode;

    /** A server is ready when a line of its output matches this regular expression ({port}: the port it was given); default for Spring Boot: its "Started … in … seconds" line. */
    @Parameter(property = "gatekeeper.smoke.readyPattern")
    private String readyPattern;

    /** A server is ready when this URL answers 2xx (a …/health URL: status UP), e.g. http://127.0.0.1:{port}/ping; default for Spring Boot with the actuator: /actuator/health. */
    @Parameter(property = "gatekeeper.smoke.readyUrl")
    private String readyUrl;

    /** How long a server may take to become ready on each JDK before it is stopped: 120s, 5m or PT2M. */
    @Parameter(property = "gatekeeper.smoke.readyTimeout", defaultValue = "120s")
    private String readyTimeout;

    /** How long the consumer build that resolves the artifact from the clean repository may take. */
    @Parameter(property = "gatekeeper.smoke.installTimeout", defaultValue = "5m")
    private String installTimeout;

    /** More test frameworks, groupId or groupId:artifactId ('*' matches any characters), besides the maintained list. */
    @Parameter(property = "gatekeeper.smoke.testFrameworks")
    private List<String> testFrameworks;

    /** How a consumer's runtime classpath that differs from the one the tests ran with counts: WARN, HOLD (any difference), HOLD_DOWNGRADES (a lower version holds, the rest warns) or OFF (not compared). */
    @Parameter(property = "gatekeeper.smoke.consumerGraph", defaultValue = "WARN")
    private String consumerGraph;

    /** This module is a test-support library: test frameworks on its runtime classpath are intended. */
    @Parameter(property = "gatekeeper.smoke.testSupport", defaultValue = "false")
    private boolean testSupport;

    private final SuperPomProvider superPomProvider;

    private SmokeRun run;

    private final RepositorySystem repositorySystem;

    private final ToolchainManager toolchainManager;

    @Inject
    public SmokeMojo(
            SuperPomProvider superPomProvider, RepositorySystem repositorySystem, ToolchainManager toolchainManager) {
        this.superPomProvider = superPomProvider;
        this.repositorySystem = repositorySystem;
        this.toolchainManager = toolchainManager;
    }

    @Override
    protected GateId gate() {
        return GateId.SMOKE;
    }

    @Override
    protected boolean isGateSkipped() {
        return skipSmoke;
    }

    @Override
    protected List<Gate> createGates() throws MojoExecutionException {
        SmokeSettings settings = settings();
        run = new SmokeRun(settings).seededBy(EarlyCleanRepository.seed(BuildShared.of(session)));
        ConsumerGraphPolicy policy = consumerGraphPolicy();
        List<RuntimeDependency> consumerView;
        String graphProblem = null;
        try {
            consumerView = SmokeRuntimeGraph.of(project, session, repositorySystem);
        } catch (DependencyCollectionException e) {
            consumerView = null;
            graphProblem = "cannot collect the dependencies a consumer of " + project.getArtifactId() + " gets: "
                    + e.getMessage();
        }
        List<Gate> gates = new ArrayList<>(List.of(new SmokePublishGate(
                run,
                testFrameworkCheck(settings, consumerView, graphProblem),
                SmokeTestedGraph.check(policy, project, session, consumerView))));
        if (!settings.isPom()) {
            for (JdkLane lane : settings.entry().lanes().lanes()) {
                gates.add(new SmokeLaneGate(run, lane));
            }
        }
        return gates;
    }

    /**
     * The reactor's artifacts and POMs (what a consumer resolves), the dependency graph, the JDKs the
     * entry point runs on and, with {@code toolchains}, the JDK toolchains Maven was given (as Maven read them).
     */
    @Override
    protected ReuseInputs reuseInputs() throws MojoExecutionException {
        GateInputs inputs = inputs().configuration()
                .profiles()
                .pluginVersion()
                .javaAndMaven()
                .moduleDependencyGraph()
                .artifacts(List.of(project))
                .parentPoms();
        List<Path> homes = jdkHomes();
        for (int index = 0; index < homes.size(); index++) {
            inputs.file("jdk-" + (index + 1), homes.get(index).resolve("release"));
        }
        List<ToolchainJdk> toolchainJdks = toolchainJdks();
        for (int index = 0; index < toolchainJdks.size(); index++) {
            ToolchainJdk jdk = toolchainJdks.get(index);
            inputs.value("toolchain-jdk-" + (index + 1), jdk.jdkHome() + " " + jdk.version() + " " + jdk.vendor());
            inputs.file(
                    "toolchain-jdk-" + (index + 1) + "-release", jdk.jdkHome().resolve("release"));
        }
        for (String flag : ReleaseAttachmentsModel.SKIP_FLAGS) {
            // -Dmaven.javadoc.skip changes what the finding says, not only what is attached
            inputs.value(flag, session.getUserProperties().getProperty(flag));
        }
        return inputs.build();
    }

    /** Its work is forked builds and processes, prepared entirely in {@link #createGates()}. */
    @Override
    protected boolean evaluatesInBackground() {
        return true;
    }

    @Override
    protected void afterGates(MavenGateLog log) {
        if (run != null) {
            try {
                run.close();
            } catch (IOException e) {
                log.warn("cannot remove the clean repository: " + e.getMessage());
            }
        }
    }

    private SmokeSettings settings() throws MojoExecutionException {
        Path workDirectory = gatekeeperDirectory.toPath().resolve(gateName());
        try {
            Files.createDirectories(workDirectory);
            JdkLanes lanes = JdkLanes.resolve(jdkHomes(), toolchainJdks());
            Path userRepository = SmokeProjectModel.userRepository(session);
            return new SmokeSettings(
                    BuildIdentity.executionRoot(session),
                    project.getGroupId(),
                    project.getArtifactId(),
                    project.getVersion(),
                    project.getPackaging(),
                    project.getFile().toPath(),
                    SmokeProjectModel.inheritedProperties(project),
                    SmokeProjectModel.metadata(project, userRepository),
                    ReactorArtifacts.mainArtifactFile(project),
                    project.getAttachedArtifacts().stream()
                            .map(a -> a.getClassifier() == null ? "" : a.getClassifier())
                            .toList(),
                    SmokeProjectModel.declaredRelease(project),
                    ReactorArtifacts.packaged(session.getProjects()),
                    new SmokeSettings.Entry(
                            mainClass,
                            probeClass,
                            arguments == null ? List.of() : arguments,
                            expectedOutput,
                            ExitCodes.parse(expectedExitCodes, "gatekeeper.smoke.expectedExitCodes"),
                            lanes,
                            Durations.parse(timeout, "gatekeeper.smoke.timeout"),
                            new ServerSettings(
                                    ServerSettings.Mode.parse(mode, "gatekeeper.smoke.mode"),
                                    serverArguments(),
                                    readyPattern,
                                    readyUrl,
                                    Durations.parse(readyTimeout, "gatekeeper.smoke.readyTimeout"))),
                    new SmokeSettings.Install(
                            Path.of(System.getProperty("maven.home")),
                            SmokeProjectModel.resolutionSource(session, offline),
                            workDirectory,
                            keep,
                            Durations.parse(installTimeout, "gatekeeper.smoke.installTimeout"),
                            SiblingModules.of(session, project)),
                    new SmokeSettings.Checks(
                            releaseTrack,
                            requireSources,
                            requireJavadoc,
                            severity(),
                            warnOnly == null ? Set.of() : Set.copyOf(warnOnly),
                            ReleaseAttachmentsModel.of(project, superPom(), session.getUserProperties()),
                            PublicationRule.decide(
                                    PublicationModel.facts(project, published, BuildIdentity.executionRoot(session)))));
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoExecutionException(gateName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The test-framework check on the runtime graph a consumer of this module gets. A leak holds in a
     * published module and only warns in one that is not published (nobody consumes it).
     */
    private TestFrameworkLeakCheck testFrameworkCheck(
            SmokeSettings settings, List<RuntimeDependency> consumerView, String graphProblem)
            throws MojoExecutionException {
        if (consumerView == null) {
            return TestFrameworkLeakCheck.notJudged(graphProblem);
        }
        try {
            return new TestFrameworkLeakCheck(
                    consumerView,
                    SmokeRuntimeGraph.declarations(project, session),
                    TestFrameworks.defaults().with(testFrameworks, "gatekeeper.smoke.testFrameworks"),
                    testSupport,
                    settings.checks().publication().published() ? GateStatus.HOLD : GateStatus.WARN);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(gateName() + ": " + e.getMessage(), e);
        }
    }

    private ConsumerGraphPolicy consumerGraphPolicy() throws MojoExecutionException {
        try {
            return ConsumerGraphPolicy.parse(consumerGraph);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(gateName() + ": " + e.getMessage(), e);
        }
    }

    /** The arguments a server gets: the configured ones; null for the default --help, which a server does not get. */
    private List<String> serverArguments() {
        return arguments == null || arguments.equals(EntryPoint.DEFAULT_ARGUMENTS) ? null : arguments;
    }

    /** Maven's super POM, whose release-profile a release by the maven-release-plugin 2.x activates. */
    private Model superPom() {
        try {
            return superPomProvider.getSuperModel("4.0.0");
        } catch (RuntimeException e) {
            getLog().debug(gateName() + ": no super POM: " + e.getMessage());
            return null;
        }
    }

    private List<Path> jdkHomes() {
        if (jdks == null || jdks.isEmpty()) {
            return List.of(Path.of(System.getProperty("java.home")));
        }
        return jdks.stream().map(File::toPath).toList();
    }

    /** With {@code toolchains}: the JDK toolchains of Maven's toolchain manager; else none. */
    private List<ToolchainJdk> toolchainJdks() {
        return toolchains ? MavenJdkToolchains.of(toolchainManager, session) : List.of();
    }

    private GateStatus severity() throws MojoExecutionException {
        String value =
                metadataSeverity == null ? "HOLD" : metadataSeverity.trim().toUpperCase(Locale.ROOT);
        if (!value.equals("HOLD") && !value.equals("WARN") && !value.equals("FAIL")) {
            throw new MojoExecutionException(
                    "gatekeeper.smoke.metadataSeverity is '" + metadataSeverity + "'; use HOLD, WARN or FAIL");
        }
        return GateStatus.valueOf(value);
    }
}
