package dev.gatekeeper.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command that does not end by itself, a server: it is started, watched until a {@link Readiness}
 * says it is ready (or it exits, or {@link CommandSpec#timeout()} passes), then stopped: SIGTERM to the
 * command, {@code stopGrace} to exit, then every process of its tree ended as {@link ProcessRunner} ends
 * one at its timeout. Like {@link ProcessRunner}, the output goes to a file and ends in a redacted log,
 * and nothing the command started is left running, also when the JVM is terminated meanwhile.
 */
public final class ServerRunner {
    /** How often the watcher looks at the output and asks the readiness. */
    private static final long WATCH_MILLIS = 100;

    private ServerRunner() {}

    /** Whether a running server is ready; asked every {@value #WATCH_MILLIS} ms and once more after it exits. */
    @FunctionalInterface
    public interface Readiness {
        /**
         * @param output the command's output so far (not redacted: what is returned is redacted by the runner)
         * @return the signal that says it is ready ("Started Demo in 2.1 seconds"), or null when not yet
         */
        String check(Path output) throws IOException, InterruptedException;
    }

    /**
     * What happened. {@code readySignal} null: it never became ready, because it exited ({@code exitCode}),
     * timed out, wrote more than the cap, or could not start ({@code startFailure}).
     *
     * @param readySignal    the redacted signal that said it was ready, or null
     * @param readyAfter     from the start to the signal
     * @param exitCode       the exit code: of the exit before ready, or of the exit after SIGTERM within the
     *                       grace; null when it had to be killed or never started
     * @param stopDuration   from SIGTERM to the last process gone
     * @param stoppedOnTerm  it exited on SIGTERM within the grace, and left nothing behind
     * @param killedProcesses how many processes had to be ended after the grace (or at the timeout)
     * @param survivors      processes still alive after they were ended, redacted
     * @param outputTail     the last lines of the redacted log
     */
    public record Outcome(
            String startFailure,
            String readySignal,
            Duration readyAfter,
            Integer exitCode,
            boolean timedOut,
            boolean outputTooLarge,
            Duration stopDuration,
            boolean stoppedOnTerm,
            int killedProcesses,
            List<String> survivors,
            List<String> outputTail,
            Duration duration) {
        public Outcome {
            survivors = survivors == null ? List.of() : List.copyOf(survivors);
            outputTail = outputTail == null ? List.of() : List.copyOf(outputTail);
        }

        static Outcome notStarted(String why) {
            return new Outcome(
                    why, null, null, null, false, false, Duration.ZERO, false, 0, List.of(), List.of(), Duration.ZERO);
        }

        public boolean started() {
            return startFailure == null;
        }

        public boolean ready() {
            return readySignal != null;
        }
    }

    /**
     * Runs the server until ready, then stops it. The spec's timeout is the time it has to become ready.
     *
     * @param stopGrace how long it has to exit after SIGTERM before its processes are ended
     */
    public static Outcome run(
            CommandSpec spec, Path logFile, SecretRedactor redactor, Readiness readiness, Duration stopGrace)
            throws IOException, InterruptedException {
        Path workingDirectory = ProcessRunner.workingDirectoryOf(spec);
        String cannotStart = ProcessRunner.checkStartable(spec, workingDirectory);
        if (cannotStart != null) {
            return Outcome.notStarted(redactor.redact(cannotStart));
        }
        Path logDirectory = logFile.toAbsolutePath().getParent();
        Files.createDirectories(logDirectory);
        Path rawLog = Files.createTempFile(logDirectory, "." + logFile.getFileName(), ".raw");
        try {
            ProcessBuilder builder = new ProcessBuilder(ProcessRunner.commandLine(spec, workingDirectory))
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(rawLog.toFile());
            ProcessTree tree = new ProcessTree();
            ProcessRunner.environment(builder, spec, tree);
            Watched watched = watch(spec, builder, tree, rawLog, readiness, stopGrace);
            if (watched.startFailure != null) {
                return Outcome.notStarted(redactor.redact(spec.executable() + ": " + watched.startFailure));
            }
            CommandLog.Written written = CommandLog.write(rawLog, logFile, redactor, spec.maxOutputBytes());
            List<String> survivors = watched.ending.survivors().stream()
                    .map(p -> ProcessRunner.describe(p, redactor))
                    .toList();
            return new Outcome(
                    null,
                    watched.signal == null ? null : redactor.redact(watched.signal),
                    watched.readyAfter,
                    watched.exitCode,
                    watched.timedOut,
                    watched.tooLarge,
                    watched.stopDuration,
                    watched.stoppedOnTerm,
                    watched.ending.ended(),
                    survivors,
                    written.tail(),
                    watched.duration);
        } finally {
            Files.deleteIfExists(rawLog);
        }
    }

    /** What the watcher saw. */
    private static final class Watched {
        String startFailure;
        String signal;
        Duration readyAfter;
        Integer exitCode;
        boolean timedOut;
        boolean tooLarge;
        Duration stopDuration = Duration.ZERO;
        boolean stoppedOnTerm;
        ProcessTree.Ending ending = ProcessTree.Ending.NOTHING;
        Duration duration = Duration.ZERO;
    }

    private static Watched watch(
            CommandSpec spec,
            ProcessBuilder builder,
            ProcessTree tree,
            Path rawLog,
            Readiness readiness,
            Duration stopGrace)
            throws IOException, InterruptedException {
        Watched watched = new Watched();
        long start = System.nanoTime();
        long deadline = start + spec.timeout().toNanos();
        Set<Path> output = new LinkedHashSet<>(List.of(rawLog));
        LiveCommands.add(tree);
        try {
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                watched.startFailure = ProcessRunner.reasonOf(e);
                return watched;
            }
            tree.started(process);
            process.getOutputStream().close();
            try {
                while (!process.waitFor(
                        Math.max(1, Math.min(WATCH_MILLIS, (deadline - System.nanoTime()) / 1_000_000)),
                        TimeUnit.MILLISECONDS)) {
                    if (ProcessRunner.sizeOf(output) > spec.maxOutputBytes()) {
                        watched.tooLarge = true;
                        break;
                    }
                    watched.signal = readiness.check(rawLog);
                    if (watched.signal != null) {
                        watched.readyAfter = Duration.ofNanos(System.nanoTime() - start);
                        break;
                    }
                    if (System.nanoTime() - deadline >= 0) {
                        watched.timedOut = true;
                        break;
                    }
                }
                if (!process.isAlive()) {
                    // exited by itself: a last look, the signal may be among its last lines
                    watched.exitCode = process.exitValue();
                    if (watched.signal == null) {
                        watched.signal = readiness.check(rawLog);
                    }
                    if (watched.signal != null && watched.readyAfter == null) {
                        watched.readyAfter = Duration.ofNanos(System.nanoTime() - start);
                    }
                    watched.ending = tree.alive().isEmpty() ? ProcessTree.Ending.NOTHING : tree.end();
                    watched.stoppedOnTerm = watched.signal != null && watched.ending.ended() == 0;
                } else if (watched.signal != null) {
                    stop(process, tree, stopGrace, watched);
                } else {
                    watched.ending = tree.end();
                }
                watched.duration = Duration.ofNanos(System.nanoTime() - start);
                return watched;
            } catch (InterruptedException | IOException | RuntimeException e) {
                tree.end();
                throw e;
            }
        } finally {
            LiveCommands.remove(tree);
        }
    }

    /** SIGTERM to the server, the grace to exit, then whatever of its tree is still alive ended. */
    private static void stop(Process process, ProcessTree tree, Duration stopGrace, Watched watched)
            throws InterruptedException {
        long stopStart = System.nanoTime();
        process.destroy();
        boolean exited = process.waitFor(stopGrace.toMillis(), TimeUnit.MILLISECONDS);
        if (exited) {
            watched.exitCode = process.exitValue();
        }
        boolean leftBehind = !tree.alive().isEmpty();
        if (leftBehind) {
            watched.ending = tree.end();
        }
        watched.stoppedOnTerm = exited && !leftBehind;
        watched.stopDuration = Duration.ofNanos(System.nanoTime() - stopStart);
    }
}
