package dev.gatekeeper.verdict;

import static dev.gatekeeper.verdict.VerdictFixtures.build;
import static dev.gatekeeper.verdict.VerdictFixtures.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.ReactorScope;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VerdictTest {

    @ParameterizedTest
    @EnumSource(
            value = GateStatus.class,
            names = {"SKIPPED", "PASS", "WARN"})
    void isReadyWhenNoResultBlocksTheMerge(GateStatus harmless) {
        Verdict verdict = Verdict.of(
                build(), List.of(result("certify", "core", GateStatus.PASS), result("docs", "core", harmless)));

        assertThat(verdict.ready()).isTrue();
        assertThat(verdict.outcome()).isEqualTo("READY");
        assertThat(verdict.blocking()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = GateStatus.class,
            names = {"HOLD", "FAIL", "ERROR"})
    void holdsWhenAnyResultBlocksTheMerge(GateStatus blocking) {
        Verdict verdict = Verdict.of(
                build(),
                List.of(
                        result("certify", "core", GateStatus.PASS),
                        result("docs", "core", blocking),
                        result("certify", "api", GateStatus.PASS)));

        assertThat(verdict.ready()).isFalse();
        assertThat(verdict.outcome()).isEqualTo("HOLD");
        assertThat(verdict.blocking()).extracting(GateResult::gate).containsExactly("docs");
    }

    @Test
    void isReadyWithoutAnyResult() {
        Verdict verdict = Verdict.of(build(), List.of());

        assertThat(verdict.outcome()).isEqualTo("READY");
        assertThat(verdict.headline()).isEqualTo("READY: no gates ran");
    }

    @Test
    void keepsModulesInReactorOrderAndGatesInCanonicalOrderWithinAModule() {
        Verdict verdict = Verdict.of(
                build(),
                List.of(
                        result("docs", "core", GateStatus.PASS),
                        result("release-plan", "api", GateStatus.PASS),
                        result("certify", "api", GateStatus.PASS),
                        result("smoke", "core", GateStatus.PASS),
                        result("sbom", "core", GateStatus.PASS),
                        result("snapshot", "api", GateStatus.PASS),
                        result("fixtures", "core", GateStatus.PASS),
                        result("audit", "core", GateStatus.PASS),
                        result("certify", "core", GateStatus.PASS)));

        assertThat(verdict.results())
                .extracting(r -> r.moduleName() + "/" + r.gate())
                .containsExactly(
                        "core/certify",
                        "core/audit",
                        "core/smoke",
                        "core/sbom",
                        "core/fixtures",
                        "core/docs",
                        "api/certify",
                        "api/snapshot",
                        "api/release-plan");
    }

    @Test
    void putsUnknownGatesAfterTheKnownOnesAlphabetically() {
        Verdict verdict = Verdict.of(
                build(),
                List.of(
                        result("zebra", "core", GateStatus.PASS),
                        result("license", "core", GateStatus.PASS),
                        result("release-plan", "core", GateStatus.PASS),
                        result("certify", "core", GateStatus.PASS)));

        assertThat(verdict.results())
                .extracting(GateResult::gate)
                .containsExactly("certify", "release-plan", "license", "zebra");
    }

    @Test
    void countsEveryStatusAndReportsZeroForStatusesNoResultHas() {
        Verdict verdict = Verdict.of(
                build(),
                List.of(
                        result("certify", "core", GateStatus.FAIL),
                        result("snapshot", "core", GateStatus.PASS),
                        result("audit", "core", GateStatus.PASS),
                        result("smoke", "core", GateStatus.SKIPPED)));

        Map<GateStatus, Integer> counts = verdict.counts();

        assertThat(counts)
                .containsExactly(
                        entry(GateStatus.SKIPPED, 1),
                        entry(GateStatus.PASS, 2),
                        entry(GateStatus.WARN, 0),
                        entry(GateStatus.HOLD, 0),
                        entry(GateStatus.FAIL, 1),
                        entry(GateStatus.ERROR, 0));
    }

    @Test
    void blockingListsEveryBlockingResultInVerdictOrder() {
        Verdict verdict = Verdict.of(
                build(),
                List.of(
                        result("docs", "core", GateStatus.ERROR),
                        result("certify", "core", GateStatus.FAIL),
                        result("audit", "core", GateStatus.WARN),
                        result("snapshot", "api", GateStatus.HOLD)));

        assertThat(verdict.blocking())
                .extracting(r -> r.moduleName() + "/" + r.gate())
                .containsExactly("core/certify", "core/docs", "api/snapshot");
    }

    @Test
    void headlineCountsMostSevereFirstAndLeavesOutAbsentStatuses() {
        Verdict ready = Verdict.of(
                build(),
                List.of(
                        result("certify", "a", GateStatus.PASS),
                        result("certify", "b", GateStatus.SKIPPED),
                        result("docs", "a", GateStatus.WARN),
                        result("certify", "c", GateStatus.PASS),
                        result("certify", "d", GateStatus.SKIPPED)));
        Verdict hold = Verdict.of(
                build(),
                List.of(
                        result("certify", "a", GateStatus.PASS),
                        result("snapshot", "a", GateStatus.HOLD),
                        result("certify", "b", GateStatus.FAIL),
                        result("certify", "c", GateStatus.ERROR),
                        result("certify", "d", GateStatus.ERROR),
                        result("docs", "d", GateStatus.WARN),
                        result("docs", "c", GateStatus.WARN)));

        assertThat(ready.headline()).isEqualTo("READY: 2 passed, 1 warning, 2 skipped");
        assertThat(hold.headline()).isEqualTo("HOLD: 2 errors, 1 failed, 1 held, 1 passed, 2 warnings");
    }

    @Test
    void headlineOfAPartialReactorSaysHowManyModulesTheBuildCovered() {
        Verdict verdict = Verdict.of(build(), List.of(result("smoke", "c", GateStatus.PASS)));
        ReactorScope resumed = ReactorScope.of(
                List.of("com.example:c"),
                List.of("com.example:parent", "com.example:a", "com.example:b", "com.example:c"));
        ReactorScope whole = ReactorScope.of(List.of("com.example:c"), List.of("com.example:c"));

        assertThat(verdict.withReactor(resumed).headline())
                .isEqualTo("READY: 1 passed (partial reactor: 1 of 4 modules)");
        assertThat(verdict.withReactor(resumed).partialReactor()).contains(resumed);
        assertThat(verdict.withReactor(whole).headline()).isEqualTo("READY: 1 passed");
        assertThat(verdict.withReactor(whole).partialReactor()).isEmpty();
        assertThat(verdict.withReactor(resumed).withImported(List.of()).headline())
                .endsWith("(partial reactor: 1 of 4 modules)");
    }

    @Test
    void rejectsAResultThatCannotBeTracedToABuild() {
        GateResult untraceable =
                new GateResult("certify", "com.example:core", GateStatus.PASS, "", List.of(), null, null, 0, Map.of());

        assertThatThrownBy(() -> Verdict.of(build(), List.of(untraceable)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("certify")
                .hasMessageContaining("com.example:core");
    }
}
