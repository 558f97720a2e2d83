package dev.gatekeeper.verdict;

import dev.gatekeeper.core.EvidenceKey;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.UserDocs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the verdict does with the evidence key the environment holds: sign with a usable key, say
 * once that the evidence is unsigned without one, and hold the merge on a key too short to trust
 * ({@code VERDICT_EVIDENCE_KEY_TOO_SHORT}, evidence written unsigned).
 */
public final class EvidenceSigning {
    public static final String SUBJECT = "signing";

    private EvidenceSigning() {}

    /** The key to sign and check with, or null when there is none usable. */
    public static EvidenceKey keyOf(EvidenceKey.Setting setting) {
        return setting instanceof EvidenceKey.Usable usable ? usable.key() : null;
    }

    /** The line the verdict logs after writing the evidence, so nobody mistakes a digest for a signature. */
    public static String notice(EvidenceKey.Setting setting) {
        if (setting instanceof EvidenceKey.Usable) {
            return "evidence signed with the key in " + EvidenceKey.VARIABLE + " (" + EvidenceFiles.EVIDENCE_SIGNATURE
                    + ", " + EvidenceFiles.STATEMENT_SIGNATURE + ")";
        }
        return "evidence is unsigned (" + EvidenceKey.VARIABLE + " is not set): its digest catches accidental edits and"
                + " stale copies, not a forger; see " + UserDocs.page("split-ci", "signing");
    }

    /** {@code verdict} as is, or with a {@code verdict:signing} ERROR result when the key is too short. */
    public static Verdict withKeyProblem(
            Verdict verdict, EvidenceKey.Setting setting, String module, String buildId, Instant now) {
        if (!(setting instanceof EvidenceKey.TooShort tooShort)) {
            return verdict;
        }
        Finding finding = Finding.of(VerdictCodes.EVIDENCE_KEY_TOO_SHORT, GateStatus.ERROR, tooShort.message())
                .withFix(EvidenceKey.TooShort.fix());
        List<GateResult> results = new ArrayList<>(verdict.results());
        results.add(new GateResult(
                EvidenceImport.GATE,
                SUBJECT,
                module,
                GateStatus.ERROR,
                "the evidence is not signed: " + EvidenceKey.VARIABLE + " is too short",
                List.of(finding),
                buildId,
                now,
                0,
                Map.of()));
        return Verdict.of(verdict.build(), results).withImported(verdict.imported());
    }
}
