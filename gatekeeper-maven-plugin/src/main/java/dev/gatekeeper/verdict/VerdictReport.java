package dev.gatekeeper.verdict;

import dev.gatekeeper.core.BlockingFindingText;
import dev.gatekeeper.core.GateResult;
import java.nio.file.Path;
import java.util.List;

/** The message a held build fails with: every blocking finding and how to fix it, in one place. */
public final class VerdictReport {
    private VerdictReport() {}

    /**
     * Lists every blocking result and, for each, every blocking finding with its location and fix,
     * then points at the evidence. Meant for a verdict that is not ready; for a ready one it only
     * says so.
     */
    public static String failureMessage(Verdict verdict, Path evidenceDir) {
        List<GateResult> blocking = verdict.blocking();
        StringBuilder message = new StringBuilder("Gatekeeper verdict: ").append(verdict.outcome());
        if (blocking.isEmpty()) {
            message.append(" — no gate blocks the merge");
        } else {
            message.append(" — ")
                    .append(blocking.size())
                    .append(blocking.size() == 1 ? " gate blocks" : " gates block")
                    .append(" the merge");
        }
        message.append(" (").append(verdict.tally()).append(')').append('\n');
        for (GateResult result : blocking) {
            appendResult(message, result);
        }
        message.append("Evidence: ")
                .append(evidenceDir)
                .append(" (")
                .append(EvidenceFiles.SUMMARY_MD)
                .append(", ")
                .append(EvidenceFiles.EVIDENCE_JSON)
                .append(", ")
                .append(EvidenceFiles.JUNIT_XML)
                .append(", ")
                .append(EvidenceFiles.SARIF)
                .append(", ")
                .append(EvidenceFiles.REPORT_HTML)
                .append(')');
        return message.toString();
    }

    private static void appendResult(StringBuilder message, GateResult result) {
        message.append(BlockingFindingText.of(result));
    }
}
