package dev.gatekeeper.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rendering helpers: cleaning command output, fences, cells, HTML descriptions. */
class SurfaceTextTest {
    @Test
    void cleaningRemovesAnsiEscapesCarriageReturnsTrailingSpaceAndTrailingBlankLines() {
        String raw = "\u001B[1mUsage\u001B[0m: tool  \r\n\u001B]8;;https://x\u0007link\u001B]8;;\u0007\r\n\n  \n";

        assertThat(SurfaceText.clean(raw)).isEqualTo("Usage: tool\nlink");
    }

    @Test
    void aFenceIsLongerThanAnyBacktickRunInside() {
        assertThat(SurfaceText.fenced("text", "a\n```\nb")).isEqualTo("````text\na\n```\nb\n````");
        assertThat(SurfaceText.fenced("json", "{}")).isEqualTo("```json\n{}\n```");
    }

    @Test
    void languagesComeFromTheExtension() {
        assertThat(SurfaceText.languageOf("a.schema.JSON")).isEqualTo("json");
        assertThat(SurfaceText.languageOf("config.yml")).isEqualTo("yaml");
        assertThat(SurfaceText.languageOf("app.properties")).isEqualTo("properties");
        assertThat(SurfaceText.languageOf("LICENSE")).isEqualTo("text");
    }

    @Test
    void htmlDescriptionsBecomePlainTextButPlaceholdersSurvive() {
        assertThat(HtmlText.plain(
                        "Runs <code>mvn</code> on <a href=\"x\">the</a>&nbsp;project.<p>More &lt;here&gt; &#233;</p>"))
                .isEqualTo("Runs mvn on the project. More <here> é");
        assertThat(HtmlText.plain("Use -Dgoal=<goal-name> now")).isEqualTo("Use -Dgoal=<goal-name> now");
        assertThat(HtmlText.plain("The <code>skip</code>. Set<br/>it")).isEqualTo("The skip. Set it");
    }

    @Test
    void theFirstSentenceSkipsAbbreviationsAndVersionNumbers() {
        assertThat(HtmlText.firstSentence("Needs Java 17.0.2, i.e. a recent JDK. Then more."))
                .isEqualTo("Needs Java 17.0.2, i.e. a recent JDK.");
        assertThat(HtmlText.firstSentence("No full stop")).isEqualTo("No full stop");
    }

    @Test
    void cellsEscapePipesAndTagOpenersAndCodeSpansSurviveBackticks() {
        assertThat(SurfaceText.cell("a | b <c>")).isEqualTo("a \\| b \\<c>");
        assertThat(SurfaceText.code("a`b")).isEqualTo("`` a`b ``");
        assertThat(SurfaceText.code("")).isEmpty();
    }
}
