package dev.gatekeeper.smoke;

import dev.gatekeeper.core.CommandOutcome;
import dev.gatekeeper.core.CommandSpec;
import dev.gatekeeper.core.ProcessRunner;
import dev.gatekeeper.core.SecretRedactor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs an {@link EntryPoint} on one JDK in a fresh JVM, with the timeout and process-tree kill of
 * {@link ProcessRunner}.
 *
 * @param jdkHome       the JDK whose {@code bin/java} runs the entry point
 * @param timeout       after this the JVM and everything it started are killed
 * @param workDirectory where each run gets its own directory (working directory and log)
 */
public record EntryPointRun(Path jdkHome, Duration timeout, Path workDirectory) {
    public static final int MAX_OUTPUT_LINES = 200;
    /** The tool name the entry point's run time is recorded under. */
    public static final String TOOL = "java";
    /** Of the bounded output, the lines kept from the end; the rest come from the start. */
    private static final int TAIL_OUTPUT_LINES = 50;

    private static final int MAX_DIAGNOSTIC_LINES = 2;
    /** The JVM's own words for a program that could not run: missing classes, bad main class. */
    private static final Pattern JVM_DIAGNOSTIC =
            Pattern.compile("^(Exception in thread \".*|Error: .*|Caused by: .*)$");
    /** The JVM's words for a class missing at run time; only these blame the classpath. */
    private static final Pattern MISSING_CLASS = Pattern.compile("NoClassDefFoundError|ClassNotFoundException");
    /**
     * What usage text looks like: a "usage:" line, an "Options:"/"Commands:" heading, a mention of
     * {@code --help}, or an option list ("  -v, --verbose  say more").
     */
    private static final Pattern USAGE_TEXT =
            Pattern.compile("(?i)^\\s*(usage:|options:|commands:|available commands|synopsis\\b)|--help\\b"
                    + "|^\\s*(-[A-Za-z0-9],?\\s+)?--[A-Za-z][\\w-]*(=\\S+|\\s+<[^>]+>)?(,\\s*|\\s{2,}|\\t|$)");

    public EntryPointRun {
        Objects.requireNonNull(jdkHome, "jdkHome");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(workDirectory, "workDirectory");
    }

    public EntryPointResult run(EntryPoint entryPoint) throws IOException, InterruptedException {
        Files.createDirectories(workDirectory);
        Path runDirectory = Files.createTempDirectory(workDirectory, "run-");
        Path logFile = runDirectory.resolve("output.log");
        CommandSpec spec = new CommandSpec(
                "entry-point",
                JdkVersion.javaExecutable(jdkHome).toString(),
                javaArguments(entryPoint),
                runDirectory,
                Map.of(),
                timeout,
                entryPoint.allowedExitCodes());
        SecretRedactor redactor = SecretRedactor.build();
        String commandLine = ProcessRunner.describe(spec, redactor);
        String jdkVersion = JdkVersion.of(jdkHome).orElse("unknown");

        CommandOutcome outcome = ProcessRunner.run(spec, logFile, redactor);
        if (!outcome.started()) {
            return new EntryPointResult(
                    false,
                    "java could not start: " + outcome.startFailure(),
                    commandLine,
                    null,
                    false,
                    List.of(),
                    0,
                    logFile,
                    outcome.duration(),
                    jdkVersion,
                    false,
                    false);
        }
        ScannedOutput scanned = ScannedOutput.of(logFile, entryPoint.expectedOutput());
        String failure = failureReason(entryPoint, spec, outcome, scanned);
        return new EntryPointResult(
                failure == null,
                failure,
                commandLine,
                outcome.exitCode(),
                outcome.timedOut(),
                scanned.bounded(),
                scanned.omittedLines(),
                logFile,
                outcome.duration(),
                jdkVersion,
                scanned.missingClass(),
                scanned.usageText());
    }

    private static List<String> javaArguments(EntryPoint entryPoint) {
        List<String> arguments = new ArrayList<>();
        if (entryPoint.kind() == EntryPoint.Kind.EXECUTABLE_JAR) {
            arguments.add("-jar");
            arguments.add(entryPoint.jar().toAbsolutePath().toString());
        } else {
            arguments.add("-cp");
            arguments.add(entryPoint.classpath().stream()
                    .map(p -> p.toAbsolutePath().toString())
                    .collect(Collectors.joining(File.pathSeparator)));
            arguments.add(entryPoint.mainClass());
        }
        arguments.addAll(entryPoint.arguments());
        return arguments;
    }

    private String failureReason(
            EntryPoint entryPoint, CommandSpec spec, CommandOutcome outcome, ScannedOutput scanned) {
        if (outcome.timedOut()) {
            return "timed out after " + timeout.toSeconds() + " s; " + outcome.endingText();
        }
        if (outcome.outputTooLarge()) {
            return "printed more than " + spec.maxOutputBytes() / CommandSpec.megabytes(1) + " MB and was stopped; "
                    + outcome.endingText();
        }

        if (!outcome.succeeded(spec)) {
            String diagnostics =
                    scanned.diagnostics().isEmpty() ? "" : ": " + String.join(" / ", scanned.diagnostics());
            return "exited with " + outcome.exitCode() + " (expected: " + ExitCodes.describe(spec.allowedExitCodes())
                    + ")" + diagnostics;
        }
        if (entryPoint.expectedOutput() != null && !scanned.expectedFound()) {
            return "no line of the output matches /"
                    + entryPoint.expectedOutput().pattern() + "/";
        }
        return null;
    }

    /**
     * One pass over the log: a bounded copy, the JVM's diagnostics, whether the expected text occurs,
     * whether a class was missing and whether it reads like usage text.
     */
    private record ScannedOutput(
            List<String> bounded,
            int omittedLines,
            List<String> diagnostics,
            boolean expectedFound,
            boolean missingClass,
            boolean usageText) {
        static ScannedOutput of(Path logFile, Pattern expected) throws IOException {
            List<String> head = new ArrayList<>();
            Deque<String> tail = new ArrayDeque<>();
            List<String> diagnostics = new ArrayList<>();
            boolean found = false;
            boolean missingClass = false;
            boolean usageText = false;
            int total = 0;
            int headLimit = MAX_OUTPUT_LINES - TAIL_OUTPUT_LINES;
            try (Stream<String> lines = Files.lines(logFile)) {
                for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                    String line = it.next();
                    total++;
                    if (head.size() < headLimit) {
                        head.add(line);
                    } else {
                        tail.addLast(line);
                        if (tail.size() > TAIL_OUTPUT_LINES) {
                            tail.removeFirst();
                        }
                    }
                    if (diagnostics.size() < MAX_DIAGNOSTIC_LINES
                            && JVM_DIAGNOSTIC.matcher(line).matches()) {
                        diagnostics.add(line.strip());
                    }
                    found = found || (expected != null && expected.matcher(line).find());
                    missingClass = missingClass || MISSING_CLASS.matcher(line).find();
                    usageText = usageText || USAGE_TEXT.matcher(line).find();
                }
            }
            int omitted = total - head.size() - tail.size();
            List<String> bounded = new ArrayList<>(head);
            if (omitted > 0) {
                bounded.add("[… " + omitted + " lines omitted …]");
            }
            bounded.addAll(tail);
            return new ScannedOutput(bounded, omitted, diagnostics, found, missingClass, usageText);
        }
    }
}
