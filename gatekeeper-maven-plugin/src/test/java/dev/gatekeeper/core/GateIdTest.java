package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The registry of gates: the names, order, property segments, files and codes users and evidence depend on. */
class GateIdTest {

    @Test
    void theGatesInVerdictOrder() {
        assertThat(GateId.goals())
                .containsExactly("certify", "snapshot", "audit", "smoke", "sbom", "fixtures", "docs", "release-plan");
        assertThat(Arrays.stream(GateId.values()).map(GateId::order)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void aGoalNameWithADashHasACamelCasePropertySegment() {
        assertThat(GateId.RELEASE_PLAN.propertySegment()).isEqualTo("releasePlan");
        assertThat(GateId.RELEASE_PLAN.property("tagFormat")).isEqualTo("gatekeeper.releasePlan.tagFormat");
        assertThat(GateId.RELEASE_PLAN.skipProperty()).isEqualTo("gatekeeper.releasePlan.skip");
        assertThat(GateId.SMOKE.propertySegment()).isEqualTo("smoke");
        assertThat(GateId.CERTIFY.skipProperty()).isEqualTo("gatekeeper.certify.skip");
    }

    @Test
    void resultFilesDocsPagesAndDerivedCodes() {
        assertThat(GateId.RELEASE_PLAN.resultFile()).isEqualTo("release-plan.json");
        assertThat(GateId.SNAPSHOT.resultFile("greeting")).isEqualTo("snapshot-greeting.json");
        assertThat(GateId.RELEASE_PLAN.docsPage()).isEqualTo("release-plan.md");
        assertThat(GateId.AUDIT.docsUrl("suppressions"))
                .isEqualTo("https://github.com/gatekeeper-dev/gatekeeper/blob/main/docs/audit.md#suppressions");
        assertThat(GateId.RELEASE_PLAN.codePrefix()).isEqualTo("RELEASE_PLAN");
        assertThat(GateId.RELEASE_PLAN.gateErrorCode()).isEqualTo("RELEASE_PLAN_GATE_ERROR");
        assertThat(GateId.AUDIT.partialReactorCode()).isEqualTo("AUDIT_PARTIAL_REACTOR");
        assertThat(GateId.codePrefixOf(GateId.Goals.VERDICT)).isEqualTo("VERDICT");
    }

    @Test
    void onlyGatesAreFoundByName() {
        assertThat(GateId.of("release-plan")).contains(GateId.RELEASE_PLAN);
        assertThat(GateId.of("verdict")).isEmpty();
        assertThat(GateId.of("release-check")).isEmpty();
        assertThat(GateId.of("releasePlan")).isEmpty();
    }
}
