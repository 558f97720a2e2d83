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

        JdkLanes lanes = JdkLanes.resolve(List.of(JDK_17, JDK_25), null);

        assertThat(lanes.problems()).isEmpty();
        assertThat(lanes.usable()).extracting(JdkLane::name).containsExactly("jdk-17", "jdk-25");
        assertThat(lanes.lane("jdk-17").orElseThrow().version()).matches("17\\.\\d+\\.\\d+");
        assertThat(lanes.lane("jdk-25").orElseThrow().version()).startsWith("25.");
    }

    @Test
    void theSameJdkReachedThroughALinkIsOneLane() throws Exception {
        Path link = link(dir.resolve("jdk-link"), JDK_17);

        JdkLanes lanes = JdkLanes.resolve(List.of(JDK_17, link), null);

        assertThat(lanes.lanes()).hasSize(1);
    }

    @Test
    void homeWithoutJavaIsAnUnusableLaneWithAClearProblem() throws Exception {
        Path fake = Files.createDirectories(dir.resolve("fake-jdk"));
        Files.writeString(fake.resolve("release"), "JAVA_VERSION=\"21.0.1\"\n");

        JdkLanes lanes = JdkLanes.resolve(List.of(fake, dir.resolve("absent-jdk"), JDK_17), null);

        assertThat(lanes.usable()).extracting(JdkLane::name).containsExactly("jdk-17");
        assertThat(lanes.unusable()).extracting(JdkLane::problem).containsExactly(
                "JDK home " + fake + " has no executable bin/java",
                "JDK home " + dir.resolve("absent-jdk") + " does not exist");
    }

    @Test
    void jdkWithoutReleaseFileIsVersionedByJavaDashVersion() throws Exception {
        Path home = Files.createDirectories(dir.resolve("no-release/bin"));
        link(home.resolve("java"), JDK_17.resolve("bin/java"));

        JdkLanes lanes = JdkLanes.resolve(List.of(dir.resolve("no-release")), null);

        assertThat(lanes.usable()).singleElement().satisfies(lane -> {
            assertThat(lane.name()).isEqualTo("jdk-17");
            assertThat(lane.version()).startsWith("17.");
        });
    }

    @Test
    void toolchainsFileAddsItsJdksAndSkipsOtherToolchainTypes() throws Exception {
        Path toolchains = dir.resolve("toolchains.xml");
        Files.writeString(toolchains, """
                <?xml version="1.0" encoding="UTF-8"?>
                <toolchains xmlns="http://maven.apache.org/TOOLCHAINS/1.1.0">
                  <toolchain>
                    <type>jdk</type>
                    <provides><version>17</version><vendor>openjdk</vendor></provides>
                    <configuration><jdkHome>%s</jdkHome></configuration>
                  </toolchain>
                  <toolchain>
                    <type>protobuf</type>
                    <provides><version>3</version></provides>
                    <configuration><protocExecutable>/usr/bin/protoc</protocExecutable></configuration>
                  </toolchain>
                  <toolchain>
                    <type>jdk</type>
                    <provides><version>11</version></provides>
                    <configuration><jdkHome>%s</jdkHome></configuration>
                  </toolchain>
                </toolchains>
                """.formatted(JDK_17, dir.resolve("gone")));

        assertThat(ToolchainsFile.readJdks(toolchains)).containsExactly(
                new ToolchainsFile.JdkToolchain("17", "openjdk", JDK_17),
                new ToolchainsFile.JdkToolchain("11", null, dir.resolve("gone")));
        JdkLanes lanes = JdkLanes.resolve(List.of(), toolchains);
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
        Path toolchains = dir.resolve("toolchains.xml");
        Files.writeString(toolchains, """
                <toolchains><toolchain><type>jdk</type><provides><vendor>Eclipse Adoptium</vendor></provides>
                <configuration><jdkHome>%s</jdkHome></configuration></toolchain></toolchains>
                """.formatted(dir.resolve("other-17")));

        JdkLanes lanes = JdkLanes.resolve(List.of(JDK_17), toolchains);

        assertThat(lanes.usable()).extracting(JdkLane::name).containsExactly("jdk-17", "jdk-17-eclipse-adoptium");
    }

    @Test
    void malformedToolchainsFileIsAProblemNamingTheFileAndLine() throws Exception {
        Path toolchains = dir.resolve("toolchains.xml");
        Files.writeString(toolchains, "<toolchains>\n  <toolchain>\n    <type>jdk</typ>\n</toolchains>\n");

        JdkLanes lanes = JdkLanes.resolve(List.of(JDK_17), toolchains);

        assertThat(lanes.usable()).extracting(JdkLane::name).containsExactly("jdk-17");
        assertThat(lanes.problems()).singleElement().asString()
                .startsWith(toolchains + " is not a valid toolchains file at line 3: ")
                .contains("typ");
    }

    @Test
    void externalEntitiesInToolchainsAreNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "/opt/secret-jdk-home");
        Path toolchains = dir.resolve("toolchains.xml");
        Files.writeString(toolchains, """
                <?xml version="1.0"?>
                <!DOCTYPE toolchains [ <!ENTITY home SYSTEM "%s"> ]>
                <toolchains><toolchain><type>jdk</type>
                <configuration><jdkHome>&home;</jdkHome></configuration></toolchain></toolchains>
                """.formatted(secret.toUri()));

        JdkLanes lanes = JdkLanes.resolve(List.of(), toolchains);

        assertThat(lanes.lanes()).extracting(JdkLane::home).doesNotContain(Path.of("/opt/secret-jdk-home"));
        assertThat(lanes.problems()).singleElement().asString()
                .startsWith(toolchains + " is not a valid toolchains file")
                .doesNotContain("/opt/secret-jdk-home");
    }

    @Test
    void absentToolchainsFileAddsNothing() {
        JdkLanes lanes = JdkLanes.resolve(List.of(), dir.resolve("absent-toolchains.xml"));

        assertThat(lanes.lanes()).isEmpty();
        assertThat(lanes.problems()).isEmpty();
    }

    @Test
    void majorVersionIsReadFromOldAndNewVersionSchemes() {
        assertThat(JdkVersion.major("1.8.0_392")).contains(8);
        assertThat(JdkVersion.major("17.0.15")).contains(17);
        assertThat(JdkVersion.major("25")).contains(25);
        assertThat(JdkVersion.major("banana")).isEmpty();
    }
}
