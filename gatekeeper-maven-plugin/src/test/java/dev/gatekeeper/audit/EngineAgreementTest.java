package dev.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EngineAgreementTest {
    private static final EngineAgreement BOTH = new EngineAgreement(
            EnumSet.of(AuditEngine.DEPENDENCY_CHECK, AuditEngine.OSV), Set.of("org.apache.commons:commons-text"));
    private static final String LANG_CPE = "cpe:2.3:a:apache:commons_lang:3.12.0:*:*:*:*:*:*:*";

    private static Vulnerability reportedBy(String id, String cpe, AuditEngine... engines) {
        return new Vulnerability(id, 5.3, "3.1", "MEDIUM", "", List.of())
                .withEngines(EnumSet.of(engines[0], engines).stream()
                        .map(AuditEngine::id)
                        .toList())
                .withCpe(cpe);
    }

    private static VulnerableDependency dependency(
            String coordinates, String fileName, Vulnerability... vulnerabilities) {
        return new VulnerableDependency(coordinates, null, fileName, List.of(vulnerabilities));
    }

    @Test
    void aVulnerabilityOnlyOneEngineReportsIsUnconfirmedByTheOther() {
        assertThat(BOTH.unconfirmedBy(reportedBy("CVE-1", null, AuditEngine.DEPENDENCY_CHECK)))
                .isEqualTo("osv");
        assertThat(BOTH.unconfirmedBy(reportedBy("GHSA-1", null, AuditEngine.OSV)))
                .isEqualTo("dependency-check");
        assertThat(BOTH.unconfirmedBy(reportedBy("CVE-1", null, AuditEngine.DEPENDENCY_CHECK, AuditEngine.OSV)))
                .isNull();
    }

    @Test
    void withOneEngineNothingIsComparedOrExplained() {
        Vulnerability alone = reportedBy("CVE-1", LANG_CPE, AuditEngine.DEPENDENCY_CHECK);

        assertThat(EngineAgreement.SINGLE_ENGINE.compared()).isFalse();
        assertThat(EngineAgreement.SINGLE_ENGINE.unconfirmedBy(alone)).isNull();
        assertThat(EngineAgreement.SINGLE_ENGINE.explanation(
                        dependency("org.apache.commons:commons-lang3:3.12.0", "commons-lang3-3.12.0.jar", alone),
                        alone))
                .isNull();
    }

    @Test
    void aCpeMatchOsvHasNoAdvisoryForSaysSoWithTheCpe() {
        Vulnerability guess = reportedBy("CVE-2025-99001", LANG_CPE, AuditEngine.DEPENDENCY_CHECK);

        assertThat(BOTH.explanation(
                        dependency("org.apache.commons:commons-lang3:3.12.0", "commons-lang3-3.12.0.jar", guess),
                        guess))
                .isEqualTo("Only Dependency-Check reports this, from its CPE match " + LANG_CPE
                        + "; the OSV database has no advisory naming org.apache.commons:commons-lang3.");
    }

    @Test
    void aPackageOsvHasOtherAdvisoriesForIsToldApartFromAnUnknownOne() {
        Vulnerability other = reportedBy("CVE-2024-1", null, AuditEngine.DEPENDENCY_CHECK);

        assertThat(BOTH.explanation(
                        dependency("org.apache.commons:commons-text:1.9", "commons-text-1.9.jar", other), other))
                .isEqualTo("Only Dependency-Check reports this; the OSV database has advisories for"
                        + " org.apache.commons:commons-text, but none says this vulnerability affects version 1.9.");
    }

    @Test
    void withoutCoordinatesOsvCouldNotBeAsked() {
        Vulnerability found = reportedBy("CVE-2024-1", null, AuditEngine.DEPENDENCY_CHECK);

        assertThat(BOTH.explanation(dependency(null, "shaded-all.jar", found), found))
                .isEqualTo("Only Dependency-Check reports this; it gives no Maven coordinates for shaded-all.jar,"
                        + " so the OSV database could not be searched for it.");
    }

    @Test
    void anOsvOnlyFindingNamesTheAdvisorysPackage() {
        Vulnerability found = reportedBy("GHSA-1", null, AuditEngine.OSV);

        assertThat(BOTH.explanation(
                        dependency("org.apache.commons:commons-text:1.9", "commons-text-1.9.jar", found), found))
                .startsWith("Only OSV reports this, from an advisory naming org.apache.commons:commons-text;");
    }

    @Test
    void countsEachMergedVulnerabilityOnceBySide() {
        List<VulnerableDependency> merged = List.of(
                dependency(
                        "g:a:1",
                        "a-1.jar",
                        reportedBy("CVE-1", null, AuditEngine.DEPENDENCY_CHECK, AuditEngine.OSV),
                        reportedBy("CVE-2", null, AuditEngine.DEPENDENCY_CHECK)),
                dependency(
                        "g:b:1",
                        "b-1.jar",
                        reportedBy("CVE-3", null, AuditEngine.DEPENDENCY_CHECK),
                        reportedBy("GHSA-4", null, AuditEngine.OSV)));

        assertThat(BOTH.count(merged)).isEqualTo(new EngineAgreement.Counts(1, 2, 1));
    }
}
