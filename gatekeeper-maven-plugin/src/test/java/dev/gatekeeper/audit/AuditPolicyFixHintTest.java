package dev.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditPolicyFixHintTest {
    private static Finding judge(String coordinates, Vulnerability vulnerability) {
        GateEvaluation evaluation = new GateEvaluation("audit", "g:root", "b", Clock.systemUTC(), GateLog.silent());
        new AuditPolicy(7.0, List.of(), "gatekeeper-suppressions.json", "pom.xml", LocalDate.parse("2026-11-24"))
                .apply(
                        List.of(new VulnerableDependency(coordinates, null, "x.jar", List.of(vulnerability))),
                        evaluation);
        return evaluation.finish().findings().get(0);
    }

    private static Vulnerability fixedIn(String... versions) {
        return new Vulnerability(
                "GHSA-599f-7c49-w659",
                9.8,
                "3.1",
                "CRITICAL",
                "",
                List.of(),
                List.of("CVE-2022-42889"),
                List.of(versions),
                List.of("osv"),
                null);
    }

    @Test
    void knownFixedVersionsGiveTheLowestOneAboveTheCurrentVersionAsTheUpgrade() {
        Finding finding = judge("org.apache.commons:commons-text:1.9", fixedIn("1.8.1", "1.11.0", "1.10.0"));

        assertThat(finding.fix())
                .startsWith("Upgrade org.apache.commons:commons-text to 1.10.0 (")
                .contains("suppress GHSA-599f-7c49-w659 in gatekeeper-suppressions.json");
        assertThat(finding.attributes()).containsEntry("engines", "osv");
    }

    @Test
    void versionsAreOrderedAsMavenOrdersThemNotAsText() {
        assertThat(judge("com.example:lib:1.0-rc1", fixedIn("1.0", "1.0-beta")).fix())
                .startsWith("Upgrade com.example:lib to 1.0 (");
        assertThat(judge("com.example:lib:2.9", fixedIn("2.10", "3.0")).fix())
                .startsWith("Upgrade com.example:lib to 2.10 (");
    }

    @Test
    void withoutAFixedVersionAboveTheCurrentOneTheFixPointsAtTheDependencyTree() {
        assertThat(judge("com.example:lib:2.0", fixedIn("1.5")).fix())
                .startsWith("Run 'mvn dependency:tree -Dincludes=com.example:lib'");
        Vulnerability unknown = new Vulnerability("CVE-2024-1", 9.8, "3.1", "CRITICAL", "", List.of());
        Finding finding = judge("com.example:lib:2.0", unknown);
        assertThat(finding.fix()).startsWith("Run 'mvn dependency:tree -Dincludes=com.example:lib'");
        assertThat(finding.attributes()).doesNotContainKey("engines");
    }
}
