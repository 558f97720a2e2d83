package dev.gatekeeper.verdict;

import static dev.gatekeeper.verdict.VerdictFixtures.build;
import static dev.gatekeeper.verdict.VerdictFixtures.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictReportTest {
    private static final Path EVIDENCE = Path.of("target", "gatekeeper");

    @Test
    void listsEveryBlockingFindingOfEveryBlockingGateWithLocationAndFix() {
        String message = VerdictReport.failureMessage(VerdictFixtures.holdVerdict(), EVIDENCE);

        assertThat(message.lines())
                .containsSubsequence(
                        "[certify] shop-core: ShopTest.checkout failed (CERTIFY_TEST_FAILED)",
                        "  at shop-core/src/main/java/Shop.java:42",
                        "  fix: mvn -pl shop-core test -Dtest=ShopTest",
                        "[certify] shop-core: CartTest.total failed (CERTIFY_TEST_FAILED)",
                        "  at shop-core/src/main/java/Shop.java:42",
                        "  fix: mvn -pl shop-core test -Dtest=CartTest",
                        "[snapshot] shop-api: com.example:pricing:1.1-SNAPSHOT is a snapshot (SNAPSHOT_DEPENDENCY)",
                        "  at shop-core/src/main/java/Shop.java:42",
                        "  fix: release com.example:pricing first");
    }

    @Test
    void leavesOutFindingsThatDoNotBlock() {
        String message = VerdictReport.failureMessage(VerdictFixtures.holdVerdict(), EVIDENCE);

        assertThat(message).doesNotContain("CERTIFY_SLOW_TEST").doesNotContain("DOCS_STALE_VERSION");
    }

    @Test
    void startsWithTheOutcomeAndEndsPointingAtTheEvidence() {
        List<String> lines = VerdictReport.failureMessage(VerdictFixtures.holdVerdict(), EVIDENCE)
                .lines()
                .toList();

        assertThat(lines.get(0))
                .isEqualTo("Gatekeeper verdict: HOLD — 2 gates block the merge "
                        + "(1 failed, 1 held, 2 passed, 1 warning, 1 skipped)");
        assertThat(lines.get(lines.size() - 1))
                .startsWith("Evidence: " + EVIDENCE)
                .contains("summary.md", "gatekeeper.sarif");
    }

    @Test
    void namesABlockingGateThatRecordedNoFindingByItsSummary() {
        Verdict verdict = Verdict.of(
                build(),
                List.of(result("smoke", "core", GateStatus.ERROR, "smoke command did not start: bash not found")));

        String message = VerdictReport.failureMessage(verdict, EVIDENCE);

        assertThat(message).startsWith("Gatekeeper verdict: HOLD — 1 gate blocks the merge");
        assertThat(message.lines()).contains("[smoke] core: smoke command did not start: bash not found (ERROR)");
    }

    @Test
    void keepsTheLinesOfAMultiLineFixTogether() {
        Finding finding = Finding.of("DOCS_MISSING_SECTION", GateStatus.FAIL, "README has no Usage section")
                .withFix("add to README.md:\n## Usage\nmvn verify");
        Verdict verdict = Verdict.of(build(), List.of(result("docs", "core", GateStatus.FAIL, "", finding)));

        String message = VerdictReport.failureMessage(verdict, EVIDENCE);

        assertThat(message).contains("  fix: add to README.md:\n       ## Usage\n       mvn verify\n");
    }
}
