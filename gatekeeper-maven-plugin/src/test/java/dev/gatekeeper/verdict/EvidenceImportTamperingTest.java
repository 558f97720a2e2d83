package dev.gatekeeper.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parts edited after their verdict wrote them: the digest (and, with a key, the signature) refuses them. */
class EvidenceImportTamperingTest {
    static final String HEAD = "1111111111111111111111111111111111111111";
    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    static final dev.gatekeeper.core.EvidenceKey KEY = key("k".repeat(40));
    static final dev.gatekeeper.core.EvidenceKey OTHER_KEY = key("o".repeat(40));

    @TempDir
    Path root;

    @Test
    void aFailingPartEditedToPassAndReadyIsRefusedAsTamperedAndTheVerdictHolds() throws IOException {
        Path part = writePart("parts/certify", GateStatus.FAIL);
        Path json = part.resolve(EvidenceFiles.EVIDENCE_JSON);
        String original = Files.readString(json);
        String forged =
                original.replace("FAIL", "PASS").replaceAll("\"outcome\"\\s*:\\s*\"HOLD\"", "\"outcome\" : \"READY\"");
        assertThat(forged).doesNotContain("FAIL").contains("\"outcome\" : \"READY\"");
        Files.writeString(json, forged);

        EvidenceImport.Merged merged = EvidenceImport.merge(request(), List.of());

        Verdict verdict = Verdict.of(VerdictFixtures.build().withCommit(HEAD), merged.results());
        assertThat(verdict.outcome()).isEqualTo(Verdict.HOLD);
        assertThat(merged.results()).extracting(GateResult::gate).containsExactly("verdict");
        Finding refused = importRow(merged).findings().get(0);
        assertThat(refused.code()).isEqualTo("VERDICT_IMPORT_TAMPERED");
        assertThat(refused.severity()).isEqualTo(GateStatus.ERROR);
        assertThat(refused.file()).isEqualTo("parts/certify/evidence.json");
        assertThat(refused.message()).startsWith("parts/certify/evidence.json does not match its evidence.json.sha256");
        assertThat(importRow(merged).summary()).isEqualTo("0 parts imported from parts, 1 refused");
    }

    @Test
    void aPartWithoutItsDigestFileIsRefusedAsTampered() throws IOException {
        Path part = writePart("parts/certify", GateStatus.PASS);
        Files.delete(part.resolve(EvidenceFiles.EVIDENCE_DIGEST));

        EvidenceImport.Merged merged = EvidenceImport.merge(request(), List.of());

        assertThat(merged.results()).extracting(GateResult::gate).containsExactly("verdict");
        assertThat(importRow(merged).findings())
                .extracting(Finding::code, Finding::file)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("VERDICT_IMPORT_TAMPERED", "parts/certify/evidence.json"));
        assertThat(importRow(merged).findings().get(0).message()).contains("has no evidence.json.sha256 beside it");
    }

    @Test
    void anUntouchedPartWithItsDigestIsImported() throws IOException {
        writePart("parts/certify", GateStatus.PASS);

        EvidenceImport.Merged merged = EvidenceImport.merge(request(), List.of());

        assertThat(merged.results())
                .extracting(GateResult::gate, GateResult::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("certify", GateStatus.PASS),
                        org.assertj.core.groups.Tuple.tuple("verdict", GateStatus.PASS));
    }

    @Test
    void aForgedPartWithARecomputedDigestIsRefusedWhenAKeyIsConfigured() throws IOException {
        Path part = writePart("parts/certify", GateStatus.FAIL, KEY);
        Path json = part.resolve(EvidenceFiles.EVIDENCE_JSON);
        Files.writeString(json, Files.readString(json).replace("FAIL", "PASS"));
        Files.writeString(
                part.resolve(EvidenceFiles.EVIDENCE_DIGEST), EvidenceFiles.digestLine(Files.readAllBytes(json)));

        EvidenceImport.Merged withoutKey = EvidenceImport.merge(request(), List.of());
        EvidenceImport.Merged withKey = EvidenceImport.merge(request(KEY), List.of());

        assertThat(withoutKey.results())
                .extracting(GateResult::gate, GateResult::status)
                .contains(org.assertj.core.groups.Tuple.tuple("certify", GateStatus.PASS));
        assertThat(withKey.results()).extracting(GateResult::gate).containsExactly("verdict");
        assertThat(importRow(withKey).findings())
                .extracting(Finding::code, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "VERDICT_IMPORT_TAMPERED",
                        "parts/certify/evidence.json does not match its"
                                + " evidence.json.sig under the key in GATEKEEPER_EVIDENCE_KEY, although a key is configured;"
                                + " its results are not counted"));
    }

    @Test
    void anUnsignedPartIsRefusedWhenAKeyIsConfigured() throws IOException {
        writePart("parts/certify", GateStatus.PASS);

        EvidenceImport.Merged merged = EvidenceImport.merge(request(KEY), List.of());

        assertThat(merged.results()).extracting(GateResult::gate).containsExactly("verdict");
        assertThat(importRow(merged).findings())
                .extracting(Finding::code, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "VERDICT_IMPORT_TAMPERED",
                                "parts/certify/evidence.json has no"
                                        + " evidence.json.sig beside it, although a key is configured; its results are not counted"));
    }

    @Test
    void aPartSignedWithAnotherKeyIsRefusedAndOneSignedWithTheKeyMerges() throws IOException {
        writePart("parts/certify", GateStatus.PASS, KEY);
        writePart("parts/other", GateStatus.PASS, OTHER_KEY);

        EvidenceImport.Merged merged = EvidenceImport.merge(request(KEY), List.of());

        assertThat(merged.imported()).extracting(EvidencePart::file).containsExactly("parts/certify/evidence.json");
        assertThat(importRow(merged).findings())
                .filteredOn(f -> f.severity() == GateStatus.ERROR)
                .extracting(Finding::code, Finding::file)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("VERDICT_IMPORT_TAMPERED", "parts/other/evidence.json"));
    }

    EvidenceImport.Request request(dev.gatekeeper.core.EvidenceKey key) {
        return new EvidenceImport.Request(
                root.resolve("parts"), root, HEAD, List.of(), null, "com.example:shop", "build-final", NOW, key);
    }

    EvidenceImport.Request request() {
        return new EvidenceImport.Request(
                root.resolve("parts"), root, HEAD, List.of(), null, "com.example:shop", "build-final", NOW);
    }

    static GateResult importRow(EvidenceImport.Merged merged) {
        return merged.results().stream()
                .filter(r -> r.label().equals("verdict:import"))
                .findFirst()
                .orElseThrow();
    }

    /** A part exactly as a gate job's verdict writes it, every evidence file included. */
    Path writePart(String directory, GateStatus certify) throws IOException {
        return writePart(directory, certify, null);
    }

    /** A part written and, with a key, signed by its verdict. */
    Path writePart(String directory, GateStatus certify, dev.gatekeeper.core.EvidenceKey key) throws IOException {
        BuildInfo build = new BuildInfo(
                "com.example", "shop", "1.0", "build-1", VerdictFixtures.STARTED, "3.9.9", "17", "0.1.0", HEAD);
        GateResult result = new GateResult(
                "certify",
                "com.example:shop",
                certify,
                "certify " + certify,
                List.of(),
                "build-1",
                VerdictFixtures.STARTED,
                10,
                Map.of());
        Path part = root.resolve(directory);
        EvidenceFiles.writeAll(Verdict.of(build, List.of(result)), part, NOW, null, key);
        return part;
    }

    static dev.gatekeeper.core.EvidenceKey key(String value) {
        return ((dev.gatekeeper.core.EvidenceKey.Usable) dev.gatekeeper.core.EvidenceKey.fromEnvironment(
                        Map.of(dev.gatekeeper.core.EvidenceKey.VARIABLE, value)))
                .key();
    }
}
