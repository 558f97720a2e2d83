package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestFrameworksTest {
    private final TestFrameworks defaults = TestFrameworks.defaults();

    @Test
    void theMaintainedListKnowsTheCommonTestFrameworksByGroupOrArtifact() {
        assertThat(defaults.match("junit", "junit")).isEqualTo("junit:junit");
        assertThat(defaults.match("org.junit.jupiter", "junit-jupiter-api")).isEqualTo("org.junit.jupiter");
        assertThat(defaults.match("org.junit.platform", "junit-platform-commons"))
                .isEqualTo("org.junit.platform");
        assertThat(defaults.match("org.mockito", "mockito-inline")).isEqualTo("org.mockito");
        assertThat(defaults.match("org.testng", "testng")).isEqualTo("org.testng:testng");
        assertThat(defaults.match("org.assertj", "assertj-core")).isNotNull();
        assertThat(defaults.match("org.hamcrest", "hamcrest")).isNotNull();
        assertThat(defaults.match("org.easymock", "easymock")).isNotNull();
        assertThat(defaults.match("org.spockframework", "spock-core")).isNotNull();
        assertThat(defaults.match("org.testcontainers", "postgresql")).isNotNull();
        assertThat(defaults.match("com.github.tomakehurst", "wiremock-jre8")).isNotNull();
        assertThat(defaults.match("org.wiremock", "wiremock-standalone")).isNotNull();
    }

    @Test
    void librariesThatProductionCodeUsesAreNotTestFrameworks() {
        assertThat(defaults.match("net.bytebuddy", "byte-buddy")).isNull();
        assertThat(defaults.match("org.objenesis", "objenesis")).isNull();
        assertThat(defaults.match("org.testng", "testng-remote"))
                .as("only testng itself")
                .isNull();
        // a group entry is the group, not every group that starts with it
        assertThat(defaults.match("org.mockitoish", "mockitoish")).isNull();
        assertThat(defaults.match("junit", "junit-addons")).isNull();
    }

    @Test
    void theOptionExtendsTheListWithGroupsArtifactsAndWildcards() {
        TestFrameworks extended = defaults.with(
                List.of("com.example:*-test-kit", " io.cucumber ", ""), "gatekeeper.smoke.testFrameworks");

        assertThat(extended.match("com.example", "billing-test-kit")).isEqualTo("com.example:*-test-kit");
        assertThat(extended.match("com.example", "billing")).isNull();
        assertThat(extended.match("io.cucumber", "cucumber-java")).isEqualTo("io.cucumber");
        assertThat(extended.match("junit", "junit"))
                .as("the maintained list stays")
                .isNotNull();
    }

    @Test
    void anEntryThatIsNotAGroupOrArtifactIsRefusedNamingTheOption() {
        assertThatThrownBy(() ->
                        defaults.with(List.of("org.mockito:mockito-core:4.11.0"), "gatekeeper.smoke.testFrameworks"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "gatekeeper.smoke.testFrameworks holds 'org.mockito:mockito-core:4.11.0'; write a groupId or "
                                + "groupId:artifactId, '*' matching any characters (e.g. org.mockito or com.example:*-test-kit)");
        assertThatThrownBy(() -> defaults.with(List.of("org mockito"), "gatekeeper.smoke.testFrameworks"))
                .hasMessageContaining("'org mockito'");
    }
}
