package dev.gatekeeper.guard;

import dev.gatekeeper.core.FindingCode;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import java.util.List;

/**
 * Every finding code the guard gate emits, each defined once: its usual severity, what it means and
 * what a user does about it. Sites report a constant with their own message (and a specific fix where
 * they know one); {@code docs/finding-codes.md} is generated from these constants.
 */
public final class GuardCodes {
    static final String GATE = GateId.Goals.GUARD;

    public static final FindingCode ARTIFACT_CHANGED = code(
            "GUARD_ARTIFACT_CHANGED",
            GateStatus.ERROR,
            "an artifact's SHA-256 differs from the evidence (rebuilt or tampered), or it is not in the evidence",
            "Deploy from the build that verified, or make the build reproducible");

    public static final FindingCode CONFIGURATION_CHANGED = code(
            "GUARD_CONFIGURATION_CHANGED",
            GateStatus.ERROR,
            "the Gatekeeper configuration differs from the verdict's",
            "Verify again with this configuration, in the same build as the deploy");

    public static final FindingCode DEPLOY_ORDER = code(
            "GUARD_DEPLOY_ORDER",
            GateStatus.ERROR,
            "a deploy execution runs before the guard, so the guard cannot stop it",
            "Set deployAtEnd in the maven-deploy-plugin, or bind the guard before the deploy");

    public static final FindingCode DIRTY_TREE = code(
            "GUARD_DIRTY_TREE",
            GateStatus.ERROR,
            "the tree has uncommitted changes now, or had them at the verdict",
            "Commit or stash the changes, then verify and deploy again");

    public static final FindingCode EVIDENCE_KEY_TOO_SHORT = code(
            "GUARD_EVIDENCE_KEY_TOO_SHORT",
            GateStatus.ERROR,
            "`GATEKEEPER_EVIDENCE_KEY` is shorter than 32 bytes (its length is shown, never the key)",
            "Set GATEKEEPER_EVIDENCE_KEY to at least 32 random bytes, e.g. openssl rand -base64 48");

    public static final FindingCode EVIDENCE_TAMPERED = code(
            "GUARD_EVIDENCE_TAMPERED",
            GateStatus.ERROR,
            "`evidence.json` does not match `evidence.json.sha256`, does not parse or has the wrong shape, or disagrees with `gatekeeper.intoto.json`",
            "Run mvn clean deploy -Pmerge-ready");

    public static final FindingCode EVIDENCE_UNSIGNED = code(
            "GUARD_EVIDENCE_UNSIGNED",
            GateStatus.ERROR,
            "`GATEKEEPER_EVIDENCE_KEY` is set, and the evidence has no signature beside it or one made with another key or over other bytes",
            "Give the verdict's build the same key and run mvn clean deploy -Pmerge-ready");

    public static final FindingCode NO_EVIDENCE = code(
            "GUARD_NO_EVIDENCE",
            GateStatus.ERROR,
            "there is no `target/gatekeeper/evidence.json`",
            "Run mvn deploy -Pmerge-ready");

    public static final FindingCode OTHER_COMMIT = code(
            "GUARD_OTHER_COMMIT",
            GateStatus.ERROR,
            "the evidence is for another commit (or the project is not in git)",
            "Verify this commit and deploy in the same build");

    public static final FindingCode VERDICT_NOT_READY = code(
            "GUARD_VERDICT_NOT_READY",
            GateStatus.ERROR,
            "the verdict in the evidence is not READY",
            "Resolve what summary.md lists, then verify and deploy again");

    private GuardCodes() {}

    /** Every code above, by code. */
    public static List<FindingCode> all() {
        return FindingCode.declaredIn(GuardCodes.class);
    }

    private static FindingCode code(String code, GateStatus severity, String meaning, String fix) {
        return new FindingCode(code, GATE, severity, meaning, fix);
    }
}
