package dev.gatekeeper.release;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReleaseVersionsTest {
    @Test
    void thePlannedVersionIsTheProjectVersionWithoutSnapshotUnlessGiven() {
        assertThat(ReleaseVersions.planned(null, "1.2.0-SNAPSHOT")).isEqualTo("1.2.0");
        assertThat(ReleaseVersions.planned(" ", "1.2.0")).isEqualTo("1.2.0");
        assertThat(ReleaseVersions.planned(" 2.0.0 ", "1.2.0-SNAPSHOT")).isEqualTo("2.0.0");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1",
                "1.2.0",
                "10.20.30.40",
                "1.2.0-rc1",
                "1.2.0-alpha-2",
                "2026.11.0",
                "1.2.0.Final",
                "1.5",
                "2.0.0-RC1",
                "3.0.0.M1",
                "5.0.0.RELEASE",
                "1.0.0-beta.x1"
            })
    void releaseVersions(String version) {
        assertThat(ReleaseVersions.isRelease(version)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "v1.2.0",
                "1.2.0-SNAPSHOT",
                "1.2.0-snapshot",
                "${revision}",
                "1.2.0-${changelist}",
                "1..2",
                "1.2.",
                "1.2.0_beta",
                "1.2.0 ",
                "-1.2",
                "[1.0,2.0)"
            })
    void notReleaseVersions(String version) {
        assertThat(ReleaseVersions.isRelease(version)).isFalse();
        assertThat(ReleaseVersions.whyNotRelease(version)).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5.x", "1.x", "2.0.X", "1.5.x-rc1", "2.x.1", "1.5.x-SNAPSHOT"})
    void aVersionWithAWildcardNamesABranchNotARelease(String version) {
        assertThat(ReleaseVersions.isRelease(version)).isFalse();
    }

    @Test
    void theReasonForABranchLikeVersionNamesTheWildcard() {
        assertThat(ReleaseVersions.whyNotRelease("1.5.x"))
                .isEqualTo("'x' stands for any number: 1.5.x names a line of versions (a branch), not one release");
    }

    @Test
    void reasonsNameWhatIsWrong() {
        assertThat(ReleaseVersions.whyNotRelease("1.0-SNAPSHOT")).isEqualTo("it is still a SNAPSHOT");
        assertThat(ReleaseVersions.whyNotRelease("v1.0")).isEqualTo("it does not start with a digit");
        assertThat(ReleaseVersions.whyNotRelease("1.0_b")).isEqualTo("only letters, digits, '.' and '-' are allowed");
        assertThat(ReleaseVersions.whyNotRelease("1..0")).isEqualTo("it is not of the form 1.2.3 or 1.2.3-qualifier");
    }

    @Test
    void versionsCompareAsMavenDoes() {
        assertThat(ReleaseVersions.compare("1.10.0", "1.9.0")).isPositive();
        assertThat(ReleaseVersions.compare("1.2.0-rc1", "1.2.0")).isNegative();
        assertThat(ReleaseVersions.compare("1.2", "1.2.0")).isZero();
    }

    @Test
    void theNextVersionsAreTheNextPatchAndMinor() {
        assertThat(ReleaseVersions.nextAfter("1.3.0")).containsExactly("1.3.1", "1.4.0");
        assertThat(ReleaseVersions.nextAfter("1.3")).containsExactly("1.3.1", "1.4.0");
        assertThat(ReleaseVersions.nextAfter("2")).containsExactly("2.0.1", "2.1.0");
        assertThat(ReleaseVersions.nextAfter("1.3.0.4")).containsExactly("1.3.0.5", "1.4.0.0");
        assertThat(ReleaseVersions.nextAfter("1.3.0-rc1")).containsExactly("1.3.0", "1.4.0");
        assertThat(ReleaseVersions.nextAfter("1.3.0-sp1")).containsExactly("1.3.1", "1.4.0");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "HEAD-SNAPSHOT",
                "master-SNAPSHOT",
                "LATEST-SNAPSHOT",
                "999-SNAPSHOT",
                "9999.0-SNAPSHOT",
                "dev.1-SNAPSHOT"
            })
    void versionsThatPlanNoRelease(String version) {
        assertThat(ReleaseVersions.plansNoRelease(version)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1.0-SNAPSHOT",
                "0.1.0-SNAPSHOT",
                "99-SNAPSHOT",
                "1999.1-SNAPSHOT",
                "HEAD",
                "${revision}-SNAPSHOT",
                "1.2.0"
            })
    void versionsThatPlanOneOrAreNotSnapshots(String version) {
        assertThat(ReleaseVersions.plansNoRelease(version)).isFalse();
    }
}
