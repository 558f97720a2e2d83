package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationRuleTest {
    private static PublicationFacts facts(
            String setting,
            PublicationFacts.Declared deploySkip,
            PublicationFacts.Declared pluginSkip,
            PublicationFacts.Declared stagingSkip,
            List<String> excluded,
            boolean springBoot,
            boolean ownDistribution,
            String inheritedDistribution) {
        return new PublicationFacts(
                "app",
                "1.0.0",
                setting,
                deploySkip,
                pluginSkip,
                stagingSkip,
                excluded,
                springBoot,
                ownDistribution,
                inheritedDistribution);
    }

    private static PublicationFacts library() {
        return facts(null, null, null, null, List.of(), false, false, null);
    }

    @Test
    void aLibraryNothingSaysAnythingAboutIsPublished() {
        assertThat(PublicationRule.decide(library())).isEqualTo(Publication.BY_DEFAULT);
        assertThat(Publication.BY_DEFAULT.published()).isTrue();
    }

    @Test
    void mavenDeploySkipTrueIsNotPublishedAndSaysWhereItIsSet() {
        Publication publication = PublicationRule.decide(facts(
                null, new PublicationFacts.Declared("true", "app/pom.xml"), null, null, List.of(), false, false, null));

        assertThat(publication.published()).isFalse();
        assertThat(publication.describe()).isEqualTo("not published: maven.deploy.skip is true (set in app/pom.xml)");
    }

    @Test
    void mavenDeploySkipReleasesKeepsReleasesOutButSnapshotsOrFalseDoNot() {
        assertThat(PublicationRule.decide(facts(
                                null,
                                new PublicationFacts.Declared("releases", null),
                                null,
                                null,
                                List.of(),
                                false,
                                false,
                                null))
                        .published())
                .isFalse();
        assertThat(PublicationRule.decide(facts(
                                null,
                                new PublicationFacts.Declared("snapshots", null),
                                null,
                                null,
                                List.of(),
                                false,
                                false,
                                null))
                        .published())
                .isTrue();
        assertThat(PublicationRule.decide(facts(
                                null,
                                new PublicationFacts.Declared("false", "pom.xml"),
                                null,
                                null,
                                List.of(),
                                false,
                                false,
                                null))
                        .published())
                .isTrue();
    }

    @Test
    void theDeployPluginsSkipTheStagingSkipAndCentralsExcludeListEachKeepTheModuleOut() {
        assertThat(PublicationRule.decide(facts(
                                null,
                                null,
                                new PublicationFacts.Declared("true", null),
                                null,
                                List.of(),
                                false,
                                false,
                                null))
                        .reason())
                .isEqualTo("the maven-deploy-plugin is configured with <skip>true</skip>");
        assertThat(PublicationRule.decide(facts(
                                null,
                                null,
                                null,
                                new PublicationFacts.Declared(" true ", null),
                                List.of(),
                                false,
                                false,
                                null))
                        .reason())
                .contains("<skipNexusStagingDeployMojo>true</skipNexusStagingDeployMojo>");
        assertThat(PublicationRule.decide(facts(null, null, null, null, List.of("docs", "app"), false, false, null))
                        .reason())
                .isEqualTo("the central-publishing-maven-plugin's <excludeArtifacts> names app");
        assertThat(PublicationRule.decide(facts(null, null, null, null, List.of("application"), false, false, null))
                        .published())
                .as("another module's name, not a prefix match")
                .isTrue();
    }

    @Test
    void aSpringBootApplicationWithoutItsOwnDistributionManagementIsNotPublishedEvenWhenItInheritsOne() {
        Publication chaosMonkeyDemo = PublicationRule.decide(facts(
                null,
                null,
                null,
                null,
                List.of(),
                true,
                false,
                "de.codecentric:chaos-monkey-spring-boot-parent:4.0.1-SNAPSHOT"));

        assertThat(chaosMonkeyDemo.published()).isFalse();
        assertThat(chaosMonkeyDemo.describe())
                .startsWith("not published: a Spring Boot application")
                .endsWith(
                        "the one inherited from de.codecentric:chaos-monkey-spring-boot-parent:4.0.1-SNAPSHOT serves the reactor's libraries");
    }

    @Test
    void aSpringBootApplicationThatDeclaresItsOwnDistributionManagementIsPublished() {
        assertThat(PublicationRule.decide(facts(null, null, null, null, List.of(), true, true, null))
                        .published())
                .isTrue();
    }

    @Test
    void theSettingOverridesEveryConvention() {
        Publication forced = PublicationRule.decide(facts(
                "true", new PublicationFacts.Declared("true", "pom.xml"), null, null, List.of(), true, false, null));
        Publication off = PublicationRule.decide(facts(" FALSE ", null, null, null, List.of(), false, false, null));

        assertThat(forced.published()).isTrue();
        assertThat(forced.reason()).isEqualTo("gatekeeper.smoke.published=true");
        assertThat(off.describe()).isEqualTo("not published: gatekeeper.smoke.published=false");
    }

    @Test
    void aSettingThatIsNeitherTrueNorFalseIsRefusedNamingIt() {
        assertThatThrownBy(
                        () -> PublicationRule.decide(facts("maybe", null, null, null, List.of(), false, false, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gatekeeper.smoke.published is 'maybe'; use true or false");
    }
}
