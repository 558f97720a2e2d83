package dev.gatekeeper.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.EvidenceKey;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.verdict.BuildInfo;
import dev.gatekeeper.verdict.BuiltArtifact;
import dev.gatekeeper.verdict.EvidenceFiles;
import dev.gatekeeper.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guard with an evidence key: a forger who recomputes every digest is still refused. */
class DeployGuardSignatureTest {
    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    private static final String CONFIG = "c".repeat(64);
    private static final Instant STARTED = Instant.parse("2025-03-01T09:30:00Z");
    private static final BuiltArtifact JAR = new BuiltArtifact("g:a:1.0:jar", "target/a-1.0.jar", 10, "a".repeat(64));
    private static final EvidenceKey.Setting KEY =
            EvidenceKey.fromEnvironment(Map.of(EvidenceKey.VARIABLE, "s".repeat(48)));
    private static final EvidenceKey.Setting OTHER_KEY =
            EvidenceKey.fromEnvironment(Map.of(EvidenceKey.VARIABLE, "t".repeat(48)));

    @TempDir
    Path evidence;

    @Test
    void holdEvidenceForgedToReadyWithEveryDigestRecomputedIsRefusedAsUnsignedWhenAKeyIsSet() throws IOException {
        writeEvidence(GateStatus.HOLD, ((EvidenceKey.Usable) KEY).key());
        forgeReady();

        List<Finding> withoutKey = DeployGuard.check(evidence, now(), new EvidenceKey.Absent());
        List<Finding> withKey = DeployGuard.check(evidence, now(), KEY);

        assertThat(withoutKey).as("a digest alone does not stop a forger").isEmpty();
        assertThat(withKey).extracting(Finding::code).containsExactly("GUARD_EVIDENCE_UNSIGNED");
        assertThat(withKey.get(0).message())
                .isEqualTo("the evidence is not signed with this build's key: evidence.json"
                        + " does not match its signature in evidence.json.sig under the key in GATEKEEPER_EVIDENCE_KEY: it was"
                        + " written with another key or edited since");
        assertThat(withKey.get(0).file()).isEqualTo("evidence.json");
        assertThat(withKey.get(0).fix()).contains("GATEKEEPER_EVIDENCE_KEY").doesNotContain("docs/");
    }

    @Test
    void unsignedEvidenceIsRefusedWhenAKeyIsSet() throws IOException {
        writeEvidence(GateStatus.PASS, null);

        List<Finding> findings = DeployGuard.check(evidence, now(), KEY);

        assertThat(findings).extracting(Finding::code).containsExactly("GUARD_EVIDENCE_UNSIGNED");
        assertThat(findings.get(0).message()).contains("evidence.json has no signature (evidence.json.sig is missing)");
    }

    @Test
    void aSignedStatementIsCheckedToo() throws IOException {
        writeEvidence(GateStatus.PASS, ((EvidenceKey.Usable) KEY).key());
        Files.delete(evidence.resolve("gatekeeper.intoto.json.sig"));

        List<Finding> findings = DeployGuard.check(evidence, now(), KEY);

        assertThat(findings).extracting(Finding::code).containsExactly("GUARD_EVIDENCE_UNSIGNED");
        assertThat(findings.get(0).message()).contains("gatekeeper.intoto.json has no signature");
    }

    @Test
    void evidenceSignedWithAnotherKeyIsRefusedAndWithTheSameKeyDeploys() throws IOException {
        writeEvidence(GateStatus.PASS, ((EvidenceKey.Usable) OTHER_KEY).key());
        assertThat(DeployGuard.check(evidence, now(), KEY))
                .extracting(Finding::code)
                .containsExactly("GUARD_EVIDENCE_UNSIGNED");

        writeEvidence(GateStatus.PASS, ((EvidenceKey.Usable) KEY).key());
        assertThat(DeployGuard.check(evidence, now(), KEY)).isEmpty();
    }

    @Test
    void aKeyTooShortRefusesTheDeployNamingTheVariableNotTheValue() throws IOException {
        writeEvidence(GateStatus.PASS, null);

        List<Finding> findings = DeployGuard.check(
                evidence, now(), EvidenceKey.fromEnvironment(Map.of(EvidenceKey.VARIABLE, "short-secret")));

        assertThat(findings).extracting(Finding::code).containsExactly("GUARD_EVIDENCE_KEY_TOO_SHORT");
        assertThat(findings.get(0).message())
                .startsWith("GATEKEEPER_EVIDENCE_KEY holds a key of 12 bytes")
                .doesNotContain("short-secret");
    }

    private void writeEvidence(GateStatus status, EvidenceKey key) throws IOException {
        BuildInfo build = new BuildInfo("g", "a", "1.0", "b-1", STARTED, "3.9.9", "17", "0.1.0", COMMIT)
                .withBinding(true, CONFIG, List.of(JAR), "git+file:///repo/");
        GateResult result =
                new GateResult("fixtures", null, "g:a", status, "summary", List.of(), "b-1", STARTED, 1, Map.of());
        EvidenceFiles.writeAll(Verdict.of(build, List.of(result)), evidence, STARTED, null, key);
    }

    /** What someone with write access to target/ does: READY everywhere, every digest recomputed. */
    private void forgeReady() throws IOException {
        Path json = evidence.resolve("evidence.json");
        Path statement = evidence.resolve("gatekeeper.intoto.json");
        Files.writeString(
                json,
                Files.readString(json)
                        .replace("\"HOLD\"", "\"READY\"")
                        .replace("\"outcome\" : \"HOLD\"", "\"outcome\" : \"READY\""));
        Files.writeString(statement, Files.readString(statement).replace("\"HOLD\"", "\"READY\""));
        Files.writeString(evidence.resolve("evidence.json.sha256"), EvidenceFiles.digestLine(Files.readAllBytes(json)));
    }

    private static DeployGuard.DeployState now() {
        return new DeployGuard.DeployState(COMMIT, true, CONFIG, List.of(JAR), List.of());
    }
}
