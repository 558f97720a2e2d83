package dev.gatekeeper.verdict;

import dev.gatekeeper.core.BlockingFindingText;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.util.List;
import java.util.Locale;

/** Small text helpers shared by the table, the failure message, the evidence files and the gates' log lines. */
public final class Text {
    static final String ELLIPSIS = "…";

    private Text() {}

    /** "PASS", or "PASS (reused)" for a result reused from an earlier build whose inputs were the same. */
    public static String status(GateResult result) {
        return result.reusedFrom() == null
                ? result.status().name()
                : result.status().name() + " (reused)";
    }

    /** How many findings' messages a row's reason names before it only counts the rest. */
    static final int MESSAGES_IN_REASON = 3;

    /**
     * The reason a verdict row shows. A row that several findings of its own status make WARN, HOLD,
     * FAIL or ERROR, and whose summary is only the first of them (as a gate's is unless it wrote its
     * own), says how many and names the first ones: "9 findings: project name missing; project url
     * missing; no developers; and 6 more". Otherwise the gate's one-line summary ("2 tests failed").
     */
    public static String reason(GateResult result) {
        if (result.status() == GateStatus.PASS || result.status() == GateStatus.SKIPPED) {
            return result.summary();
        }
        List<String> messages = result.findings().stream()
                .filter(finding -> finding.severity() == result.status())
                .map(Finding::message)
                .map(Text::oneLine)
                .toList();
        if (messages.size() < 2 || !oneLine(result.summary()).equals(messages.get(0))) {
            return result.summary();
        }
        StringBuilder reason = new StringBuilder()
                .append(messages.size())
                .append(" findings: ")
                .append(String.join("; ", messages.subList(0, Math.min(MESSAGES_IN_REASON, messages.size()))));
        if (messages.size() > MESSAGES_IN_REASON) {
            reason.append("; and ").append(messages.size() - MESSAGES_IN_REASON).append(" more");
        }
        return reason.toString();
    }

    /** "850 ms", "3.2 s", "2 min 5 s", "1 h 3 min". */
    public static String duration(long millis) {
        if (millis < 1000) {
            return Math.max(0, millis) + " ms";
        }
        long tenths = Math.round(millis / 100.0);
        if (tenths < 600) {
            return String.format(Locale.ROOT, "%d.%d s", tenths / 10, tenths % 10);
        }
        long seconds = Math.round(millis / 1000.0);
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min " + seconds % 60 + " s";
        }
        return minutes / 60 + " h " + minutes % 60 + " min";
    }

    /** Collapses line breaks and tabs so that a value cannot break a line-based layout. */
    public static String oneLine(String text) {
        return BlockingFindingText.oneLine(text);
    }

    /** At most {@code maxLength} code points, the last one an ellipsis when anything was cut. */
    static String truncate(String text, int maxLength) {
        if (text.codePointCount(0, text.length()) <= maxLength) {
            return text;
        }
        int end = text.offsetByCodePoints(0, maxLength - 1);
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** "file:line", "file", or "" when the finding points nowhere. */
    static String location(String file, Integer line) {
        return BlockingFindingText.location(file, line);
    }
}
