package dev.gatekeeper.verdict;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The verdict as one self-contained HTML page: the outcome first, then, when it holds, every finding
 * that blocks the merge with its fix, then a table of every result, a timeline of when each gate ran,
 * and every finding with its fix. The page fetches nothing and runs
 * no script: its styles are inline and its Content-Security-Policy forbids everything else, so it
 * can be opened from a CI artifact store as it is. Every value that comes from a gate is escaped.
 */
final class HtmlReport {
    /** A finding's detail longer than this is cut in the page; evidence.json keeps it whole. */
    static final int MAX_DETAIL_LENGTH = 8000;

    /** The badge of an informational finding: not a status of its own, so not a {@link GateStatus}. */
    static final String INFO_BADGE = "<span class=\"badge s-info\">INFO</span>";

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final String STYLE = loadStyle();

    private HtmlReport() {}

    static String render(Verdict verdict, Instant finishedAt) {
        StringBuilder html = new StringBuilder(16 * 1024);
        BuildInfo build = verdict.build();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(CONTENT_SECURITY_POLICY)
                .append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                // An empty icon, so the browser does not go looking for /favicon.ico.
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>Gatekeeper ")
                .append(verdict.outcome())
                .append(" — ")
                .append(escape(build.artifactId() + " " + build.version()))
                .append("</title>\n")
                .append("<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        appendHeader(html, verdict, finishedAt);
        html.append("<main>\n");
        appendBlocking(html, verdict.results());
        appendGateTable(html, verdict.results());
        ReportTimeline.append(html, verdict.results());
        appendFindings(html, verdict.results());
        html.append("</main>\n<footer>Written by gatekeeper ")
                .append(escape(build.gatekeeperVersion()))
                .append(". Everything on this page is also in evidence.json.</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void appendHeader(StringBuilder html, Verdict verdict, Instant finishedAt) {
        BuildInfo build = verdict.build();
        String outcomeClass = verdict.ready() ? "ready" : "hold";
        String mark = verdict.ready() ? "✓" : "!";
        String meaning = verdict.ready() ? "Ready to merge" : "Hold: do not merge yet";
        html.append("<header class=\"verdict ")
                .append(outcomeClass)
                .append("\">\n")
                .append("<div class=\"outcome\"><span class=\"mark\" aria-hidden=\"true\">")
                .append(mark)
                .append("</span><span class=\"word\">")
                .append(verdict.outcome())
                .append("</span></div>\n")
                .append("<div class=\"headline\"><p class=\"meaning\">")
                .append(meaning)
                .append("</p>\n")
                .append("<p class=\"tally\">")
                .append(escape(verdict.tally()))
                .append("</p></div>\n")
                .append("</header>\n<dl class=\"build\">\n");
        term(html, "Project", build.groupId() + ":" + build.artifactId() + ":" + build.version());
        if (build.commit() != null && !build.commit().isBlank()) {
            term(html, "Commit", build.commit());
        }
        term(html, "Maven", build.mavenVersion());
        term(html, "Java", build.javaVersion());
        term(html, "Started", WHEN.format(build.startedAt()));
        term(
                html,
                "Verdict",
                WHEN.format(finishedAt) + " (after "
                        + Text.duration(
                                Duration.between(build.startedAt(), finishedAt).toMillis()) + ")");
        term(html, "Build id", build.buildId());
        html.append("</dl>\n");
    }

    private static void term(StringBuilder html, String name, String value) {
        html.append("<div><dt>")
                .append(name)
                .append("</dt><dd>")
                .append(escape(value))
                .append("</dd></div>\n");
    }

    private static void appendGateTable(StringBuilder html, List<GateResult> results) {
        html.append("<section class=\"gates\">\n<h2>Gates</h2>\n");
        if (results.isEmpty()) {
            html.append("<p class=\"empty\">No gate ran.</p>\n</section>\n");
            return;
        }
        html.append("<table>\n<thead><tr><th>Gate</th><th>Subject</th><th>Module</th><th>Status</th>")
                .append("<th class=\"num\">Duration</th><th>Reason</th></tr></thead>\n<tbody>\n");
        for (int index = 0; index < results.size(); index++) {
            GateResult result = results.get(index);
            html.append("<tr><td><a href=\"#")
                    .append(anchor(index))
                    .append("\">")
                    .append(escape(result.gate()))
                    .append("</a></td><td>")
                    .append(escape(nullToEmpty(result.subject())))
                    .append("</td><td title=\"")
                    .append(escape(result.module()))
                    .append("\">")
                    .append(escape(result.moduleName()))
                    .append("</td><td>")
                    .append(badge(result.status()))
                    .append(reusedMark(result))
                    .append("</td><td class=\"num\">")
                    .append(Text.duration(result.durationMillis()))
                    .append("</td><td class=\"reason\">")
                    .append(escape(Text.reason(result)))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    /**
     * What a reader of a held build needs first: each blocking finding (gate, module, code, message,
     * location, fix) in verdict order, linked to its gate's full result; a blocking result without
     * findings (a gate that broke) with its summary. Nothing for a build that is ready.
     */
    private static void appendBlocking(StringBuilder html, List<GateResult> results) {
        if (results.stream().noneMatch(result -> result.status().blocksMerge())) {
            return;
        }
        html.append("<section class=\"blocking\">\n<h2>What blocks the merge</h2>\n<ol class=\"blockers\">\n");
        for (int index = 0; index < results.size(); index++) {
            GateResult result = results.get(index);
            if (!result.status().blocksMerge()) {
                continue;
            }
            List<Finding> findings = result.blockingFindings();
            if (findings.isEmpty()) {
                appendBlocker(html, result, index, result.status(), null, result.summary());
                html.append("</li>\n");
            }
            for (Finding finding : findings) {
                appendBlocker(html, result, index, finding.severity(), finding.code(), finding.message());
                appendWhereAndFix(html, finding);
                html.append("</li>\n");
            }
        }
        html.append("</ol>\n</section>\n");
    }

    private static void appendBlocker(
            StringBuilder html, GateResult result, int index, GateStatus status, String code, String message) {
        html.append("<li class=\"blocker\">")
                .append(badge(status))
                .append(" <a href=\"#")
                .append(anchor(index))
                .append("\">")
                .append(escape(result.label()))
                .append("</a> <span class=\"module\" title=\"")
                .append(escape(result.module()))
                .append("\">")
                .append(escape(result.moduleName()))
                .append("</span>");
        if (code != null) {
            html.append(" <code class=\"code\">").append(escape(code)).append("</code>");
        }
        html.append("<p class=\"message\">").append(escape(message)).append("</p>\n");
    }

    private static void appendFindings(StringBuilder html, List<GateResult> results) {
        if (results.isEmpty()) {
            return;
        }
        html.append("<section class=\"findings\">\n<h2>Findings</h2>\n");
        for (int index = 0; index < results.size(); index++) {
            appendResult(html, results.get(index), anchor(index));
        }
        html.append("</section>\n");
    }

    private static void appendResult(StringBuilder html, GateResult result, String anchor) {
        html.append("<article id=\"")
                .append(anchor)
                .append("\" class=\"result ")
                .append(statusClass(result.status()))
                .append("\">\n<h3>")
                .append(badge(result.status()))
                .append(reusedMark(result))
                .append(" <span class=\"gate\">")
                .append(escape(result.label()))
                .append("</span>")
                .append(" <span class=\"module\">")
                .append(escape(result.module()))
                .append("</span>")
                .append(" <span class=\"took\">")
                .append(Text.duration(result.durationMillis()))
                .append("</span></h3>\n");
        if (!result.summary().isBlank()) {
            html.append("<p class=\"summary\">")
                    .append(escape(result.summary()))
                    .append("</p>\n");
        }
        if (result.findings().isEmpty()) {
            html.append("<p class=\"empty\">No findings.</p>\n");
        } else {
            html.append("<ol class=\"finding-list\">\n");
            for (Finding finding : result.findings()) {
                appendFinding(html, finding);
            }
            html.append("</ol>\n");
        }
        html.append("</article>\n");
    }

    /**
     * A finding with its code, message, location, fix and collapsed detail. An informational one (a
     * PASS finding, such as SBOM_PROJECT_HASH_MISSING) shows as INFO with a note instead of a fix, so
     * that it does not read like a problem.
     */
    private static void appendFinding(StringBuilder html, Finding finding) {
        boolean information = isInformation(finding);
        html.append(
                        information
                                ? "<li class=\"finding info\">" + INFO_BADGE
                                : "<li class=\"finding\">" + badge(finding.severity()))
                .append(" <code class=\"code\">")
                .append(escape(finding.code()))
                .append("</code>")
                .append("<p class=\"message\">")
                .append(escape(finding.message()))
                .append("</p>\n");
        appendWhereAndFix(html, finding);
        if (finding.detail() != null && !finding.detail().isBlank()) {
            html.append("<details><summary>Detail</summary><pre>")
                    .append(escape(detail(finding.detail())))
                    .append("</pre></details>\n");
        }
        html.append("</li>\n");
    }

    private static void appendWhereAndFix(StringBuilder html, Finding finding) {
        String location = Text.location(finding.file(), finding.line());
        if (!location.isEmpty()) {
            html.append("<p class=\"where\">at <code>").append(escape(location)).append("</code></p>\n");
        }
        if (finding.fix() != null && !finding.fix().isBlank()) {
            html.append(
                            isInformation(finding)
                                    ? "<p class=\"note\"><span class=\"label\">Note</span> <code>"
                                    : "<p class=\"fix\"><span class=\"label\">Fix</span> <code>")
                    .append(escape(finding.fix().strip()))
                    .append("</code></p>\n");
        }
    }

    /** A finding that changes nothing about its gate's status: information, not a problem. */
    static boolean isInformation(Finding finding) {
        return finding.severity() == GateStatus.PASS;
    }

    private static String detail(String detail) {
        if (detail.length() <= MAX_DETAIL_LENGTH) {
            return detail;
        }
        int end = Character.isHighSurrogate(detail.charAt(MAX_DETAIL_LENGTH - 1))
                ? MAX_DETAIL_LENGTH - 1
                : MAX_DETAIL_LENGTH;
        return detail.substring(0, end) + "\n" + Text.ELLIPSIS + " (cut here; evidence.json has all " + detail.length()
                + " characters)";
    }

    /** " reused" after the badge of a result reused from an earlier build, naming that build; else empty. */
    static String reusedMark(GateResult result) {
        if (result.reusedFrom() == null) {
            return "";
        }
        return " <span class=\"reused\" title=\"inputs unchanged since build "
                + escape(result.reusedFrom().buildId()) + " at "
                + escape(result.reusedFrom().startedAt().toString()) + "\">reused</span>";
    }

    /** A status as a word in a coloured pill: the word carries the meaning, the colour only helps. */
    static String badge(GateStatus status) {
        return "<span class=\"badge " + statusClass(status) + "\">" + status.name() + "</span>";
    }

    static String statusClass(GateStatus status) {
        return "s-" + status.name().toLowerCase(Locale.ROOT);
    }

    /** Anchors are numbered, never derived from a gate's name, so no gate-provided text reaches an attribute unescaped. */
    static String anchor(int index) {
        return "result-" + (index + 1);
    }

    /**
     * Text safe in element content and in quoted attribute values. Control characters other than
     * line breaks and tabs, which HTML does not allow, become U+FFFD.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '\n', '\t' -> escaped.append(c);
                case '\r' -> escaped.append(i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "" : "\n");
                default -> escaped.append(Character.isISOControl(c) ? '\uFFFD' : c);
            }
        }
        return escaped.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String loadStyle() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the plugin's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report.css from the plugin's jar", e);
        }
    }
}
