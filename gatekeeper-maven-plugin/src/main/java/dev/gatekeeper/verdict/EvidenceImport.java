package dev.gatekeeper.verdict;

import dev.gatekeeper.core.UserDocs;
import dev.gatekeeper.core.DisplayPaths;
import dev.gatekeeper.core.EvidenceException;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Merges the evidence of builds that each ran part of the gates (the jobs of a CI matrix) into one
 * verdict. Every {@code evidence.json} under the import directory is a part. A part is trusted by
 * its commit, not by its build id: a part built from another commit than this checkout's HEAD
 * (outside git: than the first part) is refused. Problems are findings of one extra result,
 * {@code verdict:import}, so they show in the verdict like any gate's.
 */
public final class EvidenceImport {
    public static final String GATE = "verdict";
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
     */
    public record Request(Path directory, Path root, String headCommit, List<String> expectedGates, Path ownEvidence,
            String module, String buildId, Instant now) {}

    /** The merged results (this build's, the parts', and {@code verdict:import}) and the parts imported. */
    public record Merged(List<GateResult> results, List<EvidencePart> imported) {}

    private record Sourced(GateResult result, String source) {}

    private final Request request;
    private final List<Finding> findings = new ArrayList<>();

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
            findings.add(Finding.of("VERDICT_IMPORT_PART", GateStatus.PASS, part.file() + ": " + String.join(", ", part.gates())
                    + " (build " + part.buildId() + (part.commit() == null ? "" : ", commit " + part.commit()) + ")"));
        }
        List<GateResult> results = new ArrayList<>(merged.values().stream().map(Sourced::result).toList());
        checkExpectedGates(results);
        results.add(importResult(parts.size()));
        return new Merged(results, parts);
    }

    private List<EvidencePart> readParts() {
        List<Path> files = evidenceFiles();
        if (files.isEmpty()) {
            return List.of();
        }
        List<EvidencePart> parts = new ArrayList<>();
        for (Path file : files) {
            try {
                parts.add(EvidencePart.read(file, shown(file)));
            } catch (EvidenceException e) {
                findings.add(Finding.of("VERDICT_IMPORT_UNREADABLE", GateStatus.ERROR, e.getMessage())
                        .withFile(shown(file), null)
                        .withFix("Import only the target/gatekeeper/evidence.json that a gate job's verdict wrote, unchanged"));
            }
        }
        return parts;
    }

    private List<Path> evidenceFiles() {
        Path directory = request.directory();
        String fix = "Download the gate jobs' evidence into " + shown(directory)
                + " before running the verdict (see " + UserDocs.page("split-ci") + ")";
        if (!Files.isDirectory(directory)) {
            findings.add(Finding.of("VERDICT_IMPORT_EMPTY", GateStatus.ERROR,
                    "the import directory " + shown(directory) + " does not exist").withFix(fix));
            return List.of();
        }
        Path own = request.ownEvidence() == null ? null : request.ownEvidence().toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(p -> p.getFileName().toString().equals(EvidenceFiles.EVIDENCE_JSON))
                    .filter(Files::isRegularFile)
                    .filter(p -> !p.toAbsolutePath().normalize().equals(own))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            findings.add(Finding.of("VERDICT_IMPORT_UNREADABLE", GateStatus.ERROR,
                    "cannot list " + shown(directory) + ": " + e.getMessage()).withFile(shown(directory), null));
            return List.of();
        }
        if (files.isEmpty()) {
            findings.add(Finding.of("VERDICT_IMPORT_EMPTY", GateStatus.ERROR, "the import directory " + shown(directory)
                    + " holds no " + EvidenceFiles.EVIDENCE_JSON).withFile(shown(directory), null).withFix(fix));
        }
        return files;
    }

    /** The parts built from this checkout's commit (outside git: from the first part's); the others are refused. */
    private List<EvidencePart> accepted(List<EvidencePart> parts) {
        if (parts.isEmpty()) {
            return parts;
        }
        String expected = request.headCommit() != null ? request.headCommit() : parts.get(0).commit();
        String expectedFrom = request.headCommit() != null ? "this checkout is at" : parts.get(0).file() + " was built from";
        List<EvidencePart> accepted = new ArrayList<>();
        for (EvidencePart part : parts) {
            if (Objects.equals(part.commit(), expected)) {
                accepted.add(part);
                continue;
            }
            String built = part.commit() == null ? "records no commit" : "was built from commit " + part.commit();
            findings.add(Finding.of("VERDICT_IMPORT_OTHER_COMMIT", GateStatus.ERROR, part.file() + " " + built + ", but "
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
        Sourced kept = result.status().ordinal() > earlier.result().status().ordinal() ? new Sourced(result, source) : earlier;
        merged.put(key, kept);
        findings.add(Finding.of("VERDICT_IMPORT_DUPLICATE", GateStatus.WARN, result.label() + " of " + result.module()
                + " is in both " + earlier.source() + " and " + source + "; the worse, " + kept.result().status()
                + " from " + kept.source() + ", counts")
                .withFile(source, null)
                .withFix("Run each gate in one job only: give every job of the matrix its own -D" + GateSelection.PROPERTY));
    }

    private void checkExpectedGates(List<GateResult> results) {
        for (String gate : request.expectedGates()) {
            if (results.stream().noneMatch(r -> r.gate().equals(gate))) {
                findings.add(Finding.of("VERDICT_IMPORT_MISSING_GATE", GateStatus.HOLD, "no part has a result of "
                        + gate + ", although " + GateSelection.PROPERTY + " lists it")
                        .withFix("Check that the " + gate + " job ran and uploaded target/gatekeeper/evidence.json, then re-run the verdict"));
            }
        }
    }

    private GateResult importResult(int partsImported) {
        GateStatus status = GateStatus.PASS;
        long refused = 0;
        for (Finding finding : findings) {
            status = status.worst(finding.severity());
            if (finding.code().equals("VERDICT_IMPORT_OTHER_COMMIT") || finding.code().equals("VERDICT_IMPORT_UNREADABLE")) {
                refused++;
            }
        }
        String summary = partsImported + (partsImported == 1 ? " part" : " parts") + " imported from "
                + shown(request.directory()) + (refused == 0 ? "" : ", " + refused + " refused");
        List<Finding> ordered = findings.stream()
                .sorted((a, b) -> b.severity().ordinal() - a.severity().ordinal())
                .toList();
        return new GateResult(GATE, SUBJECT, request.module(), status, summary, ordered, request.buildId(),
                request.now(), 0, Map.of());
    }

    private static String keyOf(GateResult result) {
        return result.gate() + "\u0000" + result.module() + "\u0000" + Objects.toString(result.subject(), "");
    }

    private String shown(Path path) {
        return DisplayPaths.relativeTo(request.root(), path);
    }
}
