package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A whole-reactor gate under -pl/-rf: skipped with a reason, or judged with a note that it saw part of the reactor. */
class PartialReactorTest {
    private static final ReactorScope PART = ReactorScope.of(List.of("g:c"), List.of("g:parent", "g:a", "g:c"));
    private static final Instant AT = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void aGateThatCannotJudgePartOfTheReactorIsSkippedWithItsReasonAndAFix() {
        GateResult result =
                PartialReactor.notJudged("audit", PART, "the audit scans every module", "g:parent", "b1", AT);

        assertThat(result.status()).isEqualTo(GateStatus.SKIPPED);
        assertThat(result.gate()).isEqualTo("audit");
        assertThat(result.summary()).isEqualTo("not judged: " + PART.headline() + "; the audit scans every module");
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("AUDIT_PARTIAL_REACTOR");
            assertThat(finding.severity()).isEqualTo(GateStatus.SKIPPED);
            assertThat(finding.message())
                    .isEqualTo("not judged: " + PART.description() + "; the audit scans every module");
            assertThat(finding.fix()).startsWith("Build the whole reactor (without -pl or -rf");
        });
    }

    @Test
    void aGateThatJudgedOnlyTheBuiltModulesSaysSoAndPasses() {
        Finding finding = PartialReactor.judgedOnlyTheBuiltModules("release-plan", PART);

        assertThat(finding.code()).isEqualTo("RELEASE_PLAN_PARTIAL_REACTOR");
        assertThat(finding.severity()).isEqualTo(GateStatus.PASS);
        assertThat(finding.message())
                .isEqualTo(PART.description() + "; release-plan judged only the modules in this build");
        assertThat(finding.fix()).endsWith("to judge every module");
    }
}
