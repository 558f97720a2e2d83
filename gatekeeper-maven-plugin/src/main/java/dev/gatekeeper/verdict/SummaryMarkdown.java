package dev.gatekeeper.verdict;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verdict as GitHub-flavoured Markdown, short enough for a CI step summary or a PR comment.
 * The same verdict always renders to the same text, so a bot can update its comment only on change.
 */
final class SummaryMarkdown {
    /** WARN findings beyond this many are counted, not listed; evidence.json has them all. */
    static final int MAX_OTHER_FINDINGS = 10;

    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>&|~]");
    private static final Pattern BACKTICK_RUN = Pattern.compile("`+");

    private SummaryMarkdown() {}

    static String render(Verdict verdict) {
        StringBuilder md = new StringBuilder();
        md.append("## Gatekeeper verdict: ").append(verdict.outcome()).append("\n\n");
        md.append(verdict.tally())
                .append(" — ")
                .append(buildLine(verdict.build()))
                .append("\n\n");
        // What blocks comes first: a reader of a held build needs the findings and fixes, not the passing rows.
        appendBlockingFindings(md, verdict.blocking());
        appendTable(md, verdict.results());
        appendOtherFindings(md, verdict.results());
        return md.toString().stripTrailing() + "\n";
    }

    private static String buildLine(BuildInfo build) {
        String line = code(build.groupId() + ":" + build.artifactId() + ":" + build.version());
        if (build.commit() != null && !build.commit().isBlank()) {
            line += " at commit " + code(build.commit());
        }
        return line + ", build " + code(build.buildId());
    }

    private static void appendTable(StringBuilder md, List<GateResult> results) {
        if (results.isEmpty()) {
            return;
        }
        md.append("### Gates\n\n");
        md.append("| Gate | Module | Status | Duration | Reason |\n");
        md.append("| --- | --- | --- | --- | --- |\n");
        for (GateResult result : results) {
            md.append("| ")
                    .append(cell(result.label()))
                    .append(" | ")
                    .append(cell(result.moduleName()))
                    .append(" | ")
                    .append(Text.status(result))
                    .append(" | ")
                    .append(Text.duration(result.durationMillis()))
                    .append(" | ")
                    .append(cell(Text.reason(result)))
                    .append(" |\n");
        }
        String gateTime = GateTime.of(results).line();
        md.append('\n')
                .append(text(Character.toUpperCase(gateTime.charAt(0)) + gateTime.substring(1)))
                .append("\n\n");
    }

    private static void appendBlockingFindings(StringBuilder md, List<GateResult> blocking) {
        if (blocking.isEmpty()) {
            return;
        }
        md.append("### Blocking findings\n\n");
        for (GateResult result : blocking) {
            List<Finding> findings = result.blockingFindings();
            if (findings.isEmpty()) {
                md.append("- ")
                        .append(owner(result))
                        .append(' ')
                        .append(result.status())
                        .append(": ")
                        .append(text(result.summary()))
                        .append('\n');
            }
            for (Finding finding : findings) {
                md.append(findingItem(result, finding)).append('\n');
            }
        }
        md.append('\n');
    }

    private static void appendOtherFindings(StringBuilder md, List<GateResult> results) {
        List<String> items = new ArrayList<>();
        for (GateResult result : results) {
            for (Finding finding : result.findings()) {
                if (finding.severity() == GateStatus.WARN) {
                    items.add(findingItem(result, finding));
                }
            }
        }
        if (items.isEmpty()) {
            return;
        }
        md.append("### Other findings\n\n");
        items.stream().limit(MAX_OTHER_FINDINGS).forEach(item -> md.append(item).append('\n'));
        if (items.size() > MAX_OTHER_FINDINGS) {
            md.append("- … and ")
                    .append(items.size() - MAX_OTHER_FINDINGS)
                    .append(" more in ")
                    .append(code(EvidenceFiles.EVIDENCE_JSON))
                    .append('\n');
        }
        md.append('\n');
    }

    /** "- **certify** core `CERTIFY_TESTS_FAILED`: message — `file:12` — fix: `command`". */
    private static String findingItem(GateResult result, Finding finding) {
        StringBuilder item = new StringBuilder("- ")
                .append(owner(result))
                .append(' ')
                .append(code(finding.code()))
                .append(": ")
                .append(text(finding.message()));
        String location = Text.location(finding.file(), finding.line());
        if (!location.isEmpty()) {
            item.append(" — ").append(code(location));
        }
        if (finding.fix() != null && !finding.fix().isBlank()) {
            item.append(" — fix: ").append(code(finding.fix()));
        }
        return item.toString();
    }

    private static String owner(GateResult result) {
        return "**" + text(result.label()) + "** " + text(result.moduleName());
    }

    /** Plain text that Markdown must not interpret: punctuation escaped, kept on one line. */
    private static String text(String value) {
        return MARKDOWN_SPECIAL.matcher(Text.oneLine(value)).replaceAll("\\\\$0");
    }

    /** A table cell: like {@link #text}, but a line break stays visible as {@code <br>}. */
    private static String cell(String value) {
        String[] lines = (value == null ? "" : value.strip()).split("\\R+");
        List<String> escaped = new ArrayList<>();
        for (String line : lines) {
            escaped.add(text(line));
        }
        return String.join("<br>", escaped);
    }

    /**
     * An inline code span that survives any content: the fence is one backtick longer than the
     * longest run inside, and padded when the content starts or ends with a backtick.
     */
    static String code(String value) {
        String content = Text.oneLine(value);
        int longestRun = 0;
        Matcher runs = BACKTICK_RUN.matcher(content);
        while (runs.find()) {
            longestRun = Math.max(longestRun, runs.group().length());
        }
        String fence = "`".repeat(longestRun + 1);
        boolean pad = content.startsWith("`") || content.endsWith("`");
        return pad ? fence + " " + content + " " + fence : fence + content + fence;
    }
}
