package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Spring Boot applications recognised from real jars built here; anything else is not a server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerShapeTest {
    @TempDir
    static Path work;

    private Path classes;

    @BeforeAll
    void compile() throws Exception {
        classes = ServerFixtures.classes(work.resolve("fixture"));
    }

    @Test
    void launcherAndStartClassMakeASpringBootExecutableJarAndThePackagedActuatorIsSeen() throws Exception {
        Path jar = ServerFixtures.springBootJar(
                classes, work.resolve("a/app.jar"), "BOOT-INF/lib/spring-boot-actuator-3.5.7.jar");

        ServerShape shape = ServerShape.springBoot(jar).orElseThrow();

        assertThat(shape.description()).isEqualTo("Spring Boot executable jar (Start-Class demo.server.Serve)");
        assertThat(shape.startClass()).isEqualTo("demo.server.Serve");
        assertThat(shape.launcher()).isEqualTo("org.springframework.boot.loader.launch.JarLauncher");
        assertThat(shape.executableJar()).isTrue();
        assertThat(shape.actuator()).isTrue();
    }

    @Test
    void withoutTheActuatorNoHealthEndpointIsExpected() throws Exception {
        Path jar = ServerFixtures.springBootJar(
                classes,
                work.resolve("b/app.jar"),
                "BOOT-INF/lib/spring-boot-3.5.7.jar",
                "BOOT-INF/lib/spring-boot-actuator-autoconfigure-3.5.7.jar");

        assertThat(ServerShape.springBoot(jar).orElseThrow().actuator()).isFalse();
    }

    @Test
    void theRepackagedWarLayoutIsASpringBootApplicationToo() throws Exception {
        Path war = ServerFixtures.jar(
                classes,
                work.resolve("c/app.war"),
                Map.of("Main-Class", "demo.server.Serve"),
                "WEB-INF/lib-provided/tomcat-embed-core-10.1.48.jar",
                "WEB-INF/lib/spring-boot-actuator-3.5.7.jar");

        ServerShape shape = ServerShape.springBoot(war).orElseThrow();

        assertThat(shape.description()).isEqualTo("Spring Boot executable war");
        assertThat(shape.executableJar()).as("Main-Class is not the launcher").isFalse();
        assertThat(shape.actuator()).isTrue();
    }

    @Test
    void aPlainCliJarAndAnUnreadableFileAreNoServers() throws Exception {
        Path cli = ServerFixtures.jar(classes, work.resolve("d/cli.jar"), Map.of("Main-Class", "demo.server.Serve"));
        Path broken = Files.writeString(work.resolve("d/broken.jar"), "not a zip");

        assertThat(ServerShape.springBoot(cli)).isEmpty();
        assertThat(ServerShape.springBoot(broken)).isEmpty();
        assertThat(ServerShape.springBoot(null)).isEmpty();
    }
}
