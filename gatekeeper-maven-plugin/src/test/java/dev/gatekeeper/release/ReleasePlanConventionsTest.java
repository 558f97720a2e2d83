package dev.gatekeeper.release;

import static dev.gatekeeper.release.ReleaseRepository.codes;
import static dev.gatekeeper.release.ReleaseRepository.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conventions real projects follow (issue 15): their tag format, changelog names, versions that plan no release, SNAPSHOTs. */
class ReleasePlanConventionsTest {
    @TempDir
    Path temp;

    private ReleaseRepository repo;

    @BeforeEach
    void createRepository() throws Exception {
        repo = new ReleaseRepository(temp.resolve("project"));
        repo.tagFormat = null;
    }

    @AfterEach
    void closeRepository() {
        repo.close();
    }

    private void artifactIdTagsBesideAStrayTag() throws Exception {
        repo.tag("1.0");
        repo.write("README.md", "2.3.0\n");
        repo.commit("2.3.0");
        repo.tag("app-2.3.0");
        repo.write("README.md", "2.3.1\n");
        repo.commit("2.3.1");
        repo.tag("app-2.3.1");
        repo.write("README.md", "later\n");
        repo.write("CHANGELOG.md", "# Changelog\n\n## 2.4.0\n\n## 2.3.1\n\n## 2.3.0\n");
        repo.commit("after 2.3.1");
    }

    @Test
    void aVersionTaggedInTheArtifactIdFormatHoldsBesideAStrayTag() throws Exception {
        artifactIdTagsBesideAStrayTag();
        repo.projectVersion = "2.3.1-SNAPSHOT";

        GateResult result = repo.evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        assertThat(codes(result)).containsExactly("RELEASE_PLAN_TAG_EXISTS");
        assertThat(only(result, "RELEASE_PLAN_TAG_EXISTS").attributes()).containsEntry("tag", "app-2.3.1");
        assertThat(repo.logged)
                .contains(
                        "INFO latest release tag: app-2.3.0",
                        "INFO tag format @{project.artifactId}-@{project.version} (the maven-release-plugin's default; 2 of 3 tags follow it)");
        assertThat(result.inputs()).containsEntry("tagFormat", "@{project.artifactId}-@{project.version}");
    }

    @Test
    void anOlderTaggedVersionIsToldToPlanPastTheLatestReleaseNotPastItself() throws Exception {
        artifactIdTagsBesideAStrayTag();
        repo.projectVersion = "2.3.0-SNAPSHOT";

        GateResult result = repo.evaluate();

        assertThat(only(result, "RELEASE_PLAN_TAG_EXISTS").fix())
                .startsWith("plan 2.3.2 or 2.4.0:")
                .doesNotContain("2.3.1 or");
    }

    @Test
    void theNextVersionPassesPastTheLatestArtifactIdTagNotTheStrayOne() throws Exception {
        artifactIdTagsBesideAStrayTag();
        repo.git.tag().setName("9.9").call();
        repo.projectVersion = "2.4.0-SNAPSHOT";

        GateResult result = repo.evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.summary()).startsWith("2.4.0 planned on main: past app-2.3.1, in CHANGELOG.md");
    }

    @Test
    void aTagNameFormatNoTagFollowsGivesWayToTheTagsThatAreThere() throws Exception {
        repo.releasePluginTagFormat = "release-@{project.version}";
        for (String version : List.of("1.0.0", "1.1.0", "1.2.0")) {
            repo.write("README.md", version + "\n");
            repo.commit(version);
            repo.tag("v" + version);
        }
        repo.write("README.md", "later\n");
        repo.commit("later");

        GateResult result = repo.evaluate();

        assertThat(codes(result)).containsExactly("RELEASE_PLAN_TAG_EXISTS");
        assertThat(repo.logged)
                .contains("INFO tag format v@{project.version} (3 of 3 tags follow it; no tag follows the"
                        + " maven-release-plugin tagNameFormat release-@{project.version} in pom.xml)");
    }

    @Test
    void aPrefixTheTagsShareIsLearnedWhenNoCommonShapeFitsThem() throws Exception {
        // Apache Commons: rel/commons-lang-3.20.0 for releases of commons-lang3, commons-lang-3.20.0-RC1 for
        // candidates, LANG_2_6 of old
        repo.tag("LANG_1_0");
        for (String version : List.of("1.0.0", "1.1.0", "1.2.0")) {
            repo.write("README.md", version + "\n");
            repo.commit(version);
            // more candidate tags than release tags (an RC2 now and then), as on commons-lang: 18 against 11
            repo.tag("application-" + version + "-RC1");
            repo.tag("application-" + version + "-RC2");
            repo.tag("rel/app-" + version);
        }
        repo.write("README.md", "later\n");
        repo.commit("later");

        GateResult result = repo.evaluate();

        assertThat(codes(result)).containsExactly("RELEASE_PLAN_TAG_EXISTS");
        assertThat(only(result, "RELEASE_PLAN_TAG_EXISTS").attributes()).containsEntry("tag", "rel/app-1.2.0");
        assertThat(repo.logged)
                .contains(
                        "INFO tag format rel/app-@{project.version} (3 of 10 tags follow it; the"
                                + " maven-release-plugin's default @{project.artifactId}-@{project.version} is followed by 0)",
                        "INFO latest release tag: rel/app-1.1.0");
    }

    @Test
    void anUnreadableTagNameFormatWarnsAndTheDefaultJudgesTheTags() throws Exception {
        repo.releasePluginTagFormat = "app-1.2.0-SNAPSHOT";
        repo.tag("app-1.2.0");
        repo.write("README.md", "later\n");
        repo.commit("later");

        GateResult result = repo.evaluate();

        assertThat(codes(result))
                .containsExactlyInAnyOrder("RELEASE_PLAN_TAG_FORMAT_UNUSABLE", "RELEASE_PLAN_TAG_EXISTS");
        assertThat(only(result, "RELEASE_PLAN_TAG_FORMAT_UNUSABLE").severity()).isEqualTo(GateStatus.WARN);
        assertThat(only(result, "RELEASE_PLAN_TAG_FORMAT_UNUSABLE").fix())
                .contains("-Dgatekeeper.releasePlan.tagFormat");
        assertThat(only(result, "RELEASE_PLAN_TAG_EXISTS").attributes()).containsEntry("tag", "app-1.2.0");
    }

    @Test
    void aChangesMdFoundAmongTheUsualNamesHoldsTheEntry() throws Exception {
        Files.delete(repo.root.resolve("CHANGELOG.md"));
        repo.write("CHANGES.md", "# Changes\n\n## 1.2.0 (pending)\n\n- the plan\n");
        repo.commit("CHANGES.md");
        repo.changelog = null;

        GateResult result = repo.evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.summary()).contains(", in CHANGES.md, ");
        assertThat(result.inputs()).containsEntry("changelogFile", "CHANGES.md").containsKey("changelog");
        assertThat(repo.logged)
                .contains(
                        "INFO changelog CHANGES.md (found among the usual names)",
                        "INFO CHANGES.md:3 has the section '1.2.0 (pending)'");
    }

    @Test
    void anAsciiDocHistoryUnderDocsAndAChangesXmlAreFoundWhateverTheirCase() throws Exception {
        Files.delete(repo.root.resolve("CHANGELOG.md"));
        repo.write("src/changes/changes.xml", "<document><body><release version=\"1.2.0\"/></body></document>\n");
        repo.commit("changes.xml");
        repo.changelog = null;

        assertThat(repo.evaluate().summary()).contains(", in src/changes/changes.xml, ");

        repo.write("docs/History.adoc", "= History\n\n== 1.1.0\n");
        repo.commit("history");
        GateResult result = repo.evaluate();

        assertThat(codes(result)).containsExactly("RELEASE_PLAN_NO_CHANGELOG_ENTRY");
        assertThat(only(result, "RELEASE_PLAN_NO_CHANGELOG_ENTRY").message())
                .isEqualTo("docs/History.adoc has no section for 1.2.0");
    }

    @Test
    void noChangelogAtAllWarnsHowToNameOneUnlessOneIsRequired() throws Exception {
        Files.delete(repo.root.resolve("CHANGELOG.md"));
        repo.commit("no changelog");
        repo.changelog = null;

        Finding warning = only(repo.evaluate(), "RELEASE_PLAN_NO_CHANGELOG");
        assertThat(warning.severity()).isEqualTo(GateStatus.WARN);
        assertThat(warning.message())
                .contains("CHANGELOG, CHANGES, HISTORY, NEWS, RELEASE-NOTES, RELEASE_NOTES", "src/changes/changes.xml");
        assertThat(warning.fix()).contains("CHANGELOG.md", "requireChangelog=true");

        repo.requireChangelog = true;
        assertThat(only(repo.evaluate(), "RELEASE_PLAN_NO_CHANGELOG").severity())
                .isEqualTo(GateStatus.HOLD);
    }

    @Test
    void aConfiguredChangelogThatDoesNotExistStillHolds() throws Exception {
        repo.write("CHANGES.md", "## 1.2.0\n");
        repo.commit("CHANGES.md");
        repo.changelog = "docs/CHANGELOG.md";

        Finding missing = only(repo.evaluate(), "RELEASE_PLAN_NO_CHANGELOG");

        assertThat(missing.severity()).isEqualTo(GateStatus.HOLD);
        assertThat(missing.message())
                .isEqualTo(
                        "there is no changelog: docs/CHANGELOG.md (gatekeeper.releasePlan.changelog) does not exist");
    }

    @Test
    void aHeadSnapshotWarnsThatNoReleaseIsPlannedInsteadOfHolding() throws Exception {
        repo.projectVersion = "HEAD-SNAPSHOT";

        GateResult result = repo.evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.WARN);
        Finding none = only(result, "RELEASE_PLAN_NO_PLANNED_VERSION");
        assertThat(none.message())
                .isEqualTo(
                        "the project version HEAD-SNAPSHOT plans no release, so the tags and the changelog were not checked");
        assertThat(none.fix()).contains("-Dgatekeeper.releasePlan.version=");
        assertThat(repo.logged).contains("INFO no planned release: the project version HEAD-SNAPSHOT plans none");

        repo.explicitVersion = "1.2.0";
        assertThat(repo.evaluate().status()).isEqualTo(GateStatus.PASS);
    }

    @Test
    void aSnapshotsFixNamesTheLatestEarlierReleaseTheLocalRepositoryHolds() throws Exception {
        Path local = temp.resolve("m2");
        Path lib = local.resolve("org/example/lib");
        for (String version : List.of("0.8.0", "0.9.1", "0.10.0", "1.0.0")) {
            Files.createDirectories(lib.resolve(version));
            Files.writeString(lib.resolve(version).resolve("lib-" + version + ".pom"), "<project/>");
        }
        Files.createDirectories(lib.resolve("0.11.0")); // a failed download: no POM
        Files.writeString(
                lib.resolve("maven-metadata-central.xml"),
                "<metadata><versioning><versions><version>0.9.5</version><version>0.10.1-rc1</version></versioning></metadata>");
        repo.localRepository = local;
        repo.snapshotReferences.add(reference("org.example:lib", "0.11.0-SNAPSHOT"));
        repo.snapshotReferences.add(reference("org.example:unknown", "0.1.0-SNAPSHOT"));

        GateResult result = repo.evaluate();

        List<Finding> held = result.findings().stream()
                .filter(f -> f.code().equals("RELEASE_PLAN_SNAPSHOT_DEPENDENCY"))
                .toList();
        assertThat(held).hasSize(2);
        assertThat(held.get(0).fix())
                .startsWith("Depend on a release of org.example:lib, such as 0.10.1-rc1"
                        + " (the latest before 0.11.0-SNAPSHOT in the local repository), or release it first");
        assertThat(held.get(1).fix())
                .startsWith("Release org.example:unknown first and depend on that release"
                        + " (the local repository knows no release of it before 0.1.0-SNAPSHOT)");
        assertThat(held.get(1).fix()).doesNotContain("the one before");
    }

    @Test
    void anAllowedSnapshotAndGatekeeperInAProfileWarnInsteadOfHolding() throws Exception {
        repo.allowedSnapshots = List.of("org.example:*,com.other:thing");
        repo.snapshotReferences.add(reference("org.example:lib", "0.11.0-SNAPSHOT"));
        repo.snapshotReferences.add(new SnapshotReference(
                SnapshotReference.Kind.PLUGIN,
                "com.example:app",
                SnapshotReference.GATEKEEPER_PLUGIN,
                "0.1.0-SNAPSHOT",
                null,
                repo.root.resolve("pom.xml"),
                30,
                "merge-ready"));
        repo.snapshotReferences.add(new SnapshotReference(
                SnapshotReference.Kind.PLUGIN,
                "com.example:app",
                "org.examplex:tool",
                "1.0-SNAPSHOT",
                null,
                repo.root.resolve("pom.xml"),
                40,
                null));

        GateResult result = repo.evaluate();

        assertThat(codes(result))
                .containsExactlyInAnyOrder(
                        "RELEASE_PLAN_SNAPSHOT_ALLOWED",
                        "RELEASE_PLAN_SNAPSHOT_GATEKEEPER",
                        "RELEASE_PLAN_SNAPSHOT_PLUGIN");
        Finding allowed = only(result, "RELEASE_PLAN_SNAPSHOT_ALLOWED");
        assertThat(allowed.severity()).isEqualTo(GateStatus.WARN);
        assertThat(allowed.attributes()).containsEntry("allowedBy", "org.example:*");
        Finding gatekeeper = only(result, "RELEASE_PLAN_SNAPSHOT_GATEKEEPER");
        assertThat(gatekeeper.severity()).isEqualTo(GateStatus.WARN);
        assertThat(gatekeeper.message()).contains("declared in the active profile merge-ready");
        assertThat(only(result, "RELEASE_PLAN_SNAPSHOT_PLUGIN").severity()).isEqualTo(GateStatus.HOLD);
    }

    private SnapshotReference reference(String coordinates, String version) {
        return new SnapshotReference(
                SnapshotReference.Kind.DEPENDENCY,
                "com.example:app",
                coordinates,
                version,
                null,
                repo.root.resolve("pom.xml"),
                12);
    }
}
