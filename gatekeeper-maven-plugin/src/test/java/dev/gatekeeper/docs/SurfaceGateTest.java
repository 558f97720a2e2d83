package dev.gatekeeper.docs;

import static dev.gatekeeper.docs.DocsFixture.codes;
import static dev.gatekeeper.docs.DocsFixture.located;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.CommandSpec;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Surface blocks: comparison with the current rendering, update in place, marker problems. */
class SurfaceGateTest {
    private static final String HELP =
            "printf 'Usage: tool [options]\\n  --verbose   talk more  \\n  --out FILE  write FILE\\n\\n'";
    private static final String BLOCK = """
            <!-- gatekeeper:surface cli-help -->

            ```text
            Usage: tool [options]
              --verbose   talk more
              --out FILE  write FILE
            ```

            <!-- /gatekeeper:surface -->
            """;

    @TempDir
    Path temp;

    private DocsFixture repo;

    @BeforeEach
    void createRepository() throws Exception {
        repo = new DocsFixture(temp);
        repo.commandSurface("cli-help", repo.script("tool", HELP));
    }

    @Test
    void aBlockEqualToTheCurrentOutputIsInSync() throws Exception {
        repo.write("README.md", "# Tool\n\n" + BLOCK + "\nMore text.\n");

        GateResult result = repo.evaluate();

        assertThat(result.findings()).isEmpty();
        assertThat(result.summary()).isEqualTo("1 file: 0 links, 0 path references, 1 surface in sync");
    }

    @Test
    void surroundingBlankLinesAndCrlfDoNotMakeABlockStale() throws Exception {
        String tight = BLOCK.replace("-->\n\n", "-->\n").replace("```\n\n", "```\n");
        repo.write("README.md", ("# Tool\n" + tight).replace("\n", "\r\n"));

        GateResult result = repo.evaluate();

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aStaleBlockIsHeldWithADiffOfTheDocAndTheUpdateCommand() throws Exception {
        repo.write("README.md", "# Tool\n\n" + BLOCK.replace("  --out FILE  write FILE\n", ""));

        GateResult result = repo.evaluate();

        assertThat(located(result)).containsExactly("DOCS_SURFACE_STALE README.md:3");
        Finding stale = result.findings().get(0);
        assertThat(stale.severity()).isEqualTo(GateStatus.HOLD);
        assertThat(stale.fix())
                .isEqualTo("Run 'mvn verify -Pmerge-ready -Dgatekeeper.docs.update' to rewrite the block");
        assertThat(stale.detail())
                .startsWith("--- README.md\n+++ current cli-help\n@@ -5,6 +5,7 @@\n")
                .contains("\n+  --out FILE  write FILE\n");
        assertThat(Files.readString(repo.output.resolve("README.md.cli-help.diff")))
                .isEqualTo(stale.detail() + "\n");
        assertThat(repo.logged).contains("WARN README.md:3: " + stale.message(), "WARN +  --out FILE  write FILE");
        assertThat(repo.read("README.md")).doesNotContain("--out");
    }

    @Test
    void updateRewritesOnlyTheBytesBetweenTheMarkersKeepingCrlf() throws Exception {
        String before = "# Tool\r\n\r\nIntro  \r\n";
        String after = "\r\nOutro with trailing space \r\nlast line without newline";
        repo.write(
                "README.md",
                before + "<!-- gatekeeper:surface cli-help -->\r\nold help\r\n<!-- /gatekeeper:surface -->" + after);
        repo.update = true;

        GateResult result = repo.evaluate();

        assertThat(located(result)).containsExactly("DOCS_SURFACE_UPDATED README.md:4");
        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.summary()).endsWith("0 surfaces in sync, 1 updated");
        assertThat(repo.read("README.md"))
                .isEqualTo(before
                        + "<!-- gatekeeper:surface cli-help -->\r\n\r\n```text\r\nUsage: tool [options]\r\n  --verbose   talk more\r\n"
                        + "  --out FILE  write FILE\r\n```\r\n\r\n<!-- /gatekeeper:surface -->" + after);
        assertThat(repo.logged).contains("INFO rewrote surface 'cli-help' in README.md:4");

        repo.update = false;
        assertThat(repo.evaluate().findings()).isEmpty();
    }

    @Test
    void aDocWithAnUnknownOrUnclosedMarkerIsNotRewritten() throws Exception {
        String stale = "<!-- gatekeeper:surface cli-help -->\nold\n<!-- /gatekeeper:surface -->\n";
        repo.write("a.md", stale + "<!-- gatekeeper:surface nope -->\n<!-- /gatekeeper:surface -->\n");
        repo.write("b.md", stale + "<!-- gatekeeper:surface cli-help -->\nno end\n");
        repo.update = true;

        GateResult result = repo.evaluate();

        assertThat(located(result))
                .containsExactlyInAnyOrder(
                        "DOCS_UNKNOWN_SURFACE a.md:4", "DOCS_SURFACE_STALE a.md:1",
                        "DOCS_UNCLOSED_SURFACE b.md:4", "DOCS_SURFACE_STALE b.md:1");
        assertThat(repo.read("a.md")).startsWith(stale);
        assertThat(repo.read("b.md")).startsWith(stale);
        Finding unknown = result.findings().stream()
                .filter(f -> f.code().equals("DOCS_UNKNOWN_SURFACE"))
                .findFirst()
                .orElseThrow();
        assertThat(unknown.message())
                .isEqualTo("The surface marker names 'nope', which is not a configured surface (configured: cli-help)");
    }

    @Test
    void markersInsideCodeBlocksAreExamplesAndNestedMarkersAreUnclosed() throws Exception {
        repo.write("README.md", """
                ```markdown
                <!-- gatekeeper:surface whatever -->
                <!-- /gatekeeper:surface -->
                ```

                <!-- gatekeeper:surface cli-help -->
                <!-- gatekeeper:surface cli-help -->
                <!-- /gatekeeper:surface -->
                <!-- /gatekeeper:surface -->
                """);

        GateResult result = repo.evaluate();

        assertThat(located(result))
                .containsExactlyInAnyOrder(
                        "DOCS_UNCLOSED_SURFACE README.md:6",
                        "DOCS_UNCLOSED_SURFACE README.md:9",
                        "DOCS_SURFACE_STALE README.md:7");
    }

    @Test
    void aCommandThatFailsMakesTheSurfaceUnavailableAndTheDocIsNotRewritten() throws Exception {
        repo.surfaces.clear();
        repo.commandSurface("cli-help", repo.script("broken", "echo 'no such option' >&2", "exit 3"));
        repo.surface(new Surface("notes", new Surface.FileSource(repo.write("notes.txt", "new notes\n"), null)));
        String readme = "<!-- gatekeeper:surface cli-help -->\nold\n<!-- /gatekeeper:surface -->\n"
                + "<!-- gatekeeper:surface notes -->\nold notes\n<!-- /gatekeeper:surface -->\n";
        repo.write("README.md", readme);
        repo.update = true;

        GateResult result = repo.evaluate();

        assertThat(located(result))
                .containsExactly("DOCS_SURFACE_UNAVAILABLE README.md:1", "DOCS_SURFACE_STALE README.md:4");
        assertThat(result.findings().get(1).fix()).startsWith("Fix the other surface findings of README.md first");
        Finding unavailable = result.findings().get(0);
        assertThat(unavailable.severity()).isEqualTo(GateStatus.ERROR);
        assertThat(unavailable.message())
                .startsWith("Surface 'cli-help' cannot be rendered: its command exited with 3 (allowed: [0])");
        assertThat(unavailable.detail()).contains("no such option");
        assertThat(repo.read("README.md")).isEqualTo(readme);
    }

    @Test
    void aMarkdownCommandSurfaceIsEmbeddedAsItPrintsIt() throws Exception {
        repo.surfaces.clear();
        Path table = repo.script("table", "printf '| Code | Fix |\\n| --- | --- |\\n| `X_Y` | run it   \\n\\n'");
        repo.surface(new Surface(
                "codes",
                new Surface.CommandSource(
                        new CommandSpec(
                                "codes",
                                table.toString(),
                                List.of(),
                                temp,
                                Map.of(),
                                Duration.ofSeconds(30),
                                Set.of(0)),
                        true)));
        repo.write("README.md", "<!-- gatekeeper:surface codes -->\n<!-- /gatekeeper:surface -->\n");
        repo.update = true;

        repo.evaluate();

        assertThat(repo.read("README.md"))
                .isEqualTo("<!-- gatekeeper:surface codes -->\n\n| Code | Fix |\n| --- | --- |\n"
                        + "| `X_Y` | run it\n\n<!-- /gatekeeper:surface -->\n");
        repo.update = false;
        assertThat(repo.evaluate().findings()).isEmpty();
    }

    @Test
    void aFileSurfaceIsAFencedBlockInTheLanguageOfItsExtension() throws Exception {
        repo.surfaces.clear();
        Path schema = repo.write("schema/report.schema.json", "{\r\n  \"type\": \"object\"   \r\n}\r\n\r\n");
        repo.surface(new Surface("schema", new Surface.FileSource(schema, null)));
        repo.write("README.md", "<!-- gatekeeper:surface schema -->\n<!-- /gatekeeper:surface -->\n");
        repo.update = true;

        repo.evaluate();

        assertThat(repo.read("README.md"))
                .isEqualTo("<!-- gatekeeper:surface schema -->\n\n```json\n{\n  \"type\": \"object\"\n}\n"
                        + "```\n\n<!-- /gatekeeper:surface -->\n");
    }

    @Test
    void aConfiguredSurfaceNoDocEmbedsIsAWarning() throws Exception {
        repo.write("README.md", "# Tool\n");

        GateResult result = repo.evaluate();

        assertThat(codes(result)).containsExactly("DOCS_SURFACE_UNUSED");
        assertThat(result.status()).isEqualTo(GateStatus.WARN);
    }

    @Test
    void configuredPathsMatchingNoFileAreAWarningAndAnUnreadableDocAnError() throws Exception {
        repo.pathsConfigured = true;
        assertThat(codes(repo.evaluate())).containsExactly("DOCS_NO_FILES");

        Files.write(repo.root.resolve("README.md"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'x'});
        GateResult result = repo.evaluate();
        assertThat(located(result)).contains("DOCS_UNREADABLE README.md:null");
        assertThat(result.summary()).isEqualTo("README.md is not UTF-8 text");
        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
    }

    @Test
    void coverageRequiresEveryOptionToBeMentionedOutsideTheBlocks() throws Exception {
        repo.coverage = true;
        repo.write("README.md", "Use `--verbose` to see more.\n\n" + BLOCK);

        GateResult result = repo.evaluate();

        assertThat(located(result)).containsExactly("DOCS_UNDOCUMENTED_OPTION README.md:3");
        assertThat(result.findings().get(0).message())
                .isEqualTo(
                        "The option --out of surface 'cli-help' is not mentioned in the docs (outside generated blocks)");

        repo.write("docs/options.md", "Pass --out=report.txt to write a report.\n");
        assertThat(repo.evaluate().findings()).isEmpty();
    }

    @Test
    void linksInsideSurfaceBlocksAreGeneratedAndNotChecked() throws Exception {
        repo.surfaces.clear();
        Path file = repo.write("notes.txt", "see [x](missing.md) and `src/missing/file`\n");
        repo.surface(new Surface("notes", new Surface.FileSource(file, "markdown")));
        Files.writeString(
                repo.root.resolve("README.md"),
                "<!-- gatekeeper:surface notes -->\nsee [x](missing.md) and `src/missing/file`\n<!-- /gatekeeper:surface -->\n",
                StandardCharsets.UTF_8);
        repo.write("src/keep", "");

        GateResult result = repo.evaluate();

        assertThat(codes(result)).containsExactly("DOCS_SURFACE_STALE");
    }
}
