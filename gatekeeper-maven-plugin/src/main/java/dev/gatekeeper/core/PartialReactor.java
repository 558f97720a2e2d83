package dev.gatekeeper.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a gate that judges the whole reactor (the audit) records when the build covers only part of it
 * ({@code -pl}, {@code -rf}): a SKIPPED result when it cannot judge a part, or a PASS finding saying that
 * it judged only the modules in the build.
 */
public final class PartialReactor {
    private PartialReactor() {}

    /**
     * The SKIPPED result of a gate that cannot judge part of the reactor.
     *
     * @param reason why the gate cannot judge a part of the reactor
     */
    public static GateResult notJudged(
            String gate, ReactorScope scope, String reason, String module, String buildId, Instant at) {
        Finding finding = Finding.of(
                        FindingCode.partialReactor(gate, GateStatus.SKIPPED),
                        "not judged: " + scope.description() + "; " + reason)
                .withFix(
                        "Build the whole reactor (without -pl or -rf, or add -am so that every module is built) to judge it");
        return new GateResult(
                gate,
                module,
                GateStatus.SKIPPED,
                "not judged: " + scope.headline() + "; " + reason,
                List.of(finding),
                buildId,
                at,
                0,
                Map.of());
    }

    /** The finding a gate adds when it judged only the modules in a partial build. */
    public static Finding judgedOnlyTheBuiltModules(String gate, ReactorScope scope) {
        return Finding.of(
                        FindingCode.partialReactor(gate, GateStatus.PASS),
                        scope.description() + "; " + gate + " judged only the modules in this build")
                .withFix(
                        "Build the whole reactor (without -pl or -rf, or add -am so that every module is built) to judge every module");
    }
}
