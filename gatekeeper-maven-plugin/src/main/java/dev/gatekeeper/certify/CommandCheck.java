package dev.gatekeeper.certify;

import dev.gatekeeper.core.CommandSpec;
import dev.gatekeeper.core.CommandStep;
import dev.gatekeeper.core.GateEvaluation;
import java.io.IOException;

/** Runs the certify commands one after another and records what each did. */
final class CommandCheck {
    private final CertifySettings settings;
    private final CommandStep step;

    CommandCheck(CertifySettings settings) {
        this.settings = settings;
        this.step = new CommandStep(
                "Command",
                new CommandStep.Codes(
                        CertifyCodes.COMMAND_PASSED.code(),
                        CertifyCodes.COMMAND_FAILED.code(),
                        CertifyCodes.COMMAND_TIMED_OUT.code(),
                        CertifyCodes.COMMAND_NOT_RUNNABLE.code(),
                        CertifyCodes.COMMAND_OUTPUT_TOO_LARGE.code(),
                        CertifyCodes.COMMAND_LEFT_PROCESSES.code()),
                settings.moduleDirectory(),
                settings.outputDirectory(),
                settings::display);
    }

    /** Runs every command; returns how many passed. */
    int runAll(GateEvaluation evaluation) throws IOException, InterruptedException {
        int passed = 0;
        for (CommandSpec configured : settings.commands()) {
            if (step.run(configured, "running", "passed", evaluation)) {
                passed++;
            }
        }
        return passed;
    }
}
