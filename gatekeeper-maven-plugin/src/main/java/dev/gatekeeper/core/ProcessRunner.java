package dev.gatekeeper.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link CommandSpec} with a hard timeout and an output cap, and leaves behind a redacted log.
 *
 * <p>Output goes to a file rather than a pipe: a pipe would keep a reader blocked for as long as
 * any orphaned grandchild holds it open, which is exactly the case a timeout must survive. A watcher
 * checks the file's size while the command runs; over {@link CommandSpec#maxOutputBytes()} the
 * command is ended. Every process the command started is ended at the timeout, over the cap, when
 * it exits (those are reported as left behind), and when the JVM is terminated: see {@link ProcessTree}.
 */
public final class ProcessRunner {
    public static final int TAIL_LINES = 30;

    /** How often the watcher looks at the output's size. */
    private static final long WATCH_MILLIS = 50;

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
     * byte) and only standard error goes to the redacted log. The cap counts both together.
     */
    public static CommandOutcome run(CommandSpec spec, Path logFile, SecretRedactor redactor, Path stdoutFile)
            throws IOException, InterruptedException {
        return run(spec, logFile, redactor, stdoutFile, List.of());
    }

    /**
     * Like {@link #run(CommandSpec, Path, SecretRedactor, Path)}; {@code writtenFiles} are files the
     * command writes itself (a product's {@code ${output}}): they count towards the cap too.
     */
    public static CommandOutcome run(
            CommandSpec spec, Path logFile, SecretRedactor redactor, Path stdoutFile, List<Path> writtenFiles)
            throws IOException, InterruptedException {
        Path workingDirectory = workingDirectoryOf(spec);
        String cannotStart = checkStartable(spec, workingDirectory);
        if (cannotStart != null) {
            return CommandOutcome.notStarted(redactor.redact(cannotStart));
        }
        Path logDirectory = logFile.toAbsolutePath().getParent();
        Files.createDirectories(logDirectory);
        Path rawLog = Files.createTempFile(logDirectory, "." + logFile.getFileName(), ".raw");
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(commandLine(spec, workingDirectory)).directory(workingDirectory.toFile());
            if (stdoutFile == null) {
                builder.redirectErrorStream(true).redirectOutput(rawLog.toFile());
            } else {
                Files.createDirectories(stdoutFile.toAbsolutePath().getParent());
                builder.redirectOutput(stdoutFile.toFile()).redirectError(rawLog.toFile());
            }
            ProcessTree tree = new ProcessTree();
            environment(builder, spec, tree);
            Set<Path> watchedFiles = new LinkedHashSet<>();
            watchedFiles.add(rawLog);
            if (stdoutFile != null) {
                watchedFiles.add(stdoutFile.toAbsolutePath());
            }
            writtenFiles.forEach(file -> watchedFiles.add(file.toAbsolutePath()));
            Watched watched = watch(spec, builder, tree, watchedFiles);
            if (watched.startFailure() != null) {
                return CommandOutcome.notStarted(redactor.redact(spec.executable() + ": " + watched.startFailure()));
            }
            CommandLog.Written written = CommandLog.write(rawLog, logFile, redactor, spec.maxOutputBytes());
            List<String> leftovers =
                    watched.leftovers().stream().map(p -> describe(p, redactor)).toList();
            List<String> survivors = watched.ending().survivors().stream()
                    .map(p -> describe(p, redactor))
                    .toList();
            return new CommandOutcome(
                    watched.exitCode(),
                    watched.timedOut(),
                    watched.ending().ended(),
                    watched.duration(),
                    written.tail(),
                    null,
                    watched.outputBytes() > spec.maxOutputBytes(),
                    watched.outputBytes(),
                    leftovers,
                    survivors);
        } finally {
            Files.deleteIfExists(rawLog);
        }
    }

    /** What the watcher saw; {@code ending} is what ending the tree did (at the timeout, the cap or the exit). */
    private record Watched(
            String startFailure,
            Integer exitCode,
            boolean timedOut,
            long outputBytes,
            Duration duration,
            List<List<String>> leftovers,
            ProcessTree.Ending ending) {}

    private static Watched watch(CommandSpec spec, ProcessBuilder builder, ProcessTree tree, Set<Path> watchedFiles)
            throws IOException, InterruptedException {
        long startNanos = System.nanoTime();
        long deadline = startNanos + spec.timeout().toNanos();
        LiveCommands.add(tree);
        try {
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                return new Watched(reasonOf(e), null, false, 0, Duration.ZERO, List.of(), ProcessTree.Ending.NOTHING);
            }
            tree.started(process);
            process.getOutputStream().close();
            boolean timedOut = false;
            long outputBytes = 0;
            try {
                while (!process.waitFor(
                        Math.max(1, Math.min(WATCH_MILLIS, (deadline - System.nanoTime()) / 1_000_000)),
                        TimeUnit.MILLISECONDS)) {
                    outputBytes = sizeOf(watchedFiles);
                    if (outputBytes > spec.maxOutputBytes()) {
                        break;
                    }
                    if (System.nanoTime() - deadline >= 0) {
                        timedOut = true;
                        break;
                    }
                }
                outputBytes = sizeOf(watchedFiles);
                if (process.isAlive()) {
                    ProcessTree.Ending ending = tree.end();
                    return new Watched(
                            null,
                            null,
                            timedOut,
                            outputBytes,
                            Duration.ofNanos(System.nanoTime() - startNanos),
                            List.of(),
                            ending);
                }
                Duration duration = Duration.ofNanos(System.nanoTime() - startNanos);
                // the command exited: whatever of it still runs was left behind
                List<List<String>> leftovers = tree.alive().entrySet().stream()
                        .map(e -> ProcessTree.describe(e.getKey(), e.getValue()))
                        .toList();
                ProcessTree.Ending ending = leftovers.isEmpty() ? ProcessTree.Ending.NOTHING : tree.end();
                return new Watched(null, process.exitValue(), false, outputBytes, duration, leftovers, ending);
            } catch (InterruptedException e) {
                tree.end();
                throw e;
            }
        } finally {
            LiveCommands.remove(tree);
        }
    }

    /** "pid 4711: sleep 300": a process found by {@link ProcessTree}, its command line redacted and shortened. */
    static String describe(List<String> process, SecretRedactor redactor) {
        List<String> words = redactor.redactArguments(process.subList(1, process.size()));
        String line = words.isEmpty()
                ? "(command line unknown)"
                : String.join(
                        " ",
                        words.stream()
                                .map(w -> w.contains(SecretRedactor.MASK) ? w : shellQuote(w))
                                .toList());
        return "pid " + process.get(0) + ": " + (line.length() > 300 ? line.substring(0, 300) + " [...]" : line);
    }

    static long sizeOf(Set<Path> files) {
        long size = 0;
        for (Path file : files) {
            try {
                size += Files.size(file);
            } catch (IOException e) {
                // not written yet
            }
        }
        return size;
    }

    /**
     * The key that signs evidence is Gatekeeper's, not the commands': it is not passed on to them
     * (unless a command's own {@code <environment>} sets it), so a script of the project cannot sign.
     */
    /** Where the command runs: its own directory, or the one Maven was started in. */
    static Path workingDirectoryOf(CommandSpec spec) {
        return spec.workingDirectory() == null
                ? Path.of("").toAbsolutePath()
                : spec.workingDirectory().toAbsolutePath();
    }

    /** The child's environment: the inherited one without the evidence key, the spec's own, and the tree's marker. */
    static void environment(ProcessBuilder builder, CommandSpec spec, ProcessTree tree) {
        withoutEvidenceKey(builder.environment(), spec.environment());
        builder.environment().putAll(spec.environment());
        builder.environment().put(ProcessTree.MARKER, tree.id());
    }

    static void withoutEvidenceKey(Map<String, String> inherited, Map<String, String> configured) {
        if (!configured.containsKey(EvidenceKey.VARIABLE)) {
            inherited.remove(EvidenceKey.VARIABLE);
        }
    }

    /** The executable and arguments as they may be shown in evidence. */
    public static String describe(CommandSpec spec, SecretRedactor redactor) {
        List<String> words = new ArrayList<>();
        words.add(redactor.redact(spec.executable()));
        words.addAll(redactor.redactArguments(spec.arguments()));
        // the mask stands for a secret that is not shown: it stays as it is, not quoted like a glob
        return String.join(
                " ",
                words.stream()
                        .map(word -> word.equals(SecretRedactor.MASK) ? word : shellQuote(word))
                        .toList());
    }

    static String checkStartable(CommandSpec spec, Path workingDirectory) {
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

    static List<String> commandLine(CommandSpec spec, Path workingDirectory) {
        List<String> command = new ArrayList<>();
        command.add(
                spec.executableIsPath()
                        ? workingDirectory.resolve(spec.executable()).toString()
                        : spec.executable());
        command.addAll(spec.arguments());
        return command;
    }

    static String reasonOf(IOException e) {
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
        if (!word.isEmpty()
                && word.chars()
                        .noneMatch(c -> Character.isWhitespace(c) || "'\"\\$`;&|<>()*?[]{}#~!".indexOf(c) >= 0)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
