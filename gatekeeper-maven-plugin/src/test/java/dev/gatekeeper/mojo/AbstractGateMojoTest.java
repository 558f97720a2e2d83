package dev.gatekeeper.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.ResultStore;
import dev.gatekeeper.core.SecretRedactor;
import dev.gatekeeper.maven.BuildIdentity;
import dev.gatekeeper.maven.MavenGateLog;
import dev.gatekeeper.maven.RecordingLog;
import dev.gatekeeper.reuse.ReuseInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every gate goal decides, on a real goal instance (in the manner of maven-enforcer's
 * TestEnforceMojo): Maven's own session, project and execution objects, plain-Java gates standing in
 * for a gate's logic, and the lines the goal logged and the result files it wrote as the evidence.
 */
class AbstractGateMojoTest {
    private static final String SECRET = "Srv-Pa55w0rd-42";

    @TempDir
    Path base;

    private final RecordingLog maven = new RecordingLog();
    private final List<String> events = new ArrayList<>();
    private ProbeMojo mojo;

    @BeforeEach
    void goal() {
        mojo = probe();
    }

    @AfterEach
    void forgetBuildSecrets() {
        SecretRedactor.shareBuildSecrets(SecretRedactor.newSecretSet());
    }

    @Test
    void gatekeeperSkipRecordsSkippedWithoutCreatingTheGates() throws Exception {
        mojo.skip = true;
        mojo.gateList = () -> List.of(gate("scan", e -> events.add("evaluated")));

        mojo.execute();

        GateResult result = onlyResult();
        assertThat(result.status()).isEqualTo(GateStatus.SKIPPED);
        assertThat(result.summary()).isEqualTo("skipped (gatekeeper.skip=true)");
        assertThat(events).isEmpty();
        assertThat(maven.lines()).containsExactly("info: snapshot: SKIPPED - skipped (gatekeeper.skip=true)");
    }

    @Test
    void theGatesOwnSkipPropertyIsNamedInTheReason() throws Exception {
        mojo.gateSkipped = true;

        mojo.execute();

        assertThat(onlyResult().summary()).isEqualTo("skipped (gatekeeper.snapshot.skip=true)");
        assertThat(events).isEmpty();
    }

    @Test
    void aGateNotConfiguredIsSkippedWithWhatToConfigure() throws Exception {
        mojo.missing = Optional.of("no <snapshots> configured");

        mojo.execute();

        GateResult result = onlyResult();
        assertThat(result.status()).isEqualTo(GateStatus.SKIPPED);
        assertThat(result.summary()).isEqualTo("not configured: no <snapshots> configured");
        assertThat(events).isEmpty();
    }

    @Test
    void aGateNotSelectedWritesNoResultAndSaysWhy() throws Exception {
        mojo.gates = "sbom,smoke";

        mojo.execute();

        assertThat(resultsDirectory()).doesNotExist();
        assertThat(events).isEmpty();
        assertThat(maven.lines()).containsExactly("info: snapshot: not selected (gatekeeper.gates=sbom,smoke)");
    }

    @Test
    void anUnknownGateInTheSelectionIsAConfigurationErrorNamingTheProperty() {
        mojo.gates = "snapshot,smok";

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("gatekeeper.gates=snapshot,smok names unknown gate smok; the gates are ");
        assertThat(resultsDirectory()).doesNotExist();
    }

    @Test
    void eachGateRunsAndItsResultIsWrittenForTheVerdict() throws Exception {
        mojo.gateList = () -> List.of(
                gate("a", e -> e.summary("all equal")),
                gate("b", e -> e.add(Finding.of("SNAPSHOT_DIFF", GateStatus.FAIL, "b differs"))));

        mojo.execute();

        assertThat(results())
                .extracting(GateResult::label, GateResult::status, GateResult::module)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("snapshot:a", GateStatus.PASS, "g:app"),
                        org.assertj.core.groups.Tuple.tuple("snapshot:b", GateStatus.FAIL, "g:app"));
        assertThat(results()).allSatisfy(r -> assertThat(r.buildId()).isEqualTo(BuildIdentity.buildId(mojo.session)));
        assertThat(maven.lines()).contains("info: snapshot: a: started", "info: snapshot: b: started");
        assertThat(maven.lines()).anyMatch(l -> l.matches("info: snapshot: a: PASS in .* - all equal"));
        assertThat(maven.lines())
                .as("a blocking outcome is a warning")
                .anyMatch(l -> l.matches("warn: snapshot: b: FAIL in .* - b differs"));
        assertThat(mojo.releasedGates).isEqualTo(1);
    }

    @Test
    void withoutFailFastABlockingGateLeavesTheDecisionToTheVerdict() throws Exception {
        mojo.gateList = () -> List.of(gate(null, e -> e.add(Finding.of("SNAPSHOT_DIFF", GateStatus.FAIL, "differs"))));

        mojo.execute();

        assertThat(onlyResult().status()).isEqualTo(GateStatus.FAIL);
    }

    @Test
    void failFastStopsTheBuildAtTheFirstBlockingGateAfterWritingEveryResult() {
        mojo.failFast = true;
        mojo.gateList = () -> List.of(
                gate(
                        "a",
                        e -> e.add(Finding.of("SNAPSHOT_DIFF", GateStatus.HOLD, "a differs")
                                .withFix("Accept a"))),
                gate("b", e -> e.add(Finding.of("SNAPSHOT_DIFF", GateStatus.FAIL, "b differs"))),
                gate("c", e -> events.add("c evaluated")));

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("snapshot:a: HOLD - a differs (gatekeeper.failFast=true stops at the first blocking gate)\n"
                        + "[snapshot:a] app: a differs (SNAPSHOT_DIFF)\n"
                        + "  fix: Accept a");
        assertThat(results()).extracting(GateResult::label).containsExactly("snapshot:a", "snapshot:b", "snapshot:c");
        assertThat(events).containsExactly("c evaluated");
    }

    @Test
    void aGoalThatFailsTheBuildItselfCollectsEveryBlockingFindingWithItsFix() {
        mojo.failsItself = true;
        mojo.gateList = () -> List.of(
                gate(
                        "a",
                        e -> e.add(Finding.of("SNAPSHOT_DIFF", GateStatus.HOLD, "a differs")
                                        .withFix("Accept a"))
                                .add(Finding.of("SNAPSHOT_NOTE", GateStatus.WARN, "a is slow"))),
                gate("b", e -> e.add(Finding.of("SNAPSHOT_MISSING", GateStatus.FAIL, "b missing"))),
                gate("c", e -> e.summary("fine")));

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("snapshot:a: HOLD - a differs\n  SNAPSHOT_DIFF: a differs\n    fix: Accept a"
                        + "snapshot:b: FAIL - b missing\n  SNAPSHOT_MISSING: b missing");
        assertThat(results())
                .extracting(GateResult::status)
                .containsExactly(GateStatus.HOLD, GateStatus.FAIL, GateStatus.PASS);
    }

    @Test
    void passingGatesDoNotFailAGoalThatFailsTheBuildItself() throws Exception {
        mojo.failsItself = true;
        mojo.failFast = true;
        mojo.gateList = () -> List.of(gate(null, e -> e.add(Finding.of("SNAPSHOT_NOTE", GateStatus.WARN, "slow"))));

        mojo.execute();

        assertThat(onlyResult().status()).isEqualTo(GateStatus.WARN);
    }

    @Test
    void anUnexpectedExceptionIsAnErrorResultWithTheGateErrorCodeAndTheEvidenceIsStillWritten() throws Exception {
        mojo.gateList = () -> List.of(
                gate("a", e -> {
                    throw new IllegalStateException("index 3 out of bounds");
                }),
                gate("b", e -> {
                    throw new NullPointerException();
                }),
                gate("c", e -> e.summary("still judged")));

        mojo.execute();

        List<GateResult> results = results();
        assertThat(results)
                .extracting(GateResult::status)
                .containsExactly(GateStatus.ERROR, GateStatus.ERROR, GateStatus.PASS);
        Finding crash = results.get(0).findings().get(0);
        assertThat(crash.code()).isEqualTo("SNAPSHOT_GATE_ERROR");
        assertThat(crash.severity()).isEqualTo(GateStatus.ERROR);
        assertThat(crash.message()).isEqualTo("snapshot could not run: index 3 out of bounds");
        assertThat(crash.fix())
                .isEqualTo(
                        "Run 'mvn verify -Pmerge-ready -e' for the stack trace and report it if the cause is not your configuration");
        assertThat(results.get(1).findings().get(0).message())
                .as("an exception without a message is named by its class")
                .isEqualTo("snapshot could not run: NullPointerException");
        assertThat(mojo.releasedGates).isEqualTo(1);
    }

    @Test
    void aMavenExceptionFromAGateIsAGateErrorLikeAnyOtherAndTheGatesAreReleased() throws Exception {
        // gates report their configuration problems as findings; nothing in a gate package can throw a
        // MojoExecutionException (ArchitectureTest), so the goal has no special path for one
        mojo.gateList = () -> List.of(gate(null, e -> {
            throw new MojoExecutionException("snapshot: <cases> names no command");
        }));

        mojo.execute();

        assertThat(results()).singleElement().satisfies(result -> {
            assertThat(result.status()).isEqualTo(GateStatus.ERROR);
            assertThat(result.findings())
                    .extracting(Finding::code, Finding::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            "SNAPSHOT_GATE_ERROR", "snapshot could not run: snapshot: <cases> names no command"));
        });
        assertThat(mojo.releasedGates).isEqualTo(1);
    }

    @Test
    void invalidConfigurationFoundWhileCreatingTheGatesReleasesWhatWasPrepared() {
        mojo.failCreating = new MojoExecutionException("snapshot: <cases> is empty");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("snapshot: <cases> is empty");
        assertThat(mojo.releasedGates).isEqualTo(1);
        assertThat(resultsDirectory()).doesNotExist();
    }

    @Test
    void anInterruptedGateEndsTheGoalAndKeepsTheInterrupt() {
        mojo.gateList = () -> List.of(gate(null, e -> {
            throw new InterruptedException();
        }));
        try {
            assertThatThrownBy(mojo::execute)
                    .isInstanceOf(MojoExecutionException.class)
                    .hasMessage("snapshot: interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aPassingResultIsReusedWhileItsInputsAreUnchanged() throws Exception {
        mojo.inputs = () -> mojo.inputs().value("pattern", "v1").build();
        mojo.gateList = () -> List.of(gate(null, e -> {
            events.add("evaluated");
            e.summary("3 cases equal");
        }));
        mojo.execute();
        GateResult first = onlyResult();
        assertThat(first.inputs()).containsEntry("pattern", "v1");

        ProbeMojo again = probe();
        again.inputs = () -> again.inputs().value("pattern", "v1").build();
        again.gateList = mojo.gateList;
        again.execute();

        assertThat(events).containsExactly("evaluated");
        GateResult reused = onlyResult();
        assertThat(reused.status()).isEqualTo(GateStatus.PASS);
        assertThat(reused.reusedFrom()).isNotNull();
        assertThat(reused.reusedFrom().startedAt()).isEqualTo(first.startedAt());
        assertThat(maven.lines())
                .anyMatch(l -> l.startsWith("info: snapshot: PASS reused - inputs unchanged since ")
                        && l.endsWith(" (3 cases equal)"));
    }

    @Test
    void aChangedInputRunsTheGateAgainAndSaysWhich() throws Exception {
        mojo.inputs =
                () -> mojo.inputs().value("pattern", "v1").value("cases", "2").build();
        mojo.gateList = () -> List.of(gate(null, e -> events.add("evaluated")));
        mojo.execute();

        ProbeMojo changed = probe();
        changed.inputs = () ->
                changed.inputs().value("pattern", "v2").value("cases", "2").build();
        changed.gateList = mojo.gateList;
        changed.execute();

        assertThat(events).containsExactly("evaluated", "evaluated");
        assertThat(maven.lines()).contains("info: snapshot: inputs changed: pattern - running");
    }

    @Test
    void reuseSwitchedOffAlwaysRuns() throws Exception {
        mojo.inputs = () -> mojo.inputs().value("pattern", "v1").build();
        mojo.gateList = () -> List.of(gate(null, e -> events.add("evaluated")));
        mojo.execute();

        ProbeMojo off = probe();
        off.reuse = false;
        off.inputs = mojo.inputs;
        off.gateList = mojo.gateList;
        off.execute();

        assertThat(events).containsExactly("evaluated", "evaluated");
        assertThat(maven.lines()).contains("info: snapshot: gatekeeper.reuse=false - running");
    }

    @Test
    void aBlockingResultIsNeverReused() throws Exception {
        mojo.inputs = () -> mojo.inputs().value("pattern", "v1").build();
        mojo.gateList = () -> List.of(gate(null, e -> {
            events.add("evaluated");
            e.add(Finding.of("SNAPSHOT_DIFF", GateStatus.FAIL, "differs"));
        }));
        mojo.execute();

        ProbeMojo again = probe();
        again.inputs = mojo.inputs;
        again.gateList = mojo.gateList;
        again.execute();

        assertThat(events).containsExactly("evaluated", "evaluated");
        assertThat(onlyResult().reusedFrom()).isNull();
    }

    @Test
    void inputsThatCannotBeToldMakeTheGateRunAndSayWhy() throws Exception {
        mojo.inputs = () -> {
            throw new MojoExecutionException("<cases> cannot be read");
        };
        mojo.gateList = () -> List.of(gate(null, e -> events.add("evaluated")));

        mojo.execute();

        assertThat(events).containsExactly("evaluated");
        assertThat(maven.lines())
                .contains("info: snapshot: runs every build: its inputs cannot be told (<cases> cannot be read)");
    }

    @Test
    void theBuildsSecretsAreMaskedInTheLogTheResultAndTheFailure() throws IOException {
        Server server = new Server();
        server.setId("releases");
        server.setPassword(SECRET);
        mojo.session = sessionWith(server); // Maven reads the request's servers into the session's settings
        mojo.failFast = true;
        mojo.gateList = () -> List.of(gate(null, e -> {
            e.log().info("deploying with " + SECRET);
            e.add(Finding.of("SNAPSHOT_DIFF", GateStatus.FAIL, "output shows " + SECRET));
        }));

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage(
                        "snapshot: FAIL - output shows **** (gatekeeper.failFast=true stops at the first blocking gate)\n"
                                + "[snapshot] app: output shows **** (SNAPSHOT_DIFF)");
        assertThat(maven.lines()).contains("info: snapshot: deploying with ****");
        assertThat(maven.lines()).noneMatch(l -> l.contains(SECRET));
        assertThat(Files.readString(resultsDirectory().resolve("snapshot.json")))
                .doesNotContain(SECRET)
                .contains("output shows ****");
    }

    private ProbeMojo probe() {
        ProbeMojo probe = new ProbeMojo();
        probe.session = session();
        Model model = new Model();
        model.setGroupId("g");
        model.setArtifactId("app");
        model.setVersion("1.0.0");
        Build build = new Build();
        build.setDirectory(base.resolve("target").toString());
        model.setBuild(build);
        probe.project = new MavenProject(model);
        probe.project.setFile(base.resolve("pom.xml").toFile());
        probe.gatekeeperDirectory = base.resolve("target/gatekeeper").toFile();
        probe.reuseStore = "none"; // never the user's cache directory (the shared store's tests name their own)
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setGroupId("dev.gatekeeper");
        plugin.setArtifactId("gatekeeper-maven-plugin");
        plugin.setVersion("0.1.0");
        MojoDescriptor descriptor = new MojoDescriptor();
        descriptor.setGoal("snapshot");
        descriptor.setPluginDescriptor(plugin);
        probe.pluginDescriptor = plugin;
        probe.mojoExecution = new MojoExecution(descriptor);
        probe.reuse = true;
        probe.overlap = true;
        probe.setLog(maven);
        return probe;
    }

    private MavenSession session() {
        return sessionWith(null);
    }

    @SuppressWarnings("deprecation") // the constructor Maven's own tests use; the injected one needs a container
    private MavenSession sessionWith(Server server) {
        DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setStartTime(new Date(1_760_000_000_000L));
        request.setBaseDirectory(base.toFile());
        if (server != null) {
            request.addServer(server);
        }
        return new MavenSession(null, new DefaultRepositorySystemSession(), request, new DefaultMavenExecutionResult());
    }

    private Path resultsDirectory() {
        return base.resolve("target/gatekeeper").resolve(ResultStore.RESULTS_DIR);
    }

    private List<GateResult> results() {
        try {
            return new ResultStore(base.resolve("target/gatekeeper")).readAll();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private GateResult onlyResult() {
        List<GateResult> results = results();
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    interface Judgement {
        void judge(GateEvaluation evaluation) throws Exception;
    }

    private static Gate gate(String subject, Judgement judgement) {
        return new Gate() {
            @Override
            public String name() {
                return "snapshot";
            }

            @Override
            public String subject() {
                return subject;
            }

            @Override
            public void evaluate(GateEvaluation evaluation) throws Exception {
                judgement.judge(evaluation);
            }
        };
    }

    interface GateList {
        List<Gate> get() throws MojoExecutionException;
    }

    interface Inputs {
        ReuseInputs get() throws MojoExecutionException;
    }

    /** A gate goal whose gates, inputs and switches a test sets; it records when it releases its gates. */
    static final class ProbeMojo extends AbstractGateMojo {
        GateList gateList = List::of;
        Inputs inputs;
        boolean gateSkipped;
        boolean failsItself;
        Optional<String> missing = Optional.empty();
        MojoExecutionException failCreating;
        int releasedGates;

        @Override
        protected GateId gate() {
            return GateId.SNAPSHOT;
        }

        @Override
        protected boolean isGateSkipped() {
            return gateSkipped;
        }

        @Override
        protected boolean failsBuildItself() {
            return failsItself || super.failsBuildItself();
        }

        @Override
        protected Optional<String> notConfigured() {
            return missing;
        }

        @Override
        protected List<Gate> createGates() throws MojoExecutionException {
            if (failCreating != null) {
                throw failCreating;
            }
            return gateList.get();
        }

        @Override
        protected ReuseInputs reuseInputs() throws MojoExecutionException {
            return inputs == null ? super.reuseInputs() : inputs.get();
        }

        @Override
        protected void afterGates(MavenGateLog log) {
            releasedGates++;
        }
    }
}
