package dev.gatekeeper.release;

import static dev.gatekeeper.release.ReleaseRepository.codes;
import static dev.gatekeeper.release.ReleaseRepository.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateLog;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ReleasePlanGate} on real git repositories: tags, changelog, reactor versions, SNAPSHOTs and the working tree. */
class ReleasePlanGateTest {
    @TempDir
    Path temp;

    private ReleaseRepository repo;

    @BeforeEach
    void createRepository() throws Exception {
        repo = new ReleaseRepository(temp.resolve("project"));
    }

    @AfterEach
    void closeRepository() {
        repo.close();
    }

    @Test
    void aCleanPlanPassesWithASummaryOfWhatWasChecked() throws Exception {
        repo.commit("1.1.0");
        repo.tag("v1.1.0");
        repo.write("README.md", "more\n");
        repo.commit("after 1.1.0");

        GateResult result = repo.evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.findings()).isEmpty();
        assertThat(result.summary())
                .isEqualTo("1.2.0 planned on main: past v1.1.0, in CHANGELOG.md, no SNAPSHOTs, tree clean");
        assertThat(repo.logged)
                .contains(
                        "INFO branch main (from git)",
                        "INFO planned release 1.2.0 (from the project version 1.2.0-SNAPSHOT)",
                        "INFO latest release tag: v1.1.0",
                        "INFO CHANGELOG.md:5 has the section '[1.2.0] - 2026-11-24'");
        assertThat(result.inputs()).containsKey("changelog");
    }

    @Test
    void theFirstReleaseHasNoTagToMovePast() throws Exception {
        GateResult result = repo.evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.summary()).startsWith("1.2.0 planned on main: first release, ");
    }

    @Test
    void anExistingTagOnAnotherCommitHoldsNamingTheTagAndItsCommit() throws Exception {
        RevCommit tagged = repo.commit("earlier");
        repo.annotatedTag("v1.2.0");
        repo.write("README.md", "later\n");
        repo.commit("later");

        GateResult result = repo.evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        assertThat(codes(result)).containsExactly("RELEASE_PLAN_TAG_EXISTS");
        Finding exists = only(result, "RELEASE_PLAN_TAG_EXISTS");
        assertThat(exists.message())
                .isEqualTo("tag v1.2.0 already exists and points at commit "
                        + tagged.name().substring(0, 12) + ", not at HEAD");
        assertThat(exists.attributes()).containsEntry("commit", tagged.name()).containsEntry("tag", "v1.2.0");
        assertThat(exists.fix())
                .isEqualTo("plan 1.2.1 or 1.3.0: set the project version with mvn versions:set "
                        + "-DnewVersion=1.3.0-SNAPSHOT, or pass -Dgatekeeper.releasePlan.version=1.3.0");
    }

    @Test
    void theTagWithoutItsVCountsAsTheSameRelease() throws Exception {
        repo.commit("earlier");
        repo.tag("1.2.0");
        repo.write("README.md", "later\n");
        repo.commit("later");

        assertThat(only(repo.evaluate(), "RELEASE_PLAN_TAG_EXISTS").message()).startsWith("tag 1.2.0 already exists");
    }

    @Test
    void aTagAtHeadIsInformationOnlyForARunAfterTagging() throws Exception {
        repo.tag("v1.1.0");
        repo.write("README.md", "release\n");
        repo.commit("release 1.2.0");
        repo.annotatedTag("v1.2.0");

        GateResult result = repo.evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(only(result, "RELEASE_PLAN_TAG_AT_HEAD").severity()).isEqualTo(GateStatus.PASS);
        assertThat(result.summary()).contains("past v1.1.0");
    }

    @Test
    void aVersionNotPastTheHighestReleaseTagHoldsAndNamesTheNextVersions() throws Exception {
        repo.tag("v1.10.0");
        repo.tag("v1.9.0");
        repo.tag("v2.0.0-SNAPSHOT");
        repo.tag("vnext");
        repo.tag("unrelated-3.0.0");

        GateResult result = repo.evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        Finding notPast = only(result, "RELEASE_PLAN_NOT_PAST_LATEST");
        assertThat(notPast.message()).isEqualTo("1.2.0 does not move past v1.10.0");
        assertThat(notPast.fix())
                .isEqualTo("plan 1.10.1 or 1.11.0: set the project version with mvn versions:set "
                        + "-DnewVersion=1.11.0-SNAPSHOT, or pass -Dgatekeeper.releasePlan.version=1.11.0");
        assertThat(result.summary()).isEqualTo("1.2.0 does not move past v1.10.0");
    }

    @Test
    void aTagOfTheSameVersionSpelledDifferentlyIsNotMovedPast() throws Exception {
        repo.tag("v1.2");

        assertThat(only(repo.evaluate(), "RELEASE_PLAN_NOT_PAST_LATEST").message())
                .isEqualTo("1.2.0 does not move past v1.2");
    }

    @Test
    void theReleasePluginsTagFormatIsUnderstood() throws Exception {
        repo.tagFormat = "@{project.artifactId}-@{project.version}";
        repo.tag("app-1.3.0");
        repo.tag("v9.0.0");

        assertThat(only(repo.evaluate(), "RELEASE_PLAN_NOT_PAST_LATEST").message())
                .isEqualTo("1.2.0 does not move past app-1.3.0");
    }

    @Test
    void aMissingChangelogOrSectionHolds() throws Exception {
        repo.write("CHANGELOG.md", "# Changelog\n\n## [Unreleased] - 1.2.0 soon\n\n## 1.2.0.1\n\n## [1.1.0]\n");
        repo.commit("no entry");

        Finding noEntry = only(repo.evaluate(), "RELEASE_PLAN_NO_CHANGELOG_ENTRY");
        assertThat(noEntry.severity()).isEqualTo(GateStatus.HOLD);
        assertThat(noEntry.file()).isEqualTo("CHANGELOG.md");
        assertThat(noEntry.fix()).isEqualTo("Add a section '## [1.2.0] - <date>' to CHANGELOG.md");

        repo.git.rm().addFilepattern("CHANGELOG.md").call();
        repo.commit("no changelog");
        Finding missing = only(repo.evaluate(), "RELEASE_PLAN_NO_CHANGELOG");
        assertThat(missing.severity()).isEqualTo(GateStatus.HOLD);
        assertThat(missing.message())
                .isEqualTo("there is no changelog: CHANGELOG.md (gatekeeper.releasePlan.changelog) does not exist");
    }

    /** A changelog that exists but cannot be read is a changelog problem, not a damaged git repository. */
    @Test
    void aChangelogThatCannotBeReadHoldsNamingItNotTheRepository() throws Exception {
        // a regular file that no one, root included, can read: reading it fails with an I/O error
        Path unreadable = Path.of("/proc/self/mem");
        Assumptions.assumeTrue(Files.isRegularFile(unreadable), "needs Linux's /proc");
        repo.changelog = unreadable.toString();

        GateResult result = repo.evaluate();

        assertThat(codes(result)).doesNotContain("RELEASE_PLAN_REPOSITORY_UNREADABLE");
        Finding finding = only(result, "RELEASE_PLAN_CHANGELOG_UNREADABLE");
        assertThat(finding.severity()).isEqualTo(GateStatus.HOLD);
        assertThat(finding.message())
                .startsWith("/proc/self/mem cannot be read")
                .doesNotContain("Exception");
        assertThat(finding.fix()).contains("/proc/self/mem").doesNotContain("git fsck");
        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
    }

    @Test
    void anInvalidVersionHoldsAndSkipsOnlyTheChecksThatNeedAVersion() throws Exception {
        repo.explicitVersion = "${revision}";
        repo.write("CHANGELOG.md", "nothing\n");
        repo.write("new.txt", "untracked\n");

        GateResult result = repo.evaluate();

        assertThat(codes(result)).containsExactlyInAnyOrder("RELEASE_PLAN_INVALID_VERSION", "RELEASE_PLAN_DIRTY_TREE");
        assertThat(only(result, "RELEASE_PLAN_INVALID_VERSION").message())
                .isEqualTo("'${revision}' is not a release version: it holds an unresolved expression");
    }

    @Test
    void modulesAtAnotherVersionHoldWithTheirPom() throws Exception {
        repo.modules.add(new ReactorModule("com.example:app", "1.2.0-SNAPSHOT", repo.root.resolve("pom.xml")));
        repo.modules.add(new ReactorModule("com.example:core", "1.1.0-SNAPSHOT", repo.root.resolve("core/pom.xml")));
        repo.modules.add(new ReactorModule("com.example:web", "1.2.0-SNAPSHOT", repo.root.resolve("web/pom.xml")));

        Finding mismatch = only(repo.evaluate(), "RELEASE_PLAN_VERSION_MISMATCH");

        assertThat(mismatch.message())
                .isEqualTo("com.example:core is at 1.1.0-SNAPSHOT, the reactor's root at 1.2.0-SNAPSHOT");
        assertThat(mismatch.file()).isEqualTo("core/pom.xml");
    }

    @Test
    void everySnapshotReferenceIsAHoldWithItsOwnCodeFileAndLine() throws Exception {
        Path pom = repo.root.resolve("pom.xml");
        repo.snapshotReferences.add(new SnapshotReference(
                SnapshotReference.Kind.PLUGIN_DEPENDENCY,
                "com.example:app",
                "com.example:helper",
                "2.0.0-SNAPSHOT",
                "org.example:tool-maven-plugin:1.0",
                pom,
                42));
        repo.snapshotReferences.add(new SnapshotReference(
                SnapshotReference.Kind.BOM, "com.example:app", "com.example:bom", "[1.0,2.0)", null, pom, null));

        GateResult result = repo.evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        Finding pluginDependency = only(result, "RELEASE_PLAN_SNAPSHOT_PLUGIN_DEPENDENCY");
        assertThat(pluginDependency.message())
                .isEqualTo("com.example:app: plugin dependency com.example:helper:2.0.0-SNAPSHOT"
                        + " of plugin org.example:tool-maven-plugin:1.0 is a SNAPSHOT");
        assertThat(pluginDependency.file()).isEqualTo("pom.xml");
        assertThat(pluginDependency.line()).isEqualTo(42);
        assertThat(pluginDependency.fix())
                .isEqualTo("Release com.example:helper first and depend on that release (the local"
                        + " repository knows no release of it before 2.0.0-SNAPSHOT), or accept it with"
                        + " -Dgatekeeper.releasePlan.allowedSnapshots=com.example:helper");
        Finding range = only(result, "RELEASE_PLAN_SNAPSHOT_BOM");
        assertThat(range.message()).endsWith("imported BOM com.example:bom:[1.0,2.0) is a version range");
        assertThat(range.fix()).startsWith("Pin one release of com.example:bom instead of the range [1.0,2.0)");
    }

    @Test
    void aDirtyTreeHoldsListingItsChanges() throws Exception {
        repo.write("pom.xml", "<project><!-- edited --></project>\n");
        repo.write("notes.txt", "new\n");
        Files.delete(repo.root.resolve("CHANGELOG.md"));

        GateResult result = repo.evaluate();

        Finding dirty = only(result, "RELEASE_PLAN_DIRTY_TREE");
        assertThat(dirty.message())
                .isEqualTo("the working tree has 3 uncommitted changes; a release must be built from a commit");
        assertThat(dirty.detail()).isEqualTo(" D CHANGELOG.md\n?? notes.txt\n M pom.xml\n");
        assertThat(dirty.fix()).isEqualTo("commit or stash them: git status --short");
    }

    @Test
    void aDirtyTreeListsTwentyChangesAndCountsTheRest() throws Exception {
        for (int i = 0; i < 23; i++) {
            repo.write("new/file-" + (char) ('a' + i) + ".txt", "x\n");
        }

        Finding dirty = only(repo.evaluate(), "RELEASE_PLAN_DIRTY_TREE");

        assertThat(dirty.detail().lines().toList()).hasSize(21).endsWith("... and 3 more");
    }

    @Test
    void duringReleasePrepareTheReleasePluginsOwnChangesDoNotCount() throws Exception {
        repo.write("core/pom.xml", "<project/>\n");
        repo.commit("module");
        repo.write("pom.xml", "<project><version>1.2.0</version></project>\n");
        repo.write("core/pom.xml", "<project><version>1.2.0</version></project>\n");
        repo.write("pom.xml.releaseBackup", "<project/>\n");
        repo.write("core/pom.xml.releaseBackup", "<project/>\n");
        repo.write("release.properties", "scm.tag=v1.2.0\n");

        GateResult result = repo.evaluate();
        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(repo.logged)
                .anyMatch(line -> line.startsWith("INFO release.properties is there: release:prepare is under way"));

        repo.write("src/Main.java", "class Main {}\n");
        assertThat(only(repo.evaluate(), "RELEASE_PLAN_DIRTY_TREE").detail()).isEqualTo("?? src/Main.java\n");
    }

    @Test
    void withoutReleasePropertiesAModifiedPomCounts() throws Exception {
        repo.write("pom.xml", "<project><version>1.2.0</version></project>\n");
        repo.write("pom.xml.releaseBackup", "<project/>\n");

        assertThat(only(repo.evaluate(), "RELEASE_PLAN_DIRTY_TREE").detail())
                .isEqualTo(" M pom.xml\n?? pom.xml.releaseBackup\n");
    }

    @Test
    void theTreeIsNotCheckedWhenNotRequired() throws Exception {
        repo.requireCleanTree = false;
        repo.write("notes.txt", "new\n");

        GateResult result = repo.evaluate();

        assertThat(result.findings()).isEmpty();
        assertThat(result.summary()).endsWith(", tree not checked");
    }

    @Test
    void everyProblemIsReportedTogether() throws Exception {
        repo.write("CHANGELOG.md", "# Changelog\n");
        repo.commit("no entry");
        repo.tag("v1.3.0");
        repo.modules.add(new ReactorModule("com.example:app", "1.2.0-SNAPSHOT", repo.root.resolve("pom.xml")));
        repo.modules.add(new ReactorModule("com.example:core", "1.0.0", repo.root.resolve("core/pom.xml")));
        repo.snapshotReferences.add(new SnapshotReference(
                SnapshotReference.Kind.PARENT,
                "com.example:app",
                "com.example:parent",
                "3-SNAPSHOT",
                null,
                repo.root.resolve("pom.xml"),
                5));
        repo.write("notes.txt", "new\n");

        assertThat(codes(repo.evaluate()))
                .containsExactlyInAnyOrder(
                        "RELEASE_PLAN_NOT_PAST_LATEST",
                        "RELEASE_PLAN_NO_CHANGELOG_ENTRY",
                        "RELEASE_PLAN_VERSION_MISMATCH",
                        "RELEASE_PLAN_SNAPSHOT_PARENT",
                        "RELEASE_PLAN_DIRTY_TREE");
    }

    @Test
    void offAReleaseTrackBranchNothingIsChecked() throws Exception {
        repo.git.checkout().setCreateBranch(true).setName("feature/x").call();
        repo.write("notes.txt", "dirty\n");

        GateResult result = repo.evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.findings()).isEmpty();
        assertThat(result.summary())
                .isEqualTo("not checked: feature/x is not a release-track branch (main, master, release/.*)");
    }

    @Test
    void forcedItChecksOnAnyBranch() throws Exception {
        repo.git.checkout().setCreateBranch(true).setName("feature/x").call();
        repo.write("notes.txt", "dirty\n");
        repo.force = true;

        GateResult result = repo.evaluate();

        assertThat(codes(result)).containsExactly("RELEASE_PLAN_DIRTY_TREE");
        assertThat(repo.logged).contains("INFO checked on any branch: gatekeeper.releasePlan.force is set");
    }

    @Test
    void aPullRequestIsJudgedByItsTargetBranch() throws Exception {
        repo.git.checkout().setCreateBranch(true).setName("feature/x").call();
        repo.environment.put("GITHUB_BASE_REF", "release/1.x");
        repo.write("notes.txt", "dirty\n");

        assertThat(codes(repo.evaluate())).containsExactly("RELEASE_PLAN_DIRTY_TREE");
        assertThat(repo.logged).contains("INFO branch release/1.x (from the pull request's target (GITHUB_BASE_REF))");
    }

    @Test
    void aDetachedHeadTakesTheBranchFromTheCi() throws Exception {
        repo.detach();
        GateResult unknown = repo.evaluate();
        assertThat(unknown.status()).isEqualTo(GateStatus.WARN);
        assertThat(only(unknown, "RELEASE_PLAN_BRANCH_UNKNOWN").fix())
                .isEqualTo(
                        "Name the branch with -Dgatekeeper.releasePlan.branch=<branch>, or check anyway with -Dgatekeeper.releasePlan.force");

        repo.environment.put("GIT_BRANCH", "origin/main");
        GateResult known = repo.evaluate();
        assertThat(known.status()).isEqualTo(GateStatus.PASS);
        assertThat(known.summary()).startsWith("1.2.0 planned on main: ");
    }

    @Test
    void forcedOnADetachedHeadItChecksWithoutABranch() throws Exception {
        repo.detach();
        repo.force = true;

        GateResult result = repo.evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.summary()).startsWith("1.2.0 planned on a detached HEAD: first release, ");
        assertThat(repo.logged).contains("INFO branch unknown: HEAD is detached and no CI variable names the branch");
    }

    @Test
    void customBranchPatternsDecideWhatIsReleaseTrack() throws Exception {
        repo.branchPatterns = List.of("trunk");

        assertThat(repo.evaluate().summary()).isEqualTo("not checked: main is not a release-track branch (trunk)");
    }

    @Test
    void aShallowCloneWarnsAndTheChecksStillRun() throws Exception {
        String head = repo.git.getRepository().resolve("HEAD").name();
        Files.writeString(repo.root.resolve(".git/shallow"), head + "\n");
        repo.tag("v1.3.0");

        GateResult result = repo.evaluate();

        assertThat(codes(result))
                .containsExactlyInAnyOrder("RELEASE_PLAN_SHALLOW_CLONE", "RELEASE_PLAN_NOT_PAST_LATEST");
        assertThat(only(result, "RELEASE_PLAN_SHALLOW_CLONE").fix())
                .contains("git fetch --unshallow --tags", "fetch-depth: 0");
    }

    @Test
    void outsideAGitRepositoryItIsAnError() throws Exception {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        ReleasePlanSettings settings = new ReleasePlanSettings(
                plain,
                "1.2.0-SNAPSHOT",
                null,
                null,
                true,
                List.of(),
                TagFormatChoice.Declared.releasePluginDefault("g", "a"),
                null,
                false,
                true,
                Map.of(),
                null,
                List.of());
        GateEvaluation evaluation =
                new GateEvaluation(GateId.RELEASE_PLAN.goal(), "g:a", "build-1", Clock.systemUTC(), GateLog.silent());
        new ReleasePlanGate(settings, List.of(), List.of()).evaluate(evaluation);
        GateResult result = evaluation.finish();

        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
        assertThat(codes(result)).containsExactly("RELEASE_PLAN_NOT_A_REPOSITORY");
    }
}
