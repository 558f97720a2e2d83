package dev.gatekeeper.certify;

import static dev.gatekeeper.certify.Reports.passed;
import static dev.gatekeeper.certify.Reports.suite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.CommandSpec;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateLog;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.GatekeeperJson;
import dev.gatekeeper.core.TestProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertifyGateCommandsTest {
    private static final Duration GENEROUS = Duration.ofSeconds(30);

    @TempDir
    Path root;

    private Path module;

    private final TestProcesses processes = new TestProcesses();

    @AfterEach
    void nothingOfTheTestIsLeftRunning() throws InterruptedException {
        assertThat(processes.killAll())
                .as("processes of this test still alive after it (killed now)")
                .isZero();
    }

    @BeforeEach
    void createModule() throws Exception {
        module = Files.createDirectories(root.resolve("app"));
        Reports.write(module.resolve("target/surefire-reports"), "TEST-A.xml", suite("A", passed("A", "t")));
    }

    @Test
    void passingCommandIsRecordedWithItsLog() throws Exception {
        script("scripts/lint.sh", "echo all clean");

        GateResult result = evaluate(command("lint", "scripts/lint.sh", List.of(), Map.of(), GENEROUS));

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.summary()).isEqualTo("1 test passed in 1 report; 1 of 1 command passed");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("CERTIFY_COMMAND_PASSED");
            assertThat(f.severity()).isEqualTo(GateStatus.PASS);
            assertThat(f.message()).startsWith("Command 'lint' passed (exit 0) in ");
            assertThat(f.file()).isEqualTo("app/target/gatekeeper/certify/lint.log");
        });
        assertThat(Files.readString(module.resolve("target/gatekeeper/certify/lint.log")))
                .isEqualTo("all clean\n");
    }

    @Test
    void theCommandsRunTimeIsRecordedAsToolTime() throws Exception {
        script("scripts/slow.sh", "sleep 0.2");

        GateResult result = evaluate(command("slow", "scripts/slow.sh", List.of(), Map.of(), GENEROUS));

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.toolTimes()).containsOnlyKeys("command");
        assertThat(result.toolTimes().get("command")).isGreaterThanOrEqualTo(200);
        assertThat(result.toolMillis())
                .isEqualTo(result.toolTimes().get("command"))
                .isLessThanOrEqualTo(result.durationMillis());
    }

    @Test
    void commandExitingWithADisallowedCodeFailsWithItsOutputTail() throws Exception {
        script("scripts/check.sh", "echo checking", "echo 'license header missing in Foo.java' >&2", "exit 2");

        GateResult result = evaluate(command("check", "scripts/check.sh", List.of("--strict"), Map.of(), GENEROUS));

        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("CERTIFY_COMMAND_FAILED");
            assertThat(f.message()).isEqualTo("Command 'check' exited with 2, expected 0");
            assertThat(f.file()).isEqualTo("app/target/gatekeeper/certify/check.log");
            assertThat(f.detail()).isEqualTo("checking\nlicense header missing in Foo.java");
            assertThat(f.fix()).contains("scripts/check.sh --strict", "app/target/gatekeeper/certify/check.log");
        });
    }

    @Test
    void failingCommandOfTheRootModuleNamesTheRootDirectoryInItsFix() throws Exception {
        root = module; // a single-module project: the command runs in the execution root itself
        script("scripts/check.sh", "exit 3");

        GateResult result = evaluate(command("check", "scripts/check.sh", List.of(), Map.of(), GENEROUS));

        assertThat(result.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.fix())
                        .startsWith("Run 'scripts/check.sh' in the project's root directory to reproduce")
                        .doesNotContain("in  to"));
    }

    @Test
    void exitCodeListedAsAllowedPasses() throws Exception {
        script("scripts/check.sh", "exit 2");
        CommandSpec spec =
                new CommandSpec("check", "scripts/check.sh", List.of(), null, Map.of(), GENEROUS, Set.of(0, 2));

        GateResult result = evaluate(spec);

        assertThat(result.findings()).singleElement().extracting(Finding::code).isEqualTo("CERTIFY_COMMAND_PASSED");
    }

    @Test
    void commandThatHangsIsKilledWithItsChildrenAndFails() throws Exception {
        script("scripts/hang.sh", "echo waiting for server", "sleep 300 &", "echo $! > child.pid", "wait");
        Instant before = Instant.now();

        GateResult result = evaluate(command(
                "hang",
                "scripts/hang.sh",
                List.of(),
                Map.of(TestProcesses.VARIABLE, processes.id),
                Duration.ofSeconds(1)));

        assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(60));
        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        Finding finding = result.findings().get(0);
        assertThat(finding.code()).isEqualTo("CERTIFY_COMMAND_TIMED_OUT");
        assertThat(finding.message())
                .matches("Command 'hang' timed out after 1s and was stopped; ended [2-9] processes");
        assertThat(finding.detail()).isEqualTo("waiting for server");
        long childPid =
                Long.parseLong(Files.readString(module.resolve("child.pid")).trim());
        assertThat(TestProcesses.isAlive(childPid)).isFalse();
    }

    @Test
    void commandPrintingPastTheOutputCapIsEndedAndFailsWithItsTail() throws Exception {
        script("scripts/flood.sh", "echo generating", "head -c 2200m /dev/zero | tr '\\0' 'x'");
        CommandSpec spec = command(
                        "flood", "scripts/flood.sh", List.of(), Map.of(TestProcesses.VARIABLE, processes.id), GENEROUS)
                .withMaxOutputBytes(CommandSpec.megabytes(2));

        GateResult result = evaluate(spec);

        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("CERTIFY_COMMAND_OUTPUT_TOO_LARGE");
            assertThat(f.severity()).isEqualTo(GateStatus.FAIL);
            assertThat(f.message())
                    .matches("Command 'flood' printed more than 2 MB and was stopped; ended [3-9] processes");
            assertThat(f.fix())
                    .isEqualTo("Make 'scripts/flood.sh' print less (a quieter log level, output to a file of its own), "
                            + "or raise -Dgatekeeper.commands.maxOutputMegabytes (now 2)");
            assertThat(f.file()).isEqualTo("app/target/gatekeeper/certify/flood.log");
            assertThat(f.detail()).startsWith("xxxx");
        });
        assertThat(Files.size(module.resolve("target/gatekeeper/certify/flood.log")))
                .isLessThan(CommandSpec.megabytes(3));
    }

    @Test
    void processLeftRunningByAPassingCommandIsEndedAndWarnedAbout() throws Exception {
        script("scripts/serve.sh", "sleep 300 &", "echo $! > child.pid", "echo started server");

        GateResult result = evaluate(command(
                "serve", "scripts/serve.sh", List.of(), Map.of(TestProcesses.VARIABLE, processes.id), GENEROUS));

        long child =
                Long.parseLong(Files.readString(module.resolve("child.pid")).trim());
        assertThat(result.status()).isEqualTo(GateStatus.WARN);
        assertThat(result.findings())
                .extracting(Finding::code)
                .containsExactlyInAnyOrder("CERTIFY_COMMAND_PASSED", "CERTIFY_COMMAND_LEFT_PROCESSES");
        Finding left = result.findings().stream()
                .filter(f -> f.code().equals("CERTIFY_COMMAND_LEFT_PROCESSES"))
                .findFirst()
                .orElseThrow();
        assertThat(left.severity()).isEqualTo(GateStatus.WARN);
        assertThat(left.message()).isEqualTo("Command 'serve' exited but left 1 process running; Gatekeeper ended it");
        assertThat(left.detail()).startsWith("pid " + child + ": ");
        assertThat(left.fix())
                .isEqualTo("Make scripts/serve.sh stop or wait for what it starts before it exits "
                        + "(e.g. 'kill $pid' or 'wait' at its end)");
        assertThat(TestProcesses.isAlive(child))
                .as("sleep %d left running", child)
                .isFalse();
    }

    @Test
    void missingScriptIsAnErrorNotAnException() throws Exception {
        GateResult result = evaluate(command("certify", "./scripts/certify.sh", List.of(), Map.of(), GENEROUS));

        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("CERTIFY_COMMAND_NOT_RUNNABLE");
            assertThat(f.message()).isEqualTo("Command 'certify' could not start: ./scripts/certify.sh: no such file");
            assertThat(f.fix())
                    .isEqualTo(
                            "Check that ./scripts/certify.sh exists relative to app and run 'chmod +x ./scripts/certify.sh'");
        });
    }

    @Test
    void secretsNeverReachTheLogOrTheEvidence() throws Exception {
        script("scripts/publish.sh", "echo \"token is $2\"", "echo \"env is $REGISTRY_PASSWORD\"", "exit 1");
        CommandSpec spec = command(
                "publish",
                "scripts/publish.sh",
                List.of("--token", "tok-arg-secret"),
                Map.of("REGISTRY_PASSWORD", "env-pass-secret"),
                GENEROUS);

        GateResult result = evaluate(spec);

        String log = Files.readString(module.resolve("target/gatekeeper/certify/publish.log"));
        assertThat(log).isEqualTo("token is ****\nenv is ****\n");
        String evidence = GatekeeperJson.mapper().writeValueAsString(result);
        assertThat(evidence).contains("--token ****").doesNotContain("tok-arg-secret", "env-pass-secret");
    }

    @Test
    void commandsRunInTheModuleDirectoryUnlessToldOtherwise() throws Exception {
        script("scripts/where.sh", "pwd", "exit 1");

        GateResult result = evaluate(command("where", "scripts/where.sh", List.of(), Map.of(), GENEROUS));

        Path printed = Path.of(result.findings().get(0).detail());
        assertThat(printed.toRealPath()).isEqualTo(module.toRealPath());
    }

    private CommandSpec command(
            String name, String executable, List<String> args, Map<String, String> env, Duration timeout) {
        return new CommandSpec(name, executable, args, null, env, timeout, Set.of());
    }

    private GateResult evaluate(CommandSpec command) throws Exception {
        CertifySettings settings = CertifySettings.builder(module, Instant.now().minusSeconds(5))
                .executionRoot(root)
                .hasTestSources(true)
                .command(command)
                .build();
        GateEvaluation evaluation =
                new GateEvaluation("certify", "dev.example:app", "build-1", Clock.systemUTC(), GateLog.silent());
        new CertifyGate(settings).evaluate(evaluation);
        return evaluation.finish();
    }

    private void script(String relative, String... lines) throws IOException {
        Path file = module.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + String.join("\n", lines) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
