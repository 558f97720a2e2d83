package dev.gatekeeper.docs;

import static dev.gatekeeper.docs.DocsFixture.codes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module without Markdown: the docs goal inherited from a parent's profile (or left at its default
 * paths) has nothing to judge there and says so as SKIPPED; only paths the module configured itself
 * that match nothing are worth a warning.
 */
class ModuleWithoutMarkdownTest {
    @TempDir
    Path temp;

    private DocsFixture repo;

    @BeforeEach
    void createRepository() throws Exception {
        repo = new DocsFixture(temp);
        repo.write("src/main/java/App.java", "class App {}\n");
    }

    @Test
    void defaultPathsMatchingNoMarkdownAreSkippedNotAWarning() throws Exception {
        GateResult result = repo.evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.SKIPPED);
        assertThat(result.findings()).isEmpty();
        assertThat(result.summary())
                .isEqualTo("no Markdown files: none under the module's directory matches [*.md, docs/**/*.md]");
    }

    @Test
    void inheritedPathsMatchingNoMarkdownAreSkippedToo() throws Exception {
        repo.includes = List.of("src/site/markdown/**/*.md");
        repo.pathsConfigured = false;

        GateResult result = repo.evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.SKIPPED);
        assertThat(result.summary()).startsWith("no Markdown files: ").contains("[src/site/markdown/**/*.md]");
    }

    @Test
    void pathsTheModuleConfiguredMatchingNothingAreAWarningThatNamesTheDirectory() throws Exception {
        repo.includes = List.of("guide/*.md");
        repo.pathsConfigured = true;

        GateResult result = repo.evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.WARN);
        assertThat(codes(result)).containsExactly("DOCS_NO_FILES");
        Finding finding = result.findings().get(0);
        assertThat(finding.message())
                .isEqualTo("No Markdown file under the module's directory (the repository root) matches [guide/*.md]");
        assertThat(finding.message()).doesNotContain("  ");
        assertThat(finding.fix())
                .contains("<includes>")
                .doesNotContain("remove the goal")
                .contains("mvn dev.gatekeeper:gatekeeper-maven-plugin:help -Ddetail -Dgoal=docs");
    }

    @Test
    void aModuleBelowTheRootIsNamedByItsPath() throws Exception {
        repo.write("core/src/main/java/Core.java", "class Core {}\n");
        DocsSettings settings = new DocsSettings(
                repo.root,
                repo.root.resolve("core"),
                List.of("guide/*.md"),
                List.of(),
                null,
                List.of(),
                repo.output,
                false,
                false,
                true);
        dev.gatekeeper.core.GateEvaluation evaluation = new dev.gatekeeper.core.GateEvaluation(
                GateId.DOCS.goal(), "g:core", "build-1", java.time.Clock.systemUTC(), repo.log);

        new DocsGate(settings).evaluate(evaluation);

        assertThat(evaluation.finish().findings())
                .extracting(Finding::message)
                .containsExactly("No Markdown file under core matches [guide/*.md]");
    }
}
