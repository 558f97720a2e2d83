package dev.gatekeeper.verdict;

import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report's timeline: one bar per result, placed by when the gate started and as long as it ran,
 * relative to the first gate's start. Gates that ran at the same time (a parallel build) overlap.
 * The darker part of a bar is the share of its time spent in the tools the gate ran, the rest is
 * Gatekeeper's own code. Plain CSS bars, positioned in percent, so the chart needs neither script nor image.
 */
final class ReportTimeline {
    /** Bars shorter than this share of the span are drawn this wide, so that a 2 ms gate stays visible. */
    private static final double MIN_BAR_PERCENT = 0.4;

    private ReportTimeline() {}

    static void append(StringBuilder html, List<GateResult> results) {
        if (results.isEmpty()) {
            return;
        }
        Instant first = results.stream()
                .map(GateResult::startedAt)
                .min(Instant::compareTo)
                .orElseThrow();
        long spanMillis = results.stream()
                .mapToLong(result -> offsetMillis(first, result) + Math.max(0, result.durationMillis()))
                .max()
                .orElse(0);
        html.append("<section class=\"timeline\">\n<h2>Timeline</h2>\n")
                .append("<p class=\"axis\"><span>0 s</span><span>")
                .append(Text.duration(spanMillis))
                .append(" after the first gate started</span></p>\n")
                .append(legend(results))
                .append("<ol class=\"bars\">\n");
        for (int index = 0; index < results.size(); index++) {
            GateResult result = results.get(index);
            long offset = offsetMillis(first, result);
            double left = percent(offset, spanMillis);
            double width = Math.max(MIN_BAR_PERCENT, percent(Math.max(0, result.durationMillis()), spanMillis));
            left = Math.min(left, 100 - width);
            String label = result.label() + " · " + result.moduleName();
            String when = "starts at +" + Text.duration(offset) + ", runs " + Text.duration(result.durationMillis())
                    + toolShare(result);
            html.append("<li><a class=\"bar-label\" href=\"#")
                    .append(HtmlReport.anchor(index))
                    .append("\">")
                    .append(HtmlReport.escape(label))
                    .append("</a><span class=\"track\">")
                    .append("<span class=\"bar ")
                    .append(HtmlReport.statusClass(result.status()))
                    .append("\" style=\"margin-left:")
                    .append(format(left))
                    .append("%;width:")
                    .append(format(width))
                    .append("%\" title=\"")
                    .append(HtmlReport.escape(label + ": " + when))
                    .append("\">");
            if (result.toolMillis() > 0 && result.durationMillis() > 0) {
                html.append("<span class=\"tools\" style=\"width:")
                        .append(format(percent(
                                Math.min(result.toolMillis(), result.durationMillis()), result.durationMillis())))
                        .append("%\"></span>");
            }
            html.append("</span></span><span class=\"bar-time\">")
                    .append(Text.duration(result.durationMillis()))
                    .append("</span></li>\n");
        }
        html.append("</ol>\n</section>\n");
    }

    /**
     * The bars' colours, drawn with the bars' own classes so they cannot drift apart: one swatch per
     * status a bar has (most severe first), then a bar with its darker tool share.
     */
    private static String legend(List<GateResult> results) {
        StringBuilder legend = new StringBuilder("<p class=\"legend\">Bar colour = status:");
        List<GateStatus> statuses = new ArrayList<>(List.of(GateStatus.values()));
        Collections.reverse(statuses);
        for (GateStatus status : statuses) {
            if (results.stream().anyMatch(result -> result.status() == status)) {
                legend.append(" <span class=\"swatch bar ")
                        .append(HtmlReport.statusClass(status))
                        .append("\"></span> ")
                        .append(status.name());
            }
        }
        GateStatus sample = results.get(0).status();
        return legend.append("<br><span class=\"swatch bar split ")
                .append(HtmlReport.statusClass(sample))
                .append("\"><span class=\"tools\"></span></span> darker part: time in the tools the gate runs")
                .append(
                        " (Dependency-Check, CycloneDX, Maven, commands, the product); lighter part: Gatekeeper's own code</p>\n")
                .toString();
    }

    /** ", of it 6.1 s in tools (dependency-check 6.1 s)", or nothing for a gate that ran none. */
    private static String toolShare(GateResult result) {
        if (result.toolMillis() <= 0) {
            return "";
        }
        String tools = result.toolTimes().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(tool -> tool.getKey() + " " + Text.duration(tool.getValue()))
                .collect(Collectors.joining(", "));
        return ", of it " + Text.duration(result.toolMillis()) + " in tools"
                + (tools.isEmpty() ? "" : " (" + tools + ")") + ", " + Text.duration(result.ownMillis())
                + " in Gatekeeper";
    }

    private static long offsetMillis(Instant first, GateResult result) {
        return Math.max(0, Duration.between(first, result.startedAt()).toMillis());
    }

    private static double percent(long part, long whole) {
        return whole <= 0 ? 0 : 100.0 * part / whole;
    }

    private static String format(double percent) {
        return String.format(Locale.ROOT, "%.2f", percent);
    }
}
