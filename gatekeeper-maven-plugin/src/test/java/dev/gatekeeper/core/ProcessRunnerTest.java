package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessRunnerTest {
    private static final Duration GENEROUS = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void exitCodeIsCaptured() throws Exception {
        script("exit3.sh", "exit 3");

        CommandOutcome outcome = run(spec("exit3", "./exit3.sh", List.of(), Map.of(), GENEROUS));

        assertThat(outcome.exitCode()).isEqualTo(3);
        assertThat(outcome.timedOut()).isFalse();
        assertThat(outcome.startFailure()).isNull();
        assertThat(outcome.succeeded(spec("exit3", "./exit3.sh", List.of(), Map.of(), GENEROUS)))
                .isFalse();
    }

    @Test
    void allowedExitCodesDecideSuccess() throws Exception {
        script("exit3.sh", "exit 3");
        CommandSpec spec = new CommandSpec("exit3", "./exit3.sh", List.of(), dir, Map.of(), GENEROUS, Set.of(0, 3));

        CommandOutcome outcome = run(spec);

        assertThat(outcome.succeeded(spec)).isTrue();
    }

    @Test
    void outputTailHoldsTheLastThirtyLinesOfStdoutAndStderrMerged() throws Exception {
        script(
                "noisy.sh",
                "i=1; while [ $i -le 40 ]; do",
                "  if [ $((i % 2)) -eq 0 ]; then echo \"line $i\" >&2; else echo \"line $i\"; fi",
                "  i=$((i + 1))",
                "done");

        CommandOutcome outcome = run(spec("noisy", "./noisy.sh", List.of(), Map.of(), GENEROUS));

        assertThat(outcome.outputTail()).hasSize(30);
        assertThat(outcome.outputTail().get(0)).isEqualTo("line 11");
        assertThat(outcome.outputTail().get(29)).isEqualTo("line 40");
        assertThat(Files.readAllLines(log())).hasSize(40).contains("line 1", "line 2");
    }

    @Test
    void stdoutCanBeCapturedUnchangedApartFromTheRedactedStderrLog() throws Exception {
        script(
                "product.sh",
                "echo '{\"token\": \"ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}'",
                "echo 'warming up' >&2");
        Path stdout = dir.resolve("out/stdout.json");

        CommandOutcome outcome = ProcessRunner.run(
                spec("product", "./product.sh", List.of(), Map.of(), GENEROUS),
                log(),
                SecretRedactor.patternsOnly(),
                stdout);

        assertThat(outcome.exitCode()).isZero();
        assertThat(Files.readString(stdout)).isEqualTo("{\"token\": \"ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}\n");
        assertThat(Files.readString(log())).isEqualTo("warming up\n");
        assertThat(outcome.outputTail()).containsExactly("warming up");
    }

    @Test
    void secretEnvironmentValuePrintedByTheCommandIsMaskedInLogAndTail() throws Exception {
        script("leak.sh", "echo \"the value is $DEPLOY_TOKEN\"");
        Map<String, String> env = Map.of("DEPLOY_TOKEN", "very-secret-value");
        CommandSpec spec = spec("leak", "./leak.sh", List.of(), env, GENEROUS);

        CommandOutcome outcome = ProcessRunner.run(spec, log(), new SecretRedactor(env, List.of()));

        assertThat(Files.readString(log())).isEqualTo("the value is ****\n");
        assertThat(outcome.outputTail()).containsExactly("the value is ****");
    }

    @Test
    void rawUnredactedOutputIsDeletedAfterwards() throws Exception {
        script("hello.sh", "echo hello");

        run(spec("hello", "./hello.sh", List.of(), Map.of(), GENEROUS));

        try (Stream<Path> files = Files.list(log().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("cmd.log");
        }
    }

    @Test
    void configuredEnvironmentIsAddedToTheInheritedOne() throws Exception {
        script("env.sh", "echo \"greeting=$GREETING\"", "[ -n \"$PATH\" ] && echo path-inherited");

        CommandOutcome outcome = run(spec("env", "./env.sh", List.of(), Map.of("GREETING", "hello"), GENEROUS));

        assertThat(outcome.outputTail()).containsExactly("greeting=hello", "path-inherited");
    }

    @Test
    void argumentsReachTheProgramVerbatimWithoutAShell() throws Exception {
        script("args.sh", "for a in \"$@\"; do echo \"<$a>\"; done");

        CommandOutcome outcome =
                run(spec("args", "./args.sh", List.of("$HOME; echo injected", "two words"), Map.of(), GENEROUS));

        assertThat(outcome.outputTail()).containsExactly("<$HOME; echo injected>", "<two words>");
    }

    @Test
    void executableWithAPathIsResolvedAgainstTheWorkingDirectory() throws Exception {
        Files.createDirectories(dir.resolve("scripts"));
        script("scripts/where.sh", "pwd");

        CommandOutcome outcome = run(spec("where", "scripts/where.sh", List.of(), Map.of(), GENEROUS));

        assertThat(outcome.exitCode()).isZero();
        assertThat(Path.of(outcome.outputTail().get(0)).toRealPath()).isEqualTo(dir.toRealPath());
    }

    @Test
    void timeoutKillsTheCommandAndTheChildItStarted() throws Exception {
        script("hang.sh", "echo started", "sleep 300 &", "echo $! > child.pid", "wait");

        CommandOutcome outcome = run(spec("hang", "./hang.sh", List.of(), Map.of(), Duration.ofSeconds(1)));

        assertThat(outcome.timedOut()).isTrue();
        assertThat(outcome.exitCode()).isNull();
        assertThat(outcome.duration()).isLessThan(Duration.ofSeconds(30));
        assertThat(outcome.killedProcesses()).isGreaterThanOrEqualTo(2);
        assertThat(outcome.outputTail()).containsExactly("started");
        long childPid =
                Long.parseLong(Files.readString(dir.resolve("child.pid")).trim());
        // a zombie is dead: an init that reaps slowly (a container's) keeps it listed for a while
        assertThat(TestProcesses.isAlive(childPid)).isFalse();
    }

    @Test
    void timeoutKillsGrandchildrenToo() throws Exception {
        script("nested.sh", "/bin/sh -c 'sleep 300 & echo $! > grandchild.pid; wait'");

        CommandOutcome outcome = run(spec("nested", "./nested.sh", List.of(), Map.of(), Duration.ofSeconds(1)));

        assertThat(outcome.timedOut()).isTrue();
        assertThat(outcome.killedProcesses()).isGreaterThanOrEqualTo(3);
        long grandchildPid =
                Long.parseLong(Files.readString(dir.resolve("grandchild.pid")).trim());
        assertThat(TestProcesses.isAlive(grandchildPid)).isFalse();
    }

    @Test
    void missingScriptIsAStartFailureNotAnException() throws Exception {
        CommandOutcome outcome = run(spec("certify", "./scripts/certify.sh", List.of(), Map.of(), GENEROUS));

        assertThat(outcome.startFailure()).isEqualTo("./scripts/certify.sh: no such file");
        assertThat(outcome.started()).isFalse();
        assertThat(outcome.exitCode()).isNull();
    }

    @Test
    void programMissingFromThePathIsAStartFailure() throws Exception {
        CommandOutcome outcome = run(spec("x", "gatekeeper-no-such-program", List.of(), Map.of(), GENEROUS));

        assertThat(outcome.startFailure()).startsWith("gatekeeper-no-such-program: ");
    }

    @Test
    void scriptWithoutExecutePermissionIsAStartFailure() throws Exception {
        Files.writeString(dir.resolve("plain.sh"), "#!/bin/sh\necho hi\n");

        CommandOutcome outcome = run(spec("plain", "./plain.sh", List.of(), Map.of(), GENEROUS));

        assertThat(outcome.startFailure()).isEqualTo("./plain.sh: not executable (chmod +x ./plain.sh)");
    }

    @Test
    void describeShowsTheCommandWithSecretsMasked() {
        CommandSpec spec =
                spec("deploy", "./deploy.sh", List.of("--token", "abc", "--env", "staging area"), Map.of(), GENEROUS);

        assertThat(ProcessRunner.describe(spec, SecretRedactor.patternsOnly()))
                .isEqualTo("./deploy.sh --token **** --env 'staging area'");
    }

    @Test
    void shellQuoteLeavesPlainWordsAndQuotesWhatAShellWouldInterpret() {
        assertThat(ProcessRunner.shellQuote("--help")).isEqualTo("--help");
        assertThat(ProcessRunner.shellQuote("com.example.Main")).isEqualTo("com.example.Main");
        assertThat(ProcessRunner.shellQuote("a;b")).isEqualTo("'a;b'");
        assertThat(ProcessRunner.shellQuote("*.txt")).isEqualTo("'*.txt'");
        assertThat(ProcessRunner.shellQuote("it's")).isEqualTo("'it'\\''s'");
        assertThat(ProcessRunner.shellQuote("")).isEqualTo("''");
    }

    private CommandSpec spec(
            String name, String executable, List<String> args, Map<String, String> env, Duration timeout) {
        return new CommandSpec(name, executable, args, dir, env, timeout, Set.of());
    }

    private CommandOutcome run(CommandSpec spec) throws Exception {
        return ProcessRunner.run(spec, log(), new SecretRedactor(spec.environment(), spec.arguments()));
    }

    private Path log() {
        return dir.resolve("logs/cmd.log");
    }

    private void script(String relative, String... lines) throws IOException {
        Path file = dir.resolve(relative);
        Files.writeString(file, "#!/bin/sh\n" + String.join("\n", lines) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void theEvidenceKeyIsNotPassedOnToACommandUnlessItsOwnEnvironmentSetsIt() {
        Map<String, String> inherited = new HashMap<>(Map.of(EvidenceKey.VARIABLE, "k".repeat(40), "PATH", "/usr/bin"));
        ProcessRunner.withoutEvidenceKey(inherited, Map.of());
        assertThat(inherited).containsOnlyKeys("PATH");

        Map<String, String> again = new HashMap<>(Map.of(EvidenceKey.VARIABLE, "k".repeat(40)));
        ProcessRunner.withoutEvidenceKey(again, Map.of(EvidenceKey.VARIABLE, "given"));
        assertThat(again).containsKey(EvidenceKey.VARIABLE);
    }
}
