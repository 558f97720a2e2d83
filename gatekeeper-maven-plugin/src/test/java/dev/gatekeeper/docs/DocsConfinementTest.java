package dev.gatekeeper.docs;

import static dev.gatekeeper.docs.DocsFixture.codes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docs gate reads Markdown inside the repository only, and its update mode keeps committed files as they are. */
class DocsConfinementTest {
    private static final String BLOCK = """
            <!-- gatekeeper:surface cli-help -->

            ```text
            Usage: old
            ```

            <!-- /gatekeeper:surface -->
            """;

    @TempDir
    Path temp;

    private DocsFixture repo;

    @BeforeEach
    void createRepository() throws Exception {
        repo = new DocsFixture(temp);
        repo.commandSurface("cli-help", repo.script("tool", "printf 'Usage: tool [options]\\n'"));
    }

    @Test
    void aMarkdownLinkLeavingTheRepositoryIsRefusedUnread() throws Exception {
        Path outside = Files.writeString(temp.resolve("secrets.md"), "# token\n[x](ghp_secretvalue)\n");
        repo.write("README.md", "# Tool\n\n" + BLOCK);
        Files.createSymbolicLink(repo.root.resolve("NOTES.md"), outside);

        GateResult result = repo.evaluate();

        assertThat(codes(result)).contains("DOCS_READ_OUTSIDE");
        Finding finding = result.findings().stream()
                .filter(f -> f.code().equals("DOCS_READ_OUTSIDE"))
                .findFirst()
                .orElseThrow();
        assertThat(finding.severity()).isEqualTo(GateStatus.ERROR);
        assertThat(finding.file()).isEqualTo("NOTES.md");
        assertThat(finding.message()).startsWith("NOTES.md leads through a symbolic link to " + outside.toRealPath());
        assertThat(result.findings())
                .allSatisfy(f -> assertThat(f.message() + f.detail() + f.fix()).doesNotContain("ghp_secretvalue"));
    }

    @Test
    void updateRefusesToReplaceASymbolicLinkAndLeavesBothAlone() throws Exception {
        Path real = repo.write("docs/real.md", "# Tool\n\n" + BLOCK);
        Path link = Files.createSymbolicLink(repo.root.resolve("README.md"), Path.of("docs/real.md"));
        repo.includes = java.util.List.of("README.md");
        repo.update = true;

        GateResult result = repo.evaluate();

        assertThat(codes(result)).containsExactly("DOCS_SYMLINK_NOT_REWRITTEN");
        Finding finding = result.findings().get(0);
        assertThat(finding.severity()).isEqualTo(GateStatus.HOLD);
        assertThat(finding.message()).contains("README.md is a symbolic link (to docs/real.md)");
        assertThat(finding.fix()).contains("docs/real.md");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("# Tool\n\n" + BLOCK);
    }

    @Test
    void updateKeepsTheModesOfTheRewrittenDoc() throws Exception {
        Path readme = repo.write("README.md", "# Tool\n\n" + BLOCK);
        Files.setPosixFilePermissions(readme, PosixFilePermissions.fromString("rw-rw-r--"));
        repo.update = true;

        GateResult result = repo.evaluate();

        assertThat(codes(result)).containsExactly("DOCS_SURFACE_UPDATED");
        assertThat(readme).content().contains("Usage: tool [options]");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(readme)))
                .isEqualTo("rw-rw-r--");
    }

    @Test
    void aFileSurfaceOutsideTheRepositoryIsNotReadNorEmbedded() throws Exception {
        Path outside = Files.writeString(temp.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        repo.surface(new Surface("notes", new Surface.FileSource(outside, null)));
        repo.write(
                "README.md",
                "# Tool\n\n<!-- gatekeeper:surface notes -->\n\n```text\nold\n```\n\n<!-- /gatekeeper:surface -->\n");
        repo.update = true;

        GateResult result = repo.evaluate();

        assertThat(result.findings())
                .filteredOn(f -> !f.code().equals("DOCS_SURFACE_UNUSED"))
                .isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.message()).contains(outside + " is outside the project");
                    assertThat(f.message() + f.detail() + f.fix()).doesNotContain("root:x");
                });
        assertThat(repo.read("README.md")).doesNotContain("root:x");
        assertThat(String.join("\n", repo.logged)).doesNotContain("root:x");
    }
}
