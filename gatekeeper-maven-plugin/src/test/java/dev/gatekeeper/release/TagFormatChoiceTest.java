package dev.gatekeeper.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TagFormatChoice}: which tag format the history and the release process give. */
class TagFormatChoiceTest {
    private static final TagFormatChoice.Declared DEFAULT =
            TagFormatChoice.Declared.releasePluginDefault("org.example", "mylib");

    @Test
    void theReleasePluginsDefaultHoldsAgainstAFewStrayTags() {
        TagFormatChoice choice = TagFormatChoice.choose(DEFAULT, List.of("1.0", "mylib-2.3.0", "mylib-2.3.1"));

        assertThat(choice.text()).isEqualTo("@{project.artifactId}-@{project.version}");
        assertThat(choice.reason()).isEqualTo("the maven-release-plugin's default; 2 of 3 tags follow it");
        assertThat(choice.format().versionOf("1.0")).isEmpty();
    }

    @Test
    void aHistoryThatClearlyFollowsAnotherCommonShapeWins() {
        TagFormatChoice choice =
                TagFormatChoice.choose(DEFAULT, List.of("v1.0.0", "v1.1.0", "v1.2.0", "mylib-0.9", "nightly"));

        assertThat(choice.text()).isEqualTo("v@{project.version}");
        assertThat(choice.reason())
                .isEqualTo(
                        "3 of 5 tags follow it; the maven-release-plugin's default @{project.artifactId}-@{project.version} is followed by 1");
    }

    @Test
    void withoutAClearMajorityTheDefaultStays() {
        // v: 3, plain: 2 of the 5 tags that follow a candidate: three fifths is not two thirds
        TagFormatChoice choice = TagFormatChoice.choose(DEFAULT, List.of("v1.0.0", "v1.1.0", "v1.2.0", "0.8", "0.9"));

        assertThat(choice.text()).isEqualTo(TagFormat.RELEASE_PLUGIN_DEFAULT);
    }

    @Test
    void aConfiguredTagNameFormatWinsWhileAnyTagFollowsIt() {
        TagFormatChoice.Declared configured =
                TagFormatChoice.Declared.releasePlugin("v@{project.version}", "pom.xml", "org.example", "mylib");

        TagFormatChoice choice =
                TagFormatChoice.choose(configured, List.of("v1.0.0", "mylib-1.1.0", "mylib-1.2.0", "mylib-1.3.0"));

        assertThat(choice.text()).isEqualTo("v@{project.version}");
        assertThat(choice.reason()).isEqualTo("maven-release-plugin tagNameFormat in pom.xml; 1 of 4 tags follow it");
    }

    @Test
    void aConfiguredTagNameFormatNoTagFollowsGivesWayToManyTagsOfAnotherShape() {
        TagFormatChoice.Declared configured = TagFormatChoice.Declared.releasePlugin(
                "v@{project.version}", "the parent POM org.example:parent:3", "org.example", "mylib");
        List<String> tags = new ArrayList<>(List.of("mylib-1.1.0", "mylib-1.2.0"));

        assertThat(TagFormatChoice.choose(configured, tags).text()).isEqualTo("v@{project.version}");
        tags.add("mylib-1.3.0");
        TagFormatChoice choice = TagFormatChoice.choose(configured, tags);
        assertThat(choice.text()).isEqualTo("@{project.artifactId}-@{project.version}");
        assertThat(choice.reason())
                .isEqualTo("3 of 3 tags follow it; no tag follows the maven-release-plugin tagNameFormat "
                        + "v@{project.version} in the parent POM org.example:parent:3");
    }

    @Test
    void gatekeepersOwnTagFormatIsTakenAsItIs() {
        TagFormatChoice.Declared explicit =
                TagFormatChoice.Declared.gatekeeper("rel/@{version}", "org.example", "mylib");

        TagFormatChoice choice = TagFormatChoice.choose(explicit, List.of("v1.0.0", "v1.1.0", "v1.2.0"));

        assertThat(choice.text()).isEqualTo("rel/@{version}");
        assertThat(choice.reason()).isEqualTo("gatekeeper.releasePlan.tagFormat; 0 of 3 tags follow it");
    }

    @Test
    void tagsAreCountedStrictlyByTheirV() {
        TagFormat v = TagFormat.parse("v@{project.version}", "g", "a");
        TagFormat plain = TagFormat.parse("@{project.version}", "g", "a");

        assertThat(v.follows("v1.2.0")).isTrue();
        assertThat(v.follows("1.2.0")).isFalse();
        assertThat(plain.follows("v1.2.0")).isFalse();
        assertThat(plain.follows("1.2.0")).isTrue();
        assertThat(plain.follows("1.2.0-SNAPSHOT")).isFalse();
        assertThat(plain.follows("nightly")).isFalse();
    }

    @Test
    void aTagNameFormatThatCannotBeReadFallsBackToTheDefaultAndSaysWhy() {
        // ${project.version} in a POM is replaced by Maven before anyone reads it: no placeholder is left
        TagFormatChoice.Declared unusable =
                TagFormatChoice.Declared.releasePlugin("mylib-2.4.0-SNAPSHOT", "pom.xml", "org.example", "mylib");

        TagFormatChoice choice = TagFormatChoice.choose(unusable, List.of("mylib-2.3.0"));

        assertThat(choice.text()).isEqualTo(TagFormat.RELEASE_PLUGIN_DEFAULT);
        assertThat(choice.problem())
                .startsWith("the maven-release-plugin tagNameFormat in pom.xml cannot be used: the tag format"
                        + " 'mylib-2.4.0-SNAPSHOT' has no @{version}");
        assertThat(TagFormatChoice.choose(DEFAULT, List.of()).problem()).isNull();
    }

    @Test
    void aBranchLikeTagFollowsNoFormatSoItCannotChooseOne() {
        // spring-petclinic: its only tag is 1.5.x, a maintenance line, not a release
        TagFormatChoice choice = TagFormatChoice.choose(DEFAULT, List.of("1.5.x"));

        assertThat(choice.text()).isEqualTo(TagFormat.RELEASE_PLUGIN_DEFAULT);
        assertThat(choice.reason()).isEqualTo("the maven-release-plugin's default; 0 of 1 tags follow it");
    }

    @Test
    void versionLikeTagsThatAreNotReleasesAreNamedButOtherNamesAreNot() {
        TagFormat plain = TagFormat.parse("@{project.version}", "org.example", "mylib");

        assertThat(TagFormatChoice.notReleases(
                        plain,
                        DEFAULT,
                        List.of("1.4.0", "1.5.x", "v2.x", "mylib-3.x", "latest", "stable", "mylib-2.0.0")))
                .containsExactly("1.5.x", "v2.x", "mylib-3.x");
    }
}
