package dev.gatekeeper.verdict;

import dev.gatekeeper.core.GateResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where the gates' wall time went, all results together: into the tools they run, or into
 * Gatekeeper's own code. Summed per result, so gates that ran at the same time ({@code mvn -T})
 * count each with its own time.
 *
 * @param totalMillis the sum of every result's {@code durationMillis}
 * @param toolMillis  of it, the time spent in tools
 * @param byTool      tool → milliseconds, the longest first
 * @param spanMillis  from the first gate's start to the last one's end: below {@code totalMillis} when
 *                    gates overlapped (background gates, {@code mvn -T})
 */
public record GateTime(long totalMillis, long toolMillis, Map<String, Long> byTool, long spanMillis) {

    public static GateTime of(List<GateResult> results) {
        long total = 0;
        long tools = 0;
        Instant firstStart = null;
        Instant lastEnd = null;
        Map<String, Long> byTool = new TreeMap<>();
        for (GateResult result : results) {
            total += Math.max(0, result.durationMillis());
            if (result.startedAt() != null) {
                Instant end = result.startedAt().plusMillis(Math.max(0, result.durationMillis()));
                firstStart =
                        firstStart == null || result.startedAt().isBefore(firstStart) ? result.startedAt() : firstStart;
                lastEnd = lastEnd == null || end.isAfter(lastEnd) ? end : lastEnd;
            }
            tools += Math.max(0, Math.min(result.toolMillis(), result.durationMillis()));
            result.toolTimes().forEach((tool, millis) -> byTool.merge(tool, millis, Long::sum));
        }
        Map<String, Long> longestFirst = byTool.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        long span = firstStart == null
                ? total
                : Duration.between(firstStart, lastEnd).toMillis();
        return new GateTime(total, tools, longestFirst, span);
    }

    /** The part spent in Gatekeeper's own code. */
    public long ownMillis() {
        return totalMillis - toolMillis;
    }

    /** Gatekeeper's own share in percent; 0 when no gate took any time. */
    public double ownPercent() {
        return totalMillis == 0 ? 0 : 100.0 * ownMillis() / totalMillis;
    }

    /**
     * "gate time 42.1 s, of it Gatekeeper's own code 800 ms (1.9 %); tools: dependency-check 30.2 s,
     * maven 9.1 s"; the tools part is left out when no gate ran one. When gates overlapped, the sum is
     * followed by the time they took on the clock, {@link #spanMillis}: "gate time 42.1 s (gates ran side
     * by side: 31.0 s from the first gate's start to the last one's end), of it …".
     */
    public String line() {
        StringBuilder line = new StringBuilder("gate time ").append(Text.duration(totalMillis));
        if (spanMillis < totalMillis) {
            line.append(" (gates ran side by side: ")
                    .append(Text.duration(spanMillis))
                    .append(" from the first gate's start to the last one's end)");
        }
        line.append(", of it Gatekeeper's own code ")
                .append(Text.duration(ownMillis()))
                .append(String.format(Locale.ROOT, " (%.1f %%)", ownPercent()));
        if (!byTool.isEmpty()) {
            line.append("; tools: ")
                    .append(byTool.entrySet().stream()
                            .map(tool -> Text.oneLine(tool.getKey()) + " " + Text.duration(tool.getValue()))
                            .collect(Collectors.joining(", ")));
        }
        return line.toString();
    }
}
