package dev.gatekeeper.verdict;

import dev.gatekeeper.core.Finding;
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
        message.append("Evidence: ").append(evidenceDir).append(" (")
                .append(EvidenceFiles.SUMMARY_MD).append(", ")
                .append(EvidenceFiles.EVIDENCE_JSON).append(", ")
                .append(EvidenceFiles.JUNIT_XML).append(", ")
                .append(EvidenceFiles.SARIF).append(", ")
                .append(EvidenceFiles.REPORT_HTML).append(')');
        return message.toString();
    }

    private static void appendResult(StringBuilder message, GateResult result) {
        String prefix = "[" + result.label() + "] " + result.moduleName() + ": ";
        List<Finding> findings = result.blockingFindings();
        if (findings.isEmpty()) {
            // An ERROR from a gate that broke before recording anything has only its summary.
            message.append(prefix).append(Text.oneLine(result.summary()))
                    .append(" (").append(result.status()).append(")\n");
            return;
        }
        for (Finding finding : findings) {
            message.append(prefix).append(Text.oneLine(finding.message()))
                    .append(" (").append(finding.code()).append(")\n");
            String location = Text.location(finding.file(), finding.line());
            if (!location.isEmpty()) {
                message.append("  at ").append(location).append('\n');
            }
            if (finding.fix() != null && !finding.fix().isBlank()) {
                // A multi-line fix (an edit to make) keeps its lines, indented under the first.
                message.append("  fix: ").append(finding.fix().strip().replaceAll("\\R", "\n       ")).append('\n');
            }
        }
    }
}
