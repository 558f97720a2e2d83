package dev.gatekeeper.maven;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.FindingCode;
import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.PartialReactor;
import dev.gatekeeper.core.ReactorScope;
import java.time.Clock;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Runs one plain-Java gate for a goal: logs its start, turns a crash into an ERROR finding with a fix,
 * and, for a gate that judges the whole reactor in a partial build, notes that it judged only the
 * modules built. Logs each outcome as a warning when it blocks the merge.
 */
public final class GateRunner {
    private GateRunner() {}

    /**
     * @param scope the reactor's scope for a gate that judges the whole reactor; null for one that judges its module
     */
    public static GateResult evaluate(
            Gate gate, String gateName, String module, String buildId, ReactorScope scope, MavenGateLog log)
            throws MojoExecutionException {
        log.info(GateProgress.started(gate.subject()));
        GateEvaluation evaluation =
                new GateEvaluation(gateName, gate.subject(), module, buildId, Clock.systemUTC(), log);
        try {
            gate.evaluate(evaluation);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException(gateName + ": interrupted", e);
        } catch (Exception e) {
            evaluation.add(crashFinding(gateName, e));
        }
        if (scope != null && scope.partial()) {
            evaluation.add(PartialReactor.judgedOnlyTheBuiltModules(gateName, scope));
        }
        return evaluation.finish();
    }

    /** Logs a result's line: a warning when it blocks the merge, else information. */
    public static void logOutcome(GateResult result, String line, MavenGateLog log) {
        if (result.status().blocksMerge()) {
            log.warn(line);
        } else {
            log.info(line);
        }
    }

    private static Finding crashFinding(String gateName, Exception e) {
        FindingCode code = FindingCode.gateError(gateName);
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Finding.of(code, GateStatus.ERROR, gateName + " could not run: " + reason)
                .withFix(
                        "Run 'mvn verify -Pmerge-ready -e' for the stack trace and report it if the cause is not your configuration");
    }
}
