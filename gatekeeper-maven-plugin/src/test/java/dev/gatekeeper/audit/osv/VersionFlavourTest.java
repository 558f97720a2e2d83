package dev.gatekeeper.audit.osv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionFlavourTest {

    @ParameterizedTest(name = "{0} is release {1} in flavour {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "29.0-jre, 29.0, jre, jre",
                "32.0.0-android, 32.0.0, android, android",
                "1.2.1.2-jre17, 1.2.1.2, jre17, jre",
                "9.4.40.v20210413, 9.4.40, v20210413, v",
                "1.2.17.redhat-00001, 1.2.17, redhat-00001, redhat",
                "2.2.24.Final-redhat-00001, 2.2.24.Final, redhat-00001, redhat",
                "2.6.3-CUSTOM, 2.6.3, CUSTOM, custom",
                "29.0-rc1-jre, 29.0-rc1, jre, jre",
                "5.2.20.RELEASE, 5.2.20.RELEASE, -, -",
                "6.0.18.Final, 6.0.18.Final, -, -",
                "2.0.0.GA, 2.0.0.GA, -, -",
                "1.0-sp1, 1.0-sp1, -, -",
                "2.0-beta9, 2.0-beta9, -, -",
                "1.0b1, 1.0b1, -, -",
                "1.0-M3, 1.0-M3, -, -",
                "3.0-cr2, 3.0-cr2, -, -",
                "1.0-SNAPSHOT, 1.0-SNAPSHOT, -, -",
                "r09, r09, -, -",
                "0, 0, -, -"
            })
    void theFlavourStartsAtTheFirstQualifierMavenDoesNotKnowAfterANumber(
            String version, String release, String flavour, String word) {
        VersionFlavour split = VersionFlavour.of(version);

        assertThat(split.release()).isEqualTo(release);
        assertThat(split.flavour()).isEqualTo(flavour);
        assertThat(split.word()).isEqualTo(word);
    }

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource({
        "29.0-jre, 29.0, 0",
        "29.0-android, 29.0-jre, 0",
        "32.0.0-jre, 32.0.0-android, 0",
        "31.1-jre, 32.0.0-android, -1",
        "29.0, 29.0-jre, -1",
        "1.2.17, 1.2.17.redhat-00003, -1",
        "1.2.17.redhat-00001, 1.2.17.redhat-00003, -1",
        "1.2.1.2-jre11, 1.2.1.2-jre17, -1",
        "29.0-sp1, 29.0, 1",
        "29.0.Final, 29.0, 0"
    })
    void flavoursOfOneReleaseCompareAsThatRelease(String version, String bound, int sign) {
        assertThat(Integer.signum(VersionFlavour.compare(version, bound))).isEqualTo(sign);
    }

    @ParameterizedTest(name = "fixed {0} for {1}: {2}")
    @CsvSource({
        "32.0.0-android, 31.1-jre, 32.0.0-jre",
        "32.0.0-jre, 31.1-android, 32.0.0-android",
        "32.0.0-android, 31.1-android, 32.0.0-android",
        "9.4.41, 9.4.40.v20210413, 9.4.41",
        "2.12.6.1, 2.12.3, 2.12.6.1",
        "32.0.0-android, 31.1, 32.0.0-android"
    })
    void theFixIsNamedInTheDependencysFlavourOnlyWhenBothHaveDifferentOnes(
            String fixed, String dependency, String named) {
        assertThat(VersionFlavour.inFlavourOf(fixed, dependency)).isEqualTo(named);
    }
}
