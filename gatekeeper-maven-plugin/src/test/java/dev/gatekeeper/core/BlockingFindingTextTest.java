package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one text of a blocking result, shared by the verdict's failure and a goal that fails fast. */
class BlockingFindingTextTest {

    private static GateResult result(GateStatus status, String summary, Finding... findings) {
        return new GateResult(
                "certify", "com.example:app", status, summary, List.of(findings), "b1", Instant.EPOCH, 0, Map.of());
    }

    @Test
    void eachBlockingFindingHasItsCodeLocationAndFixAndInformationIsLeftOut() {
        GateResult result = result(
                GateStatus.FAIL,
                "1 test failed",
                Finding.of("CERTIFY_TEST_FAILED", GateStatus.FAIL, "GreeterTest.greets failed:\nexpected Bonjour")
                        .withFile("src/test/java/GreeterTest.java", 12)
                        .withFix("Run 'mvn verify -Dtest=GreeterTest#greets'"),
                Finding.of("CERTIFY_COMMAND_PASSED", GateStatus.PASS, "lint passed")
                        .withFix("nothing"));

        assertThat(BlockingFindingText.of(result)).isEqualTo("""
                [certify] app: GreeterTest.greets failed: expected Bonjour (CERTIFY_TEST_FAILED)
                  at src/test/java/GreeterTest.java:12
                  fix: Run 'mvn verify -Dtest=GreeterTest#greets'
                """);
    }

    @Test
    void aMultiLineFixKeepsItsLinesIndentedUnderTheFirst() {
        GateResult result = result(
                GateStatus.HOLD,
                "no changelog entry",
                Finding.of("RELEASE_PLAN_NO_CHANGELOG_ENTRY", GateStatus.HOLD, "CHANGELOG.md has no 1.2.0")
                        .withFix("Add to CHANGELOG.md:\n## 1.2.0\n- what changed"));

        assertThat(BlockingFindingText.of(result)).endsWith("""
                  fix: Add to CHANGELOG.md:
                       ## 1.2.0
                       - what changed
                """);
    }

    @Test
    void aResultWithoutABlockingFindingIsItsSummaryAndStatus() {
        assertThat(BlockingFindingText.of(result(GateStatus.ERROR, "certify could not run")))
                .isEqualTo("[certify] app: certify could not run (ERROR)\n");
    }
}
