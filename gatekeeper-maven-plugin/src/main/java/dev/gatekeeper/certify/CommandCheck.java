package dev.gatekeeper.certify;

import static dev.gatekeeper.certify.TestReportCheck.plural;

import dev.gatekeeper.core.CommandOutcome;
import dev.gatekeeper.core.CommandSpec;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.ProcessRunner;
import dev.gatekeeper.core.SecretRedactor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;

/** Runs the certify commands one after another and records what each did. */
final class CommandCheck {
    static final String PASSED = "CERTIFY_COMMAND_PASSED";
    static final String FAILED = "CERTIFY_COMMAND_FAILED";
    static final String TIMED_OUT = "CERTIFY_COMMAND_TIMED_OUT";
    static final String NOT_RUNNABLE = "CERTIFY_COMMAND_NOT_RUNNABLE";

    private final CertifySettings settings;

    CommandCheck(CertifySettings settings) {
        this.settings = settings;
    }

    /** Runs every command; returns how many passed. */
    int runAll(GateEvaluation evaluation) throws IOException, InterruptedException {
        int passed = 0;
        for (CommandSpec configured : settings.commands()) {
            if (run(configured, evaluation)) {
                passed++;
            }
        }
        return passed;
    }

    private boolean run(CommandSpec configured, GateEvaluation evaluation) throws IOException, InterruptedException {
        CommandSpec spec = configured.workingDirectory() == null
                ? configured.withWorkingDirectory(settings.moduleDirectory())
                : configured;
        SecretRedactor redactor = new SecretRedactor(spec.environment(), spec.arguments());
        String shown = ProcessRunner.describe(spec, redactor);
        Path logFile = settings.outputDirectory().resolve(spec.name() + ".log");
        String log = settings.display(logFile);
        evaluation.log().info("running " + spec.name() + ": " + shown);

        CommandOutcome outcome = ProcessRunner.run(spec, logFile, redactor);

        if (!outcome.started()) {
            evaluation.add(Finding.of(NOT_RUNNABLE, GateStatus.ERROR,
                            "Command '" + spec.name() + "' could not start: " + outcome.startFailure())
                    .withFix(startFix(spec))
                    .withDetail("command: " + shown
                            + "\nworking directory: " + settings.display(spec.workingDirectory())));
            evaluation.log().warn(spec.name() + " could not start: " + outcome.startFailure());
            return false;
        }
        if (outcome.timedOut()) {
            evaluation.add(Finding.of(TIMED_OUT, GateStatus.FAIL,
                            "Command '" + spec.name() + "' timed out after " + format(spec.timeout())
                                    + " and was killed with " + plural(outcome.killedProcesses(), "process"))
                    .withFile(log, null)
                    .withFix("Run '" + shown + "' to see where it hangs, or raise its timeout (now "
                            + format(spec.timeout()) + ")")
                    .withDetail(outcome.tailText()));
            evaluation.log().warn(spec.name() + " timed out after " + format(spec.timeout()) + "; log: " + log);
            return false;
        }
        if (!outcome.succeeded(spec)) {
            evaluation.add(Finding.of(FAILED, GateStatus.FAIL,
                            "Command '" + spec.name() + "' exited with " + outcome.exitCode() + ", expected "
                                    + allowed(spec))
                    .withFile(log, null)
                    .withFix("Run '" + shown + "' in " + settings.display(spec.workingDirectory())
                            + " to reproduce; the full output is in " + log)
                    .withDetail(outcome.tailText()));
            evaluation.log().warn(spec.name() + " exited with " + outcome.exitCode() + "; log: " + log);
            return false;
        }
        evaluation.add(Finding.of(PASSED, GateStatus.PASS,
                        "Command '" + spec.name() + "' passed (exit " + outcome.exitCode() + ") in "
                                + format(outcome.duration()))
                .withFile(log, null));
        evaluation.log().info(spec.name() + " passed in " + format(outcome.duration()));
        return true;
    }

    private String startFix(CommandSpec spec) {
        if (spec.executableIsPath()) {
            return "Check that " + spec.executable() + " exists relative to "
                    + settings.display(spec.workingDirectory())
                    + " and run 'chmod +x " + spec.executable() + "'";
        }
        return "Install '" + spec.executable() + "' or give its full path in the command's executable";
    }

    private static String allowed(CommandSpec spec) {
        return spec.allowedExitCodes().stream().sorted().map(String::valueOf).collect(Collectors.joining(" or "));
    }

    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 60_000) {
            return millis % 1000 == 0 ? millis / 1000 + "s" : String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        return duration.toMinutes() + "m " + duration.toSecondsPart() + "s";
    }
}
