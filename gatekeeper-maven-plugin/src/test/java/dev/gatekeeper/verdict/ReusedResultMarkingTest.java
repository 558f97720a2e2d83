package dev.gatekeeper.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReusedResultMarkingTest {
    private static final GateResult.ReusedFrom EARLIER =
            new GateResult.ReusedFrom("1740000000000-1a2b", Instant.parse("2025-02-28T08:00:00Z"));

    private static GateResult audit(GateResult.ReusedFrom reusedFrom) {
        return new GateResult(
                "audit",
                null,
                "com.example:shop",
                GateStatus.PASS,
                "12 dependencies scanned",
                List.of(),
                VerdictFixtures.BUILD_ID,
                VerdictFixtures.STARTED,
                35,
                Map.of(),
                0,
                Map.of(),
                reusedFrom);
    }

    private static Verdict verdict() {
        return Verdict.of(
                VerdictFixtures.build(),
                List.of(audit(EARLIER), VerdictFixtures.result("certify", "shop", GateStatus.PASS)));
    }

    @Test
    void theVerdictTableShowsAReusedResultsStatusAsReused() {
        List<String> lines = VerdictTable.render(verdict());

        assertThat(lines)
                .anyMatch(
                        line -> line.matches("audit\\s+shop\\s+PASS \\(reused\\)\\s+35 ms\\s+12 dependencies scanned"));
        assertThat(lines).anyMatch(line -> line.matches("certify\\s+shop\\s+PASS\\s+1\\.2 s\\s+certify pass"));
    }

    @Test
    void theSummaryShowsAReusedResultsStatusAsReused() {
        String markdown = SummaryMarkdown.render(verdict());

        assertThat(markdown)
                .contains("| audit | shop | PASS (reused) | 35 ms | 12 dependencies scanned |")
                .contains("| certify | shop | PASS | 1.2 s | certify pass |");
    }

    @Test
    void theReportMarksAReusedResultAndNamesTheBuildItCameFrom() {
        String html = HtmlReport.render(verdict(), VerdictFixtures.FINISHED);

        String mark =
                " <span class=\"reused\" title=\"inputs unchanged since build 1740000000000-1a2b at 2025-02-28T08:00:00Z\">reused</span>";
        assertThat(html).contains(HtmlReport.badge(GateStatus.PASS) + mark);
        assertThat(html.split(java.util.regex.Pattern.quote(mark), -1)).hasSize(3);
    }
}
