package dev.gatekeeper.verdict;

import static dev.gatekeeper.verdict.VerdictFixtures.build;
import static dev.gatekeeper.verdict.VerdictFixtures.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerdictTableTest {
    private static final List<String> COLUMNS = List.of("GATE", "MODULE", "STATUS", "DURATION", "REASON");

    @Test
    void startsEveryColumnAtTheSamePositionOnEveryRow() {
        Verdict verdict = Verdict.of(
                build(),
                List.of(
                        timed("certify", "shop-core-with-a-long-name", GateStatus.PASS, 850, "all 212 tests passed"),
                        timed("release-plan", "api", GateStatus.HOLD, 125_000, "version 2.0.0 is not planned"),
                        timed("docs", "x", GateStatus.SKIPPED, 0, "")));

        List<String> lines = VerdictTable.render(verdict);
        List<String> tableRows = lines.subList(0, lines.size() - 1);

        int[] starts = COLUMNS.stream()
                .mapToInt(column -> tableRows.get(0).indexOf(column))
                .toArray();
        assertThat(starts).doesNotContain(-1).isSorted();
        List<List<String>> expectedCells = List.of(
                COLUMNS,
                List.of("certify", "shop-core-with-a-long-name", "PASS", "850 ms", "all 212 tests passed"),
                List.of("release-plan", "api", "HOLD", "2 min 5 s", "version 2.0.0 is not planned"),
                List.of("docs", "x", "SKIPPED", "0 ms"));
        assertThat(tableRows).hasSize(expectedCells.size());
        for (int row = 0; row < tableRows.size(); row++) {
            String line = tableRows.get(row);
            List<String> cells = expectedCells.get(row);
            for (int column = 0; column < cells.size(); column++) {
                assertThat(line.substring(starts[column]))
                        .as("row %d, column %s", row, COLUMNS.get(column))
                        .startsWith(cells.get(column));
                if (starts[column] > 0) {
                    assertThat(line.charAt(starts[column] - 1))
                            .as("gap before %s", COLUMNS.get(column))
                            .isEqualTo(' ');
                }
            }
        }
        // The widest module name sets its column: two spaces between it and STATUS.
        assertThat(starts[2] - starts[1]).isEqualTo("shop-core-with-a-long-name".length() + 2);
    }

    @Test
    void cutsLongReasonsToAHundredCharactersWithAnEllipsis() {
        String longReason = "dependency com.example:pricing ".repeat(10);
        Verdict verdict = Verdict.of(build(), List.of(result("snapshot", "core", GateStatus.HOLD, longReason)));

        String row = VerdictTable.render(verdict).get(1);
        String reason = row.substring(VerdictTable.render(verdict).get(0).indexOf("REASON"));

        assertThat(reason).endsWith("…").hasSizeLessThanOrEqualTo(VerdictTable.MAX_REASON_LENGTH);
        assertThat(longReason).startsWith(reason.substring(0, reason.length() - 1));
    }

    @Test
    void aRowThatSeveralFindingsHoldSaysHowManyAndNamesTheFirstThree() {
        Verdict verdict = Verdict.of(
                build(),
                List.of(
                        result(
                                "smoke",
                                "app",
                                GateStatus.HOLD,
                                "project name missing",
                                Finding.of("SMOKE_NAME_MISSING", GateStatus.HOLD, "project name missing"),
                                Finding.of("SMOKE_URL_MISSING", GateStatus.HOLD, "project url missing"),
                                Finding.of("SMOKE_SLOW", GateStatus.WARN, "consumer build took 40 s"),
                                Finding.of("SMOKE_SCM_MISSING", GateStatus.HOLD, "no scm"),
                                Finding.of("SMOKE_LICENSE_MISSING", GateStatus.HOLD, "no license")),
                        result(
                                "docs",
                                "app",
                                GateStatus.WARN,
                                "README.md is long",
                                Finding.of("DOCS_LONG", GateStatus.WARN, "README.md is long"))));

        List<String> lines = VerdictTable.render(verdict);

        assertThat(lines.get(1)).endsWith("4 findings: project name missing; project url missing; no scm; and 1 more");
        assertThat(lines.get(2)).endsWith("WARN    1.2 s     README.md is long");
    }

    @Test
    void aSummaryTheGateWroteItselfStaysTheReason() {
        Verdict verdict = Verdict.of(
                build(),
                List.of(result(
                        "certify",
                        "core",
                        GateStatus.FAIL,
                        "2 tests failed",
                        Finding.of("CERTIFY_TEST_FAILED", GateStatus.FAIL, "ShopTest.checkout failed"),
                        Finding.of("CERTIFY_TEST_FAILED", GateStatus.FAIL, "CartTest.total failed"))));

        assertThat(VerdictTable.render(verdict).get(1)).endsWith("FAIL    1.2 s     2 tests failed");
    }

    @Test
    void keepsEachResultOnOneLineAndLeavesNoTrailingSpaces() {
        Verdict verdict = Verdict.of(
                build(),
                List.of(
                        result("certify", "core", GateStatus.FAIL, "first line\nsecond line"),
                        result("docs", "core", GateStatus.SKIPPED, "")));

        List<String> lines = VerdictTable.render(verdict);

        assertThat(lines).hasSize(4);
        assertThat(lines).noneMatch(line -> line.endsWith(" ") || line.contains("\n"));
        assertThat(lines.get(1)).endsWith("first line second line");
    }

    @Test
    void endsWithTheHeadline() {
        List<String> lines = VerdictTable.render(VerdictFixtures.holdVerdict());

        assertThat(lines.get(lines.size() - 1)).isEqualTo("HOLD: 1 failed, 1 held, 2 passed, 1 warning, 1 skipped");
        assertThat(lines.get(0)).startsWith("GATE");
    }

    private static GateResult timed(String gate, String module, GateStatus status, long millis, String summary) {
        return new GateResult(
                gate,
                "com.example:" + module,
                status,
                summary,
                List.of(),
                VerdictFixtures.BUILD_ID,
                VerdictFixtures.STARTED,
                millis,
                Map.of());
    }
}
