package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateEvaluationToolTimeTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2025-03-01T09:30:00Z"));
    private final GateEvaluation evaluation =
            new GateEvaluation("audit", "com.example:shop", "build-1", clock, GateLog.silent());

    @Test
    void aTimedToolCallCountsAsToolTimeAndTheRestAsGatekeepersOwn() {
        clock.advance(Duration.ofMillis(300));
        String report = evaluation.timeTool("dependency-check", () -> {
            clock.advance(Duration.ofSeconds(30));
            return "report.json";
        });
        clock.advance(Duration.ofMillis(1_200));

        GateResult result = evaluation.finish();

        assertThat(report).isEqualTo("report.json");
        assertThat(result.durationMillis()).isEqualTo(31_500);
        assertThat(result.toolMillis()).isEqualTo(30_000);
        assertThat(result.ownMillis()).isEqualTo(1_500);
        assertThat(result.toolTimes()).containsExactly(Map.entry("dependency-check", 30_000L));
    }

    @Test
    void aToolThatThrowsStillHasItsTimeCounted() {
        assertThatThrownBy(() -> evaluation.timeTool("cyclonedx", () -> {
                    clock.advance(Duration.ofSeconds(4));
                    throw new IOException("no bom.json");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("no bom.json");

        assertThat(evaluation.finish().toolTimes()).containsExactly(Map.entry("cyclonedx", 4_000L));
    }

    @Test
    void measuredRunsAddUpPerToolAndTogether() {
        evaluation.recordToolTime("command", Duration.ofMillis(700));
        evaluation.recordToolTime("maven", Duration.ofSeconds(9));
        evaluation.recordToolTime("command", Duration.ofMillis(300));
        clock.advance(Duration.ofSeconds(12));

        GateResult result = evaluation.finish();

        assertThat(evaluation.toolTime()).isEqualTo(Duration.ofSeconds(10));
        assertThat(result.toolMillis()).isEqualTo(10_000);
        assertThat(result.ownMillis()).isEqualTo(2_000);
        assertThat(result.toolTimes()).containsOnly(Map.entry("command", 1_000L), Map.entry("maven", 9_000L));
    }

    @Test
    void toolTimeMeasuredOnAnotherClockNeverExceedsTheGatesOwnDuration() {
        evaluation.recordToolTime("product", Duration.ofMillis(2_003));
        clock.advance(Duration.ofMillis(2_001));

        GateResult result = evaluation.finish();

        assertThat(result.toolMillis()).isEqualTo(2_001);
        assertThat(result.ownMillis()).isZero();
    }

    @Test
    void aToolThatTookNoMeasurableTimeIsLeftOutOfThePerToolTimes() {
        evaluation.timeTool("cyclonedx", () -> "handed-in-bom.json");
        evaluation.recordToolTime("command", Duration.ofNanos(400_000));
        clock.advance(Duration.ofMillis(50));

        GateResult result = evaluation.finish();

        assertThat(result.toolTimes()).isEmpty();
        assertThat(result.toolMillis()).isZero();
        assertThat(result.ownMillis()).isEqualTo(50);
    }

    @Test
    void aGateThatRunsNoToolIsAllGatekeepersOwnTime() {
        clock.advance(Duration.ofMillis(80));

        GateResult result = evaluation.finish();

        assertThat(result.toolMillis()).isZero();
        assertThat(result.ownMillis()).isEqualTo(result.durationMillis()).isEqualTo(80);
    }
}
