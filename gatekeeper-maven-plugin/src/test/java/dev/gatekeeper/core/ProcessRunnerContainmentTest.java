package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Processes a command starts do not outlive it: detached, left behind, or when the JVM is terminated. */
@EnabledOnOs(OS.LINUX)
class ProcessRunnerContainmentTest {
    @TempDir
    Path dir;

    private final TestProcesses processes = new TestProcesses();

    @AfterEach
    void nothingOfTheTestIsLeftRunning() throws InterruptedException {
        int leftover = processes.killAll();
        assertThat(leftover)
                .as("processes of this test still alive after it (killed now)")
                .isZero();
    }

    @Test
    void daemonizedGrandchildIsEndedAtTheTimeout() throws Exception {
        // double fork plus setsid: the daemon is re-parented and in a session of its own
        script("daemonize.sh", "( setsid sh -c 'sleep 300 & echo $! > daemon.pid' & )", "sleep 300");

        CommandOutcome outcome = run("daemonize.sh", Duration.ofSeconds(1));

        assertThat(outcome.timedOut()).isTrue();
        assertThat(outcome.killedProcesses()).isGreaterThanOrEqualTo(2); // the script's sleep and the daemon
        assertThat(outcome.survivingProcesses()).isEmpty();
        long daemon = TestProcesses.pidIn(dir.resolve("daemon.pid"));
        assertThat(TestProcesses.isAlive(daemon))
                .as("daemonized sleep %d alive", daemon)
                .isFalse();
        assertThat(processes.alive()).isEmpty();
    }

    @Test
    void backgroundChildOfACommandExitingZeroIsEnded() throws Exception {
        script("leave.sh", "sleep 300 &", "echo $! > child.pid", "echo done");

        CommandOutcome outcome = run("leave.sh", Duration.ofSeconds(30));

        assertThat(outcome.exitCode()).isZero();
        long child = TestProcesses.pidIn(dir.resolve("child.pid"));
        assertThat(TestProcesses.isAlive(child))
                .as("background sleep %d alive", child)
                .isFalse();
        assertThat(processes.alive()).isEmpty();
        // named as it was found: "sleep 300", or the forked shell if it had not yet started sleep
        assertThat(outcome.leftoverProcesses()).singleElement().asString().startsWith("pid " + child + ": ");
        assertThat(outcome.killedProcesses()).isEqualTo(1);
        assertThat(outcome.survivingProcesses()).isEmpty();
    }

    @Test
    void commandExitingWithNothingLeftBehindReportsNoLeftovers() throws Exception {
        script("tidy.sh", "sleep 300 &", "kill $!", "wait", "echo done");

        CommandOutcome outcome = run("tidy.sh", Duration.ofSeconds(30));

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.leftoverProcesses()).isEmpty();
        assertThat(outcome.killedProcesses()).isZero();
    }

    @Test
    void leftoverCommandLineIsRedacted() throws Exception {
        // the script waits until the child shell runs (it touched 'started'), so its command line is its own
        script(
                "leave-secret.sh",
                "sh -c 'touch started; sleep 300; echo \"$0\"' --password=hunter2-secret &",
                "echo $! > child.pid",
                "while [ ! -f started ]; do sleep 0.05; done");

        CommandOutcome outcome = run("leave-secret.sh", Duration.ofSeconds(30));

        long shell = TestProcesses.pidIn(dir.resolve("child.pid"));
        assertThat(outcome.leftoverProcesses())
                .contains("pid " + shell + ": sh -c 'touch started; sleep 300; echo \"$0\"' --password=****")
                .noneMatch(line -> line.contains("hunter2-secret"));
    }

    @Test
    void processIgnoringSigtermIsKilledAfterTheGrace() throws Exception {
        script("stubborn.sh", "trap '' TERM", "echo $$ > self.pid", "while :; do sleep 1; done");

        CommandOutcome outcome = run("stubborn.sh", Duration.ofMillis(500));

        assertThat(outcome.timedOut()).isTrue();
        long pid = TestProcesses.pidIn(dir.resolve("self.pid"));
        assertThat(TestProcesses.isAlive(pid)).isFalse();
        assertThat(outcome.killedProcesses()).isGreaterThanOrEqualTo(1);
        assertThat(outcome.survivingProcesses()).isEmpty();
        assertThat(outcome.duration()).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void terminatingTheJvmEndsTheCommandItRuns() throws Exception {
        script("hold.sh", "sleep 300 &", "echo $! > child.pid", "wait");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ProcessRunnerChildMain.class.getName(),
                        dir.toString(),
                        "./hold.sh")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child-jvm.log").toFile());
        builder.environment().put(TestProcesses.VARIABLE, processes.id);
        Process jvm = builder.start();
        try {
            TestProcesses.awaitFile(dir.resolve("child.pid"));
            long sleep = TestProcesses.pidIn(dir.resolve("child.pid"));

            jvm.toHandle().destroy(); // SIGTERM, as a CI runner cancelling the job sends it
            assertThat(jvm.waitFor(20, TimeUnit.SECONDS)).as("child JVM ended").isTrue();

            assertThat(TestProcesses.isAlive(sleep))
                    .as("command's sleep %d alive after the JVM was terminated", sleep)
                    .isFalse();
            assertThat(processes.alive()).isEmpty();
        } finally {
            jvm.destroyForcibly();
        }
    }

    private CommandOutcome run(String script, Duration timeout) throws Exception {
        CommandSpec spec = new CommandSpec(
                "cmd", "./" + script, List.of(), dir, Map.of(TestProcesses.VARIABLE, processes.id), timeout, Set.of());
        return ProcessRunner.run(spec, dir.resolve("cmd.log"), SecretRedactor.patternsOnly());
    }

    private void script(String name, String... lines) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + String.join("\n", lines) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
