package dev.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyCheckReportTest {
    /** Real Dependency-Check 13.0.0 output (synthetic CVEs), see docs/audit-dependency-check-probe.md. */
    static final String SAMPLE_RESOURCE = "dependency-check-report-sample.json";

    private static final String COMMONS_TEXT_SHA256 =
            "0812f284ac5dd0d617461d9a2ab6ac6811137f25122dfffd4788a4871e732d00";

    @TempDir
    Path dir;

    private String sampleText;

    @BeforeEach
    void loadSample() throws Exception {
        sampleText = sampleText();
    }

    static String sampleText() throws Exception {
        try (InputStream in = DependencyCheckReportTest.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            assertThat(in).as("test resource " + SAMPLE_RESOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Copies the committed sample into {@code target} and returns it. */
    static Path copySample(Path target) throws Exception {
        return Files.writeString(target, sampleText());
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private DependencyCheckReport sample() throws Exception {
        return DependencyCheckReport.read(write("dependency-check-report.json", sampleText));
    }

    private static Vulnerability vulnerability(DependencyCheckReport report, String id) {
        return report.vulnerable().stream()
                .flatMap(d -> d.vulnerabilities().stream())
                .filter(v -> v.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in report"));
    }

    @Test
    void countsEveryScannedDependencyIncludingTheReactorModule() throws Exception {
        assertThat(sample().scannedDependencies()).isEqualTo(4);
    }

    @Test
    void vulnerableDependenciesCarryCoordinatesFromThePurlAndTheirFileName() throws Exception {
        DependencyCheckReport report = sample();

        assertThat(report.vulnerable())
                .extracting(VulnerableDependency::coordinates, VulnerableDependency::fileName)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "org.apache.commons:commons-lang3:3.11", "commons-lang3-3.11.jar"),
                        org.assertj.core.groups.Tuple.tuple(
                                "org.apache.commons:commons-lang3:3.12.0", "commons-lang3-3.12.0.jar"),
                        org.assertj.core.groups.Tuple.tuple(
                                "org.apache.commons:commons-text:1.9", "commons-text-1.9.jar"));
        VulnerableDependency commonsText = report.vulnerable().stream()
                .filter(d -> d.fileName().equals("commons-text-1.9.jar"))
                .findFirst()
                .orElseThrow();
        assertThat(commonsText.purl()).isEqualTo("pkg:maven/org.apache.commons/commons-text@1.9");
        assertThat(commonsText.groupAndArtifact()).isEqualTo("org.apache.commons:commons-text");
        assertThat(commonsText.vulnerabilities()).extracting(Vulnerability::id).containsExactly("CVE-2022-42889");
    }

    @Test
    void eachVulnerabilityCarriesTheCpeDependencyCheckIdentifiedTheDependencyAsForTheMatchedProduct() throws Exception {
        DependencyCheckReport report = sample();

        assertThat(vulnerability(report, "CVE-2025-99001").cpe())
                .isEqualTo("cpe:2.3:a:apache:commons_lang:3.12.0:*:*:*:*:*:*:*");
        assertThat(vulnerability(report, "CVE-2022-42889").cpe())
                .isEqualTo("cpe:2.3:a:apache:commons_text:1.9:*:*:*:*:*:*:*");
    }

    @Test
    void aVulnerabilityWithoutAMatchedCpeOfTheDependencyHasNone() throws Exception {
        DependencyCheckReport report = DependencyCheckReport.read(write("no-match.json", """
                {"dependencies": [{"fileName": "a-1.jar",
                  "vulnerabilityIds": [{"id": "cpe:2.3:a:example:a:1:*:*:*:*:*:*:*"}],
                  "vulnerabilities": [{"name": "CVE-1", "severity": "HIGH",
                    "vulnerableSoftware": [{"software": {"id": "cpe:2.3:a:other:b:*:*:*:*:*:*:*:*", "vulnerabilityIdMatched": "true"}},
                                           {"software": {"id": "cpe:2.3:a:example:a:*:*:*:*:*:*:*:*"}}]}]}]}
                """));

        assertThat(vulnerability(report, "CVE-1").cpe()).isNull();
    }

    @Test
    void text4shellGetsTheHighestScoreOfV3AndV4WithThatScoresVersion() throws Exception {
        // The sample carries cvssv3 9.8 (3.1) and cvssv4 9.3 (4.0).
        Vulnerability text4shell = vulnerability(sample(), "CVE-2022-42889");

        assertThat(text4shell.cvssScore()).isEqualTo(9.8);
        assertThat(text4shell.cvssVersion()).isEqualTo("3.1");
        assertThat(text4shell.severity()).isEqualTo("CRITICAL");
        assertThat(text4shell.description()).startsWith("Apache Commons Text performs variable interpolation");
        assertThat(text4shell.references()).containsExactly("https://www.cve.org/CVERecord?id=CVE-2022-42889");
    }

    @Test
    void v4ScoreWinsWhenItIsTheHigherOne() throws Exception {
        Path report = write("v4.json", """
                {"dependencies": [{"fileName": "a-1.jar", "sha256": "aa",
                  "packages": [{"id": "pkg:maven/g/a@1"}],
                  "vulnerabilities": [{"name": "CVE-2024-0001", "severity": "MEDIUM",
                    "cvssv3": {"baseScore": 5.0, "baseSeverity": "MEDIUM", "version": "3.1"},
                    "cvssv4": {"baseScore": 8.7, "baseSeverity": "HIGH", "version": "4.0"}}]}]}""");

        Vulnerability v = DependencyCheckReport.read(report)
                .vulnerable()
                .get(0)
                .vulnerabilities()
                .get(0);

        assertThat(v.cvssScore()).isEqualTo(8.7);
        assertThat(v.cvssVersion()).isEqualTo("4.0");
        assertThat(v.severity()).isEqualTo("HIGH");
    }

    @Test
    void dataSourceTimestampsAreReadAsUtcInstants() throws Exception {
        assertThat(sample().dataSources())
                .containsEntry("NVD API Last Checked", Instant.parse("2026-11-24T01:55:40Z"))
                .containsEntry("NVD API Last Modified", Instant.parse("2026-11-24T01:55:00Z"))
                .containsEntry("NVD Cache Last Checked", Instant.parse("2026-11-24T01:55:40Z"))
                .containsEntry("NVD Cache Last Modified", Instant.parse("2026-11-24T01:55:00Z"))
                .hasSize(4);
    }

    @Test
    void dataUpdatedAtIsWhenTheDataWasLastModifiedNotWhenItWasLastChecked() throws Exception {
        // "Last Checked" is when Dependency-Check looked at the mirror; a stale mirror checked a
        // minute ago is still stale.
        assertThat(sample().dataUpdatedAt()).contains(Instant.parse("2026-11-24T01:55:00Z"));
    }

    @Test
    void staleMirrorCheckedRecentlyIsDatedByItsLastModification() throws Exception {
        Path report = write("stale.json", """
                {"scanInfo": {"dataSource": [
                   {"name": "NVD Cache Last Checked", "timestamp": "2026-11-24T01:55:40Z"},
                   {"name": "NVD Cache Last Modified", "timestamp": "2026-10-01T00:00:00"}]},
                 "dependencies": []}""");

        assertThat(DependencyCheckReport.read(report).dataUpdatedAt()).contains(Instant.parse("2026-10-01T00:00:00Z"));
    }

    @Test
    void reportWithoutDataSourcesHasNoDataUpdatedAt() throws Exception {
        Path report = write("nosources.json", "{\"dependencies\": []}");

        assertThat(DependencyCheckReport.read(report).dataUpdatedAt()).isEmpty();
    }

    @Test
    void fingerprintIsStableForTheSameDependencies() throws Exception {
        String first = sample().fingerprint();
        String second =
                DependencyCheckReport.read(write("again.json", sampleText)).fingerprint();

        assertThat(first).isEqualTo(second).contains(COMMONS_TEXT_SHA256);
    }

    @Test
    void fingerprintChangesWhenADependencysSha256Changes() throws Exception {
        String changed = sampleText.replace(COMMONS_TEXT_SHA256, "1".repeat(64));
        assertThat(changed).isNotEqualTo(sampleText);

        assertThat(DependencyCheckReport.read(write("changed.json", changed)).fingerprint())
                .isNotEqualTo(sample().fingerprint());
    }

    @Test
    void malformedJsonIsRejectedNamingTheFileAndTheLine() throws Exception {
        Path report = write("broken.json", "{\n  \"dependencies\": [\n    {\"fileName\": \"a.jar\",,}\n  ]\n}\n");

        assertThatThrownBy(() -> DependencyCheckReport.read(report))
                .isInstanceOf(InvalidReportException.class)
                .hasMessageStartingWith(report + " line 3 is not valid JSON");
    }

    @Test
    void truncatedReportIsRejected() throws Exception {
        Path report = write("truncated.json", sampleText.substring(0, sampleText.length() / 2));

        assertThatThrownBy(() -> DependencyCheckReport.read(report))
                .isInstanceOf(InvalidReportException.class)
                .hasMessageContaining(report.toString())
                .hasMessageContaining("is not valid JSON");
    }

    @Test
    void jsonWithoutADependenciesArrayIsNotADependencyCheckReport() throws Exception {
        Path report = write("other.json", "{\"reportSchema\": \"1.1\", \"scanInfo\": {}}");

        assertThatThrownBy(() -> DependencyCheckReport.read(report))
                .isInstanceOf(InvalidReportException.class)
                .hasMessage(report + " is not a Dependency-Check JSON report (no \"dependencies\" array)");
    }

    @Test
    void emptyFileIsNotADependencyCheckReport() throws Exception {
        Path report = write("empty.json", "");

        assertThatThrownBy(() -> DependencyCheckReport.read(report))
                .isInstanceOf(InvalidReportException.class)
                .hasMessageContaining(report.toString());
    }

    @Test
    void missingFileIsAnUnreadableReport() {
        Path report = dir.resolve("absent.json");

        assertThatThrownBy(() -> DependencyCheckReport.read(report))
                .isInstanceOf(InvalidReportException.class)
                .hasMessageStartingWith("cannot read the Dependency-Check report " + report);
    }

    @Test
    void coordinatesOfAPurlDropTheQualifiers() {
        assertThat(DependencyCheckReport.coordinatesOf("pkg:maven/org.apache.commons/commons-text@1.9?type=jar"))
                .isEqualTo("org.apache.commons:commons-text:1.9");
        assertThat(
                        DependencyCheckReport.coordinatesOf(
                                "pkg:maven/io.netty/netty-transport-native-epoll@4.1.100.Final?classifier=linux-x86_64&type=jar"))
                .isEqualTo("io.netty:netty-transport-native-epoll:4.1.100.Final");
    }

    @Test
    void coordinatesOfAPurlWithoutVersionAreGroupAndArtifact() {
        assertThat(DependencyCheckReport.coordinatesOf("pkg:maven/org.apache.commons/commons-text"))
                .isEqualTo("org.apache.commons:commons-text");
        assertThat(DependencyCheckReport.coordinatesOf("pkg:maven/org.apache.commons/commons-text?type=jar"))
                .isEqualTo("org.apache.commons:commons-text");
    }

    @Test
    void dependencyWhosePurlHasNoVersionKeepsGroupAndArtifact() throws Exception {
        Path report = write("noversion.json", """
                {"dependencies": [{"fileName": "commons-text.jar", "sha256": "aa",
                  "packages": [{"id": "pkg:maven/org.apache.commons/commons-text"}],
                  "vulnerabilities": [{"name": "CVE-2022-42889", "severity": "CRITICAL",
                    "cvssv3": {"baseScore": 9.8, "baseSeverity": "CRITICAL", "version": "3.1"}}]}]}""");

        VulnerableDependency dependency =
                DependencyCheckReport.read(report).vulnerable().get(0);

        assertThat(dependency.coordinates()).isEqualTo("org.apache.commons:commons-text");
        assertThat(dependency.groupAndArtifact()).isEqualTo("org.apache.commons:commons-text");
        Vulnerability text4shell = dependency.vulnerabilities().get(0);
        assertThat(new Suppression("CVE-2022-42889", "org.apache.commons:commons-text", "r", java.time.LocalDate.MAX, 1)
                        .matches(text4shell, dependency))
                .as("group:artifact suppression")
                .isTrue();
        assertThat(new Suppression(
                                "CVE-2022-42889", "org.apache.commons:commons-lang3", "r", java.time.LocalDate.MAX, 1)
                        .matches(text4shell, dependency))
                .as("other artifact")
                .isFalse();
    }

    @Test
    void dependencyWithoutAMavenPurlIsNamedByItsFile() throws Exception {
        Path report = write("npm.json", """
                {"dependencies": [{"fileName": "lodash.js", "sha256": "bb",
                  "packages": [{"id": "pkg:npm/lodash@4.17.20"}],
                  "vulnerabilities": [{"name": "CVE-2021-23337", "severity": "HIGH",
                    "cvssv3": {"baseScore": 7.2, "baseSeverity": "HIGH", "version": "3.1"}}]}]}""");

        VulnerableDependency dependency =
                DependencyCheckReport.read(report).vulnerable().get(0);

        assertThat(dependency.coordinates()).isNull();
        assertThat(dependency.purl()).isNull();
        assertThat(dependency.displayName()).isEqualTo("lodash.js");
    }

    @Test
    void vulnerabilityWithOnlyASeverityWordHasNoScore() throws Exception {
        Path report = write("unscored.json", """
                {"dependencies": [{"fileName": "a-1.jar", "sha256": "cc",
                  "packages": [{"id": "pkg:maven/g/a@1"}],
                  "vulnerabilities": [{"name": "GHSA-abcd-efgh-ijkl", "source": "OSSINDEX", "severity": "high",
                    "description": "no CVSS given"}]}]}""");

        Vulnerability v = DependencyCheckReport.read(report)
                .vulnerable()
                .get(0)
                .vulnerabilities()
                .get(0);

        assertThat(v.cvssScore()).isNull();
        assertThat(v.cvssVersion()).isNull();
        assertThat(v.severity()).isEqualTo("HIGH");
        assertThat(v.effectiveScore()).isEqualTo(7.0);
        assertThat(v.references()).isEmpty();
    }

    @Test
    void cvssV2ScoreIsReadFromItsScoreField() throws Exception {
        Path report = write("v2.json", """
                {"dependencies": [{"fileName": "a-1.jar", "sha256": "dd",
                  "vulnerabilities": [{"name": "CVE-2010-0001", "severity": "HIGH",
                    "cvssv2": {"score": 7.5, "severity": "HIGH", "version": "2.0"}}]}]}""");

        Vulnerability v = DependencyCheckReport.read(report)
                .vulnerable()
                .get(0)
                .vulnerabilities()
                .get(0);

        assertThat(v.cvssScore()).isEqualTo(7.5);
        assertThat(v.cvssVersion()).isEqualTo("2.0");
    }
}
