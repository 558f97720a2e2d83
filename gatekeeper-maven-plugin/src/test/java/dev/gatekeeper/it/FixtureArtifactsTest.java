package dev.gatekeeper.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An artifact lands where Maven's local repository layout has it, with a POM Maven reads and a valid jar. */
class FixtureArtifactsTest {
    @TempDir
    Path repository;

    @Test
    void writesAPomWithItsDependenciesAndAJarAtTheRepositoryLayoutPath() throws Exception {
        Path jar = FixtureArtifacts.install(
                repository.toFile(), "dev.example.it", "web-starter", "2.6.5", List.of("dev.example.it:yaml:1.29"));

        assertThat(jar).isEqualTo(repository.resolve("dev/example/it/web-starter/2.6.5/web-starter-2.6.5.jar"));
        try (JarFile opened = new JarFile(jar.toFile())) {
            assertThat(opened.getManifest()).isNotNull();
        }
        Model pom;
        try (var in = Files.newInputStream(jar.resolveSibling("web-starter-2.6.5.pom"))) {
            pom = new MavenXpp3Reader().read(in);
        }
        assertThat(pom.getArtifactId()).isEqualTo("web-starter");
        assertThat(pom.getDependencies())
                .singleElement()
                .satisfies(d -> assertThat(d.getGroupId() + ":" + d.getArtifactId() + ":" + d.getVersion())
                        .isEqualTo("dev.example.it:yaml:1.29"));
    }

    @Test
    void aDependencyThatIsNotCoordinatesIsRejected() {
        assertThatThrownBy(() -> FixtureArtifacts.install(repository.toFile(), "g", "a", "1", List.of("g:b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("g:b");
    }
}
