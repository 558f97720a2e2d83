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
 * derived, never set: it is the most severe finding's severity, PASS when there is none.
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
    private String summary;
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
        boolean downgraded = warnOnly.contains(finding.code()) && finding.severity().blocksMerge();
        findings.add(downgraded
                ? new Finding(finding.code(), GateStatus.WARN, finding.message(), finding.file(), finding.line(),
                        finding.fix(), finding.detail(), finding.ruleId(), finding.attributes())
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

    /** The one-line reason shown in the verdict table. */
    public GateEvaluation summary(String oneLine) {
        this.summary = oneLine;
        return this;
    }

    /** The one-line summary set so far, or null. */
    public String currentSummary() {
        return summary;
    }

    public GateStatus status() {
        return findings.stream().map(Finding::severity).reduce(GateStatus.PASS, GateStatus::worst);
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    public GateResult finish() {
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Comparator.comparing(Finding::severity).reversed());
        GateStatus status = status();
        String reason = summary;
        if (status.blocksMerge() || status == GateStatus.WARN || reason == null) {
            reason = ordered.stream()
                    .filter(f -> f.severity() == status)
                    .map(Finding::message)
                    .findFirst()
                    .orElse(reason == null ? "" : reason);
        }
        long millis = Duration.between(startedAt, clock.instant()).toMillis();
        return new GateResult(gate, subject, module, status, reason, ordered, buildId, startedAt, millis, inputs);
    }

    /** The result of a gate that was switched off. */
    public static GateResult skipped(String gate, String module, String buildId, Instant at, String why) {
        return new GateResult(gate, module, GateStatus.SKIPPED, why, List.of(), buildId, at, 0, Map.of());
    }
}
