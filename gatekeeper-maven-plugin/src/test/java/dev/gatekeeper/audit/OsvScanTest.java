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
    void anAdvisoryListingThePackageTwiceIsOneVulnerabilityWithBothFixes() throws Exception {
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
                                assertThat(vulnerability.fixedVersions()).containsExactly("1.2.5", "2.0.1")));
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
