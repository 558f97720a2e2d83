package dev.gatekeeper.snapshot;

import dev.gatekeeper.core.AtomicFiles;
import dev.gatekeeper.core.ConfinedReads;
import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.SecretRedactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Judges the output of a snapshot case's runs: validity, determinism, and the committed snapshot. */
final class SnapshotOutput {
    /** Diff lines shown in a finding; the whole diff is written next to the runs. */
    static final int SHOWN_DIFF_LINES = 60;

    private final SnapshotSettings settings;
    private final SnapshotCase snapshotCase;
    private final Path caseDirectory;
    private final Normalizer normalizer;

    SnapshotOutput(SnapshotSettings settings, SnapshotCase snapshotCase, Path caseDirectory) {
        this.settings = settings;
        this.snapshotCase = snapshotCase;
        this.caseDirectory = caseDirectory;
        this.normalizer = normalizerFor(settings, snapshotCase);
    }

    private static Normalizer normalizerFor(SnapshotSettings settings, SnapshotCase snapshotCase) {
        List<Normalizer.Replacement> replacements =
                new ArrayList<>(snapshotCase.normalization().replacements());
        if (snapshotCase.normalization().defaults()) {
            replacements.addAll(Normalizer.defaults());
        }
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put(snapshotCase.profile().toAbsolutePath().normalize().toString(), "<profile>");
        paths.put(settings.moduleDirectory().toAbsolutePath().normalize().toString(), "<module>");
        paths.put(settings.executionRoot().toAbsolutePath().normalize().toString(), "<root>");
        return new Normalizer(replacements, paths);
    }

    /** The output as it is compared: canonical JSON or text, normalised; null after recording why it is invalid. */
    String normalise(String raw, Path outputFile, GateEvaluation evaluation) throws IOException {
        if (snapshotCase.format() == SnapshotCase.Format.TEXT) {
            return normalizer.normalize(raw);
        }
        String canonical;
        try {
            canonical = JsonCanonicalizer.canonicalize(
                    raw, snapshotCase.normalization().ignoredPointers());
        } catch (InvalidJsonException e) {
            evaluation.add(Finding.of(
                            SnapshotCodes.OUTPUT_INVALID,
                            GateStatus.FAIL,
                            "Snapshot case '" + snapshotCase.name() + "' printed invalid JSON: " + e.getMessage())
                    .withFile(settings.display(outputFile), e.lineOrNull())
                    .withFix("Make the product print valid JSON, or set <format>text</format> for snapshot case '"
                            + snapshotCase.name() + "'"));
            return null;
        }
        if (snapshotCase.schema() != null && !conformsToSchema(raw, outputFile, evaluation)) {
            return null;
        }
        return normalizer.normalize(canonical);
    }

    private boolean conformsToSchema(String raw, Path outputFile, GateEvaluation evaluation) {
        if (!readable(snapshotCase.schema(), "<schema>", evaluation)) {
            return false;
        }
        List<String> violations;
        try {
            violations = SchemaCheck.validate(raw, snapshotCase.schema());
        } catch (InvalidSchemaException e) {
            evaluation.add(Finding.of(SnapshotCodes.SCHEMA_UNREADABLE, GateStatus.ERROR, e.getMessage())
                    .withFile(settings.display(snapshotCase.schema()), null)
                    .withFix("Fix <schema> of snapshot case '" + snapshotCase.name() + "'"));
            return false;
        } catch (InvalidJsonException e) {
            // Already parsed once by the canonicaliser; kept for a parser that disagrees.
            evaluation.add(Finding.of(
                            SnapshotCodes.OUTPUT_INVALID,
                            GateStatus.FAIL,
                            "Snapshot case '" + snapshotCase.name() + "' printed invalid JSON: " + e.getMessage())
                    .withFile(settings.display(outputFile), e.lineOrNull()));
            return false;
        }
        if (violations.isEmpty()) {
            return true;
        }
        evaluation.add(Finding.of(
                        SnapshotCodes.SCHEMA_VIOLATION,
                        GateStatus.FAIL,
                        "Output of snapshot case '" + snapshotCase.name() + "' violates "
                                + settings.display(snapshotCase.schema()) + ": " + violations.get(0)
                                + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""))
                .withFile(settings.display(outputFile), null)
                .withFix(
                        "Make the output conform to the schema, or change the schema if the output format changed on purpose")
                .withDetail(String.join("\n", violations)));
        return false;
    }

    /** Whether both runs produced the same normalised output; records the diff when not. */
    boolean deterministic(String first, String second, GateEvaluation evaluation) throws IOException {
        SnapshotDiff diff = SnapshotDiff.between(first, second, "run-1", "run-2");
        if (diff.identical()) {
            return true;
        }
        Path diffFile = writeDiff("determinism.diff", diff);
        logDiff("run 1 and run 2 differ", diff, diffFile, evaluation);
        evaluation.add(Finding.of(
                        SnapshotCodes.NONDETERMINISTIC,
                        GateStatus.FAIL,
                        "Snapshot case '" + snapshotCase.name()
                                + "' printed different output on two runs of the same profile (" + diff.changedLines()
                                + " changed lines after normalisation)")
                .withFile(settings.display(diffFile), null)
                .withFix(
                        "Make the output deterministic (sort what comes from hash maps), or normalise what legitimately "
                                + "changes with a <replacement> or an <ignoredPointer> in snapshot case '"
                                + snapshotCase.name() + "'")
                .withDetail(diff.bounded(SHOWN_DIFF_LINES, settings.display(diffFile))));
        return false;
    }

    void compareWithCommitted(String actual, GateEvaluation evaluation) throws IOException {
        Path committed = snapshotCase.snapshotFile();
        String shown = settings.display(committed);
        if (!readable(committed, "<snapshotFile>", evaluation)) {
            return;
        }
        if (!Files.isRegularFile(committed)) {
            evaluation.add(Finding.of(
                            SnapshotCodes.MISSING,
                            GateStatus.HOLD,
                            "Snapshot case '" + snapshotCase.name() + "' has no committed snapshot " + shown)
                    .withFile(shown, null)
                    .withFix("Run '" + SnapshotSettings.UPDATE_COMMAND + "' to create it, review it and commit it"));
            return;
        }
        evaluation.input("snapshot", Digests.sha256(committed));
        BoundedText text = SnapshotFiles.readBounded(committed, settings.maxOutputBytes());
        if (text.truncated()) {
            // Cut JSON would be reported as invalid, and rewriting it would not help: the snapshot is stored
            // indented, so it can be larger than output that was within the limit.
            evaluation.add(Finding.of(
                            SnapshotCodes.COMMITTED_TOO_LARGE,
                            GateStatus.HOLD,
                            "The committed snapshot " + shown + " has " + text.size()
                                    + " bytes, more than the limit of " + settings.maxOutputBytes()
                                    + "; it was not compared")
                    .withFile(shown, null)
                    .withFix("Raise -Dgatekeeper.snapshot.maxOutputBytes above " + text.size()
                            + ", or shrink the fixture profile"));
            return;
        }
        String expected = committedForm(text.text(), committed, evaluation);
        if (expected == null) {
            return;
        }
        SnapshotDiff diff = SnapshotDiff.between(expected, actual, shown, "actual");
        if (diff.identical()) {
            evaluation.summary("matches " + shown + "; " + SnapshotGate.RUNS + " runs identical");
            return;
        }
        Path diffFile = writeDiff("snapshot.diff", diff);
        logDiff("the output differs from " + shown, diff, diffFile, evaluation);
        evaluation.add(Finding.of(
                        SnapshotCodes.MISMATCH,
                        GateStatus.HOLD,
                        "Output of snapshot case '" + snapshotCase.name() + "' differs from " + shown + " ("
                                + diff.changedLines() + " changed lines)")
                .withFile(shown, null)
                .withFix("If the change is intended, run '" + SnapshotSettings.UPDATE_COMMAND + "' and commit " + shown)
                .withDetail(diff.bounded(SHOWN_DIFF_LINES, settings.display(diffFile))));
    }

    /** The committed snapshot as it is compared; null after recording why it cannot be read as such. */
    private String committedForm(String text, Path committed, GateEvaluation evaluation) {
        try {
            return comparableForm(text);
        } catch (InvalidJsonException e) {
            evaluation.add(Finding.of(
                            SnapshotCodes.COMMITTED_INVALID,
                            GateStatus.HOLD,
                            "The committed snapshot " + settings.display(committed) + " is not valid JSON: "
                                    + e.getMessage())
                    .withFile(settings.display(committed), e.lineOrNull())
                    .withFix("Run '" + SnapshotSettings.UPDATE_COMMAND
                            + "' to write it again, review it and commit it"));
            return null;
        }
    }

    /** Canonical JSON or text, normalised the same way as the output, so a committed snapshot compares fairly. */
    private String comparableForm(String text) throws InvalidJsonException {
        if (snapshotCase.format() == SnapshotCase.Format.TEXT) {
            return normalizer.normalize(text);
        }
        return normalizer.normalize(JsonCanonicalizer.canonicalize(
                text, snapshotCase.normalization().ignoredPointers()));
    }

    void update(String actual, GateEvaluation evaluation) throws IOException {
        Path committed = snapshotCase.snapshotFile();
        String shown = settings.display(committed);
        Path directory = settings.snapshotDirectory().toAbsolutePath().normalize();
        if (!committed.toAbsolutePath().normalize().startsWith(directory)) {
            pathOutside(
                    "snapshot file " + shown + " is outside the snapshot directory " + settings.display(directory),
                    evaluation);
            return;
        }
        if (Files.isSymbolicLink(committed)) {
            symbolicLink(committed, evaluation);
            return;
        }
        if (Files.isRegularFile(committed) && actual.equals(committedFormQuietly(committed))) {
            evaluation.summary("update requested; " + shown + " already matches");
            return;
        }
        try {
            SnapshotFiles.writeConfined(settings.snapshotDirectory(), committed, actual);
        } catch (SnapshotPathException e) {
            pathOutside(e.getMessage(), evaluation);
            return;
        } catch (AtomicFiles.SymbolicLinkException e) {
            // A link made between the check above and the write.
            symbolicLink(committed, evaluation);
            return;
        }
        evaluation.log().info(snapshotCase.name() + ": wrote " + shown);
        evaluation.add(Finding.of(
                        SnapshotCodes.UPDATED,
                        GateStatus.WARN,
                        "Snapshot " + shown + " was rewritten from the current output of case '" + snapshotCase.name()
                                + "'")
                .withFile(shown, null)
                .withFix("Review the change with 'git diff " + shown + "' and commit it"));
    }

    private void pathOutside(String problem, GateEvaluation evaluation) {
        evaluation.add(Finding.of(SnapshotCodes.PATH_OUTSIDE, GateStatus.ERROR, problem)
                .withFix("Keep <snapshotFile> of snapshot case '" + snapshotCase.name() + "' inside "
                        + settings.display(settings.snapshotDirectory())));
    }

    /**
     * Whether a configured file may be read: inside the project by its path and its real path. Otherwise
     * records SNAPSHOT_READ_OUTSIDE naming the path (what it holds is never read, so never shown).
     */
    private boolean readable(Path file, String parameter, GateEvaluation evaluation) {
        String shown = settings.display(file);
        String problem = ConfinedReads.problem(settings.executionRoot(), file, shown);
        if (problem == null) {
            return true;
        }
        evaluation.add(
                Finding.of(SnapshotCodes.READ_OUTSIDE, GateStatus.ERROR, problem)
                        .withFile(shown, null)
                        .withFix(
                                "Keep " + parameter + " of snapshot case '" + snapshotCase.name()
                                        + "' inside the project, as a file"
                                        + " or a symbolic link to a file inside it; copy the file into the project if it lives elsewhere"));
        return false;
    }

    private void symbolicLink(Path committed, GateEvaluation evaluation) throws IOException {
        String shown = settings.display(committed);
        Path target = committed
                .toAbsolutePath()
                .getParent()
                .resolve(Files.readSymbolicLink(committed))
                .normalize();
        String shownTarget = settings.display(target);
        evaluation.add(Finding.of(
                        SnapshotCodes.SYMLINK_NOT_REPLACED,
                        GateStatus.ERROR,
                        "Snapshot " + shown + " is a symbolic link (to " + shownTarget
                                + "); update mode does not replace"
                                + " a committed link with a file, nor write through it")
                .withFile(shown, null)
                .withFix("Set <snapshotFile> of snapshot case '" + snapshotCase.name() + "' to " + shownTarget
                        + ", or replace the link " + shown + " with a copy of the file, then run '"
                        + SnapshotSettings.UPDATE_COMMAND + "' again"));
    }

    private String committedFormQuietly(Path committed) throws IOException {
        try {
            return comparableForm(SnapshotFiles.readBounded(committed, settings.maxOutputBytes())
                    .text());
        } catch (InvalidJsonException e) {
            return null;
        }
    }

    private void logDiff(String what, SnapshotDiff diff, Path diffFile, GateEvaluation evaluation) {
        evaluation.log().warn(snapshotCase.name() + ": " + what + ":");
        diff.bounded(SHOWN_DIFF_LINES, settings.display(diffFile))
                .lines()
                .forEach(line -> evaluation.log().warn(snapshotCase.name() + ": " + line));
    }

    private Path writeDiff(String name, SnapshotDiff diff) throws IOException {
        Path file = caseDirectory.resolve(name);
        AtomicFiles.writeString(file, SecretRedactor.build().redact(diff.full()));
        return file;
    }
}
