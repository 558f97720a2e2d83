package dev.gatekeeper.release;

import static dev.gatekeeper.release.ReleaseRepository.codes;
import static dev.gatekeeper.release.ReleaseRepository.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21, items 4 and 5: tags that name a branch, not a release; changelogs that are not Markdown. */
class ReleasePlanTagsAndChangelogsTest {
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

    @Test
    void aBranchLikeTagIsNeitherTheLatestReleaseNorWhatDecidesTheTagFormat() throws Exception {
        repo.tag("1.4.0");
        repo.write("README.md", "the 1.5 maintenance line\n");
        repo.commit("1.5 line");
        repo.tag("1.5.x");
        repo.write("README.md", "work for 1.5.0\n");
        repo.write("CHANGELOG.md", "# Changelog\n\n## [1.5.0] - 2026-12-06\n\n## [1.4.0] - 2026-11-01\n");
        repo.commit("1.5.0 work");
        repo.projectVersion = "1.5.0-SNAPSHOT";

        GateResult result = repo.evaluate();

        assertThat(codes(result)).isEmpty();
        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.summary()).startsWith("1.5.0 planned on main: past 1.4.0, ");
        assertThat(repo.logged)
                .contains(
                        "INFO tag format @{project.version} (1 of 2 tags follow it; the maven-release-plugin's default"
                                + " @{project.artifactId}-@{project.version} is followed by 0)",
                        "INFO ignored 1 tag that is not a release version: 1.5.x",
                        "INFO latest release tag: 1.4.0");
    }

    @Test
    void aLoneBranchLikeTagLeavesTheDefaultFormatAndAFirstRelease() throws Exception {
        // spring-petclinic: 4.0.0-SNAPSHOT, one tag 1.5.x
        repo.tag("1.5.x");
        repo.write("CHANGELOG.md", "## 4.0.0\n");
        repo.commit("4.0.0 work");
        repo.projectVersion = "4.0.0-SNAPSHOT";

        GateResult result = repo.evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(repo.logged)
                .contains(
                        "INFO tag format @{project.artifactId}-@{project.version} (the maven-release-plugin's default; 0 of 1 tags follow it)",
                        "INFO ignored 1 tag that is not a release version: 1.5.x",
                        "INFO no other release tag matches '@{project.artifactId}-@{project.version}': this is the first release");
        assertThat(repo.logged).noneMatch(line -> line.contains("latest release tag"));
    }

    @Test
    void aBranchLikePlannedVersionIsNotARelease() throws Exception {
        repo.projectVersion = "1.5.x-SNAPSHOT";

        Finding invalid = only(repo.evaluate(), "RELEASE_PLAN_INVALID_VERSION");

        assertThat(invalid.message())
                .isEqualTo(
                        "'1.5.x' is not a release version: 'x' stands for any number: 1.5.x names a line of versions (a branch), not one release");
    }

    @Test
    void aMissingSectionInAnAsciiDocChangelogAsksForAnAsciiDocSection() throws Exception {
        repo.write("docs/History.adoc", "= History\n\n== 1.1.0\n");
        repo.commit("history");
        repo.changelog = "docs/History.adoc";

        Finding noEntry = only(repo.evaluate(), "RELEASE_PLAN_NO_CHANGELOG_ENTRY");

        assertThat(noEntry.fix()).isEqualTo("Add a section '== 1.2.0' to docs/History.adoc");
    }

    @Test
    void aMissingSectionInAPlainTextOrReStructuredTextChangelogAsksForALineInItsFormat() throws Exception {
        repo.write("NEWS.txt", "Release 1.1.0\n\n- the first one\n");
        repo.write("CHANGES.rst", "1.1.0\n-----\n\n- the first one\n");
        repo.write("NEWS", "Version 1.1.0\n");
        repo.commit("plain changelogs");

        repo.changelog = "NEWS.txt";
        assertThat(only(repo.evaluate(), "RELEASE_PLAN_NO_CHANGELOG_ENTRY").fix())
                .isEqualTo("Add a line 'Release 1.2.0' (the version at the start of a line) to NEWS.txt");
        repo.changelog = "NEWS";
        assertThat(only(repo.evaluate(), "RELEASE_PLAN_NO_CHANGELOG_ENTRY").fix())
                .isEqualTo("Add a line 'Release 1.2.0' (the version at the start of a line) to NEWS");
        repo.changelog = "CHANGES.rst";
        assertThat(only(repo.evaluate(), "RELEASE_PLAN_NO_CHANGELOG_ENTRY").fix())
                .isEqualTo("Add a section '1.2.0' (the version on its own line, underlined with -----) to CHANGES.rst");
    }

    @Test
    void aMissingReleaseInAChangesXmlAsksForAReleaseElement() throws Exception {
        Files.delete(repo.root.resolve("CHANGELOG.md"));
        repo.write(
                "src/changes/changes.xml",
                "<document><body><release version=\"1.1.0\" date=\"2026-10-01\"/></body></document>\n");
        repo.commit("changes.xml");
        repo.changelog = null;

        Finding noEntry = only(repo.evaluate(), "RELEASE_PLAN_NO_CHANGELOG_ENTRY");

        assertThat(noEntry.fix())
                .isEqualTo(
                        "Add a section <release version=\"1.2.0\" date=\"YYYY-MM-DD\"> to the <body> of src/changes/changes.xml");
        assertThat(noEntry.fix()).doesNotContain("##");
    }

    @Test
    void aConfiguredChangelogThatDoesNotExistIsToBeCreatedInItsOwnFormat() throws Exception {
        repo.changelog = "src/changes/changes.xml";
        assertThat(only(repo.evaluate(), "RELEASE_PLAN_NO_CHANGELOG").fix())
                .startsWith(
                        "Create src/changes/changes.xml with a section <release version=\"1.2.0\" date=\"YYYY-MM-DD\"> in its <body>")
                .doesNotContain("##");

        repo.changelog = "docs/CHANGES.adoc";
        assertThat(only(repo.evaluate(), "RELEASE_PLAN_NO_CHANGELOG").fix())
                .startsWith("Create docs/CHANGES.adoc with a section '== 1.2.0'");

        repo.changelog = "docs/CHANGES.md";
        assertThat(only(repo.evaluate(), "RELEASE_PLAN_NO_CHANGELOG").fix())
                .startsWith("Create docs/CHANGES.md with a section '## [1.2.0] - <date>'");
    }

    @Test
    void aChangesXmlComesBeforeTheReleaseNotesGeneratedFromIt() throws Exception {
        // apache/commons-lang: RELEASE-NOTES.txt is generated from changes.xml at each release, so it names the last
        // one
        Files.delete(repo.root.resolve("CHANGELOG.md"));
        repo.write(
                "RELEASE-NOTES.txt",
                "Apache Commons Lang 1.1.0 Release Notes\n---\n\nThe team is pleased to announce 1.1.0.\n");
        repo.write(
                "src/changes/changes.xml",
                "<document><body>\n<release version=\"1.2.0\" date=\"YYYY-MM-DD\"/>\n"
                        + "<release version=\"1.1.0\" date=\"2026-10-01\"/>\n</body></document>\n");
        repo.commit("changes.xml and the release notes made from it");
        repo.changelog = null;

        GateResult result = repo.evaluate();

        assertThat(codes(result)).isEmpty();
        assertThat(repo.logged)
                .contains(
                        "INFO changelog src/changes/changes.xml (found among the usual names)",
                        "INFO src/changes/changes.xml:2 has the section '<release version=\"1.2.0\">'");
    }

    @Test
    void aChangelogInLatin1IsReadNotTakenForADamagedRepository() throws Exception {
        // commons-lang's RELEASE-NOTES.txt is ISO-8859-1 ("Thanks to Eamonn McManus" with an E acute): read strictly
        // as UTF-8 it threw, and the gate said the git repository could not be read
        Files.write(
                repo.root.resolve("NEWS.txt"),
                "Release 1.2.0\n\nThanks to \u00c9amonn McManus.\n"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        repo.commit("Latin-1 notes");
        repo.changelog = "NEWS.txt";

        GateResult result = repo.evaluate();

        assertThat(codes(result)).isEmpty();
        assertThat(repo.logged).contains("INFO NEWS.txt:1 has the section 'Release 1.2.0'");
    }
}
