package dev.gatekeeper.core;

import java.time.Duration;
import java.util.List;

/**
 * What happened when a {@link CommandSpec} ran.
 *
 * @param exitCode         the exit code, or null when the command was killed or never started
 * @param timedOut         whether the command hit its timeout and was killed
 * @param killedProcesses  how many processes (the command and its descendants) were killed
 * @param duration         wall time from start to exit (or to the last killed process's death)
 * @param outputTail       the last lines of merged stdout and stderr, already redacted
 * @param startFailure     why the command could not start, or null when it started
 */
public record CommandOutcome(
        Integer exitCode,
        boolean timedOut,
        int killedProcesses,
        Duration duration,
        List<String> outputTail,
        String startFailure) {

    public CommandOutcome {
        outputTail = outputTail == null ? List.of() : List.copyOf(outputTail);
    }

    static CommandOutcome notStarted(String why) {
        return new CommandOutcome(null, false, 0, Duration.ZERO, List.of(), why);
    }

    public boolean started() {
        return startFailure == null;
    }

    /** Whether the command ran to completion with an allowed exit code. */
    public boolean succeeded(CommandSpec spec) {
        return started() && !timedOut && exitCode != null && spec.allowedExitCodes().contains(exitCode);
    }

    public String tailText() {
        return String.join("\n", outputTail);
    }
}
