package dev.gatekeeper.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects what a gate finds while it runs and turns it into a {@link GateResult}. The status is
 * derived, never set: it is the most severe finding's severity, PASS when there is none. It also
 * learns how long the gate waited on the tools it runs ({@link #timeTool}, {@link #recordToolTime}),
 * so that the rest of the gate's wall time is known to be Gatekeeper's own.
 */
public final class GateEvaluation {
    private final String gate;
    private final String subject;
    private final String module;
    private final String buildId;
    private final Clock clock;
    private final Instant startedAt;
    private final GateLog log;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, String> inputs = new LinkedHashMap<>();
    private final Map<String, Duration> toolTimes = new LinkedHashMap<>();
    private String summary;
    private String skippedBecause;
    private Set<String> warnOnly = Set.of();

    public GateEvaluation(String gate, String module, String buildId, Clock clock, GateLog log) {
        this(gate, null, module, buildId, clock, log);
    }

    /** An evaluation of one {@code subject} of a gate that judges several things in a module separately. */
    public GateEvaluation(String gate, String subject, String module, String buildId, Clock clock, GateLog log) {
        this.gate = gate;
        this.subject = subject;
        this.module = module;
        this.buildId = buildId;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.log = log;
    }

    public String gate() {
        return gate;
    }

    public String subject() {
        return subject;
    }

    public String module() {
        return module;
    }

    public GateLog log() {
        return log;
    }

    public GateEvaluation add(Finding finding) {
        boolean downgraded =
                warnOnly.contains(finding.code()) && finding.severity().blocksMerge();
        findings.add(
                downgraded
                        ? new Finding(
                                finding.code(),
                                GateStatus.WARN,
                                finding.message(),
                                finding.file(),
                                finding.line(),
                                finding.fix(),
                                finding.detail(),
                                finding.ruleId(),
                                finding.attributes())
                        : finding);
        return this;
    }

    /** Findings with these codes are recorded as warnings however severe the check says they are. */
    public GateEvaluation warnOnly(Set<String> codes) {
        this.warnOnly = Set.copyOf(codes);
        return this;
    }

    public GateEvaluation input(String name, String digest) {
        inputs.put(name, digest);
        return this;
    }

    /** A call to a tool the gate runs (another plugin's goal, a scanner); what it throws is thrown on. */
    @FunctionalInterface
    public interface ToolCall<T, E extends Exception> {
        T call() throws E;
    }

    /**
     * Runs {@code call} and records its wall time, on this evaluation's clock, as time spent in
     * {@code tool}, also when it throws. Calls must not nest: the outer one would count the inner's time again.
     */
    public <T, E extends Exception> T timeTool(String tool, ToolCall<T, E> call) throws E {
        Instant start = clock.instant();
        try {
            return call.call();
        } finally {
            recordToolTime(tool, Duration.between(start, clock.instant()));
        }
    }

    /** Records time already measured (a process's run time) as spent in {@code tool}; adds up per tool. */
    public GateEvaluation recordToolTime(String tool, Duration spent) {
        if (!spent.isNegative()) {
            toolTimes.merge(tool, spent, Duration::plus);
        }
        return this;
    }

    /** The time recorded so far as spent in tools, all tools together. */
    public Duration toolTime() {
        return toolTimes.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    /** The one-line reason shown in the verdict table. */
    public GateEvaluation summary(String oneLine) {
        this.summary = oneLine;
        return this;
    }

    /**
     * Records that the gate found nothing to judge here (a module without Markdown): without findings
     * the result is SKIPPED with {@code why} as its reason, not a PASS that claims a check was made.
     */
    public GateEvaluation skip(String why) {
        this.skippedBecause = why;
        return this;
    }

    /** The one-line summary set so far, or null. */
    public String currentSummary() {
        return summary;
    }

    public GateStatus status() {
        if (skippedBecause != null && findings.isEmpty()) {
            return GateStatus.SKIPPED;
        }
        return findings.stream().map(Finding::severity).reduce(GateStatus.PASS, GateStatus::worst);
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    public GateResult finish() {
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Comparator.comparing(Finding::severity).reversed());
        GateStatus status = status();
        String reason = status == GateStatus.SKIPPED ? skippedBecause : summary;
        if (status.blocksMerge() || status == GateStatus.WARN || reason == null) {
            reason = ordered.stream()
                    .filter(f -> f.severity() == status)
                    .map(Finding::message)
                    .findFirst()
                    .orElse(reason == null ? "" : reason);
        }
        long millis = Duration.between(startedAt, clock.instant()).toMillis();
        // Processes are timed on another clock than the gate; their time can never exceed the gate's.
        long toolMillis = Math.min(millis, toolTime().toMillis());
        return new GateResult(
                gate,
                subject,
                module,
                status,
                reason,
                ordered,
                buildId,
                startedAt,
                millis,
                inputs,
                toolMillis,
                toolMillisByTool());
    }

    /** Milliseconds per tool; a tool that took less than one (a file handed in instead of generated) is left out. */
    private Map<String, Long> toolMillisByTool() {
        Map<String, Long> millis = new LinkedHashMap<>();
        toolTimes.forEach((tool, spent) -> {
            if (spent.toMillis() > 0) {
                millis.put(tool, spent.toMillis());
            }
        });
        return millis;
    }

    /** The result of a gate that was switched off. */
    public static GateResult skipped(String gate, String module, String buildId, Instant at, String why) {
        return new GateResult(gate, module, GateStatus.SKIPPED, why, List.of(), buildId, at, 0, Map.of());
    }
}
