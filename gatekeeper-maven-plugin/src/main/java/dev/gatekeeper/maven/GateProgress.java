package dev.gatekeeper.maven;

import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.verdict.Text;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The progress lines a gate goal logs, after the gate-name prefix MavenGateLog adds: one when a gate
 * starts, one when it ends with its status, how long it took and why. Plain text without colours,
 * so a CI log reads the same as a terminal.
 */
public final class GateProgress {
    private GateProgress() {}

    /** "started", or "scan: started" for a gate's subject. */
    public static String started(String subject) {
        return subjectPrefix(subject) + "started";
    }

    /** "HOLD in 1.2 s - reason", or "scan: PASS in 40 ms" when there is no reason. */
    public static String finished(GateResult result) {
        return outcome(result, " in " + Text.duration(result.durationMillis()));
    }

    /** "PASS reused - inputs unchanged since 2025-05-01T10:00:00Z (12 dependencies scanned, no vulnerability)". */
    public static String reused(GateResult result) {
        Instant since = result.reusedFrom() == null
                ? result.startedAt()
                : result.reusedFrom().startedAt();
        return subjectPrefix(result.subject()) + result.status() + " reused - inputs unchanged since "
                + since.truncatedTo(ChronoUnit.SECONDS)
                + (result.summary().isEmpty() ? "" : " (" + Text.oneLine(result.summary()) + ")");
    }

    /** "SKIPPED - skipped (gatekeeper.skip=true)": a gate that did not run has no duration to show. */
    public static String skipped(GateResult result) {
        return outcome(result, "");
    }

    private static String outcome(GateResult result, String took) {
        return subjectPrefix(result.subject())
                + result.status()
                + took
                + (result.summary().isEmpty() ? "" : " - " + Text.oneLine(result.summary()));
    }

    private static String subjectPrefix(String subject) {
        return subject == null ? "" : subject + ": ";
    }
}
