package dev.gatekeeper.verdict;

import static dev.gatekeeper.verdict.VerdictFixtures.result;
import static dev.gatekeeper.verdict.VerdictFixtures.withTools;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateTimeTest {

    @Test
    void sumsEveryResultAndSplitsItIntoToolsAndGatekeepersOwnCode() {
        GateTime time = GateTime.of(List.of(
                withTools(lasting("audit", 40_000), Map.of("dependency-check", 30_200L)),
                withTools(lasting("smoke", 9_900), Map.of("maven", 7_000L, "java", 2_100L)),
                withTools(lasting("certify", 1_100), Map.of("maven", 200L)),
                lasting("release-plan", 800)));

        assertThat(time.totalMillis()).isEqualTo(51_800);
        assertThat(time.toolMillis()).isEqualTo(39_500);
        assertThat(time.ownMillis()).isEqualTo(12_300);
        assertThat(time.ownPercent()).isCloseTo(23.745, offset(0.001));
        assertThat(time.byTool())
                .containsExactly(
                        Map.entry("dependency-check", 30_200L), Map.entry("maven", 7_200L), Map.entry("java", 2_100L));
        assertThat(time.line())
                .isEqualTo("gate time 51.8 s, of it Gatekeeper's own code 12.3 s (23.7 %);"
                        + " tools: dependency-check 30.2 s, maven 7.2 s, java 2.1 s");
    }

    @Test
    void gatesThatRanNoToolAreAllGatekeepersOwnAndTheLineNamesNoTools() {
        GateTime time = GateTime.of(List.of(lasting("docs", 600), lasting("fixtures", 250)));

        assertThat(time.line()).isEqualTo("gate time 850 ms, of it Gatekeeper's own code 850 ms (100.0 %)");
    }

    @Test
    void toolTimeAboveAResultsDurationCountsOnlyUpToIt() {
        GateResult edited = new GateResult(
                "certify",
                null,
                "com.example:shop",
                GateStatus.PASS,
                "",
                List.of(),
                "build-1",
                Instant.EPOCH,
                1_000,
                Map.of(),
                5_000,
                Map.of("command", 5_000L));

        GateTime time = GateTime.of(List.of(edited, lasting("docs", 1_000)));

        assertThat(time.toolMillis()).isEqualTo(1_000);
        assertThat(time.ownMillis()).isEqualTo(1_000);
        assertThat(time.ownPercent()).isEqualTo(50.0);
    }

    @Test
    void noTimeAtAllIsZeroPercentNotADivisionByZero() {
        GateTime time = GateTime.of(List.of(lasting("smoke", 0)));

        assertThat(time.ownPercent()).isZero();
        assertThat(time.line()).isEqualTo("gate time 0 ms, of it Gatekeeper's own code 0 ms (0.0 %)");
    }

    private Instant nextStart = Instant.parse("2026-11-24T06:00:00Z");

    /** A result starting where the previous one ended: gates in turn, as without overlap. */
    private GateResult lasting(String gate, long millis) {
        GateResult result = startingAt(gate, nextStart, millis);
        nextStart = nextStart.plusMillis(millis);
        return result;
    }

    private static GateResult startingAt(String gate, Instant start, long millis) {
        GateResult r = result(gate, "shop", GateStatus.PASS);
        return new GateResult(
                r.gate(), r.module(), r.status(), r.summary(), r.findings(), r.buildId(), start, millis, Map.of());
    }

    @Test
    void gatesThatOverlappedShowTheTimeTheyTookTogetherBesideTheSum() {
        Instant start = Instant.parse("2026-11-24T06:00:00Z");
        GateTime time = GateTime.of(List.of(
                startingAt("smoke", start.plusMillis(1_000), 9_000),
                startingAt("audit", start, 6_000),
                startingAt("sbom", start.plusMillis(6_000), 3_000)));

        assertThat(time.totalMillis()).isEqualTo(18_000);
        assertThat(time.spanMillis()).isEqualTo(10_000);
        // 18.0 s is the sum; 10.0 s is what the overlapping gates took on the clock, first start to last end.
        assertThat(time.line())
                .startsWith("gate time 18.0 s (gates ran side by side: 10.0 s from the first gate's"
                        + " start to the last one's end), of it Gatekeeper's own code");
    }
}
