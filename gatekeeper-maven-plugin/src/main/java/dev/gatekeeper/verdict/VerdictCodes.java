package dev.gatekeeper.verdict;

import dev.gatekeeper.core.FindingCode;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import java.util.List;

/**
 * Every finding code the verdict gate emits, each defined once: its usual severity, what it means and
 * what a user does about it. Sites report a constant with their own message (and a specific fix where
 * they know one); {@code docs/finding-codes.md} is generated from these constants.
 */
public final class VerdictCodes {
    static final String GATE = GateId.Goals.VERDICT;

    public static final FindingCode EVIDENCE_KEY_TOO_SHORT = code(
            "VERDICT_EVIDENCE_KEY_TOO_SHORT",
            GateStatus.ERROR,
            "`GATEKEEPER_EVIDENCE_KEY` is set but shorter than 32 bytes: the evidence is written unsigned",
            "Set GATEKEEPER_EVIDENCE_KEY to at least 32 random bytes, e.g. openssl rand -base64 48");

    public static final FindingCode EVIDENCE_UNREADABLE = code(
            "VERDICT_EVIDENCE_UNREADABLE",
            GateStatus.ERROR,
            "a gate's result file cannot be read",
            "Run 'mvn clean verify -Pmerge-ready' to rebuild the evidence");

    public static final FindingCode IMPORT_DUPLICATE = code(
            "VERDICT_IMPORT_DUPLICATE",
            GateStatus.WARN,
            "two imported parts (or a part and this build) carry a result for the same gate, module and subject; the worse one counts",
            "Run each gate in one job only");

    public static final FindingCode IMPORT_EMPTY = code(
            "VERDICT_IMPORT_EMPTY",
            GateStatus.ERROR,
            "the directory does not exist or holds no `evidence.json`",
            "Download the gate jobs' target/gatekeeper/ directories into the import directory");

    public static final FindingCode IMPORT_LIMIT = code(
            "VERDICT_IMPORT_LIMIT",
            GateStatus.ERROR,
            "an imported `evidence.json` over 32 MiB, a directory nested deeper than 12 levels, or too many entries",
            "Import only the target/gatekeeper/ directories the gate jobs uploaded");

    public static final FindingCode IMPORT_MISSING_GATE = code(
            "VERDICT_IMPORT_MISSING_GATE",
            GateStatus.HOLD,
            "a gate listed in `gatekeeper.gates` has no result in any imported part",
            "Make sure every gate job ran and uploaded its target/gatekeeper/ directory");

    public static final FindingCode IMPORT_OTHER_COMMIT = code(
            "VERDICT_IMPORT_OTHER_COMMIT",
            GateStatus.ERROR,
            "an imported part was made for another commit than this checkout's HEAD",
            "Import the parts the gate jobs made for this commit");

    public static final FindingCode IMPORT_OUTSIDE = code(
            "VERDICT_IMPORT_OUTSIDE",
            GateStatus.ERROR,
            "a symbolic link in the import directory leads outside it; it is not followed",
            "Import only the target/gatekeeper/ directories the gate jobs' verdicts wrote");

    public static final FindingCode IMPORT_PART = code(
            "VERDICT_IMPORT_PART",
            GateStatus.PASS,
            "one per imported part: file, gates, build id and commit",
            "Nothing to do (information)");

    public static final FindingCode IMPORT_TAMPERED = code(
            "VERDICT_IMPORT_TAMPERED",
            GateStatus.ERROR,
            "an imported part has no `evidence.json.sha256` or does not match it, or its signature does not verify",
            "Download the part again, unmodified, from its gate job");

    public static final FindingCode IMPORT_UNREADABLE = code(
            "VERDICT_IMPORT_UNREADABLE",
            GateStatus.ERROR,
            "an imported file is not Gatekeeper evidence of schema 1.x, or cannot be read",
            "Import only the target/gatekeeper/ directories the gate jobs' verdicts wrote");

    public static final FindingCode NO_GATES = code(
            "VERDICT_NO_GATES",
            GateStatus.HOLD,
            "the verdict found no gate result: no gate ran in this build",
            "Bind the gates' goals in the merge-ready profile, or run them before the verdict");

    private VerdictCodes() {}

    /** Every code above, by code. */
    public static List<FindingCode> all() {
        return FindingCode.declaredIn(VerdictCodes.class);
    }

    private static FindingCode code(String code, GateStatus severity, String meaning, String fix) {
        return new FindingCode(code, GATE, severity, meaning, fix);
    }
}
