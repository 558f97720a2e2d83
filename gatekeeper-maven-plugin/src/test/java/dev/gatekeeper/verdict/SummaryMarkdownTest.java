package dev.gatekeeper.verdict;

import static dev.gatekeeper.verdict.VerdictFixtures.build;
import static dev.gatekeeper.verdict.VerdictFixtures.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summary.md as EvidenceFiles writes it. */
class SummaryMarkdownTest {
    @TempDir
    Path outputDirectory;

    @Test
    void headsWithTheOutcomeAndTabulatesEveryResult() throws IOException {
        List<String> lines = writeAndRead(VerdictFixtures.holdVerdict()).lines().toList();

        assertThat(lines.get(0)).isEqualTo("## Gatekeeper verdict: HOLD");
        assertThat(lines)
                .contains(
                        "| Gate | Module | Status | Duration | Reason |",
                        "| certify | shop-core | FAIL | 3.2 s | 2 tests failed |",
                        "| snapshot | shop-api | HOLD | 1.2 s | depends on a SNAPSHOT |");
        assertThat(lines).filteredOn(line -> line.startsWith("| ")).hasSize(2 + 6);
    }

    @Test
    void saysUnderTheTableHowMuchOfTheGateTimeWasGatekeepersOwnCode() throws IOException {
        List<String> lines = writeAndRead(VerdictFixtures.holdVerdict()).lines().toList();

        // 3.2 s + 5 × 1.2 s of gates, all started at once (3.2 s together), 2.9 s of it in a command and
        // 1.0 s in Dependency-Check.
        String line =
                "Gate time 9.2 s (gates ran side by side: 3.2 s from the first gate's start to the last one's end), of it Gatekeeper's own code 5.3 s (57.6 %); tools: command 2.9 s, dependency-check 1.0 s";
        assertThat(lines).contains(line);
        int lastRow = lines.size() - 1;
        while (!lines.get(lastRow).startsWith("| ")) {
            lastRow--;
        }
        assertThat(lines.indexOf(line)).isEqualTo(lastRow + 2);
    }

    @Test
    void listsEachBlockingFindingWithItsCodeFileAndFixInBackticks() throws IOException {
        String summary = writeAndRead(VerdictFixtures.holdVerdict());

        String blocking = section(summary, "### Blocking findings");
        assertThat(blocking.lines())
                .contains(
                        "- **snapshot** shop-api `SNAPSHOT_DEPENDENCY`: com.example:pricing:1.1-SNAPSHOT is a snapshot"
                                + " — `shop-core/src/main/java/Shop.java:42` — fix: `release com.example:pricing first`");
        assertThat(blocking)
                .contains("fix: `mvn -pl shop-core test -Dtest=ShopTest`")
                .contains("fix: `mvn -pl shop-core test -Dtest=CartTest`")
                .doesNotContain("DOCS_STALE_VERSION");
        assertThat(section(summary, "### Other findings"))
                .contains("`DOCS_STALE_VERSION`: README.md mentions 2.3.0 — `README.md:3`")
                .contains("`CERTIFY_SLOW_TEST`");
    }

    @Test
    void onHoldOpensWithTheBlockingFindingsBeforeTheTable() throws IOException {
        List<String> lines = writeAndRead(VerdictFixtures.holdVerdict()).lines().toList();

        int blocking = lines.indexOf("### Blocking findings");
        int firstFinding = blocking + 2;
        assertThat(blocking).as("the blocking findings' heading").isEqualTo(4);
        assertThat(lines.get(firstFinding))
                .startsWith("- **certify** shop-core `CERTIFY_TEST_FAILED`: ShopTest.checkout failed")
                .endsWith("fix: `mvn -pl shop-core test -Dtest=ShopTest`");
        assertThat(lines.indexOf("### Gates")).isGreaterThan(firstFinding);
        assertThat(lines.indexOf("| Gate | Module | Status | Duration | Reason |"))
                .isGreaterThan(lines.indexOf("### Gates"));
    }

    @Test
    void aReadyVerdictHasNoBlockingSectionAndStartsWithTheTable() throws IOException {
        List<String> lines =
                writeAndRead(VerdictFixtures.readyVerdict()).lines().toList();

        assertThat(lines).doesNotContain("### Blocking findings");
        assertThat(lines.get(4)).isEqualTo("### Gates");
    }

    @Test
    void escapesPipesAndLineBreaksSoEveryRowKeepsItsFiveCells() throws IOException {
        Verdict verdict = Verdict.of(
                build(),
                List.of(result(
                        "certify",
                        "core",
                        GateStatus.FAIL,
                        "a | b\nsecond line",
                        Finding.of("CERTIFY_PIPE", GateStatus.FAIL, "x | y").withFix("grep 'a|b' pom.xml"))));

        String summary = writeAndRead(verdict);

        String row = summary.lines()
                .filter(line -> line.startsWith("| certify"))
                .findFirst()
                .orElseThrow();
        assertThat(row).isEqualTo("| certify | core | FAIL | 1.2 s | a \\| b<br>second line |");
        assertThat(unescapedPipes(row)).isEqualTo(6);
        assertThat(summary).contains("fix: `grep 'a|b' pom.xml`");
    }

    @Test
    void keepsCodeSpansIntactWhenTheFixContainsBackticks() {
        assertThat(SummaryMarkdown.code("run `mvn verify`")).isEqualTo("`` run `mvn verify` ``");
        assertThat(SummaryMarkdown.code("a ``b`` c")).isEqualTo("```a ``b`` c```");
        assertThat(SummaryMarkdown.code("`x`")).isEqualTo("`` `x` ``");
    }

    @Test
    void aReadyVerdictWithoutBlockingFindingsHasNoBlockingSection() throws IOException {
        String summary = writeAndRead(VerdictFixtures.readyVerdict());

        assertThat(summary)
                .startsWith("## Gatekeeper verdict: READY\n")
                .doesNotContain("### Blocking findings")
                .contains("### Other findings")
                .endsWith("\n")
                .doesNotEndWith("\n\n");
    }

    @Test
    void countsWarningsBeyondTheListLimitInsteadOfListingThem() throws IOException {
        Finding[] warnings = IntStream.range(0, SummaryMarkdown.MAX_OTHER_FINDINGS + 3)
                .mapToObj(i -> Finding.of("DOCS_W" + i, GateStatus.WARN, "warning " + i))
                .toArray(Finding[]::new);
        Verdict verdict = Verdict.of(build(), List.of(result("docs", "core", GateStatus.WARN, "many", warnings)));

        String other = section(writeAndRead(verdict), "### Other findings");

        assertThat(other.lines().filter(line -> line.startsWith("- **docs**")))
                .hasSize(SummaryMarkdown.MAX_OTHER_FINDINGS);
        assertThat(other).contains("- … and 3 more in `evidence.json`");
    }

    private String writeAndRead(Verdict verdict) throws IOException {
        EvidenceFiles.writeAll(verdict, outputDirectory, VerdictFixtures.FINISHED);
        return Files.readString(outputDirectory.resolve("summary.md"));
    }

    /** The text from {@code heading} to the next heading. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf(heading);
        assertThat(start).as("section %s", heading).isNotNegative();
        int end = markdown.indexOf("\n#", start + heading.length());
        return end < 0 ? markdown.substring(start) : markdown.substring(start, end);
    }

    private static long unescapedPipes(String row) {
        return IntStream.range(0, row.length())
                .filter(i -> row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\'))
                .count();
    }
}
