package dev.gatekeeper.sbom;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.IoProblems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.cyclonedx.model.Hash;

/** Checks that the hashes an SBOM records are those of the files Maven resolved. */
final class SbomIntegrity {
    /** What the check found. */
    record Outcome(int filesChecked, int mismatches) {}

    private final SbomExpectations expected;
    private final Map<MavenGav, GraphArtifact> graph;
    private final String shown;
    private final GateEvaluation evaluation;

    SbomIntegrity(
            SbomExpectations expected, Map<MavenGav, GraphArtifact> graph, String shown, GateEvaluation evaluation) {
        this.expected = expected;
        this.graph = graph;
        this.shown = shown;
        this.evaluation = evaluation;
    }

    Outcome check(List<SbomComponents.Entry> components) {
        int filesChecked = 0;
        int mismatches = 0;
        for (SbomComponents.Entry entry : components) {
            MavenGav gav = entry.gav().orElse(null);
            List<Hash> hashes = entry.component().getHashes() == null
                    ? List.of()
                    : entry.component().getHashes();
            if (hashes.isEmpty()) {
                if (gav == null || !expected.isReactorModule(gav.groupAndArtifact())) {
                    evaluation.add(Finding.of(
                                    SbomCodes.HASH_MISSING,
                                    GateStatus.WARN,
                                    shown + ": component " + entry.displayName()
                                            + " records no hash, so nobody can check"
                                            + " that the file they get is the one described")
                            .withFile(shown, null)
                            .withFix(
                                    "Regenerate the SBOM with 'make sbom'; the CycloneDX Maven plugin hashes every file it"
                                            + " resolves")
                            .withAttribute("component", entry.displayName()));
                }
                continue;
            }
            GraphArtifact artifact = gav == null ? null : graph.get(gav);
            if (artifact == null || artifact.file() == null || !Files.isRegularFile(artifact.file())) {
                continue;
            }
            List<String> recorded = hashes.stream()
                    .map(Hash::getAlgorithm)
                    .filter(FileHashes::canCompute)
                    .toList();
            List<String> algorithms = expected.everyRecordedHash()
                    ? recorded
                    : FileHashes.preferred(recorded).map(List::of).orElse(List.of());
            if (algorithms.isEmpty()) {
                continue;
            }
            Map<String, String> actual;
            try {
                actual = FileHashes.compute(artifact.file(), algorithms);
            } catch (IOException e) {
                evaluation
                        .log()
                        .warn("cannot hash " + artifact.file() + " to check " + entry.displayName() + ": "
                                + IoProblems.describe(e));
                continue;
            }
            filesChecked++;
            for (Hash hash : hashes) {
                if (!FileHashes.canCompute(hash.getAlgorithm())) {
                    continue;
                }
                String algorithm = hash.getAlgorithm().toUpperCase(Locale.ROOT);
                String computed = actual.get(algorithm);
                if (computed == null) {
                    continue; // not the algorithm this file is checked by
                }
                String recordedValue = Objects.requireNonNullElse(hash.getValue(), "");
                if (!computed.equalsIgnoreCase(recordedValue.strip())) {
                    evaluation.add(mismatch(entry, artifact.file(), algorithm, recordedValue, computed));
                    mismatches++;
                }
            }
        }
        return new Outcome(filesChecked, mismatches);
    }

    private Finding mismatch(
            SbomComponents.Entry entry, Path file, String algorithm, String recorded, String computed) {
        return Finding.of(
                        SbomCodes.HASH_MISMATCH,
                        GateStatus.FAIL,
                        shown + ": component " + entry.displayName()
                                + " records " + algorithm + " " + recorded + ", but the file Maven resolved ("
                                + file.getFileName() + ") has " + computed)
                .withFile(shown, null)
                .withFix(
                        "The SBOM describes other bytes than the build uses: regenerate it with 'make sbom' from a clean"
                                + " build; if the mismatch stays, compare " + file + " with the repository's checksum"
                                + " (a tampered or corrupted local repository)")
                .withAttribute("component", entry.displayName())
                .withAttribute("algorithm", algorithm)
                .withAttribute("expected", recorded)
                .withAttribute("actual", computed)
                .withAttribute("artifactFile", file.toString());
    }
}
