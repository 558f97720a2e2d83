package dev.gatekeeper.maven;

import dev.gatekeeper.core.BlockingFindingText;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The build failure a gate goal throws itself when its gate blocks: at the first blocking result under
 * {@code gatekeeper.failFast}, or with every blocking finding for a goal meant to run without a verdict.
 */
public final class BlockingFailure {
    private BlockingFailure() {}

    /** Under {@code gatekeeper.failFast}: the first blocking result with its blocking findings and their fixes. */
    public static MojoFailureException failFast(GateResult first) {
        return new MojoFailureException(first.label() + ": " + first.status() + " - " + first.summary()
                + " (gatekeeper.failFast=true stops at the first blocking gate)\n"
                + BlockingFindingText.of(first).stripTrailing());
    }

    /** Every blocking result, each with its blocking findings and their fixes. */
    public static MojoFailureException of(List<GateResult> blocking) {
        StringBuilder message = new StringBuilder();
        for (GateResult result : blocking) {
            message.append(result.label())
                    .append(": ")
                    .append(result.status())
                    .append(" - ")
                    .append(result.summary());
            for (Finding finding : result.findings()) {
                if (finding.severity().blocksMerge()) {
                    message.append("\n  ").append(finding.code()).append(": ").append(finding.message());
                    if (finding.fix() != null) {
                        message.append("\n    fix: ").append(finding.fix());
                    }
                }
            }
        }
        return new MojoFailureException(message.toString());
    }
}
