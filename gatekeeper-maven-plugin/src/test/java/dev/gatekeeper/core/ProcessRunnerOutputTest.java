package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Output of any size neither crashes the build nor fills the disk. */
@EnabledOnOs(OS.LINUX)
class ProcessRunnerOutputTest {
    @TempDir
    Path dir;

    private final TestProcesses processes = new TestProcesses();

    @AfterEach
    void nothingOfTheTestIsLeftRunning() throws InterruptedException {
        assertThat(processes.killAll())
                .as("processes of this test still alive after it (killed now)")
                .isZero();
    }

    @Test
    void commandPrintingMoreThanTwoGigabytesIsEndedAtTheCapWithItsTail() throws Exception {
        // today's code read the whole raw log into one array: "Required array size too large"
        script("flood.sh", "echo starting", "head -c 2200m /dev/zero | tr '\\0' 'x'");
        CommandSpec spec = spec("flood", "./flood.sh").withMaxOutputBytes(CommandSpec.megabytes(8));

        CommandOutcome outcome = ProcessRunner.run(spec, dir.resolve("flood.log"), SecretRedactor.patternsOnly());

        assertThat(outcome.outputTooLarge()).isTrue();
        assertThat(outcome.exitCode()).isNull();
        assertThat(outcome.succeeded(spec)).isFalse();
        assertThat(outcome.killedProcesses()).isGreaterThanOrEqualTo(3); // sh, head, tr
        assertThat(outcome.survivingProcesses()).isEmpty();
        assertThat(outcome.duration()).isLessThan(Duration.ofSeconds(20));
        assertThat(outcome.outputTail())
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).hasSizeLessThan(1100));
        assertThat(outcome.outputTail().get(outcome.outputTail().size() - 1)).startsWith("xxxx");
        long kept = Files.size(dir.resolve("flood.log"));
        assertThat(kept).isLessThan(CommandSpec.megabytes(8) + 4096);
        assertThat(Files.readAllLines(dir.resolve("flood.log")).get(0)).isEqualTo("starting");
        assertThat(lastLine(dir.resolve("flood.log"))).startsWith("[gatekeeper: output cut after ");
    }

    @Test
    void lineWithoutNewlineIsKeptInBoundedLines() throws Exception {
        script("long.sh", "head -c 300000 /dev/zero | tr '\\0' 'y'");

        CommandOutcome outcome =
                ProcessRunner.run(spec("long", "./long.sh"), dir.resolve("long.log"), SecretRedactor.patternsOnly());

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.outputTooLarge()).isFalse();
        assertThat(outcome.outputBytes()).isEqualTo(300_000);
        List<String> lines = Files.readAllLines(dir.resolve("long.log"));
        assertThat(lines)
                .hasSize(5)
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(CommandLog.MAX_LINE_BYTES));
        assertThat(String.join("", lines)).hasSize(300_000).matches("y+");
        assertThat(outcome.outputTail()).allSatisfy(line -> assertThat(line).hasSizeLessThan(1100));
    }

    @Test
    void multiByteCharacterAtALineBreakIsNotSplit() throws Exception {
        // 65535 ASCII bytes, then a two-byte character across the 64 KiB boundary
        script("utf8.sh", "head -c 65535 /dev/zero | tr '\\0' 'a'", "printf '\\303\\251z\\n'");

        ProcessRunner.run(spec("utf8", "./utf8.sh"), dir.resolve("utf8.log"), SecretRedactor.patternsOnly());

        List<String> lines = Files.readAllLines(dir.resolve("utf8.log"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("\u00e9z");
        assertThat(String.join("", lines)).doesNotContain("\ufffd");
    }

    @Test
    void secretsAreMaskedLineByLineInAStreamedLog() throws Exception {
        script("leak.sh", "i=0; while [ $i -lt 2000 ]; do echo \"line $i token=$DEPLOY_TOKEN\"; i=$((i + 1)); done");
        Map<String, String> env = Map.of("DEPLOY_TOKEN", "s3cr3t-value", TestProcesses.VARIABLE, processes.id);
        CommandSpec spec = new CommandSpec("leak", "./leak.sh", List.of(), dir, env, Duration.ofMinutes(1), Set.of());

        CommandOutcome outcome = ProcessRunner.run(spec, dir.resolve("leak.log"), new SecretRedactor(env, List.of()));

        assertThat(Files.readString(dir.resolve("leak.log")))
                .doesNotContain("s3cr3t-value")
                .contains("line 1999 token=****");
        assertThat(outcome.outputTail())
                .hasSize(ProcessRunner.TAIL_LINES)
                .allSatisfy(line -> assertThat(line).endsWith("token=****"));
    }

    @Test
    void privateKeyBlockPrintedOverSeveralLinesIsMaskedWholeInTheLogAndTheTail() throws Exception {
        script(
                "key.sh",
                "echo before",
                "echo '-----BEGIN OPENSSH PRIVATE KEY-----'",
                "echo b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
                "echo QyNTUxOQAAACDl2dNkZXBsb3kta2V5LWZvci1nYXRla2VlcGVyLXRlc3RzAAAAJGRlcGxv",
                "echo '-----END OPENSSH PRIVATE KEY-----'",
                "echo after");

        CommandOutcome outcome =
                ProcessRunner.run(spec("key", "./key.sh"), dir.resolve("key.log"), SecretRedactor.patternsOnly());

        String log = Files.readString(dir.resolve("key.log"));
        assertThat(log).doesNotContain("b3BlbnNzaC1rZXkt", "QyNTUxOQAAACDl").contains("before", "after");
        assertThat(String.join("\n", outcome.outputTail())).doesNotContain("b3BlbnNzaC1rZXkt", "QyNTUxOQAAACDl");
    }

    @Test
    void productOutputFileCountsTowardsTheCap() throws Exception {
        script("product.sh", "echo 'warming up' >&2", "head -c 2200m /dev/zero");
        CommandSpec spec = spec("product", "./product.sh").withMaxOutputBytes(CommandSpec.megabytes(4));
        Path stdout = dir.resolve("out/product.out");

        CommandOutcome outcome =
                ProcessRunner.run(spec, dir.resolve("product.log"), SecretRedactor.patternsOnly(), stdout);

        assertThat(outcome.outputTooLarge()).isTrue();
        assertThat(outcome.exitCode()).isNull();
        assertThat(Files.size(stdout)).isLessThan(CommandSpec.megabytes(1024));
        assertThat(outcome.outputTail()).containsExactly("warming up");
    }

    private CommandSpec spec(String name, String executable) {
        return new CommandSpec(
                name,
                executable,
                List.of(),
                dir,
                Map.of(TestProcesses.VARIABLE, processes.id),
                Duration.ofMinutes(5),
                Set.of());
    }

    private static String lastLine(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        return lines.get(lines.size() - 1);
    }

    private void script(String name, String... lines) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + String.join("\n", lines) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
