package dev.gatekeeper.core;

import java.time.Duration;
import java.util.List;

/**
 * What happened when a {@link CommandSpec} ran.
 *
 * @param exitCode          the exit code, or null when the command was ended or never started
 * @param timedOut          whether the command hit its timeout and was ended
 * @param killedProcesses   how many processes (the command and everything it started) were ended, at the
 *                          timeout, over the output cap, or left behind after it exited
 * @param duration          wall time from start to exit (or to the end of the ending)
 * @param outputTail        the last lines of merged stdout and stderr, already redacted
 * @param startFailure      why the command could not start, or null when it started
 * @param outputTooLarge    whether the output passed {@link CommandSpec#maxOutputBytes()}; the command was
 *                          ended if it still ran
 * @param outputBytes       how many bytes the command wrote to its log (and its standard output file)
 * @param leftoverProcesses the processes still running after the command exited ("pid 12: sleep 300"),
 *                          redacted; they were ended, see {@code survivingProcesses}
 * @param survivingProcesses the processes still alive after they were ended (SIGTERM, then SIGKILL), redacted
 */
public record CommandOutcome(
        Integer exitCode,
        boolean timedOut,
        int killedProcesses,
        Duration duration,
        List<String> outputTail,
        String startFailure,
        boolean outputTooLarge,
        long outputBytes,
        List<String> leftoverProcesses,
        List<String> survivingProcesses) {

    public CommandOutcome {
        outputTail = outputTail == null ? List.of() : List.copyOf(outputTail);
        leftoverProcesses = leftoverProcesses == null ? List.of() : List.copyOf(leftoverProcesses);
        survivingProcesses = survivingProcesses == null ? List.of() : List.copyOf(survivingProcesses);
    }

    static CommandOutcome notStarted(String why) {
        return new CommandOutcome(null, false, 0, Duration.ZERO, List.of(), why, false, 0, List.of(), List.of());
    }

    public boolean started() {
        return startFailure == null;
    }

    /** Whether the command ran to completion with an allowed exit code. */
    public boolean succeeded(CommandSpec spec) {
        return started()
                && !timedOut
                && !outputTooLarge
                && exitCode != null
                && spec.allowedExitCodes().contains(exitCode);
    }

    /**
     * How the ending reads in a finding, honestly: "ended 3 processes", and the ones that survived it.
     * Empty when nothing had to be ended.
     */
    public String endingText() {
        String ended = "ended " + killedProcesses + (killedProcesses == 1 ? " process" : " processes");
        if (survivingProcesses.isEmpty()) {
            return ended;
        }
        return ended + "; " + survivingProcesses.size() + " could not be ended: "
                + String.join(", ", survivingProcesses);
    }

    public String tailText() {
        return String.join("\n", outputTail);
    }
}
