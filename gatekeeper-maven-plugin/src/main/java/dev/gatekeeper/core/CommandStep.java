package dev.gatekeeper.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs one configured command of a gate (a certification script, a fixture generator) with its
 * output in a log file, and records what happened as one finding: it could not start, it timed out,
 * it printed more than its output cap, it exited with a code that is not allowed, or it succeeded;
 * plus a second one when it exited but left processes running (they are ended).
 *
 * @param noun         how findings call the command ("Command", "Regeneration command")
 * @param codes        the gate's finding codes for the four outcomes
 * @param moduleDirectory where a command without a working directory runs
 * @param logDirectory where {@code <name>.log} is written
 * @param display      how paths are shown in messages
 */
public record CommandStep(
        String noun, Codes codes, Path moduleDirectory, Path logDirectory, Function<Path, String> display) {

    /** The tool name a configured command's run time is recorded under. */
    public static final String TOOL = "command";

    /** The finding codes of a gate's command outcomes. */
    public record Codes(
            String succeeded,
            String failed,
            String timedOut,
            String notRunnable,
            String outputTooLarge,
            String leftProcesses) {}

    /**
     * Runs {@code configured}; {@code doing} starts the progress line ("running", "regenerating with")
     * and {@code done} the success message ("passed", "ran"). Returns whether it succeeded.
     */
    public boolean run(CommandSpec configured, String doing, String done, GateEvaluation evaluation)
            throws IOException, InterruptedException {
        CommandSpec spec =
                configured.workingDirectory() == null ? configured.withWorkingDirectory(moduleDirectory) : configured;
        SecretRedactor redactor = new SecretRedactor(spec.environment(), spec.arguments());
        String shown = ProcessRunner.describe(spec, redactor);
        Path logFile = logDirectory.resolve(spec.name() + ".log");
        String log = display.apply(logFile);
        String called = noun + " '" + spec.name() + "'";
        evaluation.log().info(doing + " " + spec.name() + ": " + shown);

        CommandOutcome outcome = ProcessRunner.run(spec, logFile, redactor);
        evaluation.recordToolTime(TOOL, outcome.duration());

        if (!outcome.started()) {
            evaluation.add(Finding.of(
                            codes.notRunnable(),
                            GateStatus.ERROR,
                            called + " could not start: " + outcome.startFailure())
                    .withFix(startFix(spec))
                    .withDetail(
                            "command: " + shown + "\nworking directory: " + display.apply(spec.workingDirectory())));
            evaluation.log().warn(spec.name() + " could not start: " + outcome.startFailure());
            return false;
        }
        if (outcome.timedOut()) {
            evaluation.add(Finding.of(
                            codes.timedOut(),
                            GateStatus.FAIL,
                            called + " timed out after " + format(spec.timeout()) + " and was stopped; "
                                    + outcome.endingText())
                    .withFile(log, null)
                    .withFix("Run '" + shown + "' to see where it hangs, or raise its timeout (now "
                            + format(spec.timeout()) + ")")
                    .withDetail(outcome.tailText()));
            evaluation.log().warn(spec.name() + " timed out after " + format(spec.timeout()) + "; log: " + log);
            return false;
        }
        if (outcome.outputTooLarge()) {
            long megabytes = spec.maxOutputBytes() / CommandSpec.megabytes(1);
            evaluation.add(Finding.of(
                            codes.outputTooLarge(),
                            GateStatus.FAIL,
                            called + " printed more than " + megabytes + " MB and was stopped; " + outcome.endingText())
                    .withFile(log, null)
                    .withFix(outputFix(shown, megabytes))
                    .withDetail(outcome.tailText()));
            evaluation.log().warn(spec.name() + " printed more than " + megabytes + " MB and was stopped; log: " + log);
            return false;
        }
        boolean succeeded = outcome.succeeded(spec);
        if (!succeeded) {
            evaluation.add(Finding.of(
                            codes.failed(),
                            GateStatus.FAIL,
                            called + " exited with " + outcome.exitCode() + ", expected " + allowed(spec))
                    .withFile(log, null)
                    .withFix("Run '" + shown + "' in " + directory(spec.workingDirectory())
                            + " to reproduce; the full output is in " + log)
                    .withDetail(outcome.tailText()));
            evaluation.log().warn(spec.name() + " exited with " + outcome.exitCode() + "; log: " + log);
        } else {
            evaluation.add(Finding.of(
                            codes.succeeded(),
                            GateStatus.PASS,
                            called + " " + done + " (exit " + outcome.exitCode() + ") in " + format(outcome.duration()))
                    .withFile(log, null));
            evaluation.log().info(spec.name() + " " + done + " in " + format(outcome.duration()));
        }
        reportLeftovers(spec, called, outcome, evaluation);
        return succeeded;
    }

    /**
     * Processes still running after the command exited: a WARN when Gatekeeper ended them all (they
     * harm nothing any more, but the command should not leave them), a FAIL when one survived.
     */
    private void reportLeftovers(CommandSpec spec, String called, CommandOutcome outcome, GateEvaluation evaluation) {
        List<String> left = outcome.leftoverProcesses();
        if (left.isEmpty()) {
            return;
        }
        boolean survived = !outcome.survivingProcesses().isEmpty();
        String count = left.size() + (left.size() == 1 ? " process" : " processes");
        String message = called + " exited but left " + count + " running; "
                + (survived ? outcome.endingText() : "Gatekeeper ended " + (left.size() == 1 ? "it" : "them"));
        evaluation.add(Finding.of(codes.leftProcesses(), survived ? GateStatus.FAIL : GateStatus.WARN, message)
                .withFix("Make " + spec.executable() + " stop or wait for what it starts before it exits "
                        + "(e.g. 'kill $pid' or 'wait' at its end)")
                .withDetail(String.join("\n", left)));
        evaluation.log().warn(spec.name() + " exited but left " + count + " running: " + String.join("; ", left));
    }

    /** The fix of a command over its output cap. */
    public static String outputFix(String shown, long megabytes) {
        return "Make '" + shown + "' print less (a quieter log level, output to a file of its own), or raise " + "-D"
                + CommandSpec.MAX_OUTPUT_PROPERTY + " (now " + megabytes + ")";
    }

    private String startFix(CommandSpec spec) {
        if (spec.executableIsPath()) {
            return "Check that " + spec.executable() + " exists relative to " + directory(spec.workingDirectory())
                    + " and run '" + ShellWords.join(List.of("chmod", "+x", spec.executable())) + "'";
        }
        return "Install '" + spec.executable() + "' or give its full path in the command's executable";
    }

    /** A directory as a sentence names it: the execution root shows as the empty path. */
    private String directory(Path path) {
        String shown = display.apply(path);
        return shown.isEmpty() ? "the project's root directory" : shown;
    }

    private static String allowed(CommandSpec spec) {
        return spec.allowedExitCodes().stream().sorted().map(String::valueOf).collect(Collectors.joining(" or "));
    }

    /** A duration as a person reads it in a log: 2s, 1.5s, 3m 5s. */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 60_000) {
            return millis % 1000 == 0 ? millis / 1000 + "s" : String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        return duration.toMinutes() + "m " + duration.toSecondsPart() + "s";
    }
}
