package dev.gatekeeper.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verify scripts' reader of evidence gives what Groovy's JsonSlurper gave them, and fails by naming the file. */
class EvidenceTest {
    @TempDir
    Path basedir;

    @Test
    void readsTheVerdictsEvidenceWithTheNumberTypesTheScriptsCompareWith() throws IOException {
        write("target/gatekeeper/evidence.json", """
                {"schemaVersion": "1.3", "outcome": "READY",
                 "verdict": {"durationMillis": 12, "startedAt": 1760000000000},
                 "results": [{"gate": "audit", "toolTimes": null, "findings": [{"code": "AUDIT_CVE", "cvss": 9.8}]}]}
                """);

        Map<String, Object> evidence = Evidence.of(basedir.toFile());

        assertThat(evidence).containsEntry("outcome", "READY");
        Map<?, ?> verdict = (Map<?, ?>) evidence.get("verdict");
        assertThat(verdict.get("durationMillis")).isInstanceOf(Integer.class).isEqualTo(12);
        assertThat(verdict.get("startedAt")).isInstanceOf(Long.class);
        Map<?, ?> audit = (Map<?, ?>) ((List<?>) evidence.get("results")).get(0);
        assertThat(audit.containsKey("toolTimes")).isTrue();
        assertThat(audit.get("toolTimes")).isNull();
        Map<?, ?> finding = (Map<?, ?>) ((List<?>) audit.get("findings")).get(0);
        assertThat(finding.get("cvss")).as("as Groovy's 9.8 literal").isEqualTo(new BigDecimal("9.8"));
    }

    @Test
    void readsAGatesResultFile() throws IOException {
        write("target/gatekeeper/results/release-plan.json", "{\"gate\": \"release-plan\", \"status\": \"HOLD\"}");

        assertThat(Evidence.result(basedir.toFile(), "release-plan")).containsEntry("status", "HOLD");
    }

    @Test
    void aMissingFileIsNamedWithWhatShouldHaveWrittenIt() {
        File expected = basedir.resolve("target/gatekeeper/evidence.json").toFile();

        assertThatThrownBy(() -> Evidence.of(basedir.toFile()))
                .isInstanceOf(AssertionError.class)
                .hasMessage("no " + expected + ": the verdict did not write its evidence (see build.log)");
        assertThatThrownBy(() -> Evidence.result(basedir.toFile(), "smoke"))
                .hasMessageContaining("results/smoke.json: the smoke goal wrote no result");
    }

    @Test
    void aFileThatIsNotAJsonObjectIsNamed() throws IOException {
        Path file = write("parts/run-1/evidence.json", "[1, 2]");

        assertThatThrownBy(() -> Evidence.read(file.toFile()))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(file + " is not a JSON object: ");
    }

    private Path write(String relative, String content) throws IOException {
        Path file = basedir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
