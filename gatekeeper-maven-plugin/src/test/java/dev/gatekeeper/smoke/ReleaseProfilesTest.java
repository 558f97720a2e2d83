package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sources and javadoc jars that only the release build attaches, through the profiles real projects use. */
class ReleaseProfilesTest {
    private static final String SOURCES = "org.apache.maven.plugins:maven-source-plugin";
    private static final String JAVADOC = "org.apache.maven.plugins:maven-javadoc-plugin";
    private static final Set<String> BOTH_GOALS = Set.of(SOURCES + ":jar-no-fork", JAVADOC + ":jar");

    private static DeclaredProfile profile(
            String id, String declaredIn, String activationProperty, Set<String> goals, String... plugins) {
        return new DeclaredProfile(id, declaredIn, activationProperty, Set.of(plugins), goals);
    }

    private static ReleaseAttachments.ReleasePlugin releasePlugin(
            String version, String releaseProfiles, String arguments, String useReleaseProfile) {
        return new ReleaseAttachments.ReleasePlugin(version, releaseProfiles, arguments, useReleaseProfile, true);
    }

    private static GateEvaluation check(ReleaseAttachments release, Optional<String>[] note) {
        GateEvaluation evaluation = SmokeFixtures.evaluation();
        note[0] = AttachedArtifactsCheck.check(
                List.of(), true, true, "maven-plugin", GateStatus.HOLD, "pom.xml", release, evaluation);
        return evaluation;
    }

    @SuppressWarnings("unchecked")
    private static GateEvaluation check(ReleaseAttachments release) {
        return check(release, new Optional[1]);
    }

    @Test
    void apacheParentsReleaseProfileAttachingBothJarsPassesAndSaysWhichProfile() {
        ReleaseAttachments release = new ReleaseAttachments(
                List.of(profile("apache-release", "org.apache:apache:39", null, BOTH_GOALS, SOURCES, JAVADOC)),
                releasePlugin("3.3.1", "apache-release", null, null),
                Set.of(),
                Map.of());
        @SuppressWarnings("unchecked")
        Optional<String>[] note = new Optional[1];

        GateEvaluation evaluation = check(release, note);

        assertThat(evaluation.findings())
                .extracting(Finding::code)
                .containsExactly("SMOKE_SOURCES_JAR_BY_RELEASE_PROFILE", "SMOKE_JAVADOC_JAR_BY_RELEASE_PROFILE");
        assertThat(evaluation.findings()).extracting(Finding::severity).containsOnly(GateStatus.PASS);
        Finding sources = evaluation.findings().get(0);
        assertThat(sources.message())
                .isEqualTo("-sources.jar attached by the release profile apache-release "
                        + "(maven-source-plugin:jar-no-fork), not by this build: apache-release is declared in org.apache:apache:39, "
                        + "named in the maven-release-plugin's releaseProfiles");
        assertThat(sources.attributes())
                .containsEntry("profile", "apache-release")
                .containsEntry("declaredIn", "org.apache:apache:39");
        assertThat(note[0]).contains("-sources.jar and -javadoc.jar attached by the release profile apache-release");
    }

    @Test
    void apacheReleaseCountsByItsIdWithoutAnyReleasePluginConfiguration() {
        ReleaseAttachments release = new ReleaseAttachments(
                List.of(profile("apache-release", "org.example:parent:1", null, BOTH_GOALS)), null, Set.of(), Map.of());

        assertThat(check(release).findings())
                .extracting(f -> f.attributes().get("why"))
                .containsOnly("the Apache parent's release profile");
    }

    @Test
    void aReleaseProfileThatDoesNotBindJavadocStillHoldsAndTheFixPointsAtThatProfile() {
        ReleaseAttachments release = new ReleaseAttachments(
                List.of(profile("release", "org.example:parent:1", null, Set.of(SOURCES + ":jar"))),
                null,
                Set.of(),
                Map.of());

        GateEvaluation evaluation = check(release);

        assertThat(evaluation.findings())
                .extracting(Finding::code)
                .containsExactly("SMOKE_SOURCES_JAR_BY_RELEASE_PROFILE", "SMOKE_JAVADOC_JAR_MISSING");
        Finding javadoc = evaluation.findings().get(1);
        assertThat(javadoc.severity()).isEqualTo(GateStatus.HOLD);
        assertThat(javadoc.message()).endsWith("; the release profile release does not attach one either");
        assertThat(javadoc.fix()).endsWith("or of the profile release in org.example:parent:1");
    }

    @Test
    void aProfileThatIsNoReleaseProfileDoesNotCount() {
        ReleaseAttachments release = new ReleaseAttachments(
                List.of(profile("docs", "org.example:parent:1", null, BOTH_GOALS)), null, Set.of(), Map.of());

        assertThat(check(release).findings())
                .extracting(Finding::code)
                .containsExactly("SMOKE_SOURCES_JAR_MISSING", "SMOKE_JAVADOC_JAR_MISSING");
    }

    @Test
    void releasePluginArgumentsActivateProfilesWithDashP() {
        assertThat(ReleaseProfiles.argumentProfiles("-Dx=1 -Pdist,sign -P !skipped --activate-profiles=extra"))
                .containsExactly("dist", "sign", "extra");
        ReleaseAttachments release = new ReleaseAttachments(
                List.of(profile("dist", "org.example:app:1", null, BOTH_GOALS)),
                releasePlugin("3.1.1", null, "-Pdist", null),
                Set.of(),
                Map.of());

        assertThat(check(release).findings())
                .extracting(f -> f.attributes().get("why"))
                .containsOnly("activated by -P in the maven-release-plugin's arguments");
    }

    @Test
    void aCentralPublishingProfileCountsByItsPlugin() {
        ReleaseAttachments release = new ReleaseAttachments(
                List.of(profile(
                        "deploy-to-maven",
                        "org.example:app:1",
                        null,
                        BOTH_GOALS,
                        "org.sonatype.central:central-publishing-maven-plugin")),
                null,
                Set.of(),
                Map.of());

        assertThat(check(release).findings())
                .extracting(f -> f.attributes().get("why"))
                .containsOnly(
                        "a Central publishing profile (it configures org.sonatype.central:central-publishing-maven-plugin)");
    }

    @Test
    void performReleaseProfilesOfTheProjectCountAndTheSuperPomsOnlyWhenTheReleasePluginSetsPerformRelease() {
        DeclaredProfile superPom = profile("release-profile", DeclaredProfile.SUPER_POM, "performRelease", BOTH_GOALS);
        DeclaredProfile own = profile("sonatype-oss", "org.example:app:1", "performRelease", BOTH_GOALS);

        assertThat(ReleaseProfiles.of(new ReleaseAttachments(List.of(superPom), null, Set.of(), Map.of())))
                .as("no release plugin: nothing sets performRelease")
                .isEmpty();
        assertThat(ReleaseProfiles.of(new ReleaseAttachments(
                        List.of(superPom), releasePlugin("3.1.1", null, null, null), Set.of(), Map.of())))
                .as("3.x: useReleaseProfile is false by default")
                .isEmpty();
        assertThat(ReleaseProfiles.of(new ReleaseAttachments(
                        List.of(superPom), releasePlugin("2.5.3", null, null, null), Set.of(), Map.of())))
                .extracting(ReleaseProfiles.ReleaseProfile::why)
                .containsExactly(
                        "activated by -DperformRelease=true, which the maven-release-plugin 2.5.3 sets (useReleaseProfile)");
        assertThat(ReleaseProfiles.of(new ReleaseAttachments(
                        List.of(superPom), releasePlugin("3.1.1", null, null, "true"), Set.of(), Map.of())))
                .hasSize(1);
        assertThat(ReleaseProfiles.of(new ReleaseAttachments(List.of(own), null, Set.of(), Map.of())))
                .extracting(ReleaseProfiles.ReleaseProfile::why)
                .containsExactly("activated by -DperformRelease=true");
    }

    @Test
    void theJavadocSkipFlagIsNamedAsTheReasonWhenThisBuildBindsJavadoc() {
        ReleaseAttachments release = new ReleaseAttachments(
                List.of(),
                null,
                Set.of(SOURCES + ":jar-no-fork", JAVADOC + ":jar"),
                Map.of("maven.javadoc.skip", "true", "maven.source.skip", "false"));
        GateEvaluation evaluation = SmokeFixtures.evaluation();
        AttachedArtifactsCheck.check(
                List.of("sources"), true, true, "jar", GateStatus.HOLD, "pom.xml", release, evaluation);

        Finding javadoc = SmokeFixtures.only(evaluation);
        assertThat(javadoc.code()).isEqualTo("SMOKE_JAVADOC_JAR_MISSING");
        assertThat(javadoc.severity()).isEqualTo(GateStatus.HOLD);
        assertThat(javadoc.message())
                .startsWith("No -javadoc.jar is attached: -Dmaven.javadoc.skip=true on the command line "
                        + "skipped the maven-javadoc-plugin this build binds");
        assertThat(javadoc.fix()).startsWith("Run without -Dmaven.javadoc.skip=true");
        assertThat(javadoc.attributes()).containsEntry("skippedBy", "-Dmaven.javadoc.skip=true");
    }

    @Test
    void aSkipFlagDoesNotHideThatNothingBindsTheJar() {
        ReleaseAttachments release = new ReleaseAttachments(List.of(), null, Set.of(), Map.of("maven.source.skip", ""));
        GateEvaluation evaluation = SmokeFixtures.evaluation();
        AttachedArtifactsCheck.check(
                List.of("javadoc"), true, true, "jar", GateStatus.HOLD, "pom.xml", release, evaluation);

        Finding sources = SmokeFixtures.only(evaluation);
        assertThat(sources.message()).endsWith("(-Dmaven.source.skip is set on the command line)");
        assertThat(sources.fix()).contains("<artifactId>maven-source-plugin</artifactId>");
    }

    @Test
    void expectedExitCodesAreReadFromAListOrCommaAndSpaceSeparatedTextAndBadOnesAreNamed() {
        assertThat(ExitCodes.parse(List.of("0, 2"), "x")).containsExactlyInAnyOrder(0, 2);
        assertThat(ExitCodes.parse(List.of("0", "2 64"), "x")).containsExactlyInAnyOrder(0, 2, 64);
        assertThat(ExitCodes.parse(List.of(), "x")).containsExactly(0);
        assertThatThrownBy(() -> ExitCodes.parse(List.of("0,two"), "gatekeeper.smoke.expectedExitCodes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "gatekeeper.smoke.expectedExitCodes has 'two', which is not an exit code; use numbers from 0 to 255, e.g. 0,2");
        assertThatThrownBy(() -> ExitCodes.parse(List.of("256"), "x")).hasMessageContaining("'256'");
    }
}
