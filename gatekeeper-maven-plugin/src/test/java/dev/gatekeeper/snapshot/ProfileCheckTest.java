package dev.gatekeeper.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCheckTest {
    @TempDir
    Path temp;

    private Path project;
    private Path outsideProfile;

    @BeforeEach
    void createLayout() throws IOException {
        project = Files.createDirectories(temp.resolve("project"));
        Files.createDirectories(project.resolve("src/test/profiles/demo"));
        outsideProfile = Files.createDirectories(temp.resolve("home/user/.app"));
    }

    @Test
    void fixtureProfileInsideTheProjectIsFine() {
        assertThat(ProfileCheck.check(Path.of("src/test/profiles/demo"), project, false))
                .isNull();
        assertThat(ProfileCheck.check(project.resolve("src/test/profiles/demo"), project, false))
                .isNull();
        assertThat(ProfileCheck.check(Path.of("src/test/profiles/../profiles/demo"), project, false))
                .isNull();
    }

    @Test
    void missingProfileIsReportedWithTheGivenAndResolvedPath() {
        ProfileProblem problem = ProfileCheck.check(Path.of("src/test/profiles/absent"), project, false);

        assertThat(problem.code()).isEqualTo("SNAPSHOT_PROFILE_MISSING");
        assertThat(problem.message())
                .contains("src/test/profiles/absent")
                .contains(project.resolve("src/test/profiles/absent").toString());
    }

    @Test
    void fileInsteadOfADirectoryIsReported() throws IOException {
        Files.writeString(project.resolve("src/test/profiles/notes.txt"), "x");

        ProfileProblem problem = ProfileCheck.check(Path.of("src/test/profiles/notes.txt"), project, false);

        assertThat(problem.code()).isEqualTo("SNAPSHOT_PROFILE_NOT_A_DIRECTORY");
        assertThat(problem.message())
                .contains(project.resolve("src/test/profiles/notes.txt").toString());
    }

    @Test
    void fixtureProfileWhoseDotDotLeavesTheProjectEscapes() {
        ProfileProblem problem = ProfileCheck.check(Path.of("../home/user/.app"), project, false);

        assertThat(problem.code()).isEqualTo("SNAPSHOT_PROFILE_ESCAPES_PROJECT");
        assertThat(problem.message()).contains("../home/user/.app").contains(outsideProfile.toString());
    }

    @Test
    void fixtureProfileOutsideTheProjectEscapesEvenIfItDoesNotExist() {
        ProfileProblem problem = ProfileCheck.check(Path.of("../nowhere"), project, false);

        assertThat(problem.code()).isEqualTo("SNAPSHOT_PROFILE_ESCAPES_PROJECT");
    }

    @Test
    void absoluteFixtureProfileElsewhereEscapes() {
        ProfileProblem problem = ProfileCheck.check(outsideProfile, project, false);

        assertThat(problem.code()).isEqualTo("SNAPSHOT_PROFILE_ESCAPES_PROJECT");
    }

    @Test
    void fixtureProfileThatIsASymlinkToOutsideEscapes() throws IOException {
        Path link = Files.createSymbolicLink(project.resolve("src/test/profiles/linked"), outsideProfile);

        ProfileProblem problem = ProfileCheck.check(Path.of("src/test/profiles/linked"), project, false);

        assertThat(problem.code()).isEqualTo("SNAPSHOT_PROFILE_ESCAPES_PROJECT");
        assertThat(problem.message())
                .contains("src/test/profiles/linked")
                .contains(link.toString())
                .contains(outsideProfile.toRealPath().toString());
    }

    @Test
    void symlinkToADirectoryInsideTheProjectIsFine() throws IOException {
        Files.createSymbolicLink(project.resolve("demo-alias"), project.resolve("src/test/profiles/demo"));

        assertThat(ProfileCheck.check(Path.of("demo-alias"), project, false)).isNull();
    }

    @Test
    void projectReachedThroughASymlinkStillContainsItsProfiles() throws IOException {
        Path projectLink = Files.createSymbolicLink(temp.resolve("project-link"), project);

        assertThat(ProfileCheck.check(Path.of("src/test/profiles/demo"), projectLink, false))
                .isNull();
    }

    @Test
    void liveProfileOutsideTheProjectIsAccepted() throws IOException {
        assertThat(ProfileCheck.check(outsideProfile, project, true)).isNull();
        assertThat(ProfileCheck.check(Path.of("../home/user/.app"), project, true))
                .isNull();
        Path link = Files.createSymbolicLink(project.resolve("live-link"), outsideProfile);
        assertThat(ProfileCheck.check(link, project, true)).isNull();
    }

    @Test
    void liveProfileMustStillExistAndBeADirectory() throws IOException {
        Path file = Files.writeString(temp.resolve("home/user/file"), "x");

        assertThat(ProfileCheck.check(temp.resolve("home/user/absent"), project, true)
                        .code())
                .isEqualTo("SNAPSHOT_PROFILE_MISSING");
        assertThat(ProfileCheck.check(file, project, true).code()).isEqualTo("SNAPSHOT_PROFILE_NOT_A_DIRECTORY");
    }
}
