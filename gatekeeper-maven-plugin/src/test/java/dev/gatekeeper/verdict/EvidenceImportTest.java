package dev.gatekeeper.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.ReactorScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceImportTest {
    private static final String HEAD = "1111111111111111111111111111111111111111";
    private static final String OTHER = "2222222222222222222222222222222222222222";
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path root;

    @Test
    void partsOfTheSameCommitMergeIntoOneVerdictWithEveryRow() throws IOException {
        writePart("parts/run-1", HEAD, "build-1", result("certify", "core", GateStatus.PASS, "build-1"));
        writePart(
                "parts/run-2",
                HEAD,
                "build-2",
                result("sbom", "core", GateStatus.HOLD, "build-2"),
                result("sbom", "app", GateStatus.PASS, "build-2"));

        EvidenceImport.Merged merged = EvidenceImport.merge(request(HEAD), List.of());

        assertThat(merged.results())
                .extracting(GateResult::label, GateResult::moduleName, GateResult::status, GateResult::buildId)
                .containsExactly(
                        tuple("certify", "core", GateStatus.PASS, "build-1"),
                        tuple("sbom", "core", GateStatus.HOLD, "build-2"),
                        tuple("sbom", "app", GateStatus.PASS, "build-2"),
                        tuple("verdict:import", "shop", GateStatus.PASS, "build-final"));
        assertThat(importRow(merged).summary()).isEqualTo("2 parts imported from parts");
        assertThat(merged.imported())
                .extracting(EvidencePart::file, EvidencePart::commit, EvidencePart::buildId, EvidencePart::gates)
                .containsExactly(
                        tuple("parts/run-1/evidence.json", HEAD, "build-1", List.of("certify")),
                        tuple("parts/run-2/evidence.json", HEAD, "build-2", List.of("sbom")));
        Verdict verdict = Verdict.of(VerdictFixtures.build().withCommit(HEAD), merged.results())
                .withImported(merged.imported());
        assertThat(verdict.outcome()).isEqualTo(Verdict.HOLD);
    }

    @Test
    void aPartialReactorPartAndASchema12PartWithoutItAreBothImported() throws IOException {
        BuildInfo build = new BuildInfo(
                "com.example", "shop", "1.0", "build-1", VerdictFixtures.STARTED, "3.9.9", "17", "0.1.0", HEAD);
        Path partial = root.resolve("parts/resumed").resolve(EvidenceFiles.EVIDENCE_JSON);
        Files.createDirectories(partial.getParent());
        Files.write(
                partial,
                EvidenceFiles.evidenceJson(
                        Verdict.of(build, List.of(result("certify", "web", GateStatus.PASS, "build-1")))
                                .withReactor(ReactorScope.of(
                                        List.of("com.example:web"), List.of("com.example:shop", "com.example:web"))),
                        NOW));
        writeDigest(partial);
        writePart("parts/old", HEAD, "build-2", result("sbom", "shop", GateStatus.PASS, "build-2"));
        Path old = root.resolve("parts/old").resolve(EvidenceFiles.EVIDENCE_JSON);
        Files.writeString(
                old,
                Files.readString(old)
                        .replaceFirst("\"schemaVersion\"\\s*:\\s*\"1\\.3\"", "\"schemaVersion\": \"1.2\""));
        writeDigest(old);
        assertThat(Files.readString(partial)).contains("\"partialReactor\"");
        assertThat(Files.readString(old)).contains("\"schemaVersion\": \"1.2\"").doesNotContain("partialReactor");

        EvidenceImport.Merged merged = EvidenceImport.merge(request(HEAD), List.of());

        assertThat(merged.results())
                .extracting(GateResult::label, GateResult::moduleName, GateResult::status)
                .containsExactly(
                        tuple("sbom", "shop", GateStatus.PASS),
                        tuple("certify", "web", GateStatus.PASS),
                        tuple("verdict:import", "shop", GateStatus.PASS));
    }

    @Test
    void aPartOfAnotherCommitIsRefusedNamingTheFileAndBothCommits() throws IOException {
        writePart("parts/run-1", HEAD, "build-1", result("certify", "core", GateStatus.PASS, "build-1"));
        writePart("parts/run-2", OTHER, "build-2", result("sbom", "core", GateStatus.PASS, "build-2"));

        EvidenceImport.Merged merged = EvidenceImport.merge(request(HEAD), List.of());

        assertThat(merged.results()).extracting(GateResult::gate).containsExactly("certify", "verdict");
        GateResult importRow = importRow(merged);
        assertThat(importRow.status()).isEqualTo(GateStatus.ERROR);
        assertThat(importRow.summary()).isEqualTo("1 part imported from parts, 1 refused");
        Finding refused = importRow.findings().get(0);
        assertThat(refused.code()).isEqualTo("VERDICT_IMPORT_OTHER_COMMIT");
        assertThat(refused.file()).isEqualTo("parts/run-2/evidence.json");
        assertThat(refused.message())
                .isEqualTo("parts/run-2/evidence.json was built from commit " + OTHER
                        + ", but this checkout is at commit " + HEAD + "; its results are not counted");
        assertThat(merged.imported()).extracting(EvidencePart::file).containsExactly("parts/run-1/evidence.json");
    }

    @Test
    void outsideGitThePartsMustAgreeWithTheFirstOne() throws IOException {
        writePart("parts/a", HEAD, "build-1", result("certify", "core", GateStatus.PASS, "build-1"));
        writePart("parts/b", OTHER, "build-2", result("sbom", "core", GateStatus.PASS, "build-2"));

        EvidenceImport.Merged merged = EvidenceImport.merge(request(null), List.of());

        Finding refused = importRow(merged).findings().get(0);
        assertThat(refused.code()).isEqualTo("VERDICT_IMPORT_OTHER_COMMIT");
        assertThat(refused.message())
                .contains("parts/b/evidence.json was built from commit " + OTHER)
                .contains("but parts/a/evidence.json was built from commit " + HEAD);
    }

    @Test
    void aPartThatRecordsNoCommitIsRefusedInsideGit() throws IOException {
        writePart("parts/a", null, "build-1", result("certify", "core", GateStatus.PASS, "build-1"));

        EvidenceImport.Merged merged = EvidenceImport.merge(request(HEAD), List.of());

        assertThat(importRow(merged).findings())
                .extracting(Finding::code)
                .containsExactly("VERDICT_IMPORT_OTHER_COMMIT");
        assertThat(importRow(merged).findings().get(0).message()).startsWith("parts/a/evidence.json records no commit");
    }

    @Test
    void malformedOrForeignFilesAreNamedAndNotCounted() throws IOException {
        writePart("parts/good", HEAD, "build-1", result("certify", "core", GateStatus.PASS, "build-1"));
        write("parts/broken/evidence.json", "{\"schemaVersion\": \"1.0\", ");
        write("parts/future/evidence.json", "{\"schemaVersion\": \"2.0\", \"tool\": {\"name\": \"gatekeeper\"}}");
        write("parts/other-tool/evidence.json", "{\"schemaVersion\": \"1.0\", \"tool\": {\"name\": \"gateway\"}}");

        EvidenceImport.Merged merged = EvidenceImport.merge(request(HEAD), List.of());

        GateResult importRow = importRow(merged);
        assertThat(importRow.status()).isEqualTo(GateStatus.ERROR);
        assertThat(importRow.findings())
                .filteredOn(f -> f.code().equals("VERDICT_IMPORT_UNREADABLE"))
                .extracting(Finding::file)
                .containsExactly(
                        "parts/broken/evidence.json", "parts/future/evidence.json", "parts/other-tool/evidence.json");
        assertThat(importRow.findings())
                .extracting(Finding::message)
                .anyMatch(m ->
                        m.startsWith("parts/broken/evidence.json is not readable Gatekeeper evidence: malformed JSON"))
                .anyMatch(m -> m.contains("schemaVersion \"2.0\"; this verdict reads 1.x"))
                .noneMatch(m -> m.contains("Exception"));
        assertThat(importRow.summary()).endsWith("3 refused");
        assertThat(merged.results()).extracting(GateResult::gate).containsExactly("certify", "verdict");
    }

    @Test
    void aResultInTwoPartsCountsOnceAsTheWorseWithAWarning() throws IOException {
        writePart("parts/a", HEAD, "build-1", result("certify", "core", GateStatus.FAIL, "build-1"));
        writePart("parts/b", HEAD, "build-2", result("certify", "core", GateStatus.PASS, "build-2"));

        EvidenceImport.Merged merged = EvidenceImport.merge(request(HEAD), List.of());

        assertThat(merged.results())
                .filteredOn(r -> r.gate().equals("certify"))
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(GateStatus.FAIL))
                .satisfies(r -> assertThat(r.buildId()).isEqualTo("build-1"));
        Finding duplicate = importRow(merged).findings().get(0);
        assertThat(duplicate.code()).isEqualTo("VERDICT_IMPORT_DUPLICATE");
        assertThat(duplicate.severity()).isEqualTo(GateStatus.WARN);
        assertThat(duplicate.message())
                .isEqualTo("certify of com.example:core is in both parts/a/evidence.json and "
                        + "parts/b/evidence.json; the worse, FAIL from parts/a/evidence.json, counts");
    }

    @Test
    void theWorseDuplicateWinsWhicheverPartComesFirst() throws IOException {
        writePart("parts/a", HEAD, "build-1", result("certify", "core", GateStatus.PASS, "build-1"));
        writePart("parts/b", HEAD, "build-2", result("certify", "core", GateStatus.HOLD, "build-2"));

        EvidenceImport.Merged merged = EvidenceImport.merge(request(HEAD), List.of());

        assertThat(merged.results())
                .filteredOn(r -> r.gate().equals("certify"))
                .extracting(GateResult::status)
                .containsExactly(GateStatus.HOLD);
        assertThat(importRow(merged).status()).isEqualTo(GateStatus.WARN);
    }

    @Test
    void thisBuildsOwnResultsAreKeptAndCheckedForDuplicates() throws IOException {
        writePart("parts/a", HEAD, "build-1", result("certify", "core", GateStatus.PASS, "build-1"));

        EvidenceImport.Merged merged = EvidenceImport.merge(
                request(HEAD),
                List.of(
                        result("certify", "core", GateStatus.PASS, "build-final"),
                        result("docs", "core", GateStatus.PASS, "build-final")));

        assertThat(merged.results())
                .extracting(GateResult::label, GateResult::buildId)
                .containsExactly(
                        tuple("certify", "build-final"),
                        tuple("docs", "build-final"),
                        tuple("verdict:import", "build-final"));
        assertThat(importRow(merged).findings()).extracting(Finding::code).contains("VERDICT_IMPORT_DUPLICATE");
    }

    @Test
    void anImportDirectoryWithoutEvidenceIsAnError() throws IOException {
        Files.createDirectories(root.resolve("parts/run-1"));
        write("parts/run-1/summary.md", "## Gatekeeper verdict: READY\n");

        EvidenceImport.Merged merged = EvidenceImport.merge(request(HEAD), List.of());

        GateResult importRow = importRow(merged);
        assertThat(importRow.status()).isEqualTo(GateStatus.ERROR);
        assertThat(importRow.findings())
                .extracting(Finding::code, Finding::message)
                .containsExactly(tuple("VERDICT_IMPORT_EMPTY", "the import directory parts holds no evidence.json"));
        assertThat(merged.imported()).isEmpty();
    }

    @Test
    void aMissingImportDirectoryIsAnError() {
        EvidenceImport.Merged merged = EvidenceImport.merge(request(HEAD), List.of());

        assertThat(importRow(merged).findings())
                .extracting(Finding::code, Finding::message)
                .containsExactly(tuple("VERDICT_IMPORT_EMPTY", "the import directory parts does not exist"));
    }

    @Test
    void theEvidenceThisVerdictWritesIsNeverReadAsAPart() throws IOException {
        writePart("parts/target/gatekeeper", HEAD, "build-0", result("certify", "core", GateStatus.FAIL, "build-0"));
        EvidenceImport.Request request = new EvidenceImport.Request(
                root.resolve("parts"),
                root,
                HEAD,
                List.of(),
                root.resolve("parts/target/gatekeeper/evidence.json"),
                "com.example:shop",
                "build-final",
                NOW);

        EvidenceImport.Merged merged = EvidenceImport.merge(request, List.of());

        assertThat(importRow(merged).findings()).extracting(Finding::code).containsExactly("VERDICT_IMPORT_EMPTY");
    }

    @Test
    void aListedGateThatNoPartCoversHoldsTheMerge() throws IOException {
        writePart("parts/a", HEAD, "build-1", result("certify", "core", GateStatus.PASS, "build-1"));
        EvidenceImport.Request request = new EvidenceImport.Request(
                root.resolve("parts"),
                root,
                HEAD,
                List.of("certify", "sbom"),
                null,
                "com.example:shop",
                "build-final",
                NOW);

        EvidenceImport.Merged merged = EvidenceImport.merge(request, List.of());

        GateResult importRow = importRow(merged);
        assertThat(importRow.status()).isEqualTo(GateStatus.HOLD);
        assertThat(importRow.findings())
                .filteredOn(f -> f.severity().blocksMerge())
                .extracting(Finding::code, Finding::message)
                .containsExactly(tuple(
                        "VERDICT_IMPORT_MISSING_GATE",
                        "no part has a result of sbom, although gatekeeper.gates lists it"));
    }

    private EvidenceImport.Request request(String headCommit) {
        return new EvidenceImport.Request(
                root.resolve("parts"), root, headCommit, List.of(), null, "com.example:shop", "build-final", NOW);
    }

    private static GateResult importRow(EvidenceImport.Merged merged) {
        return merged.results().stream()
                .filter(r -> r.label().equals("verdict:import"))
                .findFirst()
                .orElseThrow();
    }

    private static GateResult result(String gate, String artifactId, GateStatus status, String buildId) {
        return new GateResult(
                gate,
                "com.example:" + artifactId,
                status,
                gate + " " + status,
                List.of(),
                buildId,
                VerdictFixtures.STARTED,
                10,
                Map.of());
    }

    /** A part as a gate job's verdict writes it. */
    private void writePart(String directory, String commit, String buildId, GateResult... results) throws IOException {
        BuildInfo build = new BuildInfo(
                "com.example", "shop", "1.0", buildId, VerdictFixtures.STARTED, "3.9.9", "17", "0.1.0", commit);
        Path file = root.resolve(directory).resolve(EvidenceFiles.EVIDENCE_JSON);
        Files.createDirectories(file.getParent());
        Files.write(file, EvidenceFiles.evidenceJson(Verdict.of(build, List.of(results)), NOW));
        writeDigest(file);
    }

    /** The evidence.json.sha256 a verdict writes beside its evidence.json, for {@code file} as it is now. */
    private static void writeDigest(Path file) throws IOException {
        Files.writeString(
                file.resolveSibling(EvidenceFiles.EVIDENCE_DIGEST), EvidenceFiles.digestLine(Files.readAllBytes(file)));
    }

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        writeDigest(file);
    }
}
