package dev.gatekeeper.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.verdict.BuildInfo;
import dev.gatekeeper.verdict.BuiltArtifact;
import dev.gatekeeper.verdict.EvidenceFiles;
import dev.gatekeeper.verdict.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployGuardTest {
    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    private static final String CONFIG = "c".repeat(64);
    private static final Instant STARTED = Instant.parse("2025-03-01T09:30:00Z");
    private static final BuiltArtifact JAR = new BuiltArtifact("g:a:1.0:jar", "target/a-1.0.jar", 10, "a".repeat(64));
    private static final BuiltArtifact POM = new BuiltArtifact("g:a:1.0:pom", "pom.xml", 5, "b".repeat(64));

    @TempDir
    Path evidence;

    private void writeEvidence(GateStatus status, Boolean treeClean) throws IOException {
        BuildInfo build = new BuildInfo("g", "a", "1.0", "b-1", STARTED, "3.9.9", "17", "0.1.0", COMMIT)
                .withBinding(treeClean, CONFIG, List.of(JAR, POM), "git+file:///repo/");
        GateResult result =
                new GateResult("fixtures", null, "g:a", status, "summary", List.of(), "b-1", STARTED, 1, Map.of());
        EvidenceFiles.writeAll(Verdict.of(build, List.of(result)), evidence, STARTED);
    }

    private static DeployGuard.DeployState now(BuiltArtifact... artifacts) {
        return new DeployGuard.DeployState(COMMIT, true, CONFIG, List.of(artifacts), List.of());
    }

    private List<String> codes(DeployGuard.DeployState state) {
        return DeployGuard.check(evidence, state).stream().map(Finding::code).toList();
    }

    @Test
    void passingEvidenceForTheSameCommitAndBytesLetsTheDeployThrough() throws IOException {
        writeEvidence(GateStatus.PASS, true);

        assertThat(DeployGuard.check(evidence, now(JAR, POM))).isEmpty();
    }

    @Test
    void noEvidenceIsRefused() {
        assertThat(codes(now(JAR))).containsExactly("GUARD_NO_EVIDENCE");
    }

    @Test
    void holdVerdictIsRefused() throws IOException {
        writeEvidence(GateStatus.HOLD, true);

        assertThat(codes(now(JAR))).containsExactly("GUARD_VERDICT_NOT_READY");
    }

    @Test
    void otherCommitDirtyTreeAndOtherConfigurationAreEachNamed() throws IOException {
        writeEvidence(GateStatus.PASS, true);

        List<String> codes =
                codes(new DeployGuard.DeployState("f".repeat(40), false, "d".repeat(64), List.of(JAR), List.of()));

        assertThat(codes).containsExactly("GUARD_OTHER_COMMIT", "GUARD_DIRTY_TREE", "GUARD_CONFIGURATION_CHANGED");
    }

    @Test
    void verdictOnADirtyTreeIsRefused() throws IOException {
        writeEvidence(GateStatus.PASS, false);

        assertThat(codes(now(JAR))).containsExactly("GUARD_DIRTY_TREE");
    }

    @Test
    void rebuiltAndUnknownArtifactsAreRefusedEachWithItsFile() throws IOException {
        writeEvidence(GateStatus.PASS, true);
        BuiltArtifact rebuilt = new BuiltArtifact(JAR.coordinates(), JAR.file(), 10, "e".repeat(64));
        BuiltArtifact sources = new BuiltArtifact("g:a:1.0:sources:jar", "target/a-1.0-sources.jar", 3, "f".repeat(64));

        List<Finding> findings = DeployGuard.check(evidence, now(rebuilt, POM, sources));

        assertThat(findings)
                .extracting(Finding::code)
                .containsExactly("GUARD_ARTIFACT_CHANGED", "GUARD_ARTIFACT_CHANGED");
        assertThat(findings.get(0).message())
                .contains("target/a-1.0.jar differs", "eeeeeeeeeeee now", "aaaaaaaaaaaa in evidence.json");
        assertThat(findings.get(1).message()).contains("g:a:1.0:sources:jar", "is not in the evidence");
    }

    @Test
    void editedEvidenceIsTampered() throws IOException {
        writeEvidence(GateStatus.HOLD, true);
        Path json = evidence.resolve("evidence.json");
        Files.writeString(json, Files.readString(json).replace("\"HOLD\"", "\"READY\""));

        List<Finding> findings = DeployGuard.check(evidence, now(JAR));

        assertThat(findings).extracting(Finding::code).containsExactly("GUARD_EVIDENCE_TAMPERED");
        assertThat(findings.get(0).message()).contains("does not match the digest in evidence.json.sha256");
    }

    @Test
    void evidenceEditedTogetherWithItsDigestStillDisagreesWithTheStatement() throws IOException {
        writeEvidence(GateStatus.PASS, true);
        Path json = evidence.resolve("evidence.json");
        byte[] forged =
                Files.readString(json).replace("a".repeat(64), "e".repeat(64)).getBytes(StandardCharsets.UTF_8);
        Files.write(json, forged);
        Files.writeString(evidence.resolve("evidence.json.sha256"), EvidenceFiles.digestLine(forged));

        List<Finding> findings = DeployGuard.check(evidence, now(JAR));

        assertThat(findings).extracting(Finding::code).containsExactly("GUARD_EVIDENCE_TAMPERED");
        assertThat(findings.get(0).message()).contains("gatekeeper.intoto.json and evidence.json disagree");
    }

    @Test
    void missingDigestFileIsTampered() throws IOException {
        writeEvidence(GateStatus.PASS, true);
        Files.delete(evidence.resolve("evidence.json.sha256"));

        assertThat(codes(now(JAR))).containsExactly("GUARD_EVIDENCE_TAMPERED");
    }

    @Test
    void deployOrderProblemsAreReportedWithTheRest() throws IOException {
        writeEvidence(GateStatus.PASS, true);

        List<String> codes = codes(
                new DeployGuard.DeployState(COMMIT, true, CONFIG, List.of(JAR), List.of("default-deploy runs first")));

        assertThat(codes).containsExactly("GUARD_DEPLOY_ORDER");
    }
}
