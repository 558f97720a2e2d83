package dev.gatekeeper.release;

import dev.gatekeeper.core.DisplayPaths;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.GitCheckout;
import dev.gatekeeper.core.GitCheckout.Change;
import dev.gatekeeper.core.IoProblems;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The "release tag / version plan unresolved" hold criterion. On a release-track branch (or when
 * forced) it judges the release that would be cut from this commit: a clean release version, not
 * tagged elsewhere, past the latest release, in the changelog, the same for every module, with no
 * SNAPSHOT left outside the reactor, from a clean working tree. Everything is read-only, and every
 * problem is recorded before the result is decided.
 */
public final class ReleasePlanGate implements Gate {

    private final ReleasePlanSettings settings;
    private final ReactorPoms poms;

    public ReleasePlanGate(
            ReleasePlanSettings settings, List<ReactorModule> modules, List<SnapshotReference> snapshotReferences) {
        this.settings = settings;
        this.poms = new ReactorPoms(
                settings.executionRoot(),
                modules,
                snapshotReferences,
                new LocalReleases(settings.localRepository()),
                new AllowedSnapshots(settings.allowedSnapshots()));
    }

    @Override
    public String name() {
        return GateId.RELEASE_PLAN.goal();
    }

    @Override
    public void evaluate(GateEvaluation evaluation) throws IOException {
        Optional<GitCheckout> checkout = GitCheckout.find(settings.executionRoot());
        if (checkout.isEmpty()) {
            evaluation.add(Finding.of(
                            ReleasePlanCodes.NOT_A_REPOSITORY,
                            GateStatus.ERROR,
                            settings.executionRoot()
                                    + " is not inside a git working tree; tags and changes cannot be checked")
                    .withFix("Run the build in a git clone of the project (with its tags: git fetch --tags)"));
            return;
        }
        try (GitCheckout git = checkout.get()) {
            String branch = branchToJudge(git, evaluation);
            if (branch != null) {
                judge(git, branch, evaluation);
            }
        } catch (IOException e) {
            // A missing object, a garbage packed-refs: JGit's message alone names neither the repository nor the
            // damage.
            evaluation.add(Finding.of(
                            ReleasePlanCodes.REPOSITORY_UNREADABLE,
                            GateStatus.ERROR,
                            "The git repository of "
                                    + settings.executionRoot() + " cannot be read (" + IoProblems.describeChain(e)
                                    + "); it is damaged or incomplete, so tags and changes cannot be checked")
                    .withFix("Run 'git fsck' in " + settings.executionRoot()
                            + " to see the damage; a fresh clone with its tags"
                            + " (git clone, then git fetch --tags) repairs it"));
        }
    }

    /** The branch as the summary names it when the plan is to be judged, or null when it is not. */
    private String branchToJudge(GitCheckout git, GateEvaluation evaluation) throws IOException {
        Optional<ReleaseBranch> branch =
                ReleaseBranch.resolve(settings.explicitBranch(), settings.environment(), git.branch());
        branch.ifPresent(found -> evaluation.log().info("branch " + found.name() + " (from " + found.source() + ")"));
        if (branch.isEmpty()) {
            evaluation.log().info("branch unknown: HEAD is detached and no CI variable names the branch");
        }
        if (settings.force()) {
            evaluation.log().info("checked on any branch: gatekeeper.releasePlan.force is set");
            return branch.map(ReleaseBranch::name).orElse("a detached HEAD");
        }
        if (branch.isEmpty()) {
            evaluation.add(
                    Finding.of(
                                    ReleasePlanCodes.BRANCH_UNKNOWN,
                                    GateStatus.WARN,
                                    "HEAD is detached and no CI variable names the branch; the release plan was not checked")
                            .withFix(
                                    "Name the branch with -Dgatekeeper.releasePlan.branch=<branch>, or check anyway with -Dgatekeeper.releasePlan.force"));
            return null;
        }
        if (!settings.isReleaseTrack(branch.get().name())) {
            evaluation.summary("not checked: " + branch.get().name() + " is not a release-track branch ("
                    + settings.branchPatternList() + ")");
            return null;
        }
        return branch.get().name();
    }

    private void judge(GitCheckout git, String branch, GateEvaluation evaluation) throws IOException {
        if (git.shallow()) {
            evaluation.add(Finding.of(
                            ReleasePlanCodes.SHALLOW_CLONE,
                            GateStatus.WARN,
                            "the clone is shallow: release tags may be missing, so the tag checks may miss one")
                    .withFix("Fetch the whole history and the tags: git fetch --unshallow --tags "
                            + "(on GitHub Actions: actions/checkout with fetch-depth: 0)"));
        }
        boolean explicit = settings.explicitVersion() != null
                && !settings.explicitVersion().isBlank();
        String tagsPart = null;
        String changelogPart = null;
        String planned;
        if (!explicit && ReleaseVersions.plansNoRelease(settings.projectVersion())) {
            planned = "no release";
            evaluation
                    .log()
                    .info("no planned release: the project version " + settings.projectVersion() + " plans none");
            evaluation.add(
                    Finding.of(
                                    ReleasePlanCodes.NO_PLANNED_VERSION,
                                    GateStatus.WARN,
                                    "the project version " + settings.projectVersion()
                                            + " plans no release, so the tags and the changelog" + " were not checked")
                            .withFix(
                                    "Judge the release you plan with -Dgatekeeper.releasePlan.version=<version> (for example 1.0.0),"
                                            + " or give the branch a version that plans one: mvn versions:set -DnewVersion=1.0.0-SNAPSHOT"));
        } else {
            planned = ReleaseVersions.planned(settings.explicitVersion(), settings.projectVersion());
            evaluation
                    .log()
                    .info("planned release " + planned
                            + (explicit
                                    ? " (from gatekeeper.releasePlan.version)"
                                    : " (from the project version " + settings.projectVersion() + ")"));
            if (ReleaseVersions.isRelease(planned)) {
                TagFormatChoice tagFormat = chooseTagFormat(git, evaluation);
                ReleaseTags tags = new ReleaseTags(
                        tagFormat.format(), git.tags(), git.headCommit().orElse(null));
                tagsPart = tags.check(planned, evaluation)
                        .map(latest -> "past " + latest.name())
                        .orElse("first release");
                changelogPart = new ChangelogCheck(settings).check(planned, evaluation);
            } else {
                evaluation.add(Finding.of(
                                ReleasePlanCodes.INVALID_VERSION,
                                GateStatus.HOLD,
                                "'" + planned + "' is not a release version: " + ReleaseVersions.whyNotRelease(planned))
                        .withFix(
                                "Set a version such as 1.2.0-SNAPSHOT (released as 1.2.0): mvn versions:set -DnewVersion=1.2.0-SNAPSHOT,"
                                        + " or pass -Dgatekeeper.releasePlan.version=1.2.0"));
            }
        }
        poms.checkVersions(settings.projectVersion(), evaluation);
        int snapshots = poms.checkSnapshots(evaluation);
        String treePart = settings.requireCleanTree() ? checkTree(git, evaluation) : "tree not checked";
        evaluation.summary(planned + " planned on " + branch + ": "
                + (tagsPart == null ? "" : tagsPart + ", ") + (changelogPart == null ? "" : changelogPart + ", ")
                + (snapshots == 0 ? "no SNAPSHOTs" : snapshots + " SNAPSHOTs") + ", " + treePart);
    }

    /** The tag format in use, logged with why and kept in the result's inputs. */
    private TagFormatChoice chooseTagFormat(GitCheckout git, GateEvaluation evaluation) throws IOException {
        List<String> tags = git.tags().stream().map(GitCheckout.Tag::name).toList();
        TagFormatChoice choice = TagFormatChoice.choose(settings.tagFormat(), tags);
        evaluation.log().info("tag format " + choice.text() + " (" + choice.reason() + ")");
        evaluation.input("tagFormat", choice.text());
        List<String> ignored = TagFormatChoice.notReleases(choice.format(), settings.tagFormat(), tags);
        if (!ignored.isEmpty()) {
            evaluation
                    .log()
                    .info("ignored " + ignored.size()
                            + (ignored.size() == 1
                                    ? " tag that is not a release version: "
                                    : " tags that are not release versions: ")
                            + listed(ignored));
        }
        if (choice.problem() != null) {
            evaluation.add(Finding.of(
                            ReleasePlanCodes.TAG_FORMAT_UNUSABLE,
                            GateStatus.WARN,
                            choice.problem() + "; the tags were judged by " + choice.text() + " instead")
                    .withFix(
                            "Write the tagNameFormat with the release plugin's placeholders (v@{project.version}), or set"
                                    + " -Dgatekeeper.releasePlan.tagFormat to the format your tags follow"));
        }
        return choice;
    }

    /** At most ten names, then how many more. */
    private static String listed(List<String> names) {
        int shown = Math.min(names.size(), 10);
        return String.join(", ", names.subList(0, shown))
                + (names.size() > shown ? " and " + (names.size() - shown) + " more" : "");
    }

    /** Records uncommitted changes; returns the tree's state for the summary. */
    private String checkTree(GitCheckout git, GateEvaluation evaluation) throws IOException {
        List<Change> changes = git.changes(List.of());
        String releaseProperties = DisplayPaths.relativeTo(
                git.workTree(), settings.executionRoot().resolve(WorkingTree.RELEASE_PROPERTIES));
        boolean releaseInProgress = WorkingTree.releaseInProgress(changes, releaseProperties);
        if (releaseInProgress) {
            evaluation
                    .log()
                    .info(releaseProperties + " is there: release:prepare is under way, so its rewritten pom.xml files"
                            + " and its own files (release.properties, *.releaseBackup, release-pom.xml, pom.xml.tag, pom.xml.next)"
                            + " do not count as changes");
        }
        List<Change> counted = WorkingTree.counted(changes, releaseInProgress);
        if (counted.isEmpty()) {
            return "tree clean";
        }
        evaluation.add(Finding.of(
                        ReleasePlanCodes.DIRTY_TREE,
                        GateStatus.HOLD,
                        "the working tree has " + counted.size() + " uncommitted change"
                                + (counted.size() == 1 ? "" : "s") + "; a release must be built from a commit")
                .withDetail(WorkingTree.listing(counted))
                .withFix("commit or stash them: git status --short"));
        return "tree dirty";
    }
}
