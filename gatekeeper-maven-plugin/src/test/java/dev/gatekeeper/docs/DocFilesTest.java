package dev.gatekeeper.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocFilesTest {
    @TempDir
    Path root;

    @Test
    void defaultIncludesAreTopLevelMarkdownAndEverythingUnderDocs() throws Exception {
        touch(
                "README.md",
                "CHANGES.md",
                "docs/setup.md",
                "docs/deep/more.md",
                "docs/notes.txt",
                "module/README.md",
                "src/site/page.md",
                ".git/info.md");

        List<String> found = relative(DocFiles.find(root, DocsSettings.DEFAULT_INCLUDES, List.of()));

        assertThat(found).containsExactly("CHANGES.md", "README.md", "docs/deep/more.md", "docs/setup.md");
    }

    @Test
    void excludesWin() throws Exception {
        touch("README.md", "docs/setup.md", "docs/drafts/wip.md", ".git/info.md");

        List<String> found = relative(DocFiles.find(root, List.of("**/*.md"), List.of("docs/drafts/**")));

        assertThat(found).containsExactly("README.md", "docs/setup.md");
    }

    @Test
    void doubleStarSlashAlsoMatchesNoDirectory() {
        assertThat(DocFiles.variants("a/**/b/**/*.md"))
                .containsExactlyInAnyOrder("a/**/b/**/*.md", "a/b/**/*.md", "a/**/b/*.md", "a/b/*.md");
    }

    private void touch(String... paths) throws IOException {
        for (String path : paths) {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# x\n");
        }
    }

    private List<String> relative(List<Path> files) {
        return files.stream()
                .map(f -> root.relativize(f).toString().replace('\\', '/'))
                .toList();
    }
}
