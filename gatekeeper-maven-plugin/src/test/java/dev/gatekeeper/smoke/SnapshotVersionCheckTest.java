package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import org.junit.jupiter.api.Test;

class SnapshotVersionCheckTest {
    private static GateEvaluation check(String version, boolean releaseTrack) {
        GateEvaluation evaluation = SmokeFixtures.evaluation();
        SnapshotVersionCheck.check(version, releaseTrack, "pom.xml", evaluation);
        return evaluation;
    }

    @Test
    void snapshotOnAReleaseTrackRunHoldsWithTheVersionToSet() {
        Finding finding = SmokeFixtures.only(check("1.4.0-SNAPSHOT", true));

        assertThat(finding.code()).isEqualTo("SMOKE_SNAPSHOT_VERSION");
        assertThat(finding.severity()).isEqualTo(GateStatus.HOLD);
        assertThat(finding.message())
                .isEqualTo("Version 1.4.0-SNAPSHOT is a snapshot; a release-track merge needs a release version");
        assertThat(finding.fix())
                .isEqualTo("Set a release version (mvn versions:set -DnewVersion=1.4.0) before a release-track merge");
        assertThat(finding.file()).isEqualTo("pom.xml");
    }

    @Test
    void snapshotOutsideAReleaseTrackRunIsNormal() {
        assertThat(check("1.4.0-SNAPSHOT", false).findings()).isEmpty();
    }

    @Test
    void releaseVersionOnAReleaseTrackRunPasses() {
        assertThat(check("1.4.0", true).findings()).isEmpty();
        assertThat(check("1.4.0-RC1", true).findings()).isEmpty();
    }

    @Test
    void snapshotIsRecognisedInAnyCaseAndABareSnapshotSuggestsAPlaceholder() {
        assertThat(check("2.0-snapshot", true).findings()).hasSize(1);
        assertThat(SmokeFixtures.only(check("SNAPSHOT", true)).fix()).contains("-DnewVersion=X.Y.Z");
    }
}
