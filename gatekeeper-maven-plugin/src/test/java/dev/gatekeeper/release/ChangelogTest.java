package dev.gatekeeper.release;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangelogTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "## [1.2.0] - 2026-11-24",
        "# 1.2.0",
        "### v1.2.0 (2026-11-24)",
        "## [v1.2.0](https://example.com/compare/v1.1.0...v1.2.0)",
        "## Release `1.2.0`",
        "## 1.2.0.",
        "Version 1.2.0\n============",
        "1.2.0 - the big one\n---"
    })
    void aHeadingNamingTheVersionIsItsSection(String heading) {
        Changelog changelog = Changelog.parse("# Changelog\n\nIntro 1.2.0 in a paragraph.\n\n" + heading + "\n\n- change\n");

        assertThat(changelog.sectionFor("1.2.0")).get().extracting(Changelog.Section::line).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "## [1.2.0.1] - 2026-11-24",
        "## 11.2.0",
        "## 1.2.0-rc1",
        "## 1.2.01",
        "## [Unreleased] - planned as 1.2.0",
        "    ## 1.2.0",
        "```\n## 1.2.0\n```",
        "Mentions 1.2.0 outside a heading"
    })
    void otherVersionsUnreleasedSectionsAndNonHeadingsDoNotCount(String text) {
        assertThat(Changelog.parse("# Changelog\n\n" + text + "\n").sectionFor("1.2.0")).isEmpty();
    }

    @Test
    void theFirstMatchingSectionIsTheOne() {
        Changelog changelog = Changelog.parse("# Changelog\n## 1.3.0\n## 1.2.0\n## 1.2.0 again\n");

        assertThat(changelog.sectionFor("1.2.0")).contains(new Changelog.Section("1.2.0", 3));
    }
}
