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

    private static Vulnerability unfixed(String lastAffected, String... fixedVersions) {
        return fixedIn(fixedVersions).withUnfixed(new Vulnerability.Unfixed(lastAffected));
    }

    @Test
    void withNoFixedReleaseTheFixSaysSoAndToReplaceTheDependency() {
        assertThat(judge("log4j:log4j:1.2.17", unfixed("1.2.17")).fix())
                .isEqualTo("No fixed release of log4j:log4j exists for GHSA-599f-7c49-w659 (the advisory names none; "
                        + "1.2.17 is the last affected version): replace log4j:log4j, with its successor if the "
                        + "advisory names one (run 'mvn dependency:tree -Dincludes=log4j:log4j' to see what brings it "
                        + "in), or suppress GHSA-599f-7c49-w659 in gatekeeper-suppressions.json with a reason and an "
                        + "expiry date");
        assertThat(judge("com.example:lib:3.0", unfixed(null)).fix())
                .startsWith("No fixed release of com.example:lib exists for GHSA-599f-7c49-w659 (the advisory names "
                        + "none; every version from the first affected one on is affected): replace com.example:lib");
    }

    @Test
    void aFixOnlyInALaterRangeIsNamedAsSuchNotAsTheEndOfTheDependencysOwnRange() {
        assertThat(judge("com.example:lib:1.2.10", unfixed("1.2.17", "2.3")).fix())
                .startsWith(
                        "The advisory names no fixed version of com.example:lib after 1.2.17, the last affected "
                                + "one; the lowest version it names as fixed is 2.3: upgrade to 2.3 (run 'mvn dependency:tree "
                                + "-Dincludes=com.example:lib' to see what brings it in), replace com.example:lib, or suppress");
    }

    @Test
    void aFixInAnotherFlavourIsNamedInTheDependencysFlavour() {
        assertThat(judge("com.google.guava:guava:31.1-jre", fixedIn("32.0.0-android"))
                        .fix())
                .startsWith(
                        "Upgrade com.google.guava:guava to 32.0.0-jre (the jre flavour of the fixed 32.0.0-android; "
                                + "run 'mvn dependency:tree -Dincludes=com.google.guava:guava'");
        assertThat(judge("org.eclipse.jetty:jetty-server:9.4.40.v20210413", fixedIn("9.4.41"))
                        .fix())
                .startsWith("Upgrade org.eclipse.jetty:jetty-server to 9.4.41 (run ");
        assertThat(judge("com.google.guava:guava:32.0.0-jre", fixedIn("32.0.0-android"))
                        .fix())
                .startsWith("Run 'mvn dependency:tree -Dincludes=com.google.guava:guava'");
    }

    @Test
    void anEngineThatSaysNothingAboutFixesStillGetsTheGeneralAdvice() {
        Vulnerability dependencyCheck = new Vulnerability("CVE-2019-17571", 9.8, "3.1", "CRITICAL", "", List.of());

        assertThat(judge("log4j:log4j:1.2.17", dependencyCheck).fix())
                .isEqualTo(
                        "Run 'mvn dependency:tree -Dincludes=log4j:log4j' to see what brings it in, upgrade past the "
                                + "affected versions, or suppress CVE-2019-17571 in gatekeeper-suppressions.json with a reason "
                                + "and an expiry date");
    }
}
