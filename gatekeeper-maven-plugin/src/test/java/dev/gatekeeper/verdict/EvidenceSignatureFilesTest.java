package dev.gatekeeper.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.EvidenceKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signatures the verdict writes beside evidence.json and the in-toto Statement when a key is configured. */
class EvidenceSignatureFilesTest {
    @TempDir
    Path output;

    @Test
    void withAKeyEvidenceJsonAndTheStatementAreSignedOverTheirExactBytes() throws IOException {
        EvidenceKey key = EvidenceImportTamperingTest.KEY;

        List<Path> written =
                EvidenceFiles.writeAll(VerdictFixtures.holdVerdict(), output, VerdictFixtures.FINISHED, null, key);

        assertThat(written).contains(output.resolve("evidence.json.sig"), output.resolve("gatekeeper.intoto.json.sig"));
        byte[] evidence = Files.readAllBytes(output.resolve(EvidenceFiles.EVIDENCE_JSON));
        byte[] statement = Files.readAllBytes(output.resolve(InTotoStatement.FILE_NAME));
        assertThat(key.verifies(evidence, "evidence.json", Files.readAllBytes(output.resolve("evidence.json.sig"))))
                .isTrue();
        assertThat(key.verifies(
                        statement,
                        "gatekeeper.intoto.json",
                        Files.readAllBytes(output.resolve("gatekeeper.intoto.json.sig"))))
                .isTrue();
        assertThat(Files.readString(output.resolve("evidence.json.sig")))
                .matches("hmac-sha256:[0-9a-f]{64}  evidence\\.json\n");
        assertThat(Files.readString(output.resolve("evidence.json.sig"))
                        + Files.readString(output.resolve(EvidenceFiles.EVIDENCE_JSON)))
                .doesNotContain("k".repeat(40));
    }

    @Test
    void withoutAKeyNoSignatureIsWrittenAndAnEarlierBuildsAreRemoved() throws IOException {
        EvidenceFiles.writeAll(
                VerdictFixtures.holdVerdict(), output, VerdictFixtures.FINISHED, null, EvidenceImportTamperingTest.KEY);

        List<Path> written =
                EvidenceFiles.writeAll(VerdictFixtures.holdVerdict(), output, VerdictFixtures.FINISHED, null, null);

        assertThat(written).noneMatch(p -> p.toString().endsWith(".sig"));
        assertThat(output.resolve("evidence.json.sig")).doesNotExist();
        assertThat(output.resolve("gatekeeper.intoto.json.sig")).doesNotExist();
    }

    @Test
    void aKeyTooShortHoldsTheVerdictNamingTheVariableAndTheEvidenceIsWrittenUnsigned() throws IOException {
        EvidenceKey.Setting tooShort = EvidenceKey.fromEnvironment(java.util.Map.of(EvidenceKey.VARIABLE, "changeme"));
        Verdict ready = Verdict.of(
                VerdictFixtures.build(),
                List.of(VerdictFixtures.result("certify", "shop", dev.gatekeeper.core.GateStatus.PASS)));

        Verdict verdict = EvidenceSigning.withKeyProblem(
                ready, tooShort, "com.example:shop", "build-1", VerdictFixtures.FINISHED);
        List<Path> written = EvidenceFiles.writeAll(
                verdict, output, VerdictFixtures.FINISHED, null, EvidenceSigning.keyOf(tooShort));

        assertThat(ready.outcome()).isEqualTo(Verdict.READY);
        assertThat(verdict.outcome()).isEqualTo(Verdict.HOLD);
        assertThat(verdict.results())
                .filteredOn(r -> r.label().equals("verdict:signing"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.findings())
                            .extracting(dev.gatekeeper.core.Finding::code)
                            .containsExactly("VERDICT_EVIDENCE_KEY_TOO_SHORT");
                    assertThat(r.findings().get(0).message())
                            .startsWith("GATEKEEPER_EVIDENCE_KEY holds a key of 8 bytes");
                });
        assertThat(written).noneMatch(p -> p.toString().endsWith(".sig"));
        assertThat(Files.readString(output.resolve(EvidenceFiles.EVIDENCE_JSON)))
                .doesNotContain("changeme");
    }

    @Test
    void theNoticeSaysWhetherTheEvidenceIsSigned() {
        assertThat(EvidenceSigning.notice(new EvidenceKey.Absent()))
                .startsWith("evidence is unsigned (GATEKEEPER_EVIDENCE_KEY"
                        + " is not set): its digest catches accidental edits and stale copies, not a forger");
        assertThat(EvidenceSigning.notice(
                        EvidenceKey.fromEnvironment(java.util.Map.of(EvidenceKey.VARIABLE, "k".repeat(32)))))
                .isEqualTo(
                        "evidence signed with the key in GATEKEEPER_EVIDENCE_KEY (evidence.json.sig, gatekeeper.intoto.json.sig)");
    }
}
