package dev.gatekeeper.docs;

import static dev.gatekeeper.docs.DocsFixture.located;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links and images of the docs gate: relative paths, anchors, file: URLs, links leaving the repository. */
class LinkCheckTest {
    @TempDir
    Path temp;

    private DocsFixture repo;

    @BeforeEach
    void createRepository() throws Exception {
        repo = new DocsFixture(temp);
        repo.write("docs/setup.md", "# Setup\n\n## Install the plugin\n");
        repo.write("src/main/java/App.java", "class App {}\n");
        repo.write("docs/img/logo.png", "png");
    }

    @Test
    void workingLinksOfEveryKindPassAndAreCounted() throws Exception {
        repo.write("README.md", """
                # Project

                ## Usage

                [setup](docs/setup.md), [install](docs/setup.md#install-the-plugin), [usage](#usage),
                [root-relative](/docs/setup.md), [a directory](src/main/java), [with a query](docs/setup.md?plain=1),
                [escaped](docs%2Fsetup.md), ![logo](docs/img/logo.png), [site](https://example.com/x.md#nowhere),
                [mail](mailto:someone@example.com), [protocol-relative](//example.com/a), [code line](src/main/java/App.java#L1)
                """);

        GateResult result = repo.evaluate();

        assertThat(result.findings()).isEmpty();
        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.summary()).startsWith("2 files: 12 links, ");
    }

    @Test
    void aMissingTargetIsABrokenLinkNamedWithDocAndLine() throws Exception {
        repo.write("docs/guide.md", "# Guide\n\nSee [setup](setup.md) and [old](../docs/removed.md).\n");

        GateResult result = repo.evaluate();

        assertThat(located(result)).containsExactly("DOCS_BROKEN_LINK docs/guide.md:3");
        Finding finding = result.findings().get(0);
        assertThat(finding.severity()).isEqualTo(GateStatus.HOLD);
        assertThat(finding.message())
                .isEqualTo("Link '../docs/removed.md' points to docs/removed.md, which does not exist");
    }

    @Test
    void anAnchorMustNameAHeadingOfTheTargetMarkdownFile() throws Exception {
        repo.write("README.md", "# Project\n\n[a](docs/setup.md#install)\n[b](#project)\n[c](#nothing)\n");

        GateResult result = repo.evaluate();

        assertThat(located(result)).containsExactly("DOCS_BROKEN_ANCHOR README.md:3", "DOCS_BROKEN_ANCHOR README.md:5");
        assertThat(result.findings().get(0).detail()).contains("#setup", "#install-the-plugin");
    }

    @Test
    void fileUrlsAndLinksLeavingTheRepositoryAreHeld() throws Exception {
        Files.writeString(temp.resolve("outside.md"), "# Outside\n");
        repo.write(
                "README.md",
                "[a](file:///etc/hosts)\n\n[b](../outside.md)\n\n[c](/../outside.md)\n\n[d](../../nowhere.md)\n");

        GateResult result = repo.evaluate();

        assertThat(located(result))
                .containsExactly(
                        "DOCS_FILE_URL README.md:1",
                        "DOCS_LINK_OUTSIDE_REPOSITORY README.md:3",
                        "DOCS_LINK_OUTSIDE_REPOSITORY README.md:5",
                        "DOCS_LINK_OUTSIDE_REPOSITORY README.md:7");
    }

    @Test
    void aSymbolicLinkOutOfTheRepositoryLeavesItToo() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(outside.resolve("notes.md"), "# Notes\n");
        Files.createSymbolicLink(repo.root.resolve("linked"), outside);
        repo.write("README.md", "[notes](linked/notes.md)\n");

        GateResult result = repo.evaluate();

        assertThat(located(result)).containsExactly("DOCS_LINK_OUTSIDE_REPOSITORY README.md:1");
    }

    @Test
    void percentDecodingKeepsPlusSignsAndDecodesUtf8() {
        assertThat(LinkCheck.percentDecode("a%20b+c%C3%A9%zz")).isEqualTo("a b+cé%zz");
    }
}
