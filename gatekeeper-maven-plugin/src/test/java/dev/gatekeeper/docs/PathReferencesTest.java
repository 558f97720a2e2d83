package dev.gatekeeper.docs;

import static dev.gatekeeper.docs.DocsFixture.located;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.GateResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repository paths named in inline code. */
class PathReferencesTest {
    @TempDir
    Path temp;

    private DocsFixture repo;

    @BeforeEach
    void createRepository() throws Exception {
        repo = new DocsFixture(temp);
        repo.write("src/main/java/App.java", "class App {}\n");
        repo.write("docs/images/a.png", "png");
    }

    @Test
    void existingPathsPassAndMissingOnesAreHeldWithTheirLine() throws Exception {
        repo.write("docs/guide.md", """
                The code is in `src/main/java/App.java`, images in `images/a.png` and `images/`.

                The old `src/main/kotlin/App.kt` is gone.
                """);

        GateResult result = repo.evaluate();

        assertThat(located(result)).containsExactly("DOCS_BROKEN_PATH_REFERENCE docs/guide.md:3");
        assertThat(result.findings().get(0).message())
                .isEqualTo(
                        "The path `src/main/kotlin/App.kt` does not exist (neither docs/src/main/kotlin/App.kt nor src/main/kotlin/App.kt)");

        repo.write("src/main/kotlin/App.kt", "class App\n");
        assertThat(repo.evaluate().summary()).isEqualTo("1 file: 0 links, 4 path references, 0 surfaces in sync");
    }

    @Test
    void textsThatOnlyLookLikePathsAreNotReferences() throws Exception {
        repo.write("README.md", """
                Send `application/json` to `org/apache/maven`; write `${project.basedir}/src`, `src/**/*.java`,
                `https://example.com/src/x`, `src/main/java with spaces`, `/etc/passwd`.

                ```
                src/missing/in/a/fence
                ```
                """);

        GateResult result = repo.evaluate();

        assertThat(result.findings()).isEmpty();
        assertThat(result.summary()).contains("0 path references");
    }

    @Test
    void ignoredPathsMatchWholeSegmentsAtAnyDepthUnlessAnchored() {
        PathReferences paths = new PathReferences(new DocsSettings(
                repo.root, repo.root, null, null, List.of("target/", "/build"), List.of(), repo.output, false, false));

        assertThat(paths.ignored("target/gatekeeper/evidence.json")).isTrue();
        assertThat(paths.ignored("app/target/classes")).isTrue();
        assertThat(paths.ignored("src/targets/x")).isFalse();
        assertThat(paths.ignored("build/libs")).isTrue();
        assertThat(paths.ignored("app/build/libs")).isFalse();
    }

    @Test
    void generatedOutputUnderTargetIsNeverChecked() throws Exception {
        repo.write("src/keep.txt", "x");
        repo.write("README.md", "Evidence lands in `target/gatekeeper/evidence.json`.\n");
        repo.write("target/.keep", "");

        GateResult result = repo.evaluate();

        assertThat(result.findings()).isEmpty();
    }
}
