package dev.gatekeeper.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link CommandSpec} with a hard timeout and leaves behind a redacted log.
 *
 * <p>Output goes to a file rather than a pipe: a pipe would keep a reader blocked for as long as
 * any orphaned grandchild holds it open, which is exactly the case a timeout must survive.
 */
public final class ProcessRunner {
    public static final int TAIL_LINES = 30;

    /** How long killed processes get to disappear before we stop waiting for them. */
    private static final Duration KILL_GRACE = Duration.ofSeconds(10);
    private static final long KILL_POLL_MILLIS = 10;

    private ProcessRunner() {}

    /**
     * Runs the command to completion or to its timeout. A command that cannot start is reported in
     * the outcome, not thrown; an IOException means the log could not be written.
     */
    public static CommandOutcome run(CommandSpec spec, Path logFile, SecretRedactor redactor)
            throws IOException, InterruptedException {
        return run(spec, logFile, redactor, null);
    }

    /**
     * Like {@link #run(CommandSpec, Path, SecretRedactor)}, but when {@code stdoutFile} is given the
     * command's standard output goes there unchanged (it is the product's output, compared byte for
     * byte) and only standard error goes to the redacted log.
     */
    public static CommandOutcome run(CommandSpec spec, Path logFile, SecretRedactor redactor, Path stdoutFile)
            throws IOException, InterruptedException {
        Path workingDirectory = spec.workingDirectory() == null
                ? Path.of("").toAbsolutePath()
                : spec.workingDirectory().toAbsolutePath();
        String cannotStart = checkStartable(spec, workingDirectory);
        if (cannotStart != null) {
            return CommandOutcome.notStarted(redactor.redact(cannotStart));
        }
        Path logDirectory = logFile.toAbsolutePath().getParent();
        Files.createDirectories(logDirectory);
        Path rawLog = Files.createTempFile(logDirectory, "." + logFile.getFileName(), ".raw");
        try {
            ProcessBuilder builder = new ProcessBuilder(commandLine(spec, workingDirectory))
                    .directory(workingDirectory.toFile());
            if (stdoutFile == null) {
                builder.redirectErrorStream(true).redirectOutput(rawLog.toFile());
            } else {
                Files.createDirectories(stdoutFile.toAbsolutePath().getParent());
                builder.redirectOutput(stdoutFile.toFile()).redirectError(rawLog.toFile());
            }
            builder.environment().putAll(spec.environment());
            long startNanos = System.nanoTime();
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                return CommandOutcome.notStarted(redactor.redact(spec.executable() + ": " + reasonOf(e)));
            }
            process.getOutputStream().close();
            Integer exitCode = null;
            boolean timedOut = false;
            int killed = 0;
            try {
                if (process.waitFor(spec.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                    exitCode = process.exitValue();
                } else {
                    timedOut = true;
                    killed = killTree(process);
                }
            } catch (InterruptedException e) {
                killTree(process);
                throw e;
            }
            Duration duration = Duration.ofNanos(System.nanoTime() - startNanos);
            List<String> tail = writeRedactedLog(rawLog, logFile, redactor);
            return new CommandOutcome(exitCode, timedOut, killed, duration, tail, null);
        } finally {
            Files.deleteIfExists(rawLog);
        }
    }

    /** The executable and arguments as they may be shown in evidence. */
    public static String describe(CommandSpec spec, SecretRedactor redactor) {
        List<String> words = new ArrayList<>();
        words.add(redactor.redact(spec.executable()));
        words.addAll(redactor.redactArguments(spec.arguments()));
        // the mask stands for a secret that is not shown: it stays as it is, not quoted like a glob
        return String.join(" ", words.stream().map(word -> word.equals(SecretRedactor.MASK) ? word : shellQuote(word)).toList());
    }

    private static String checkStartable(CommandSpec spec, Path workingDirectory) {
        if (!Files.isDirectory(workingDirectory)) {
            return "working directory " + workingDirectory + " does not exist";
        }
        if (!spec.executableIsPath()) {
            return null;
        }
        Path executable = workingDirectory.resolve(spec.executable());
        if (!Files.exists(executable)) {
            return spec.executable() + ": no such file";
        }
        if (Files.isDirectory(executable)) {
            return spec.executable() + ": is a directory";
        }
        if (!Files.isExecutable(executable)) {
            return spec.executable() + ": not executable (chmod +x " + spec.executable() + ")";
        }
        return null;
    }

    private static List<String> commandLine(CommandSpec spec, Path workingDirectory) {
        List<String> command = new ArrayList<>();
        command.add(spec.executableIsPath()
                ? workingDirectory.resolve(spec.executable()).toString()
                : spec.executable());
        command.addAll(spec.arguments());
        return command;
    }

    /**
     * Kills the process and everything it started. The descendants are collected first: once the
     * parent is dead its children are re-parented and can no longer be found from it.
     */
    private static int killTree(Process process) throws InterruptedException {
        Set<ProcessHandle> tree = new LinkedHashSet<>();
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        List<ProcessHandle> killed = new ArrayList<>();
        for (ProcessHandle handle : tree) {
            if (handle.isAlive() && handle.destroyForcibly()) {
                killed.add(handle);
            }
        }
        // A killed descendant is re-parented to init and counts as alive until init reaps it, so
        // the wait is bounded: a slow init must not stall the build.
        long deadline = System.nanoTime() + KILL_GRACE.toNanos();
        while (killed.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(KILL_POLL_MILLIS);
        }
        return killed.size();
    }

    private static List<String> writeRedactedLog(Path rawLog, Path logFile, SecretRedactor redactor)
            throws IOException {
        // new String() rather than Files.readString: a tool printing invalid UTF-8 must not lose its log.
        String output = new String(Files.readAllBytes(rawLog), StandardCharsets.UTF_8);
        String redacted = redactor.redact(output);
        AtomicFiles.writeString(logFile, redacted);
        return tailOf(redacted);
    }

    static List<String> tailOf(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = text.lines().toList();
        return List.copyOf(lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }

    private static String reasonOf(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // ProcessBuilder says: Cannot run program "x" (in directory "y"): error=2, No such file or directory
        int errno = message.indexOf("error=");
        if (errno >= 0) {
            int comma = message.indexOf(", ", errno);
            return comma >= 0 ? message.substring(comma + 2) : message.substring(errno);
        }
        return message;
    }

    /** A word as a POSIX shell reads it back: as is when it has nothing the shell interprets, else single-quoted. */
    public static String shellQuote(String word) {
        if (!word.isEmpty() && word.chars().noneMatch(c -> Character.isWhitespace(c) || "'\"\\$`;&|<>()*?[]{}#~!".indexOf(c) >= 0)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
