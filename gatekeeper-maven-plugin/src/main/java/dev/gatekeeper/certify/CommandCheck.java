package dev.gatekeeper.certify;

import dev.gatekeeper.core.CommandSpec;
import dev.gatekeeper.core.CommandStep;
import dev.gatekeeper.core.GateEvaluation;
import java.io.IOException;

/** Runs the certify commands one after another and records what each did. */
final class CommandCheck {
    static final String PASSED = CertifyCodes.COMMAND_PASSED.code();
    static final String FAILED = CertifyCodes.COMMAND_FAILED.code();
    static final String TIMED_OUT = CertifyCodes.COMMAND_TIMED_OUT.code();
    static final String NOT_RUNNABLE = CertifyCodes.COMMAND_NOT_RUNNABLE.code();
    static final String OUTPUT_TOO_LARGE = CertifyCodes.COMMAND_OUTPUT_TOO_LARGE.code();
    static final String LEFT_PROCESSES = CertifyCodes.COMMAND_LEFT_PROCESSES.code();

    private final CertifySettings settings;
    private final CommandStep step;

    CommandCheck(CertifySettings settings) {
        this.settings = settings;
        this.step = new CommandStep("Command", new CommandStep.Codes(PASSED, FAILED, TIMED_OUT, NOT_RUNNABLE, OUTPUT_TOO_LARGE, LEFT_PROCESSES),
                settings.moduleDirectory(), settings.outputDirectory(), settings::display);
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
