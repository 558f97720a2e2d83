package dev.gatekeeper.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownDocTest {
    @TempDir
    Path temp;

    @Test
    void linksImagesAndReferenceLinksCarryTheLineTheyAreOn() {
        MarkdownDoc doc = MarkdownDoc.of(temp.resolve("README.md"), """
                # Title

                See [setup](docs/setup.md) and ![logo](img/logo.png).

                Also [the guide][guide].

                [guide]: docs/guide.md
                """);

        assertThat(doc.links())
                .containsExactly(
                        new MarkdownDoc.Reference("docs/setup.md", 3),
                        new MarkdownDoc.Reference("img/logo.png", 3),
                        new MarkdownDoc.Reference("docs/guide.md", 5));
    }

    @Test
    void anchorsAreGithubLikeHeadingIdsWithSuffixesForDuplicatesPlusHtmlIds() {
        MarkdownDoc doc = MarkdownDoc.of(temp.resolve("README.md"), """
                # Getting Started!
                ## The `docs` gate
                ## Usage
                ## Usage
                <a id="custom-anchor"></a>
                """);

        assertThat(doc.anchors())
                .containsExactlyInAnyOrder("getting-started", "the-docs-gate", "usage", "usage-1", "custom-anchor");
    }

    @Test
    void codeSpansAreInlineCodeOnlyAndCodeBlockLinesAreKnown() {
        MarkdownDoc doc = MarkdownDoc.of(temp.resolve("README.md"), """
                Run `src/main/java` here.

                ```
                `not/a/span`
                ```

                    indented/code
                """);

        assertThat(doc.codeSpans()).containsExactly(new MarkdownDoc.CodeSpan("src/main/java", 1));
        assertThat(doc.inCodeBlock(0)).isFalse();
        assertThat(doc.inCodeBlock(2)).isTrue();
        assertThat(doc.inCodeBlock(3)).isTrue();
        assertThat(doc.inCodeBlock(4)).isTrue();
        assertThat(doc.inCodeBlock(5)).isFalse();
        assertThat(doc.inCodeBlock(6)).isTrue();
    }

    @Test
    void crlfFilesKeepTheirSeparatorAndLineOffsetsPointIntoTheOriginalText() {
        MarkdownDoc doc = MarkdownDoc.of(temp.resolve("README.md"), "one\r\ntwo\r\n[x](y.md)\r\n");

        assertThat(doc.lineSeparator()).isEqualTo("\r\n");
        assertThat(doc.lines()).containsExactly("one", "two", "[x](y.md)", "");
        assertThat(doc.lineStart(1)).isEqualTo(5);
        assertThat(doc.lineStart(2)).isEqualTo(10);
        assertThat(doc.links()).containsExactly(new MarkdownDoc.Reference("y.md", 3));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheTextButIsKeptWhenEncoding() throws Exception {
        Path file = temp.resolve("bom.md");
        Files.write(file, "\uFEFF# Title\n".getBytes(StandardCharsets.UTF_8));

        MarkdownDoc doc = MarkdownDoc.read(file);

        assertThat(doc.text()).isEqualTo("# Title\n");
        assertThat(doc.anchors()).containsExactly("title");
        assertThat(doc.encode("x\n")).isEqualTo("\uFEFFx\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileThatIsNotUtf8IsUnreadableAndNamed() throws Exception {
        Path file = temp.resolve("latin1.md");
        Files.write(file, new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> MarkdownDoc.read(file))
                .isInstanceOf(UnreadableDocException.class)
                .hasMessage("is not UTF-8 text");
    }
}
