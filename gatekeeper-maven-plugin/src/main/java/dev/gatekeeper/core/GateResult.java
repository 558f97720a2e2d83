package dev.gatekeeper.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one gate concluded about one module: the unit of evidence every gate writes and the
 * verdict merges.
 *
 * @param gate         the gate's goal name ({@code certify}, {@code snapshot}, …)
 * @param subject      what within the module the result is about when a gate judges several things
 *                     separately (a snapshot case), else null
 * @param module       {@code groupId:artifactId} of the module judged
 * @param status       the overall status
 * @param summary      one-line reason shown in the verdict table
 * @param findings     everything the gate noticed, most severe first
 * @param buildId      identifies the Maven session that produced the result, so the verdict never
 *                     counts a result left behind by an earlier build
 * @param startedAt    when the gate started
 * @param durationMillis wall time the gate took
 * @param inputs       SHA-256 digests (or other stable fingerprints) of what the gate judged
 * @param toolMillis   of {@code durationMillis}, the part spent waiting on the tools the gate runs
 *                     (Dependency-Check, CycloneDX, forked Maven, configured commands, the product);
 *                     the rest is Gatekeeper's own code. 0 in evidence written before schema 1.2
 * @param toolTimes    {@code toolMillis} per tool ({@code dependency-check}, {@code command}, …);
 *                     tools that took under a millisecond are left out
 * @param reusedFrom   the earlier build whose result this is, when the gate's inputs were unchanged
 *                     since then and it did not run again; null when it ran in this build
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record GateResult(
        String gate,
        String subject,
        String module,
        GateStatus status,
        String summary,
        List<Finding> findings,
        String buildId,
        Instant startedAt,
        long durationMillis,
        Map<String, String> inputs,
        long toolMillis,
        Map<String, Long> toolTimes,
        ReusedFrom reusedFrom) {

    /** The build that evaluated a reused result: its build id and when the gate started in it. */
    public record ReusedFrom(String buildId, Instant startedAt) {
        public ReusedFrom {
            Objects.requireNonNull(buildId, "buildId");
            Objects.requireNonNull(startedAt, "startedAt");
        }
    }

    public GateResult {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(status, "status");
        summary = summary == null ? "" : PrintableText.of(summary);
        findings = findings == null ? List.of() : List.copyOf(findings);
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
        toolTimes = toolTimes == null ? Map.of() : Map.copyOf(toolTimes);
    }

    /** A result of a gate that ran in this build. */
    public GateResult(
            String gate,
            String subject,
            String module,
            GateStatus status,
            String summary,
            List<Finding> findings,
            String buildId,
            Instant startedAt,
            long durationMillis,
            Map<String, String> inputs,
            long toolMillis,
            Map<String, Long> toolTimes) {
        this(
                gate,
                subject,
                module,
                status,
                summary,
                findings,
                buildId,
                startedAt,
                durationMillis,
                inputs,
                toolMillis,
                toolTimes,
                null);
    }

    /** A result without tool time: a skipped gate, a result the verdict makes itself. */
    public GateResult(
            String gate,
            String subject,
            String module,
            GateStatus status,
            String summary,
            List<Finding> findings,
            String buildId,
            Instant startedAt,
            long durationMillis,
            Map<String, String> inputs) {
        this(
                gate,
                subject,
                module,
                status,
                summary,
                findings,
                buildId,
                startedAt,
                durationMillis,
                inputs,
                0,
                Map.of(),
                null);
    }

    /** A result of a gate that judges the module as a whole. */
    public GateResult(
            String gate,
            String module,
            GateStatus status,
            String summary,
            List<Finding> findings,
            String buildId,
            Instant startedAt,
            long durationMillis,
            Map<String, String> inputs) {
        this(
                gate,
                null,
                module,
                status,
                summary,
                findings,
                buildId,
                startedAt,
                durationMillis,
                inputs,
                0,
                Map.of(),
                null);
    }

    /** The part of the wall time spent in Gatekeeper's own code rather than in the tools it runs. */
    public long ownMillis() {
        return Math.max(0, durationMillis - toolMillis);
    }

    /** The gate, with its subject when it has one: {@code certify}, {@code snapshot:scan}. */
    public String label() {
        return subject == null ? gate : gate + ":" + subject;
    }

    /** The short module name shown in tables: the artifactId. */
    public String moduleName() {
        int colon = module.lastIndexOf(':');
        return colon < 0 ? module : module.substring(colon + 1);
    }

    public List<Finding> blockingFindings() {
        return findings.stream().filter(f -> f.severity().blocksMerge()).toList();
    }
}
