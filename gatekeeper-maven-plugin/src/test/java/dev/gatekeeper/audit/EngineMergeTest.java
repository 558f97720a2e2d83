package dev.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineMergeTest {
    private static final String TEXT = "org.apache.commons:commons-text:1.9";

    private static List<VulnerableDependency> dc(String coordinates, Vulnerability... vulnerabilities) {
        return EngineMerge.reportedBy(
                AuditEngine.DEPENDENCY_CHECK,
                List.of(new VulnerableDependency(coordinates, null, "commons-text-1.9.jar", List.of(vulnerabilities))));
    }

    private static List<VulnerableDependency> osv(String coordinates, Vulnerability... vulnerabilities) {
        return EngineMerge.reportedBy(
                AuditEngine.OSV,
                List.of(new VulnerableDependency(coordinates, null, "commons-text-1.9.jar", List.of(vulnerabilities))));
    }

    private static Vulnerability cve(String id, double score) {
        return new Vulnerability(id, score, "3.1", "HIGH", "from the NVD", List.of());
    }

    private static Vulnerability ghsa(String id, double score, String... aliases) {
        return new Vulnerability(id, score, "3.1", "HIGH", "from OSV", List.of(), List.of(aliases), List.of("1.10.0"));
    }

    @Test
    void theSameVulnerabilityOfTheSameDependencyIsOneRowFoundByBothEngines() {
        List<VulnerableDependency> merged = EngineMerge.merge(
                dc(TEXT, cve("CVE-2022-42889", 9.8)), osv(TEXT, ghsa("GHSA-599f-7c49-w659", 9.8, "CVE-2022-42889")));

        assertThat(merged)
                .singleElement()
                .satisfies(dependency -> assertThat(dependency.vulnerabilities())
                        .singleElement()
                        .satisfies(v -> {
                            assertThat(v.id()).isEqualTo("CVE-2022-42889");
                            assertThat(v.engines()).containsExactly("dependency-check", "osv");
                            assertThat(v.aliases()).contains("GHSA-599f-7c49-w659");
                            assertThat(v.fixedVersions()).containsExactly("1.10.0");
                        }));
    }

    @Test
    void theHigherScoredReportIsKept() {
        List<VulnerableDependency> merged = EngineMerge.merge(
                dc(TEXT, cve("CVE-2022-42889", 7.5)), osv(TEXT, ghsa("GHSA-599f-7c49-w659", 9.8, "CVE-2022-42889")));

        assertThat(merged.get(0).vulnerabilities())
                .extracting(Vulnerability::id, Vulnerability::cvssScore)
                .containsExactly(tuple("GHSA-599f-7c49-w659", 9.8));
        assertThat(merged.get(0).vulnerabilities().get(0).aliases()).contains("CVE-2022-42889");
    }

    @Test
    void dependencyChecksCpeStaysWhenOsvsHigherScoredReportIsKept() {
        String cpe = "cpe:2.3:a:apache:commons_text:1.9:*:*:*:*:*:*:*";
        List<VulnerableDependency> merged = EngineMerge.merge(
                dc(TEXT, cve("CVE-2022-42889", 7.5).withCpe(cpe)),
                osv(TEXT, ghsa("GHSA-599f-7c49-w659", 9.8, "CVE-2022-42889")));

        assertThat(merged.get(0).vulnerabilities())
                .extracting(Vulnerability::id, Vulnerability::cpe)
                .containsExactly(tuple("GHSA-599f-7c49-w659", cpe));
    }

    @Test
    void differentVulnerabilitiesOrAnotherVersionStaySeparateAndNameTheirEngine() {
        List<VulnerableDependency> merged = EngineMerge.merge(
                dc(TEXT, cve("CVE-2022-42889", 9.8)),
                List.of(
                        osv(TEXT, ghsa("GHSA-aaaa-bbbb-cccc", 5.0, "CVE-2024-1"))
                                .get(0),
                        osv("org.apache.commons:commons-text:1.8", ghsa("GHSA-599f-7c49-w659", 9.8, "CVE-2022-42889"))
                                .get(0)));

        assertThat(merged)
                .extracting(VulnerableDependency::coordinates)
                .containsExactly(TEXT, "org.apache.commons:commons-text:1.8");
        assertThat(merged.get(0).vulnerabilities())
                .extracting(Vulnerability::id, Vulnerability::engines)
                .containsExactly(
                        tuple("CVE-2022-42889", List.of("dependency-check")),
                        tuple("GHSA-aaaa-bbbb-cccc", List.of("osv")));
        assertThat(merged.get(1).vulnerabilities())
                .extracting(Vulnerability::engines)
                .containsExactly(List.of("osv"));
    }

    @Test
    void enginesAreParsedFromACommaListAndAnUnknownOneNamesTheValidOnes() {
        assertThat(AuditEngine.parseList(" osv , dependency-check"))
                .isEqualTo(EnumSet.of(AuditEngine.OSV, AuditEngine.DEPENDENCY_CHECK));
        assertThatThrownBy(() -> AuditEngine.parseList("dependency-check,snyk"))
                .hasMessageContaining("'snyk'")
                .hasMessageContaining("dependency-check, osv");
        assertThatThrownBy(() -> AuditEngine.parseList(" , ")).hasMessageContaining("names no engine");
    }
}
