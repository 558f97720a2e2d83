package dev.gatekeeper.verdict;

import static dev.gatekeeper.verdict.VerdictFixtures.FINISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html as EvidenceFiles writes it, read as text; HtmlReportRenderingTest renders it. */
class HtmlReportTest {
    private static final Pattern BAR = Pattern.compile("margin-left:([0-9.]+)%;width:([0-9.]+)%");

    @TempDir
    Path outputDirectory;

    @Test
    void escapesEveryGateProvidedStringSoNoMarkupGetsThrough() throws IOException {
        String html = writeAndRead(ReportFixtures.realisticHold());

        assertThat(html)
                .contains(ReportFixtures.HOSTILE_ESCAPED)
                .contains("docs/&lt;img src=x onerror=alert(1)&gt;.md:7")
                .contains("&lt;/pre&gt;&lt;script&gt;alert(&#39;detail&#39;)&lt;/script&gt;")
                .doesNotContainIgnoringCase("<script")
                .doesNotContain("<img");
    }

    @Test
    void escapesMarkupCharactersAndReplacesControlCharacters() {
        assertThat(HtmlReport.escape("<a href=\"x\">'&'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assertThat(HtmlReport.escape("bell\u0007 nul\u0000 line\r\nnext\rlast\ttab"))
                .isEqualTo("bell\uFFFD nul\uFFFD line\nnext\nlast\ttab");
        assertThat(HtmlReport.escape(null)).isEmpty();
    }

    @Test
    void fetchesNothingAndRunsNothing() throws IOException {
        String html = writeAndRead(ReportFixtures.realisticHold());

        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                        + " style-src 'unsafe-inline'; img-src data:\">")
                .contains("<style>")
                .doesNotContain("http://", "https://", "src=\"", "rel=\"stylesheet\"", "@import", "url(");
    }

    @Test
    void showsTheOutcomeInWordsFirstThenTheBuild() throws IOException {
        String hold = writeAndRead(ReportFixtures.realisticHold());
        String ready = writeAndRead(VerdictFixtures.readyVerdict());

        assertThat(hold)
                .contains(
                        "<header class=\"verdict hold\">",
                        "<span class=\"word\">HOLD</span>",
                        "Hold: do not merge yet",
                        "1 error, 1 failed, 2 held, 3 passed, 1 warning, 1 skipped",
                        "com.example:shop-parent:1.4.0-SNAPSHOT",
                        "9c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d",
                        "<dd>3.9.9</dd>",
                        "<dd>17.0.15</dd>",
                        "2025-03-01 09:30:00 UTC",
                        "2025-03-01 09:34:12 UTC (after 4 min 12 s)");
        assertThat(hold.indexOf("class=\"word\">HOLD")).isLessThan(hold.indexOf("<h2>Gates</h2>"));
        assertThat(ready)
                .contains("<header class=\"verdict ready\">", "<span class=\"word\">READY</span>", "Ready to merge")
                .doesNotContain("<dt>Commit</dt>");
    }

    @Test
    void onHoldOpensWithEveryBlockingFindingBeforeTheGateTable() throws IOException {
        String html = writeAndRead(ReportFixtures.realisticHold());

        int blocking = html.indexOf("<section class=\"blocking\">");
        assertThat(blocking)
                .as("the blocking findings' section")
                .isPositive()
                .isLessThan(html.indexOf("<h2>Gates</h2>"));
        String section = html.substring(blocking, html.indexOf("</section>", blocking));
        assertThat(section).contains("<h2>What blocks the merge</h2>");
        assertThat(count(section, "<li class=\"blocker\">")).isEqualTo(4);
        // gate, module, code, message and fix, in verdict order (shop-parent's docs before shop-core's certify)
        assertThat(section)
                .contains(
                        "<a href=\"#result-3\">docs</a>",
                        "<span class=\"module\" title=\"com.example:shop-parent\">shop-parent</span>",
                        "<code class=\"code\">DOCS_BROKEN_LINK</code>",
                        ReportFixtures.HOSTILE_ESCAPED,
                        "<span class=\"label\">Fix</span> <code>Fix the link in docs/setup.md or create the file it points to</code>");
        assertThat(section.indexOf("DOCS_BROKEN_LINK")).isLessThan(section.indexOf("CERTIFY_TEST_FAILED"));
        assertThat(section)
                .contains("CERTIFY_TEST_FAILED", "SNAPSHOT_CHANGED", "SBOM_GATE_ERROR")
                .doesNotContain("CERTIFY_SLOW_TEST", "AUDIT_VULNERABILITY");
    }

    @Test
    void aReadyVerdictHasNoBlockingSection() throws IOException {
        assertThat(writeAndRead(VerdictFixtures.readyVerdict())).doesNotContain("class=\"blocking\"", "What blocks");
    }

    @Test
    void aRowWithSeveralFindingsSaysHowMany() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            findings.add(
                    Finding.of("DOCS_BROKEN_LINK", GateStatus.HOLD, "docs/page-" + i + ".md links to a missing file"));
        }
        // as a gate's evaluation writes it: the summary is the first finding's message
        Verdict verdict = Verdict.of(
                VerdictFixtures.build(),
                List.of(VerdictFixtures.result(
                        "docs", "shop", GateStatus.HOLD, findings.get(0).message(), findings.toArray(Finding[]::new))));

        String html = HtmlReport.render(verdict, FINISHED);

        assertThat(html)
                .contains(
                        "<td class=\"reason\">9 findings: docs/page-0.md links to a missing file;"
                                + " docs/page-1.md links to a missing file; docs/page-2.md links to a missing file; and 6 more</td>");
    }

    @Test
    void anInformationalFindingOfAPassingGateReadsAsANoteNotAProblem() {
        Verdict verdict = Verdict.of(
                VerdictFixtures.build(),
                List.of(VerdictFixtures.result(
                        "sbom",
                        "shop",
                        GateStatus.PASS,
                        "7 components, complete, hashes match",
                        Finding.of(
                                        "SBOM_PROJECT_HASH_MISSING",
                                        GateStatus.PASS,
                                        "bom.json records no hash of the project's own artifact")
                                .withFix("Nothing to do before merging; publish checksums of the released artifact"))));

        String html = HtmlReport.render(verdict, FINISHED);

        String finding = html.substring(
                html.indexOf("<li class=\"finding info\">"),
                html.indexOf("</li>", html.indexOf("<li class=\"finding")));
        assertThat(finding)
                .contains(
                        "<span class=\"badge s-info\">INFO</span>",
                        "<p class=\"note\"><span class=\"label\">Note</span>",
                        "Nothing to do before merging")
                .doesNotContain(">PASS<", ">Fix<");
        assertThat(html).contains("<p class=\"summary\">7 components, complete, hashes match</p>");
    }

    @Test
    void theTimelineLegendShowsTheColourOfEveryStatusItsBarsHaveAndOfTheToolShare() throws IOException {
        String html = writeAndRead(VerdictFixtures.readyVerdict());

        String legend = html.substring(
                html.indexOf("<p class=\"legend\">"), html.indexOf("</p>", html.indexOf("<p class=\"legend\">")));
        assertThat(legend)
                .contains(
                        "<span class=\"swatch bar s-pass\"></span> PASS",
                        "<span class=\"swatch bar s-warn\"></span> WARN",
                        "<span class=\"swatch bar s-skipped\"></span> SKIPPED",
                        "<span class=\"swatch bar split s-pass\"><span class=\"tools\"></span></span> darker part: time in the tools")
                .doesNotContain("s-fail", "s-hold", "s-error");
    }

    @Test
    void tabulatesEveryResultWithStatusDurationAndReasonLinkedToItsFindings() throws IOException {
        Verdict verdict = ReportFixtures.realisticHold();
        String html = writeAndRead(verdict);

        assertThat(rows(html)).hasSize(verdict.results().size());
        assertThat(html)
                .contains(
                        "<tr><td><a href=\"#result-2\">audit</a></td><td></td>"
                                + "<td title=\"com.example:shop-parent\">shop-parent</td><td><span class=\"badge s-warn\">WARN</span>");
        assertThat(html)
                .contains(
                        "<td class=\"num\">38.2 s</td><td class=\"reason\">com.example.shop.CartTest.totals failed</td>")
                .contains("<td>openapi</td>")
                .contains("<article id=\"result-2\" class=\"result s-warn\">");
        for (GateStatus status : GateStatus.values()) {
            assertThat(html).contains(HtmlReport.badge(status));
        }
    }

    @Test
    void listsEachFindingWithItsCodeLocationFixAndACollapsedDetail() throws IOException {
        String html = writeAndRead(ReportFixtures.realisticHold());

        assertThat(html)
                .contains("<code class=\"code\">SNAPSHOT_CHANGED</code>")
                .contains("at <code>shop-api/src/test/snapshots/openapi.json:212</code>")
                .contains("<span class=\"label\">Fix</span> <code>Run &#39;mvn verify -Pmerge-ready"
                        + " -Dgatekeeper.snapshot.update&#39; to approve the new output</code>")
                .contains("<details><summary>Detail</summary><pre>--- approved\n+++ actual\n")
                .doesNotContain("<details open");
        assertThat(html).contains("<p class=\"empty\">No findings.</p>");
    }

    @Test
    void placesTimelineBarsByStartAndDurationSoParallelGatesOverlap() throws IOException {
        Verdict verdict = ReportFixtures.realisticHold();
        String html = writeAndRead(verdict);

        List<double[]> bars = bars(html);
        assertThat(bars).hasSize(verdict.results().size());
        // The span is 47.15 s: release-plan ends last, at 46.8 s + 350 ms.
        assertThat(html).contains("47.2 s after the first gate started");
        // Results are in verdict order: shop-parent's certify, audit, docs, release-plan, then shop-core's certify.
        assertThat(bars.get(0)).containsExactly(0.0, 0.87);
        assertThat(bars.get(1)[0]).isCloseTo(82.71, offset(0.01));
        double[] coreCertify = bars.get(4);
        double[] apiCertify = bars.get(5);
        assertThat(coreCertify[0]).isCloseTo(0.95, offset(0.01));
        assertThat(apiCertify[0]).isLessThan(coreCertify[0] + coreCertify[1]);
    }

    @Test
    void darkensTheShareOfEachBarSpentInToolsAndNamesThemInItsTitle() throws IOException {
        String html = writeAndRead(ReportFixtures.realisticHold());

        List<String> bars =
                html.lines().filter(line -> line.contains("class=\"bar ")).toList();
        String parentCertify = bars.get(0);
        String audit = bars.get(1);
        // 330 of 410 ms and 5.8 of 6.4 s.
        assertThat(parentCertify)
                .contains(
                        "<span class=\"tools\" style=\"width:80.49%\"></span>",
                        "runs 410 ms, of it 330 ms in tools (command 330 ms), 80 ms in Gatekeeper");
        assertThat(audit)
                .contains(
                        "<span class=\"tools\" style=\"width:90.63%\"></span>",
                        "of it 5.8 s in tools (dependency-check 5.6 s, maven-resolver 200 ms), 600 ms in Gatekeeper");
        assertThat(bars).filteredOn(bar -> bar.contains("class=\"tools\"")).hasSize(2);
        assertThat(html).contains("<p class=\"legend\">");
    }

    @Test
    void keepsAReportWithHundredsOfFindingsSmallAndItsDetailsCollapsed() throws IOException {
        String html = HtmlReport.render(ReportFixtures.manyFindings(500, 10_000), FINISHED);

        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(5_000_000);
        assertThat(count(html, "<li class=\"finding\">")).isEqualTo(500);
        assertThat(count(html, "<details>")).isEqualTo(500);
        assertThat(html).doesNotContain("<details open");
        String cutDetail =
                "x".repeat(HtmlReport.MAX_DETAIL_LENGTH) + "\n… (cut here; evidence.json has all 10000 characters)";
        assertThat(preformatted(html)).hasSize(500).allMatch(cutDetail::equals);
    }

    @Test
    void aVerdictWithoutResultsStillRenders() {
        Verdict empty = Verdict.of(VerdictFixtures.build(), List.of());

        String html = HtmlReport.render(empty, FINISHED);

        assertThat(html)
                .contains("<span class=\"word\">READY</span>", "no gates ran", "No gate ran.")
                .doesNotContain("<h2>Timeline</h2>", "<h2>Findings</h2>");
    }

    @Test
    void aFindingWithoutLocationFixOrDetailShowsOnlyItsMessage() {
        Verdict verdict = Verdict.of(
                VerdictFixtures.build(),
                List.of(VerdictFixtures.result(
                        "docs",
                        "shop",
                        GateStatus.WARN,
                        "one warning",
                        Finding.of("DOCS_LONG", GateStatus.WARN, "README.md is long"))));

        String html = HtmlReport.render(verdict, FINISHED);

        String finding = html.substring(
                html.indexOf("<li class=\"finding\">"), html.indexOf("</li>", html.indexOf("<li class=\"finding\">")));
        assertThat(finding)
                .contains("DOCS_LONG", "README.md is long")
                .doesNotContain("class=\"where\"", "Fix", "<details>");
    }

    private String writeAndRead(Verdict verdict) throws IOException {
        EvidenceFiles.writeAll(verdict, outputDirectory, FINISHED);
        return Files.readString(outputDirectory.resolve(EvidenceFiles.REPORT_HTML));
    }

    private static List<String> rows(String html) {
        String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        return body.lines().filter(line -> line.startsWith("<tr>")).toList();
    }

    private static List<double[]> bars(String html) {
        Matcher matcher = BAR.matcher(html);
        List<double[]> bars = new ArrayList<>();
        while (matcher.find()) {
            bars.add(new double[] {Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2))});
        }
        return bars;
    }

    private static List<String> preformatted(String html) {
        List<String> blocks = new ArrayList<>();
        for (int start = html.indexOf("<pre>"); start >= 0; start = html.indexOf("<pre>", start + 1)) {
            blocks.add(html.substring(start + "<pre>".length(), html.indexOf("</pre>", start)));
        }
        return blocks;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
