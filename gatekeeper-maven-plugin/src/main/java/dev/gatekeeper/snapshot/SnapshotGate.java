package dev.gatekeeper.snapshot;

import dev.gatekeeper.core.AtomicFiles;
import dev.gatekeeper.core.CommandOutcome;
import dev.gatekeeper.core.CommandSpec;
import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.ProcessRunner;
import dev.gatekeeper.core.SecretRedactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runbook step 2 for one snapshot case: runs the product twice on the profile, proves both runs are
 * healthy, valid and identical after normalisation, and, on a fixture profile, that the output still
 * equals the committed snapshot (or rewrites it, in update mode).
 */
public final class SnapshotGate implements Gate {
    /** Why a module whose snapshot goal has no cases is SKIPPED: what to configure, and where that is described. */
    public static final String NOT_CONFIGURED = "add <snapshots> with a <snapshot> case to the snapshot goal's"
            + " <configuration>, see " + GateId.SNAPSHOT.docsUrl("configuration") + ", or leave the goal out";
    /** The tool name the product's run time is recorded under. */
    static final String TOOL = "product";

    static final int RUNS = 2;

    private final SnapshotSettings settings;
    private final SnapshotCase snapshotCase;
    private final Path caseDirectory;

    public SnapshotGate(SnapshotSettings settings, SnapshotCase snapshotCase) {
        this.settings = settings;
        this.snapshotCase = snapshotCase;
        this.caseDirectory = settings.outputDirectory().resolve(snapshotCase.name());
    }

    @Override
    public String name() {
        return GateId.SNAPSHOT.goal();
    }

    @Override
    public String subject() {
        return snapshotCase.name();
    }

    @Override
    public void evaluate(GateEvaluation evaluation) throws IOException, InterruptedException {
        ProfileProblem problem = ProfileCheck.check(snapshotCase.profile(), settings.executionRoot(), settings.live());
        if (problem != null) {
            evaluation.add(Finding.of(problem.code(), GateStatus.ERROR, problem.message())
                    .withFix("Point <profile> of snapshot case '" + snapshotCase.name()
                            + "', or -Dgatekeeper.profile, at a directory"
                            + (settings.live() ? "" : " inside the project")));
            return;
        }
        if (!settings.live()) {
            evaluation.input("profile", Digests.sha256Tree(snapshotCase.profile()));
        }
        String[] outputs = new String[RUNS];
        for (int run = 1; run <= RUNS; run++) {
            outputs[run - 1] = runOnce(run, evaluation);
            if (outputs[run - 1] == null) {
                return;
            }
        }
        SnapshotOutput judged = new SnapshotOutput(settings, snapshotCase, caseDirectory);
        String first = judged.normalise(outputs[0], outputFile(1), evaluation);
        String second = first == null ? null : judged.normalise(outputs[1], outputFile(2), evaluation);
        if (first == null || second == null) {
            return;
        }
        if (!judged.deterministic(first, second, evaluation)) {
            return;
        }
        evaluation.input("output", Digests.sha256(first));
        if (settings.live()) {
            evaluation.summary("live profile: " + RUNS + " runs healthy, valid and identical");
            evaluation.log().info(snapshotCase.name() + ": live profile, not compared with a committed snapshot");
            return;
        }
        if (settings.update()) {
            judged.update(first, evaluation);
        } else {
            judged.compareWithCommitted(first, evaluation);
        }
    }

    /** Runs the product once; returns its raw output, or null after recording why there is none. */
    private String runOnce(int run, GateEvaluation evaluation) throws IOException, InterruptedException {
        Path output = outputFile(run);
        Files.createDirectories(caseDirectory);
        Files.deleteIfExists(output);
        CommandSpec spec = new CommandSpec(
                snapshotCase.name() + "-run-" + run,
                snapshotCase.executable(),
                snapshotCase.argumentsFor(snapshotCase.profile().toAbsolutePath(), output.toAbsolutePath()),
                snapshotCase.workingDirectory(),
                snapshotCase.environment(),
                snapshotCase.timeout(),
                snapshotCase.allowedExitCodes(),
                settings.maxCommandOutputBytes());
        SecretRedactor redactor = new SecretRedactor(spec.environment(), spec.arguments());
        Path log = caseDirectory.resolve("run-" + run + ".log");
        String commandLine = ProcessRunner.describe(spec, redactor);
        Path commandFile = caseDirectory.resolve("command.txt");
        AtomicFiles.writeString(commandFile, commandLine + "\n");
        evaluation
                .log()
                .info(snapshotCase.name() + ": run " + run + " of " + RUNS + " on "
                        + settings.display(snapshotCase.profile()));
        evaluation.log().debug(snapshotCase.name() + ": " + commandLine);
        CommandOutcome outcome = ProcessRunner.run(
                spec, log, redactor, snapshotCase.writesOutputFile() ? null : output, List.of(output));
        evaluation.recordToolTime(TOOL, outcome.duration());
        String shownLog = settings.display(log);
        if (!outcome.started()) {
            evaluation.add(Finding.of(
                            SnapshotCodes.NOT_RUNNABLE,
                            GateStatus.ERROR,
                            "Snapshot case '" + snapshotCase.name() + "' could not start: " + outcome.startFailure())
                    .withFix("Check the <mainClass>, <jar> or <executable> of snapshot case '" + snapshotCase.name()
                            + "'"));
            return null;
        }
        if (outcome.timedOut()) {
            evaluation.add(Finding.of(
                            SnapshotCodes.TIMED_OUT,
                            GateStatus.FAIL,
                            "Run " + run + " of snapshot case '" + snapshotCase.name() + "' did not finish within "
                                    + CommandSpec.readable(snapshotCase.timeout()) + " and was stopped; "
                                    + outcome.endingText())
                    .withFile(shownLog, null)
                    .withFix("Find out why the product hangs on " + settings.display(snapshotCase.profile())
                            + ", or raise <timeout> of snapshot case '" + snapshotCase.name() + "'")
                    .withDetail(outcome.tailText()));
            return null;
        }
        RunChecks.reportLeftovers(snapshotCase.name(), run, outcome, evaluation);
        if (outcome.outputTooLarge()) {
            RunChecks.reportOutputTooLarge(snapshotCase.name(), run, spec, outcome, shownLog, commandLine, evaluation);
            return null;
        }
        if (!outcome.succeeded(spec)) {
            evaluation.add(Finding.of(
                            SnapshotCodes.EXIT_CODE,
                            GateStatus.FAIL,
                            "Run " + run + " of snapshot case '" + snapshotCase.name() + "' exited with "
                                    + outcome.exitCode() + "; allowed: " + snapshotCase.allowedExitCodes())
                    .withFile(shownLog, null)
                    .withFix("Read the run's standard error in " + shownLog + " (the command line is in "
                            + settings.display(commandFile) + "), or add the code to <allowedExitCodes>")
                    .withDetail(outcome.tailText()));
            return null;
        }
        if (!Files.isRegularFile(output)) {
            evaluation.add(Finding.of(
                            SnapshotCodes.NO_OUTPUT,
                            GateStatus.FAIL,
                            "Run " + run + " of snapshot case '" + snapshotCase.name() + "' exited "
                                    + outcome.exitCode() + " but wrote no output to ${output}")
                    .withFile(shownLog, null)
                    .withFix("Make the product write its snapshot to the path given for ${output}"));
            return null;
        }
        BoundedText text = SnapshotFiles.readBounded(output, settings.maxOutputBytes());
        if (text.truncated()) {
            evaluation.add(Finding.of(
                            SnapshotCodes.OUTPUT_TOO_LARGE,
                            GateStatus.HOLD,
                            "Run " + run + " of snapshot case '" + snapshotCase.name() + "' wrote " + text.size()
                                    + " bytes, more than the limit of " + settings.maxOutputBytes()
                                    + "; it was not compared")
                    .withFile(settings.display(output), null)
                    .withFix("Shrink the fixture profile, or raise -Dgatekeeper.snapshot.maxOutputBytes"));
            return null;
        }
        // A secret the product prints is masked in the kept output and compared masked, so the
        // comparison, the diff and an updated snapshot never hold it.
        String shown = SecretRedactor.build().redact(text.text());
        if (!shown.equals(text.text())) {
            AtomicFiles.writeString(output, shown);
        }
        return shown;
    }

    private Path outputFile(int run) {
        return caseDirectory.resolve("run-" + run + ".out");
    }
}
