package dev.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.audit.osv.MavenCoordinates;
import dev.gatekeeper.audit.osv.OsvDatabase;
import dev.gatekeeper.audit.osv.OsvFixtures;
import dev.gatekeeper.audit.osv.OsvIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsvScanTest {
    @TempDir
    Path temp;

    private OsvIndex index(Map<String, String> advisories) throws Exception {
        return OsvIndex.of(OsvDatabase.read(OsvFixtures.zip(temp.resolve("all.zip"), advisories)), "digest");
    }

    @Test
    void anAffectedDependencyGetsTheAdvisoryWithAliasesScoreAndFixVersion() throws Exception {
        OsvIndex index = index(Map.of("t.json", OsvFixtures.TEXT4SHELL, "h.json", OsvFixtures.H2_CONSOLE));

        List<VulnerableDependency> vulnerable = OsvScan.scan(
                index,
                List.of(
                        new MavenCoordinates("org.apache.commons", "commons-text", "1.9"),
                        new MavenCoordinates("org.apache.commons", "commons-text-extra", "1.9"),
                        new MavenCoordinates("com.h2database", "h2", "2.1.214"),
                        new MavenCoordinates("org.apache.commons", "commons-lang3", "3.12.0")));

        assertThat(vulnerable)
                .extracting(
                        VulnerableDependency::coordinates, VulnerableDependency::purl, VulnerableDependency::fileName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "org.apache.commons:commons-text:1.9",
                                "pkg:maven/org.apache.commons/commons-text@1.9",
                                "commons-text-1.9.jar"),
                        org.assertj.core.groups.Tuple.tuple(
                                "com.h2database:h2:2.1.214", "pkg:maven/com.h2database/h2@2.1.214", "h2-2.1.214.jar"));
        Vulnerability text4shell = vulnerable.get(0).vulnerabilities().get(0);
        assertThat(text4shell.id()).isEqualTo("GHSA-599f-7c49-w659");
        assertThat(text4shell.aliases()).containsExactly("CVE-2022-42889");
        assertThat(text4shell.cvssScore()).isEqualTo(9.8);
        assertThat(text4shell.fixedVersions()).containsExactly("1.10.0");
        Vulnerability h2 = vulnerable.get(1).vulnerabilities().get(0);
        assertThat(h2.severity()).isEqualTo("MEDIUM");
        assertThat(h2.fixedVersions()).isEmpty();
    }

    @Test
    void versionsOutsideTheRangesAndWithdrawnAdvisoriesDoNotMatch() throws Exception {
        OsvIndex index = index(Map.of("t.json", OsvFixtures.TEXT4SHELL, "w.json", OsvFixtures.WITHDRAWN));

        List<VulnerableDependency> vulnerable = OsvScan.scan(
                index,
                List.of(
                        new MavenCoordinates("org.apache.commons", "commons-text", "1.10.0"),
                        new MavenCoordinates("org.apache.commons", "commons-text", "1.4")));

        assertThat(vulnerable).isEmpty();
    }

    @Test
    void anAdvisoryListingThePackageTwiceIsOneVulnerabilityFixedOnlyWhereNeitherListingStillHoldsIt() throws Exception {
        String twice = """
                {"id": "GHSA-twice", "aliases": ["CVE-2099-0001"],
                 "affected": [
                   {"package": {"ecosystem": "Maven", "name": "g:a"},
                    "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "1.0"}, {"fixed": "1.2.5"}]}]},
                   {"package": {"ecosystem": "Maven", "name": "g:a"},
                    "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2.0.1"}]}]}]}
                """;

        List<VulnerableDependency> vulnerable =
                OsvScan.scan(index(Map.of("x.json", twice)), List.of(new MavenCoordinates("g", "a", "1.2")));

        assertThat(vulnerable)
                .singleElement()
                .satisfies(dependency -> assertThat(dependency.vulnerabilities())
                        .singleElement()
                        .satisfies(vulnerability ->
                                // 1.2.5 ends the first listing but lies inside the second, [0, 2.0.1)
                                assertThat(vulnerability.fixedVersions()).containsExactly("2.0.1")));
    }

    private List<String> fixesOf(String rangesJson, String version) throws Exception {
        String advisory = """
                {"id": "GHSA-edge", "affected": [{"package": {"ecosystem": "Maven", "name": "g:a"}, "ranges": %s}]}
                """.formatted(rangesJson);
        List<VulnerableDependency> vulnerable =
                OsvScan.scan(index(Map.of("e.json", advisory)), List.of(new MavenCoordinates("g", "a", version)));
        return vulnerable.isEmpty()
                ? null
                : vulnerable.get(0).vulnerabilities().get(0).fixedVersions();
    }

    private static String range(String introduced, String fixed) {
        return """
                {"type": "ECOSYSTEM", "events": [{"introduced": "%s"}, {"fixed": "%s"}]}""".formatted(introduced, fixed);
    }

    @Test
    void theFixHintIsTheLowestFixedVersionAboveTheDependencysThatTheAdvisoryDoesNotAffect() throws Exception {
        String apart = "[" + range("2.0", "2.6") + ", " + range("3.0", "3.1") + "]";
        assertThat(fixesOf(apart, "2.0")).containsExactly("2.6", "3.1");
        assertThat(fixesOf(apart, "2.5")).containsExactly("2.6", "3.1");
        assertThat(fixesOf(apart, "2.6")).isNull();
        assertThat(fixesOf(apart, "3.0")).containsExactly("3.1");
        assertThat(fixesOf(apart, "3.1")).isNull();

        String fixInsideAnotherRange = "[" + range("2.0", "3.0") + ", " + range("2.6", "2.7") + "]";
        assertThat(fixesOf(fixInsideAnotherRange, "2.5")).containsExactly("3.0");
        assertThat(fixesOf(fixInsideAnotherRange, "2.6")).containsExactly("3.0");
        assertThat(fixesOf(fixInsideAnotherRange, "2.7")).containsExactly("3.0");

        String adjoining = "[" + range("2.0", "2.6") + ", " + range("2.6", "3.0") + "]";
        assertThat(fixesOf(adjoining, "2.5")).containsExactly("3.0");
        assertThat(fixesOf(adjoining, "2.6")).containsExactly("3.0");
        assertThat(fixesOf(adjoining, "3.0")).isNull();
    }

    @Test
    void aDependencyWhoseRangeEndsAtLastAffectedIsUnfixedEvenWhereALaterRangeHasAFix() throws Exception {
        String advisory = """
                {"id": "GHSA-late", "affected": [{"package": {"ecosystem": "Maven", "name": "g:a"}, "ranges": [
                  {"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"last_affected": "1.2.17"}]},
                  {"type": "ECOSYSTEM", "events": [{"introduced": "2.0"}, {"fixed": "2.3"}]}]}]}
                """;
        OsvIndex index = index(Map.of("l.json", advisory));

        Vulnerability old = OsvScan.scan(index, List.of(new MavenCoordinates("g", "a", "1.2.10")))
                .get(0)
                .vulnerabilities()
                .get(0);
        Vulnerability newer = OsvScan.scan(index, List.of(new MavenCoordinates("g", "a", "2.1")))
                .get(0)
                .vulnerabilities()
                .get(0);

        assertThat(old.fixedVersions()).containsExactly("2.3");
        assertThat(old.unfixed()).isEqualTo(new Vulnerability.Unfixed("1.2.17"));
        assertThat(newer.fixedVersions()).containsExactly("2.3");
        assertThat(newer.unfixed()).isNull();
    }

    @Test
    void aVulnerableDependencyCarriesWhereTheGraphHasItAndTheFirstOfTheSameCoordinatesWins() throws Exception {
        OsvIndex index = index(Map.of("t.json", OsvFixtures.TEXT4SHELL));
        MavenCoordinates text = new MavenCoordinates("org.apache.commons", "commons-text", "1.9");
        ResolvedDependency inM3 = new ResolvedDependency(
                text,
                "compile",
                "m3",
                new ResolvedDependency.Declaration("m3/pom.xml", 17, 5, null),
                List.of("com.example:web:2.6.5", text.toString()),
                List.of("m4"));
        ResolvedDependency inM4 = new ResolvedDependency(
                text,
                "compile",
                "m4",
                new ResolvedDependency.Declaration("m4/pom.xml", 9, 5, null),
                List.of(text.toString()),
                List.of());

        List<VulnerableDependency> vulnerable = OsvScan.scanResolved(index, List.of(inM3, inM4));

        assertThat(vulnerable).hasSize(1);
        assertThat(vulnerable.get(0).location()).isEqualTo(inM3);
        assertThat(OsvScan.scan(index, List.of(text)).get(0).location()).isNull();
    }
}
