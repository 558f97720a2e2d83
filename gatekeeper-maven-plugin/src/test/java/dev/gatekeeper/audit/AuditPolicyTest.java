package dev.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateLog;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditPolicyTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final Vulnerability TEXT4SHELL = new Vulnerability(
            "CVE-2022-42889",
            9.8,
            "3.1",
            "critical",
            "Apache Commons Text performs variable interpolation",
            List.of("https://nvd.nist.gov/vuln/detail/CVE-2022-42889"));
    private static final Vulnerability MEDIUM =
            new Vulnerability("CVE-2024-0001", 5.3, "3.1", "MEDIUM", "meh", List.of());
    private static final VulnerableDependency COMMONS_TEXT = new VulnerableDependency(
            "org.apache.commons:commons-text:1.9",
            "pkg:maven/org.apache.commons/commons-text@1.9",
            "commons-text-1.9.jar",
            List.of(TEXT4SHELL));

    private static GateResult judge(AuditPolicy policy, VulnerableDependency... dependencies) {
        GateEvaluation evaluation = new GateEvaluation("audit", "g:root", "b", Clock.systemUTC(), GateLog.silent());
        policy.apply(List.of(dependencies), evaluation);
        return evaluation.finish();
    }

    private static AuditPolicy policy(Suppression... suppressions) {
        return new AuditPolicy(7.0, List.of(suppressions), "gatekeeper-suppressions.json", "pom.xml", TODAY);
    }

    @Test
    void vulnerabilityAtOrAboveTheThresholdFailsWithScoreDependencyAndRuleId() {
        GateResult result = judge(policy(), COMMONS_TEXT);

        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        Finding finding = result.findings().get(0);
        assertThat(finding.code()).isEqualTo("AUDIT_VULNERABILITY");
        assertThat(finding.message())
                .isEqualTo("org.apache.commons:commons-text:1.9 has CVE-2022-42889 (CVSS 9.8 v3.1, CRITICAL)");
        assertThat(finding.ruleId()).isEqualTo("CVE-2022-42889");
        assertThat(finding.file()).isEqualTo("pom.xml");
        assertThat(finding.fix()).startsWith("Run 'mvn dependency:tree -Dincludes=org.apache.commons:commons-text'");
        assertThat(finding.attributes())
                .containsEntry("cvssScore", "9.8")
                .containsEntry("purl", COMMONS_TEXT.purl())
                .containsEntry("file", "commons-text-1.9.jar");
        assertThat(finding.detail()).contains("https://nvd.nist.gov/vuln/detail/CVE-2022-42889");
    }

    @Test
    void exactlyTheThresholdFailsAndJustBelowWarns() {
        Vulnerability atSeven = new Vulnerability("CVE-1", 7.0, "3.1", "HIGH", "", List.of());
        Vulnerability belowSeven = new Vulnerability("CVE-2", 6.9, "3.1", "MEDIUM", "", List.of());

        GateResult result =
                judge(policy(), new VulnerableDependency("g:a:1", null, "a-1.jar", List.of(atSeven, belowSeven)));

        assertThat(result.findings())
                .extracting(Finding::ruleId, Finding::severity)
                .containsExactly(tuple("CVE-1", GateStatus.FAIL), tuple("CVE-2", GateStatus.WARN));
        assertThat(result.findings().get(1).message()).endsWith("below the threshold 7.0");
    }

    @Test
    void unscoredVulnerabilityCountsByItsSeverityWord() {
        Vulnerability unscored = new Vulnerability("GHSA-xxxx", null, null, "high", "", List.of());

        GateResult result = judge(policy(), new VulnerableDependency(null, null, "mystery.jar", List.of(unscored)));

        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        assertThat(result.findings().get(0).message()).isEqualTo("mystery.jar has GHSA-xxxx (unscored, HIGH)");
        assertThat(result.findings().get(0).fix()).startsWith("Find what brings in mystery.jar");
    }

    @Test
    void validSuppressionAcceptsTheVulnerabilityAndIsShownInTheEvidence() {
        Suppression suppression = new Suppression(
                "CVE-2022-42889",
                "org.apache.commons:commons-text",
                "no untrusted input",
                LocalDate.parse("2026-12-31"),
                1);

        GateResult result = judge(policy(suppression), COMMONS_TEXT);

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("AUDIT_SUPPRESSED");
            assertThat(f.message())
                    .isEqualTo(
                            "CVE-2022-42889 in org.apache.commons:commons-text:1.9 is suppressed until 2026-12-31: no untrusted input");
        });
    }

    @Test
    void suppressionIsValidOnItsExpiryDayAndExpiredTheDayAfter() {
        Suppression lastDay = new Suppression("CVE-2022-42889", null, "r", TODAY, 1);
        Suppression yesterday = new Suppression("CVE-2022-42889", null, "r", TODAY.minusDays(1), 1);

        assertThat(judge(policy(lastDay), COMMONS_TEXT).status()).isEqualTo(GateStatus.PASS);
        GateResult expired = judge(policy(yesterday), COMMONS_TEXT);
        assertThat(expired.status()).isEqualTo(GateStatus.FAIL);
        assertThat(expired.findings())
                .extracting(Finding::code)
                .containsExactly("AUDIT_VULNERABILITY", "AUDIT_SUPPRESSION_EXPIRED");
        assertThat(expired.findings().get(1).message()).contains("expired on 2026-11-23");
    }

    @Test
    void suppressionForAnotherPackageOrVersionDoesNotApplyAndIsReportedUnused() {
        Suppression otherVersion = new Suppression(
                "CVE-2022-42889", "org.apache.commons:commons-text:1.8", "r", LocalDate.parse("2027-01-01"), 3);

        GateResult result = judge(policy(otherVersion), COMMONS_TEXT);

        assertThat(result.findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactly(
                        tuple("AUDIT_VULNERABILITY", GateStatus.FAIL),
                        tuple("AUDIT_SUPPRESSION_UNUSED", GateStatus.WARN));
        assertThat(result.findings().get(1).fix()).isEqualTo("Delete suppression 3 from gatekeeper-suppressions.json");
    }

    @Test
    void packagePatternsMatchWithWildcards() {
        VulnerableDependency dependency =
                new VulnerableDependency("org.apache.commons:commons-text:1.9", null, "x.jar", List.of(TEXT4SHELL));

        assertThat(new Suppression("CVE-2022-42889", "org.apache.*:commons-*:1.*", "r", TODAY, 1)
                        .matches(TEXT4SHELL, dependency))
                .isTrue();
        assertThat(new Suppression("cve-2022-42889", "*:commons-text", "r", TODAY, 1).matches(TEXT4SHELL, dependency))
                .isTrue();
        assertThat(new Suppression("CVE-2022-42889", "org.apache.commons:commons-lang3", "r", TODAY, 1)
                        .matches(TEXT4SHELL, dependency))
                .isFalse();
        assertThat(new Suppression("CVE-2022-42889", "org.apache.commons:commons-text:1.9.1", "r", TODAY, 1)
                        .matches(TEXT4SHELL, dependency))
                .isFalse();
        assertThat(new Suppression("CVE-2000-0001", null, "r", TODAY, 1).matches(TEXT4SHELL, dependency))
                .isFalse();
    }

    @Test
    void suppressionByCveIdHoldsAnOsvFindingThatCarriesTheCveAsAlias() {
        Vulnerability ghsa = new Vulnerability(
                "GHSA-599f-7c49-w659",
                9.8,
                "3.1",
                "CRITICAL",
                "",
                List.of(),
                List.of("CVE-2022-42889"),
                List.of("1.10.0"));
        VulnerableDependency osvFinding = new VulnerableDependency(
                "org.apache.commons:commons-text:1.9", null, "commons-text-1.9.jar", List.of(ghsa));
        Suppression byCve = new Suppression(
                "CVE-2022-42889", "org.apache.commons:commons-text", "not reachable", LocalDate.parse("2027-01-01"), 1);

        GateResult result = judge(policy(byCve), osvFinding);

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.findings())
                .extracting(Finding::code, Finding::ruleId)
                .containsExactly(tuple("AUDIT_SUPPRESSED", "GHSA-599f-7c49-w659"));
        assertThat(new Suppression("CVE-2022-99999", null, "r", TODAY, 1).matches(ghsa, osvFinding))
                .isFalse();
    }

    @Test
    void mediumVulnerabilityWarnsWithoutBlocking() {
        GateResult result = judge(policy(), new VulnerableDependency("g:a:1", null, "a.jar", List.of(MEDIUM)));

        assertThat(result.status()).isEqualTo(GateStatus.WARN);
        assertThat(result.status().blocksMerge()).isFalse();
    }

    @Test
    void withBothEnginesAFindingOneOfThemAloneReportsNamesTheOtherAndSaysWhy() {
        EngineAgreement both = new EngineAgreement(EnumSet.of(AuditEngine.DEPENDENCY_CHECK, AuditEngine.OSV), Set.of());
        String cpe = "cpe:2.3:a:apache:commons_lang:3.12.0:*:*:*:*:*:*:*";
        Vulnerability guessed = MEDIUM.withEngines(List.of("dependency-check")).withCpe(cpe);
        Vulnerability confirmed = new Vulnerability(
                "CVE-2022-42889",
                9.8,
                "3.1",
                "CRITICAL",
                "",
                List.of(),
                List.of("GHSA-599f-7c49-w659"),
                List.of("1.10.0"),
                List.of("dependency-check", "osv"),
                null);
        AuditPolicy policy = new AuditPolicy(
                7.0,
                List.of(new Suppression("CVE-2022-42889", null, "r", TODAY, 1)),
                "gatekeeper-suppressions.json",
                "pom.xml",
                TODAY,
                both);

        GateResult result = judge(
                policy,
                new VulnerableDependency(
                        "org.apache.commons:commons-lang3:3.12.0", null, "commons-lang3-3.12.0.jar", List.of(guessed)),
                new VulnerableDependency(
                        COMMONS_TEXT.coordinates(), null, COMMONS_TEXT.fileName(), List.of(confirmed)));

        Finding onlyDependencyCheck = result.findings().get(0);
        assertThat(onlyDependencyCheck.code()).isEqualTo("AUDIT_VULNERABILITY");
        assertThat(onlyDependencyCheck.attributes())
                .containsEntry("engines", "dependency-check")
                .containsEntry("unconfirmedBy", "osv")
                .containsEntry("cpe", cpe);
        assertThat(onlyDependencyCheck.detail())
                .startsWith("Only Dependency-Check reports this, from its CPE match " + cpe
                        + "; the OSV database has no advisory naming org.apache.commons:commons-lang3.\nmeh");
        Finding suppressedBoth = result.findings().get(1);
        assertThat(suppressedBoth.code()).isEqualTo("AUDIT_SUPPRESSED");
        assertThat(suppressedBoth.attributes())
                .containsEntry("engines", "dependency-check,osv")
                .containsEntry("aliases", "GHSA-599f-7c49-w659")
                .doesNotContainKey("unconfirmedBy");
        assertThat(suppressedBoth.detail()).isNull();
    }

    @Test
    void withOneEngineFindingsSayNothingAboutAgreement() {
        GateResult result = judge(
                policy(),
                new VulnerableDependency(
                        "g:a:1", null, "a.jar", List.of(MEDIUM.withEngines(List.of("dependency-check")))));

        assertThat(result.findings().get(0).attributes())
                .containsEntry("engines", "dependency-check")
                .doesNotContainKey("unconfirmedBy");
        assertThat(result.findings().get(0).detail()).isEqualTo("meh");
    }
}
