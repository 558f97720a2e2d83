package dev.gatekeeper.verdict;

import dev.gatekeeper.core.DisplayPaths;
import dev.gatekeeper.core.EvidenceException;
import dev.gatekeeper.core.EvidenceKey;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.FindingCode;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.UserDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges the evidence of builds that each ran part of the gates (the jobs of a CI matrix) into one
 * verdict. Every {@code evidence.json} under the import directory is a part; it counts only when its
 * bytes match the digest (and, with a key, the signature) beside it. A part is trusted by
 * its commit, not by its build id: a part built from another commit than this checkout's HEAD
 * (outside git: than the first part) is refused. Problems are findings of one extra result,
 * {@code verdict:import}, so they show in the verdict like any gate's.
 */
public final class EvidenceImport {
    public static final String GATE = GateId.Goals.VERDICT;
    public static final String SUBJECT = "import";

    /**
     * What to import and what the parts must match.
     *
     * @param directory     where the parts are, searched recursively for {@value EvidenceFiles#EVIDENCE_JSON}
     * @param root          the execution root; files are shown relative to it
     * @param headCommit    the commit of this checkout, or null outside git
     * @param expectedGates gates some part must have a result for (a job that never uploaded its part); may be empty
     * @param ownEvidence   the evidence.json this verdict is about to write, never read as a part
     * @param module        the module the {@code verdict:import} result is recorded for
     * @param buildId       this build's id
     * @param now           when the import happened
     * @param key           the evidence key every part must be signed with, or null: digests only
     */
    public record Request(
            Path directory,
            Path root,
            String headCommit,
            List<String> expectedGates,
            Path ownEvidence,
            String module,
            String buildId,
            Instant now,
            EvidenceKey key) {
        /** A request without a key: parts are checked against their digest only. */
        public Request(
                Path directory,
                Path root,
                String headCommit,
                List<String> expectedGates,
                Path ownEvidence,
                String module,
                String buildId,
                Instant now) {
            this(directory, root, headCommit, expectedGates, ownEvidence, module, buildId, now, null);
        }
    }

    /** The merged results (this build's, the parts', and {@code verdict:import}) and the parts imported. */
    public record Merged(List<GateResult> results, List<EvidencePart> imported) {}

    private record Sourced(GateResult result, String source) {}

    private final Request request;
    private final List<Finding> findings = new ArrayList<>();
    private int refused;

    private EvidenceImport(Request request) {
        this.request = request;
    }

    /** Merges {@code ownResults} (this build's, possibly none) with every part under the import directory. */
    public static Merged merge(Request request, List<GateResult> ownResults) {
        return new EvidenceImport(request).run(ownResults);
    }

    private Merged run(List<GateResult> ownResults) {
        List<EvidencePart> parts = accepted(readParts());
        Map<String, Sourced> merged = new LinkedHashMap<>();
        ownResults.forEach(result -> merged.put(keyOf(result), new Sourced(result, "this build")));
        for (EvidencePart part : parts) {
            for (GateResult result : part.results()) {
                add(merged, result, part.file());
            }
            findings.add(Finding.of(
                    VerdictCodes.IMPORT_PART,
                    GateStatus.PASS,
                    part.file() + ": " + String.join(", ", part.gates()) + " (build " + part.buildId()
                            + (part.commit() == null ? "" : ", commit " + part.commit()) + ")"));
        }
        List<GateResult> results =
                new ArrayList<>(merged.values().stream().map(Sourced::result).toList());
        checkExpectedGates(results);
        results.add(importResult(parts.size()));
        return new Merged(results, parts);
    }

    private List<EvidencePart> readParts() {
        List<EvidencePart> parts = new ArrayList<>();
        for (Path file : evidenceFiles()) {
            String shown = shown(file);
            byte[] bytes;
            try {
                bytes = ImportWalk.read(file, ImportWalk.MAX_EVIDENCE_BYTES);
            } catch (IOException e) {
                refuse(
                        VerdictCodes.IMPORT_UNREADABLE,
                        shown + " cannot be read: " + reason(e),
                        shown,
                        ImportWalk.PERMISSIONS_FIX);
                continue;
            }
            if (!untampered(file, bytes, shown)) {
                continue;
            }
            try {
                parts.add(EvidencePart.parse(bytes, shown));
            } catch (EvidenceException e) {
                refuse(
                        VerdictCodes.IMPORT_UNREADABLE,
                        e.getMessage(),
                        shown,
                        "Import only the target/gatekeeper/evidence.json that a gate job's verdict wrote, unchanged");
            }
        }
        return parts;
    }

    /**
     * Whether the part's bytes are those its verdict wrote: they match {@value EvidenceFiles#EVIDENCE_DIGEST}
     * beside it and, with a key, {@value EvidenceFiles#EVIDENCE_SIGNATURE}. A digest catches an edit or a
     * stale copy; only the signature stops someone who recomputes the digest.
     */
    private boolean untampered(Path file, byte[] bytes, String shown) {
        String fix = "Import the part exactly as its gate job's verdict wrote it: download the job's whole"
                + " target/gatekeeper/ directory again, or re-run that job";
        byte[] digest = ImportWalk.sideFile(file.resolveSibling(EvidenceFiles.EVIDENCE_DIGEST));
        if (digest == null) {
            refuse(
                    VerdictCodes.IMPORT_TAMPERED,
                    shown + " has no " + EvidenceFiles.EVIDENCE_DIGEST
                            + " beside it, so nothing shows it is what its verdict wrote; its results are not counted",
                    shown,
                    fix);
            return false;
        }
        byte[] expected = EvidenceFiles.digestLine(bytes).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, digest)) {
            refuse(
                    VerdictCodes.IMPORT_TAMPERED,
                    shown + " does not match its " + EvidenceFiles.EVIDENCE_DIGEST
                            + ": it was changed after its verdict wrote it; its results are not counted",
                    shown,
                    fix);
            return false;
        }
        EvidenceKey key = request.key();
        if (key == null) {
            return true;
        }
        byte[] signature = ImportWalk.sideFile(file.resolveSibling(EvidenceFiles.EVIDENCE_SIGNATURE));
        if (signature == null || !key.verifies(bytes, EvidenceFiles.EVIDENCE_JSON, signature)) {
            refuse(
                    VerdictCodes.IMPORT_TAMPERED,
                    shown
                            + (signature == null
                                    ? " has no " + EvidenceFiles.EVIDENCE_SIGNATURE + " beside it"
                                    : " does not match its " + EvidenceFiles.EVIDENCE_SIGNATURE + " under the key in "
                                            + EvidenceKey.VARIABLE)
                            + ", although a key is configured; its results are not counted",
                    shown,
                    "Give every gate job and the verdict job the same " + EvidenceKey.VARIABLE
                            + " secret, re-run the gate job and import its whole target/gatekeeper/ directory");
            return false;
        }
        return true;
    }

    private void refuse(FindingCode code, String message, String shown, String fix) {
        refused++;
        findings.add(Finding.of(code, GateStatus.ERROR, message)
                .withFile(shown, null)
                .withFix(fix));
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e instanceof FileSystemException fse && fse.getReason() != null
                ? fse.getReason()
                : Objects.toString(e.getMessage(), "I/O error");
    }

    private List<Path> evidenceFiles() {
        Path directory = request.directory();
        String fix = "Download the gate jobs' evidence into " + shown(directory) + " before running the verdict (see "
                + UserDocs.page("split-ci") + ")";
        if (!Files.isDirectory(directory)) {
            findings.add(Finding.of(
                            VerdictCodes.IMPORT_EMPTY,
                            GateStatus.ERROR,
                            "the import directory " + shown(directory) + " does not exist")
                    .withFix(fix));
            return List.of();
        }
        Path own = request.ownEvidence() == null
                ? null
                : request.ownEvidence().toAbsolutePath().normalize();
        ImportWalk.Found found;
        try {
            found = ImportWalk.walk(directory, own, this::shown, findings);
        } catch (IOException e) {
            findings.add(Finding.of(
                            VerdictCodes.IMPORT_UNREADABLE,
                            GateStatus.ERROR,
                            "cannot list " + shown(directory) + ": " + reason(e))
                    .withFile(shown(directory), null)
                    .withFix(ImportWalk.PERMISSIONS_FIX));
            return List.of();
        }
        refused += found.refused();
        if (found.parts().isEmpty() && found.refused() == 0) {
            findings.add(Finding.of(
                            VerdictCodes.IMPORT_EMPTY,
                            GateStatus.ERROR,
                            "the import directory " + shown(directory) + " holds no " + EvidenceFiles.EVIDENCE_JSON)
                    .withFile(shown(directory), null)
                    .withFix(fix));
        }
        return found.parts();
    }

    /** The parts built from this checkout's commit (outside git: from the first part's); the others are refused. */
    private List<EvidencePart> accepted(List<EvidencePart> parts) {
        if (parts.isEmpty()) {
            return parts;
        }
        String expected = request.headCommit() != null
                ? request.headCommit()
                : parts.get(0).commit();
        String expectedFrom = request.headCommit() != null
                ? "this checkout is at"
                : parts.get(0).file() + " was built from";
        List<EvidencePart> accepted = new ArrayList<>();
        for (EvidencePart part : parts) {
            if (Objects.equals(part.commit(), expected)) {
                accepted.add(part);
                continue;
            }
            refused++;
            String built = part.commit() == null ? "records no commit" : "was built from commit " + part.commit();
            findings.add(Finding.of(
                            VerdictCodes.IMPORT_OTHER_COMMIT,
                            GateStatus.ERROR,
                            part.file() + " " + built + ", but "
                                    + expectedFrom + " " + (expected == null ? "no commit" : "commit " + expected)
                                    + "; its results are not counted")
                    .withFile(part.file(), null)
                    .withFix("Import only the parts of this pipeline run: re-run its gate jobs for commit "
                            + (expected == null ? "this checkout is at" : expected) + " and download their evidence"));
        }
        return accepted;
    }

    /** Keeps one result per gate, module and subject: the worse one, so a duplicate never hides a failure. */
    private void add(Map<String, Sourced> merged, GateResult result, String source) {
        String key = keyOf(result);
        Sourced earlier = merged.get(key);
        if (earlier == null) {
            merged.put(key, new Sourced(result, source));
            return;
        }
        Sourced kept =
                result.status().ordinal() > earlier.result().status().ordinal() ? new Sourced(result, source) : earlier;
        merged.put(key, kept);
        findings.add(Finding.of(
                        VerdictCodes.IMPORT_DUPLICATE,
                        GateStatus.WARN,
                        result.label() + " of " + result.module()
                                + " is in both " + earlier.source() + " and " + source + "; the worse, "
                                + kept.result().status()
                                + " from " + kept.source() + ", counts")
                .withFile(source, null)
                .withFix("Run each gate in one job only: give every job of the matrix its own -D"
                        + GateSelection.PROPERTY));
    }

    private void checkExpectedGates(List<GateResult> results) {
        for (String gate : request.expectedGates()) {
            if (results.stream().noneMatch(r -> r.gate().equals(gate))) {
                findings.add(Finding.of(
                                VerdictCodes.IMPORT_MISSING_GATE,
                                GateStatus.HOLD,
                                "no part has a result of " + gate + ", although " + GateSelection.PROPERTY
                                        + " lists it")
                        .withFix("Check that the " + gate
                                + " job ran and uploaded target/gatekeeper/evidence.json, then re-run the verdict"));
            }
        }
    }

    private GateResult importResult(int partsImported) {
        GateStatus status = GateStatus.PASS;
        for (Finding finding : findings) {
            status = status.worst(finding.severity());
        }
        String summary = partsImported + (partsImported == 1 ? " part" : " parts") + " imported from "
                + shown(request.directory()) + (refused == 0 ? "" : ", " + refused + " refused");
        List<Finding> ordered = findings.stream()
                .sorted((a, b) -> b.severity().ordinal() - a.severity().ordinal())
                .toList();
        return new GateResult(
                GATE,
                SUBJECT,
                request.module(),
                status,
                summary,
                ordered,
                request.buildId(),
                request.now(),
                0,
                Map.of());
    }

    private static String keyOf(GateResult result) {
        return result.gate() + "\u0000" + result.module() + "\u0000" + Objects.toString(result.subject(), "");
    }

    private String shown(Path path) {
        return DisplayPaths.relativeTo(request.root(), path);
    }
}
