package dev.gatekeeper.smoke;

import static dev.gatekeeper.smoke.InstallFixtures.JDK_17;
import static dev.gatekeeper.smoke.InstallFixtures.JDK_25;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkLanesTest {
    @TempDir
    Path dir;

    private final List<Path> links = new ArrayList<>();

    /** Links into /usr/lib/jvm are removed here, so that the temp-dir cleanup never meets one. */
    @AfterEach
    void removeLinks() throws Exception {
        for (Path link : links) {
            Files.deleteIfExists(link);
        }
    }

    private Path link(Path link, Path target) throws Exception {
        links.add(Files.createSymbolicLink(link, target));
        return link;
    }

    @Test
    void explicitHomesBecomeLanesNamedAfterTheirMajorVersion() {
        assumeTrue(Files.isExecutable(JDK_25.resolve("bin/java")), "Temurin 25 not installed");

        JdkLanes lanes = JdkLanes.resolve(List.of(JDK_17, JDK_25), List.of());

        assertThat(lanes.usable()).extracting(JdkLane::name).containsExactly("jdk-17", "jdk-25");
        assertThat(lanes.lane("jdk-17").orElseThrow().version()).matches("17\\.\\d+\\.\\d+");
        assertThat(lanes.lane("jdk-25").orElseThrow().version()).startsWith("25.");
    }

    @Test
    void theSameJdkReachedThroughALinkIsOneLane() throws Exception {
        Path link = link(dir.resolve("jdk-link"), JDK_17);

        JdkLanes lanes = JdkLanes.resolve(List.of(JDK_17, link), List.of());

        assertThat(lanes.lanes()).hasSize(1);
    }

    @Test
    void homeWithoutJavaIsAnUnusableLaneWithAClearProblem() throws Exception {
        Path fake = Files.createDirectories(dir.resolve("fake-jdk"));
        Files.writeString(fake.resolve("release"), "JAVA_VERSION=\"21.0.1\"\n");

        JdkLanes lanes = JdkLanes.resolve(List.of(fake, dir.resolve("absent-jdk"), JDK_17), List.of());

        assertThat(lanes.usable()).extracting(JdkLane::name).containsExactly("jdk-17");
        assertThat(lanes.unusable())
                .extracting(JdkLane::problem)
                .containsExactly(
                        "JDK home " + fake + " has no executable bin/java",
                        "JDK home " + dir.resolve("absent-jdk") + " does not exist");
    }

    @Test
    void jdkWithoutReleaseFileIsVersionedByJavaDashVersion() throws Exception {
        Path home = Files.createDirectories(dir.resolve("no-release/bin"));
        link(home.resolve("java"), JDK_17.resolve("bin/java"));

        JdkLanes lanes = JdkLanes.resolve(List.of(dir.resolve("no-release")), List.of());

        assertThat(lanes.usable()).singleElement().satisfies(lane -> {
            assertThat(lane.name()).isEqualTo("jdk-17");
            assertThat(lane.version()).startsWith("17.");
        });
    }

    @Test
    void toolchainJdksAddLanesWithTheirVendorAndAMissingHomeIsUnusable() {
        JdkLanes lanes = JdkLanes.resolve(
                List.of(),
                List.of(new ToolchainJdk("17", "openjdk", JDK_17), new ToolchainJdk("11", null, dir.resolve("gone"))));

        assertThat(lanes.usable()).singleElement().satisfies(lane -> {
            assertThat(lane.name()).isEqualTo("jdk-17");
            assertThat(lane.vendor()).isEqualTo("openjdk");
        });
        assertThat(lanes.unusable()).extracting(JdkLane::home).containsExactly(dir.resolve("gone"));
    }

    @Test
    void twoJdksOfTheSameMajorGetDistinctNames() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("other-17/bin"));
        link(copy.resolve("java"), JDK_17.resolve("bin/java"));

        JdkLanes lanes = JdkLanes.resolve(
                List.of(JDK_17), List.of(new ToolchainJdk(null, "Eclipse Adoptium", dir.resolve("other-17"))));

        assertThat(lanes.usable()).extracting(JdkLane::name).containsExactly("jdk-17", "jdk-17-eclipse-adoptium");
    }

    @Test
    void majorVersionIsReadFromOldAndNewVersionSchemes() {
        assertThat(JdkVersion.major("1.8.0_392")).contains(8);
        assertThat(JdkVersion.major("17.0.15")).contains(17);
        assertThat(JdkVersion.major("25")).contains(25);
        assertThat(JdkVersion.major("banana")).isEmpty();
    }
}
