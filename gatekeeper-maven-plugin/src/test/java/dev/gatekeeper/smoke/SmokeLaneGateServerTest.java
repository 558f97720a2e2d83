package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.TestProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lane gate on servers: real JVMs on JDK 17 listening on loopback, on the port Gatekeeper chose. Every test
 * checks that the server's JVM is gone afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmokeLaneGateServerTest {
    @TempDir
    static Path work;

    private Path classes;
    private Path bootJar;
    private Path plainJar;

    @BeforeAll
    void compileServers() throws Exception {
        classes = ServerFixtures.classes(work.resolve("fixture"));
        bootJar = ServerFixtures.springBootJar(
                classes, work.resolve("boot/demo-server-1.0.jar"), "BOOT-INF/lib/spring-boot-actuator-3.5.7.jar");
        plainJar = ServerFixtures.jar(classes, work.resolve("plain/demo-server-1.0.jar"), Map.of());
    }

    private GateEvaluation runLane(Path jar, String mainClass, SmokeSettings.Entry entry) throws Exception {
        SmokeSettings settings = new SmokeSettings(
                work,
                InstallFixtures.GROUP,
                "demo-server",
                InstallFixtures.VERSION,
                "jar",
                work.resolve("pom.xml"),
                Set.of(),
                null,
                jar,
                List.of(),
                17,
                List.of(),
                entry,
                new SmokeSettings.Install(
                        work.resolve("no-maven"),
                        ResolutionSource.localRepository(work.resolve("no-repo")),
                        work.resolve("smoke"),
                        false,
                        Duration.ofSeconds(30)),
                new SmokeSettings.Checks(false, false, false, GateStatus.HOLD, Set.of(), ReleaseAttachments.NONE));
        SmokeRun run = new SmokeRun(settings);
        run.resolved(List.of(jar));
        run.manifestMainClass(mainClass);
        GateEvaluation evaluation = SmokeFixtures.evaluation();
        new SmokeLaneGate(run, entry.lanes().lanes().get(0)).evaluate(evaluation);
        return evaluation;
    }

    private static JdkLanes lanes() {
        return JdkLanes.resolve(List.of(InstallFixtures.JDK_17), List.of());
    }

    private static SmokeSettings.Entry served(
            String mainClass, List<String> arguments, String readyPattern, String readyUrl, Duration readyTimeout) {
        return new SmokeSettings.Entry(
                mainClass,
                null,
                EntryPoint.DEFAULT_ARGUMENTS,
                null,
                Set.of(0),
                lanes(),
                Duration.ofSeconds(30),
                new ServerSettings(ServerSettings.Mode.SERVE, arguments, readyPattern, readyUrl, readyTimeout));
    }

    private static Path logOf(Finding finding) {
        return work.resolve(finding.file());
    }

    private static void assertGone(Finding finding) throws Exception {
        long pid = ServerFixtures.pid(logOf(finding));
        assertThat(TestProcesses.isAlive(pid))
                .as("the server's JVM (pid %d) is gone", pid)
                .isFalse();
    }

    @Test
    void springBootJarIsStartedOnAFreePortAndIsReadyByItsStartedLineAndHealthThenStopped() throws Exception {
        // nothing configured: the defaults every Spring Boot application gets, as today's users have them
        SmokeSettings.Entry defaults = new SmokeSettings.Entry(
                null, null, EntryPoint.DEFAULT_ARGUMENTS, null, Set.of(0), lanes(), Duration.ofSeconds(8));

        GateEvaluation evaluation = runLane(bootJar, "org.springframework.boot.loader.launch.JarLauncher", defaults);

        Finding ready = SmokeFixtures.only(evaluation);
        assertThat(ready.code()).as(ready.message()).isEqualTo("SMOKE_SERVER_READY");
        assertThat(ready.severity()).isEqualTo(GateStatus.PASS);
        int port = Integer.parseInt(ready.attributes().get("port"));
        assertThat(port).isNotEqualTo(8080).isPositive();
        assertThat(ready.message())
                .matches("started and ready in \\d+\\.\\d s on port " + port
                        + " \\(Started Serve in [\\d.]+ seconds \\(process running for 0\\.9\\); GET /actuator/health: UP\\), "
                        + "stopped in \\d+\\.\\d s on JDK 17\\..*");
        assertThat(evaluation.currentSummary()).isEqualTo(ready.message());
        assertThat(ready.attributes()).containsEntry("stoppedCleanly", "true").containsEntry("exitCode", "143");
        assertThat(ready.attributes().get("command"))
                .contains("-jar", "--server.port=" + port, "--management.server.port=" + port)
                .doesNotContain("--help");
        assertThat(ready.detail()).contains("listening on port " + port, "stopping");
        assertGone(ready);
    }

    @Test
    void configuredArgumentsAreStillPassedWithThePortSubstituted() throws Exception {
        GateEvaluation evaluation = runLane(
                plainJar,
                ServerFixtures.START_CLASS,
                served(
                        null,
                        List.of("--server.port={port}", "--delay=300"),
                        "listening on port \\d+",
                        null,
                        Duration.ofSeconds(30)));

        Finding ready = SmokeFixtures.only(evaluation);
        String port = ready.attributes().get("port");
        assertThat(ready.message()).contains("(listening on port " + port + ")");
        assertThat(ready.attributes().get("command"))
                .endsWith("demo.server.Serve --server.port=" + port + " --delay=300");
        assertGone(ready);
    }

    @Test
    void readyUrlWithThePortSubstitutedSaysWhenAnyServerIsReady() throws Exception {
        GateEvaluation evaluation = runLane(
                plainJar,
                ServerFixtures.START_CLASS,
                served(null, null, null, "http://127.0.0.1:{port}/ping", Duration.ofSeconds(30)));

        Finding ready = SmokeFixtures.only(evaluation);
        assertThat(ready.code()).isEqualTo("SMOKE_SERVER_READY");
        assertThat(ready.message()).contains("(GET /ping: 200)");
        assertGone(ready);
    }

    @Test
    void serverThatDiesDuringStartUpFailsWithItsCauseAndTheLogsTail() throws Exception {
        GateEvaluation evaluation =
                runLane(plainJar, "demo.server.Dies", served(null, null, null, null, Duration.ofSeconds(30)));

        Finding failed = SmokeFixtures.only(evaluation);
        assertThat(failed.code()).isEqualTo("SMOKE_SERVER_EXITED_BEFORE_READY");
        assertThat(failed.severity()).isEqualTo(GateStatus.FAIL);
        assertThat(failed.message())
                .startsWith("The server exited with 1 during start-up, before it was ready, after ")
                .endsWith(": Caused by: java.lang.IllegalArgumentException: the database at jdbc:demo is unreachable");
        assertThat(failed.detail())
                .contains("starting the order service", "java.lang.IllegalStateException: context failed");
        assertThat(failed.fix()).contains("java demo.server.Dies").doesNotContain("-cp");
        assertThat(failed.attributes()).containsEntry("exitCode", "1");
    }

    @Test
    void serverThatNeverBecomesReadyFailsAtTheReadyTimeoutAndIsEnded() throws Exception {
        GateEvaluation evaluation =
                runLane(plainJar, "demo.server.Silent", served(null, null, "^READY$", null, Duration.ofSeconds(3)));

        Finding failed = SmokeFixtures.only(evaluation);
        assertThat(failed.code()).isEqualTo("SMOKE_SERVER_NOT_READY");
        assertThat(failed.message())
                .matches("The server on port \\d+ it was not ready within 3\\.0 s; waited for a line matching "
                        + "/\\^READY\\$/ on JDK 17\\..*; ended 1 process");
        assertThat(failed.detail()).contains("warming up");
        assertThat(failed.fix()).contains("-Dgatekeeper.smoke.readyTimeout=", "<readyPattern>", "<readyUrl>", "{port}");
        assertGone(failed);
    }

    @Test
    void healthThatStaysDownIsNotReadyAndSaysTheLastAnswer() throws Exception {
        GateEvaluation evaluation = runLane(
                bootJar,
                "org.springframework.boot.loader.launch.JarLauncher",
                new SmokeSettings.Entry(
                        null,
                        null,
                        EntryPoint.DEFAULT_ARGUMENTS,
                        null,
                        Set.of(0),
                        lanes(),
                        Duration.ofSeconds(30),
                        new ServerSettings(
                                ServerSettings.Mode.AUTO, List.of("--down"), null, null, Duration.ofSeconds(4))));

        Finding failed = SmokeFixtures.only(evaluation);
        assertThat(failed.code()).isEqualTo("SMOKE_SERVER_NOT_READY");
        assertThat(failed.message())
                .contains(
                        "(seen) and GET http://127.0.0.1:",
                        "/actuator/health answering status UP",
                        "(last answer: 503: {\"status\":\"DOWN\"})");
        assertGone(failed);
    }

    @Test
    void serverThatIgnoresSigtermIsKilledAndWarnsThatItDidNotStopCleanly() throws Exception {
        GateEvaluation evaluation = runLane(
                plainJar, "demo.server.Stubborn", served(null, null, "Started Serve", null, Duration.ofSeconds(30)));

        assertThat(evaluation.findings())
                .extracting(Finding::code)
                .containsExactly("SMOKE_SERVER_READY", "SMOKE_SERVER_STOP_UNCLEAN");
        Finding ready = evaluation.findings().get(0);
        assertThat(ready.attributes()).containsEntry("stoppedCleanly", "false");
        assertThat(ready.message()).contains(", not cleanly on JDK 17");
        Finding unclean = evaluation.findings().get(1);
        assertThat(unclean.severity()).isEqualTo(GateStatus.WARN);
        assertThat(unclean.message()).contains("it did not exit within 10.0 s and was killed; ended 1 process");
        assertThat(evaluation.status()).isEqualTo(GateStatus.WARN);
        assertGone(ready);
    }

    @Test
    void modeRunKeepsRunningTheEntryPointToItsEnd() throws Exception {
        SmokeSettings.Entry run = new SmokeSettings.Entry(
                null,
                null,
                EntryPoint.DEFAULT_ARGUMENTS,
                null,
                Set.of(1),
                lanes(),
                Duration.ofSeconds(30),
                new ServerSettings(ServerSettings.Mode.RUN, null, null, null, Duration.ofSeconds(30)));

        GateEvaluation evaluation = runLane(plainJar, "demo.server.Dies", run);

        Finding ran = SmokeFixtures.only(evaluation);
        assertThat(ran.code()).isEqualTo("SMOKE_ENTRY_POINT_PASSED");
        assertThat(ran.message()).startsWith("java demo.server.Dies --help exited 1");
        assertThat(Files.exists(work.resolve("smoke"))).isTrue();
    }
}
