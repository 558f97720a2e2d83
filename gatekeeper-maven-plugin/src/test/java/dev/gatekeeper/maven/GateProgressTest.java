package dev.gatekeeper.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateProgressTest {
    private static final Instant STARTED = Instant.parse("2025-03-01T09:30:00Z");

    @Test
    void aStartLineNamesTheSubjectWhenThereIsOne() {
        assertThat(GateProgress.started(null)).isEqualTo("started");
        assertThat(GateProgress.started("scan")).isEqualTo("scan: started");
    }

    @Test
    void anEndLineHasTheStatusTheDurationAndTheReason() {
        assertThat(GateProgress.finished(result(null, GateStatus.HOLD, "tag v1.2.0 already exists", 1234)))
                .isEqualTo("HOLD in 1.2 s - tag v1.2.0 already exists");
        assertThat(GateProgress.finished(result("scan", GateStatus.PASS, "", 40)))
                .isEqualTo("scan: PASS in 40 ms");
        assertThat(GateProgress.finished(result(null, GateStatus.FAIL, "2 tests failed", 125_000)))
                .isEqualTo("FAIL in 2 min 5 s - 2 tests failed");
    }

    @Test
    void aReasonOverSeveralLinesStaysOnOneLogLine() {
        assertThat(GateProgress.finished(result(null, GateStatus.FAIL, "first\nsecond\tthird", 5)))
                .isEqualTo("FAIL in 5 ms - first second third");
    }

    @Test
    void aSkippedGateShowsNoDuration() {
        assertThat(GateProgress.skipped(result(null, GateStatus.SKIPPED, "skipped (gatekeeper.skip=true)", 0)))
                .isEqualTo("SKIPPED - skipped (gatekeeper.skip=true)");
    }

    @Test
    void linesCarryNoAnsiColours() {
        String line = GateProgress.finished(result("scan", GateStatus.ERROR, "could not run", 3));

        assertThat(line).doesNotContain("\u001b[");
    }

    private static GateResult result(String subject, GateStatus status, String summary, long millis) {
        return new GateResult(
                "snapshot",
                subject,
                "com.example:core",
                status,
                summary,
                List.of(),
                "build-1",
                STARTED,
                millis,
                Map.of());
    }
}
