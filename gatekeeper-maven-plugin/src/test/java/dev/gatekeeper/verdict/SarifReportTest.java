package dev.gatekeeper.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.GatekeeperJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SarifReportTest {
    private static final Finding VULNERABILITY = Finding.of(
                    "AUDIT_VULNERABILITY",
                    GateStatus.FAIL,
                    "org.apache.commons:commons-text:1.9 has CVE-2022-42889 (CVSS 9.8, CRITICAL)")
            .withFile("pom.xml", null)
            .withFix("Upgrade org.apache.commons:commons-text to 1.10.0 or later")
            .withRuleId("CVE-2022-42889")
            .withAttribute("cvssScore", "9.8")
            .withAttribute("dependency", "org.apache.commons:commons-text:1.9")
            .withAttribute("description", "Apache Commons Text performs variable interpolation");

    private static JsonNode sarifOf(GateResult... results) throws Exception {
        Verdict verdict = Verdict.of(VerdictFixtures.build(), List.of(results));
        return GatekeeperJson.mapper().readTree(SarifReport.render(verdict));
    }

    private static GateResult audit(Finding... findings) {
        return new GateResult(
                "audit",
                "com.example:shop",
                GateStatus.FAIL,
                "1 vulnerability",
                List.of(findings),
                VerdictFixtures.BUILD_ID,
                VerdictFixtures.STARTED,
                10,
                Map.of());
    }

    @Test
    void vulnerabilityBecomesAResultWhoseRuleIsTheVulnerabilityId() throws Exception {
        JsonNode sarif = sarifOf(audit(VULNERABILITY));

        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.path("runs").get(0);
        assertThat(run.path("tool").path("driver").path("name").asText()).isEqualTo("Gatekeeper");
        JsonNode rule = run.path("tool").path("driver").path("rules").get(0);
        assertThat(rule.path("id").asText()).isEqualTo("CVE-2022-42889");
        assertThat(rule.path("properties").path("security-severity").asText()).isEqualTo("9.8");
        assertThat(rule.path("fullDescription").path("text").asText()).startsWith("Apache Commons Text");
        JsonNode result = run.path("results").get(0);
        assertThat(result.path("ruleId").asText()).isEqualTo("CVE-2022-42889");
        assertThat(result.path("level").asText()).isEqualTo("error");
        assertThat(result.path("message").path("text").asText()).contains("commons-text:1.9", "Fix: Upgrade");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .isEqualTo("pom.xml");
        assertThat(result.at("/properties/dependency").asText()).isEqualTo("org.apache.commons:commons-text:1.9");
        assertThat(result.at("/partialFingerprints/gatekeeper~1v1").asText())
                .contains("CVE-2022-42889", "commons-text:1.9");
    }

    @Test
    void aFindingLocatedAtAModulePomLinePointsThereWithTheWholePathAsAProperty() throws Exception {
        Finding located = VULNERABILITY.withFile("m3/pom.xml", 17)
                .withAttribute("module", "m3")
                .withAttribute("path", "m3 → com.example:web:2.6.5 → org.apache.commons:commons-text:1.9");

        JsonNode result = sarifOf(audit(located)).at("/runs/0/results/0");

        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("m3/pom.xml");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText())
                .isEqualTo("%SRCROOT%");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(17);
        assertThat(result.at("/properties/path").asText())
                .isEqualTo("m3 → com.example:web:2.6.5 → org.apache.commons:commons-text:1.9");
    }

    @Test
    void onlyFileLocatedWarningsAndWorseAreReportedAndRulesAreListedOnce() throws Exception {
        Finding sameCveOtherModule = VULNERABILITY.withAttribute("dependency", "org.apache.commons:commons-text:1.8");
        Finding warning = Finding.of("DOCS_BROKEN_LINK", GateStatus.WARN, "README.md links to docs/gone.md")
                .withFile("README.md", 7);
        Finding noFile = Finding.of("CERTIFY_NO_TESTS_RAN", GateStatus.HOLD, "no test ran");
        Finding information =
                Finding.of("CERTIFY_COMMAND_PASSED", GateStatus.PASS, "ok").withFile("target/x.log", null);

        JsonNode run = sarifOf(audit(VULNERABILITY, sameCveOtherModule, warning, noFile, information))
                .path("runs")
                .get(0);

        assertThat(run.path("results")).hasSize(3);
        assertThat(run.path("tool").path("driver").path("rules").findValuesAsText("id"))
                .containsExactly("CVE-2022-42889", "DOCS_BROKEN_LINK");
        JsonNode warningResult = run.path("results").get(2);
        assertThat(warningResult.path("level").asText()).isEqualTo("warning");
        assertThat(warningResult
                        .at("/locations/0/physicalLocation/region/startLine")
                        .asInt())
                .isEqualTo(7);
    }
}
