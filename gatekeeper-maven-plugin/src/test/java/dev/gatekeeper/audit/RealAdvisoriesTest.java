package dev.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.audit.osv.MavenCoordinates;
import dev.gatekeeper.audit.osv.OsvDatabase;
import dev.gatekeeper.audit.osv.OsvFixtures;
import dev.gatekeeper.audit.osv.OsvIndex;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateLog;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Accuracy against real GitHub advisories (test resources {@code dev/gatekeeper/audit/osv/real}, CC-BY-4.0, see
 * the ATTRIBUTION.md there): versions at each range edge, with the match and the fix hint read off the advisory
 * by hand. {@code fixes} is the advisory's fixed versions the scan gives, {@code -} when it matches nothing.
 */
class RealAdvisoriesTest {
    private static final String REAL = "/dev/gatekeeper/audit/osv/real";
    private static OsvIndex index;

    @TempDir
    Path temp;

    @BeforeAll
    static void readTheRealAdvisories() throws Exception {
        index = OsvIndex.of(OsvDatabase.read(realDirectory()), "real");
    }

    private static Path realDirectory() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(RealAdvisoriesTest.class.getResource(REAL))
                .toURI());
    }

    private static String real(String id) throws Exception {
        return Files.readString(realDirectory().resolve(id + ".json"));
    }

    /** The advisory ids matching {@code coordinates}, each with its fixed versions ({@code id=v1|v2}), sorted. */
    private static String scan(OsvIndex in, String coordinates) {
        String[] gav = coordinates.split(":");
        List<VulnerableDependency> found = OsvScan.scan(in, List.of(new MavenCoordinates(gav[0], gav[1], gav[2])));
        if (found.isEmpty()) {
            return "-";
        }
        return found.get(0).vulnerabilities().stream()
                .map(v -> v.id() + "=" + String.join("|", v.fixedVersions()))
                .sorted()
                .collect(Collectors.joining(" "));
    }

    private static Finding finding(OsvIndex in, String coordinates, String id) {
        String[] gav = coordinates.split(":");
        List<VulnerableDependency> found = OsvScan.scan(in, List.of(new MavenCoordinates(gav[0], gav[1], gav[2])));
        GateEvaluation evaluation = new GateEvaluation("audit", "g:root", "b", Clock.systemUTC(), GateLog.silent());
        new AuditPolicy(7.0, List.of(), "gatekeeper-suppressions.json", "pom.xml", LocalDate.parse("2026-12-06"))
                .apply(found, evaluation);
        return evaluation.finish().findings().stream()
                .filter(f -> id.equals(f.ruleId()))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                // guava: GHSA-5mg8 [0, fixed 32.0.0-android), GHSA-7g45 [1.0, fixed 32.0.0-android)
                "com.google.guava:guava:29.0-jre; GHSA-5mg8-w23w-74h3=32.0.0-android GHSA-7g45-4rm6-3mm3=32.0.0-android",
                "com.google.guava:guava:31.1-android; GHSA-5mg8-w23w-74h3=32.0.0-android GHSA-7g45-4rm6-3mm3=32.0.0-android",
                "com.google.guava:guava:1.0; GHSA-5mg8-w23w-74h3=32.0.0-android GHSA-7g45-4rm6-3mm3=32.0.0-android",
                "com.google.guava:guava:32.0.0-android; -",
                "com.google.guava:guava:32.0.0-jre; -",
                "com.google.guava:guava:33.4.0-jre; -",
                // log4j 1.x: GHSA-2qrg [1.2, last_affected 1.2.17], GHSA-w9p3 [0, last_affected 1.2.17]
                "log4j:log4j:1.2.17; GHSA-2qrg-x229-3v8q= GHSA-w9p3-5cr8-m3jj=",
                "log4j:log4j:1.2; GHSA-2qrg-x229-3v8q= GHSA-w9p3-5cr8-m3jj=",
                "log4j:log4j:1.1.3; GHSA-w9p3-5cr8-m3jj=",
                // Log4Shell: [2.0-beta9, 2.3.1), [2.4, 2.12.2), [2.13.0, 2.15.0)
                "org.apache.logging.log4j:log4j-core:2.0-beta8; -",
                "org.apache.logging.log4j:log4j-core:2.0-beta9; GHSA-jfh8-c2jp-5v3q=2.3.1|2.12.2|2.15.0",
                "org.apache.logging.log4j:log4j-core:2.3; GHSA-jfh8-c2jp-5v3q=2.3.1|2.12.2|2.15.0",
                "org.apache.logging.log4j:log4j-core:2.3.1; -",
                "org.apache.logging.log4j:log4j-core:2.3.2; -",
                "org.apache.logging.log4j:log4j-core:2.4; GHSA-jfh8-c2jp-5v3q=2.12.2|2.15.0",
                "org.apache.logging.log4j:log4j-core:2.12.1; GHSA-jfh8-c2jp-5v3q=2.12.2|2.15.0",
                "org.apache.logging.log4j:log4j-core:2.12.2; -",
                "org.apache.logging.log4j:log4j-core:2.13.0; GHSA-jfh8-c2jp-5v3q=2.15.0",
                "org.apache.logging.log4j:log4j-core:2.14.1; GHSA-jfh8-c2jp-5v3q=2.15.0",
                "org.apache.logging.log4j:log4j-core:2.15.0; -",
                "com.guicedee.services:log4j-core:1.2.1.2-jre17; GHSA-jfh8-c2jp-5v3q=",
                "com.guicedee.services:log4j-core:1.2.1.3-jre17; -",
                "uk.co.nichesolutions.logging.log4j:log4j-core:2.6.3-CUSTOM; GHSA-jfh8-c2jp-5v3q=",
                "uk.co.nichesolutions.logging.log4j:log4j-core:2.6.3; -",
                // jackson-databind, four-part versions: [2.13.0, 2.13.2.1) and, listed apart, [0, 2.12.6.1)
                "com.fasterxml.jackson.core:jackson-databind:2.9.10.8; GHSA-57j2-w4cx-62h2=2.12.6.1|2.13.2.1",
                "com.fasterxml.jackson.core:jackson-databind:2.12.6; GHSA-57j2-w4cx-62h2=2.12.6.1|2.13.2.1",
                "com.fasterxml.jackson.core:jackson-databind:2.12.6.1; -",
                "com.fasterxml.jackson.core:jackson-databind:2.12.7; -",
                "com.fasterxml.jackson.core:jackson-databind:2.13.0; GHSA-57j2-w4cx-62h2=2.13.2.1",
                "com.fasterxml.jackson.core:jackson-databind:2.13.2; GHSA-57j2-w4cx-62h2=2.13.2.1",
                "com.fasterxml.jackson.core:jackson-databind:2.13.2.1; -",
                "com.fasterxml.jackson.core:jackson-databind:2.13.2.2; -",
                // Spring4Shell, .RELEASE: [0, 5.2.20.RELEASE) and [5.3.0, 5.3.18)
                "org.springframework:spring-beans:4.3.30.RELEASE; GHSA-36p3-wjmg-h94x=5.2.20.RELEASE|5.3.18",
                "org.springframework:spring-beans:5.2.19.RELEASE; GHSA-36p3-wjmg-h94x=5.2.20.RELEASE|5.3.18",
                "org.springframework:spring-beans:5.2.20.RELEASE; -",
                "org.springframework:spring-beans:5.2.20; -",
                "org.springframework:spring-beans:5.3.0; GHSA-36p3-wjmg-h94x=5.3.18",
                "org.springframework:spring-beans:5.3.17; GHSA-36p3-wjmg-h94x=5.3.18",
                "org.springframework:spring-beans:5.3.18; -",
                "org.springframework.boot:spring-boot-starter-web:2.6.5; GHSA-36p3-wjmg-h94x=2.6.6",
                // hibernate-validator, .Final against a bound without it: [0, 6.0.18)
                "org.hibernate.validator:hibernate-validator:6.0.17.Final; GHSA-m8p2-495h-ccmh=6.0.18",
                "org.hibernate.validator:hibernate-validator:6.0.18.Final; -",
                "org.hibernate.validator:hibernate-validator:6.0.18; -",
                // h2: [1.1.100, 2.0.206)
                "com.h2database:h2:1.1.99; -",
                "com.h2database:h2:1.1.100; GHSA-h376-j262-vhq6=2.0.206",
                "com.h2database:h2:1.4.200; GHSA-h376-j262-vhq6=2.0.206",
                "com.h2database:h2:2.0.204; GHSA-h376-j262-vhq6=2.0.206",
                "com.h2database:h2:2.0.206; -",
                // commons-text: [1.5, 1.10.0)
                "org.apache.commons:commons-text:1.4; -",
                "org.apache.commons:commons-text:1.5; GHSA-599f-7c49-w659=1.10.0",
                "org.apache.commons:commons-text:1.9; GHSA-599f-7c49-w659=1.10.0",
                "org.apache.commons:commons-text:1.10.0; -"
            })
    void versionsAtTheRangeEdgesMatchAsTheAdvisoriesSay(String coordinates, String expected) {
        assertThat(scan(index, coordinates)).isEqualTo(expected);
    }

    @Test
    void guavaAsTheIssueFoundItWithLastAffected29CoversThePublishedJreAndAndroidFlavours() throws Exception {
        String lastAffected29 =
                real("GHSA-5mg8-w23w-74h3").replace("\"fixed\": \"32.0.0-android\"", "\"last_affected\": \"29.0\"");
        OsvIndex asFound = OsvIndex.of(
                OsvDatabase.read(OsvFixtures.zip(temp.resolve("all.zip"), Map.of("g.json", lastAffected29))), "d");

        assertThat(scan(asFound, "com.google.guava:guava:29.0-jre")).isEqualTo("GHSA-5mg8-w23w-74h3=");
        assertThat(scan(asFound, "com.google.guava:guava:29.0-android")).isEqualTo("GHSA-5mg8-w23w-74h3=");
        assertThat(scan(asFound, "com.google.guava:guava:30.0-jre")).isEqualTo("-");
    }

    @Test
    void aWithdrawnAdvisoryWhoseRangeHoldsTheVersionMatchesNothingWhereTheSameAdvisoryMatches() throws Exception {
        String text4shell = real("GHSA-599f-7c49-w659");
        String withdrawn = text4shell.replace(
                "\"modified\": \"2022-12-19T01:16:08Z\",",
                "\"modified\": \"2022-12-19T01:16:08Z\",\n  \"withdrawn\": \"2022-12-20T00:00:00Z\",");
        assertThat(withdrawn).isNotEqualTo(text4shell);
        OsvIndex standing = OsvIndex.of(
                OsvDatabase.read(OsvFixtures.zip(temp.resolve("standing.zip"), Map.of("t.json", text4shell))), "s");
        OsvIndex withdrawnIndex = OsvIndex.of(
                OsvDatabase.read(OsvFixtures.zip(temp.resolve("withdrawn.zip"), Map.of("t.json", withdrawn))), "w");

        assertThat(scan(standing, "org.apache.commons:commons-text:1.9")).isEqualTo("GHSA-599f-7c49-w659=1.10.0");
        assertThat(scan(withdrawnIndex, "org.apache.commons:commons-text:1.9")).isEqualTo("-");
        assertThat(withdrawnIndex.withdrawn()).isEqualTo(1);
    }

    @Test
    void log4j1HasNoFixedReleaseAndTheFixSaysSoInsteadOfUpgradingPastTheAffectedVersions() {
        Finding finding = finding(index, "log4j:log4j:1.2.17", "GHSA-2qrg-x229-3v8q");

        assertThat(finding.fix())
                .startsWith("No fixed release of log4j:log4j exists for GHSA-2qrg-x229-3v8q (the advisory names none; "
                        + "1.2.17 is the last affected version): replace log4j:log4j, with its successor if the "
                        + "advisory names one (run 'mvn dependency:tree -Dincludes=log4j:log4j' to see what brings it "
                        + "in), or suppress GHSA-2qrg-x229-3v8q in gatekeeper-suppressions.json")
                .doesNotContain("upgrade past");
    }

    @Test
    void aGuavaJreDependencyIsToldTheFixedReleaseInItsOwnFlavour() {
        Finding finding = finding(index, "com.google.guava:guava:31.1-jre", "GHSA-7g45-4rm6-3mm3");

        assertThat(finding.fix())
                .startsWith(
                        "Upgrade com.google.guava:guava to 32.0.0-jre (the jre flavour of the fixed 32.0.0-android; "
                                + "run 'mvn dependency:tree -Dincludes=com.google.guava:guava' to see what brings it in), or "
                                + "suppress GHSA-7g45-4rm6-3mm3");
    }

    @Test
    void aFourPartFixIsTheUpgradeOfTheRangeHoldingTheVersion() {
        assertThat(finding(index, "com.fasterxml.jackson.core:jackson-databind:2.13.1", "GHSA-57j2-w4cx-62h2")
                        .fix())
                .startsWith("Upgrade com.fasterxml.jackson.core:jackson-databind to 2.13.2.1 (");
        assertThat(finding(index, "com.fasterxml.jackson.core:jackson-databind:2.12.3", "GHSA-57j2-w4cx-62h2")
                        .fix())
                .startsWith("Upgrade com.fasterxml.jackson.core:jackson-databind to 2.12.6.1 (");
    }
}
