package dev.gatekeeper.docs;

import static dev.gatekeeper.docs.DocsFixture.located;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.GateResult;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coverage: every parameter of a plugin surface is mentioned in the docs, outside the generated blocks. */
class CoverageTest {
    @TempDir
    Path temp;

    private DocsFixture repo;

    @BeforeEach
    void createRepository() throws Exception {
        repo = new DocsFixture(temp);
        Path descriptor = repo.root.resolve("target/classes/META-INF/maven/plugin.xml");
        Files.createDirectories(descriptor.getParent());
        try (InputStream in = getClass().getResourceAsStream("plugin.xml")) {
            Files.copy(in, descriptor);
        }
        repo.surface(new Surface("goals", new Surface.DescriptorSource(descriptor, null)));
        repo.surface(new Surface("greet", new Surface.DescriptorSource(descriptor, "greet")));
        repo.coverage = true;
    }

    @Test
    void aParameterIsReportedOnceAtItsGoalsTableAndAPropertySetWithDashDCounts() throws Exception {
        repo.write("README.md", """
                # Plugin

                <!-- gatekeeper:surface goals -->
                <!-- /gatekeeper:surface -->

                Greet someone with `-Dtiny.name=you`.

                <!-- gatekeeper:surface greet -->
                <!-- /gatekeeper:surface -->
                """);
        repo.update = true;

        GateResult result = repo.evaluate();

        assertThat(located(result))
                .containsExactlyInAnyOrder(
                        "DOCS_SURFACE_UPDATED README.md:3",
                        "DOCS_SURFACE_UPDATED README.md:8",
                        "DOCS_UNDOCUMENTED_PARAMETER README.md:8");
        assertThat(result.findings())
                .filteredOn(f -> f.code().equals("DOCS_UNDOCUMENTED_PARAMETER"))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.message())
                                .isEqualTo(
                                        "The parameter 'targets' of tiny:greet of surface 'greet' is not mentioned in the docs (outside generated blocks)"));
        assertThat(repo.read("README.md")).contains("| `targets` | List\\<File> |");
    }

    @Test
    void mentionsInsideGeneratedBlocksDoNotCountButProseAnywhereDoes() throws Exception {
        repo.write(
                "README.md",
                "<!-- gatekeeper:surface greet -->\n`targets` `tiny.name`\n<!-- /gatekeeper:surface -->\n");
        repo.write("docs/goals.md", "<!-- gatekeeper:surface goals -->\n<!-- /gatekeeper:surface -->\n");

        assertThat(located(repo.evaluate())).contains("DOCS_UNDOCUMENTED_PARAMETER README.md:1");

        repo.write("docs/usage.md", "Set `targets`, and the name with tiny.name.\n");
        assertThat(located(repo.evaluate())).noneMatch(f -> f.startsWith("DOCS_UNDOCUMENTED"));
    }

    @Test
    void aMentionIsAWholeWord() {
        assertThat(Mentions.mentioned("set skipTests or gatekeeper.skip", "skip"))
                .isFalse();
        assertThat(Mentions.mentioned("use `skip`.", "skip")).isTrue();
        assertThat(Mentions.mentioned("mvn -Dtiny.name=x", "tiny.name")).isTrue();
        assertThat(Mentions.mentioned("see tiny.names", "tiny.name")).isFalse();
        assertThat(Mentions.mentioned("pass --out=FILE", "--out")).isTrue();
        assertThat(Mentions.mentioned("pass --output", "--out")).isFalse();
    }
}
