package dev.gatekeeper.snapshot;

import dev.gatekeeper.core.CommandOutcome;
import dev.gatekeeper.core.CommandSpec;
import dev.gatekeeper.core.CommandStep;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;

/** What a snapshot run's process did beyond its exit code: output past the cap, processes left running. */
final class RunChecks {
    private RunChecks() {}

    static void reportOutputTooLarge(
            String caseName,
            int run,
            CommandSpec spec,
            CommandOutcome outcome,
            String shownLog,
            String commandLine,
            GateEvaluation evaluation) {
        long megabytes = spec.maxOutputBytes() / CommandSpec.megabytes(1);
        evaluation.add(Finding.of(
                        SnapshotCodes.RUN_OUTPUT_TOO_LARGE,
                        GateStatus.FAIL,
                        "Run " + run + " of snapshot case '" + caseName + "' wrote more than " + megabytes
                                + " MB and was stopped; " + outcome.endingText())
                .withFile(shownLog, null)
                .withFix(CommandStep.outputFix(commandLine, megabytes))
                .withDetail(outcome.tailText()));
    }

    /** Processes still running after the product exited: ended, and a WARN (a FAIL when one survived). */
    static void reportLeftovers(String caseName, int run, CommandOutcome outcome, GateEvaluation evaluation) {
        if (outcome.leftoverProcesses().isEmpty()) {
            return;
        }
        boolean survived = !outcome.survivingProcesses().isEmpty();
        int count = outcome.leftoverProcesses().size();
        evaluation.add(Finding.of(
                        SnapshotCodes.LEFT_PROCESSES,
                        survived ? GateStatus.FAIL : GateStatus.WARN,
                        "Run " + run + " of snapshot case '" + caseName + "' exited but left " + count
                                + (count == 1 ? " process" : " processes") + " running; "
                                + (survived
                                        ? outcome.endingText()
                                        : "Gatekeeper ended " + (count == 1 ? "it" : "them")))
                .withFix("Make the product stop what it starts before it exits")
                .withDetail(String.join("\n", outcome.leftoverProcesses())));
    }
}
