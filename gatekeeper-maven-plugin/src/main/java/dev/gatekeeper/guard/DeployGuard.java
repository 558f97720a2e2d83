package dev.gatekeeper.guard;

import dev.gatekeeper.core.EvidenceKey;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.FindingCode;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.UserDocs;
import dev.gatekeeper.verdict.BuiltArtifact;
import dev.gatekeeper.verdict.EvidenceFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether the artifacts about to be deployed are exactly those a READY verdict covers: same
 * commit, a clean tree, the same Gatekeeper configuration, the same bytes, and a deploy that waits
 * for the guard. Every reason to refuse is an ERROR finding; none means deploy.
 */
public final class DeployGuard {
    static final String VERIFY_THEN_DEPLOY =
            "Run 'mvn verify -Pmerge-ready' on this commit, then deploy in the same build: 'mvn deploy -Pmerge-ready'";
    static final String SAME_BUILD = "Deploy from the build that verified the artifacts: 'mvn deploy -Pmerge-ready'"
            + " (a separate 'mvn deploy' rebuilds them; see " + UserDocs.page(GateId.Goals.GUARD)
            + " on project.build.outputTimestamp)";
    static final String DEPLOY_ORDER_FIX = "Move maven-deploy-plugin's default-deploy to phase 'none' and declare"
            + " maven-deploy-plugin after gatekeeper-maven-plugin with a deploy execution of its own (deployAtEnd=true"
            + " for several modules); " + UserDocs.page(GateId.Goals.GUARD, "configuration")
            + " shows the configuration";

    private DeployGuard() {}

    /**
     * What is about to be deployed, as recomputed now.
     *
     * @param commit              HEAD of the execution root's checkout, or null outside git
     * @param treeClean           whether the tree matches HEAD, or null outside git
     * @param configurationDigest of the current Gatekeeper configuration
     * @param artifacts           the files the checked modules would deploy
     * @param deployOrderProblems from {@link DeployOrder#problems}
     */
    public record DeployState(
            String commit,
            Boolean treeClean,
            String configurationDigest,
            List<BuiltArtifact> artifacts,
            List<String> deployOrderProblems) {}

    public static List<Finding> check(Path evidenceDirectory, DeployState now) {
        return check(evidenceDirectory, now, new EvidenceKey.Absent());
    }

    /**
     * Every reason to refuse the deploy. With a usable key in {@code keySetting}, evidence.json and the
     * in-toto Statement must carry its signature ({@code GUARD_EVIDENCE_UNSIGNED}); a key too short to
     * use refuses the deploy on its own ({@code GUARD_EVIDENCE_KEY_TOO_SHORT}).
     */
    public static List<Finding> check(Path evidenceDirectory, DeployState now, EvidenceKey.Setting keySetting) {
        List<Finding> findings = new ArrayList<>();
        if (keySetting instanceof EvidenceKey.TooShort tooShort) {
            findings.add(
                    error(GuardCodes.EVIDENCE_KEY_TOO_SHORT, tooShort.message()).withFix(EvidenceKey.TooShort.fix()));
        }
        EvidenceKey key = keySetting instanceof EvidenceKey.Usable usable ? usable.key() : null;
        for (String problem : now.deployOrderProblems()) {
            findings.add(error(GuardCodes.DEPLOY_ORDER, problem + ", so this check cannot stop it")
                    .withFix(DEPLOY_ORDER_FIX));
        }
        VerifiedEvidence evidence;
        try {
            evidence = VerifiedEvidence.read(evidenceDirectory, key);
        } catch (VerifiedEvidence.Unusable e) {
            findings.add(
                    e.unsigned()
                            ? error(
                                            GuardCodes.EVIDENCE_UNSIGNED,
                                            "the evidence is not signed with this build's key: " + e.getMessage())
                                    .withFile(EvidenceFiles.EVIDENCE_JSON, null)
                                    .withFix(
                                            "Give the build that runs the verdict the same " + EvidenceKey.VARIABLE
                                                    + " secret as this deploy, and deploy from it: 'mvn clean deploy -Pmerge-ready'")
                            : e.missing()
                                    ? error(
                                                    GuardCodes.NO_EVIDENCE,
                                                    "no verdict covers these artifacts: " + e.getMessage())
                                            .withFix(VERIFY_THEN_DEPLOY)
                                    : error(
                                                    GuardCodes.EVIDENCE_TAMPERED,
                                                    "the evidence cannot be trusted: " + e.getMessage())
                                            .withFix(
                                                    "Rebuild the evidence instead of editing it: 'mvn clean deploy -Pmerge-ready'"));
            return findings;
        }
        if (!"READY".equals(evidence.outcome())) {
            findings.add(error(
                            GuardCodes.VERDICT_NOT_READY,
                            "the verdict in evidence.json is " + evidence.outcome() + ", not READY")
                    .withFix("Resolve what target/gatekeeper/summary.md lists, then 'mvn deploy -Pmerge-ready'"));
        }
        checkCommit(evidence, now, findings);
        if (evidence.configurationDigest() != null
                && now.configurationDigest() != null
                && !evidence.configurationDigest().equals(now.configurationDigest())) {
            findings.add(error(
                            GuardCodes.CONFIGURATION_CHANGED,
                            "the Gatekeeper configuration differs from the one the" + " verdict was reached with")
                    .withFix(VERIFY_THEN_DEPLOY));
        }
        for (BuiltArtifact artifact : now.artifacts()) {
            BuiltArtifact verified = evidence.artifacts().get(artifact.coordinates());
            if (verified == null) {
                findings.add(error(
                                GuardCodes.ARTIFACT_CHANGED,
                                artifact.coordinates() + " (" + artifact.file()
                                        + ") is not in the evidence: no verdict covers it")
                        .withFile(artifact.file(), null)
                        .withFix(VERIFY_THEN_DEPLOY));
            } else if (!verified.sha256().equals(artifact.sha256())) {
                findings.add(error(
                                GuardCodes.ARTIFACT_CHANGED,
                                artifact.file() + " differs from the verified "
                                        + artifact.coordinates() + " (sha256 " + shortDigest(artifact.sha256())
                                        + " now, "
                                        + shortDigest(verified.sha256())
                                        + " in evidence.json): rebuilt or tampered with")
                        .withFile(artifact.file(), null)
                        .withFix(SAME_BUILD));
            }
        }
        return findings;
    }

    private static void checkCommit(VerifiedEvidence evidence, DeployState now, List<Finding> findings) {
        if (now.commit() == null) {
            findings.add(error(
                            GuardCodes.OTHER_COMMIT,
                            "the project is not in a git checkout, so nothing shows which"
                                    + " commit these artifacts come from")
                    .withFix("Build and deploy from a git checkout, or skip"
                            + " the guard knowingly with -Dgatekeeper.guard.skip"));
        } else if (!Objects.equals(evidence.commit(), now.commit())) {
            findings.add(error(
                            GuardCodes.OTHER_COMMIT,
                            "evidence.json is for commit "
                                    + (evidence.commit() == null ? "(unknown)" : evidence.commit())
                                    + ", the checkout is at "
                                    + now.commit())
                    .withFix(VERIFY_THEN_DEPLOY));
        }
        if (Boolean.FALSE.equals(now.treeClean())) {
            findings.add(error(
                            GuardCodes.DIRTY_TREE,
                            "the work tree has changes that are not in commit " + now.commit()
                                    + ": the artifacts may contain them")
                    .withFix("Commit or stash the changes ('git status'), then" + " 'mvn deploy -Pmerge-ready'"));
        } else if (Boolean.FALSE.equals(evidence.treeClean())) {
            findings.add(error(GuardCodes.DIRTY_TREE, "the verdict was reached on a work tree with uncommitted changes")
                    .withFix("Commit or stash the changes ('git status'), then 'mvn deploy -Pmerge-ready'"));
        }
    }

    private static String shortDigest(String sha256) {
        return sha256.substring(0, 12);
    }

    private static Finding error(FindingCode code, String message) {
        return Finding.of(code, GateStatus.ERROR, message);
    }
}
