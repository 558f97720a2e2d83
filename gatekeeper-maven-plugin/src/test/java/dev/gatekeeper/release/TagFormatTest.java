package dev.gatekeeper.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TagFormatTest {
    @Test
    void theDefaultFormatAcceptsTheVersionWithAndWithoutV() {
        TagFormat format = TagFormat.parse("v@{version}", "com.example", "app");

        assertThat(format.tagFor("1.2.0")).isEqualTo("v1.2.0");
        assertThat(format.spellingsOf("1.2.0")).containsExactlyInAnyOrder("v1.2.0", "1.2.0");
        assertThat(format.versionOf("v1.2.0")).contains("1.2.0");
        assertThat(format.versionOf("1.2.0")).contains("1.2.0");
        assertThat(format.versionOf("vnext")).contains("vnext");
        assertThat(format.versionOf("")).isEmpty();
    }

    @Test
    void theReleasePluginsPlaceholdersAreFilledIn() {
        TagFormat format = TagFormat.parse("@{project.artifactId}-@{project.version}", "com.example", "app");

        assertThat(format.tagFor("1.2.0")).isEqualTo("app-1.2.0");
        assertThat(format.spellingsOf("1.2.0")).containsExactlyInAnyOrder("app-1.2.0", "app-v1.2.0");
        assertThat(format.versionOf("app-v1.3.0")).contains("1.3.0");
        assertThat(format.versionOf("other-1.3.0")).isEmpty();
        assertThat(format.versionOf("app-")).isEmpty();
    }

    @Test
    void aSuffixIsPartOfTheFormat() {
        TagFormat format = TagFormat.parse("release-@{version}-final", "g", "a");

        assertThat(format.versionOf("release-1.2.0-final")).contains("1.2.0");
        assertThat(format.versionOf("release-1.2.0")).isEmpty();
    }

    @Test
    void aFormatWithoutExactlyOneKnownVersionPlaceholderIsRefused() {
        assertThatThrownBy(() -> TagFormat.parse("release", "g", "a")).hasMessageContaining("no @{version}");
        assertThatThrownBy(() -> TagFormat.parse("@{version}-@{version}", "g", "a"))
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> TagFormat.parse("@{branch}-@{version}", "g", "a"))
                .hasMessageContaining("exactly one");
    }
}
