package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CleanRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void createMakesANewEmptyDirectoryUnderTheParent() throws Exception {
        try (CleanRepository first = CleanRepository.create(dir.resolve("parent"));
                CleanRepository second = CleanRepository.create(dir.resolve("parent"))) {
            assertThat(first.root())
                    .isEmptyDirectory()
                    .startsWith(dir.resolve("parent").toRealPath());
            assertThat(second.root()).isEmptyDirectory().isNotEqualTo(first.root());
        }
    }

    @Test
    void installCopiesIntoMavenLayoutWithoutRemoteMarkers() throws Exception {
        Path sources = Files.writeString(dir.resolve("any-name.jar"), "sources");
        try (CleanRepository repository = CleanRepository.create(dir)) {
            Path installed = repository.install(
                    new ArtifactFile("org.example.deep", "lib", "1.2.3-SNAPSHOT", "sources", "jar", sources));

            assertThat(installed)
                    .isEqualTo(repository
                            .root()
                            .resolve("org/example/deep/lib/1.2.3-SNAPSHOT/lib-1.2.3-SNAPSHOT-sources.jar"));
            assertThat(installed).hasContent("sources");
            try (Stream<Path> files = Files.walk(repository.root())) {
                assertThat(files.filter(Files::isRegularFile)).containsExactly(installed);
            }
        }
    }

    @ParameterizedTest(name = "{0}:{1}:{2}:{3}:{4}")
    @CsvSource(
            nullValues = "NULL",
            value = {
                "..,        x,       1,        NULL,       jar",
                "org,       ../x,    1,        NULL,       jar",
                "org,       x,       ../../1,  NULL,       jar",
                "org/evil,  x,       1,        NULL,       jar",
                "org..evil, x,       1,        NULL,       jar",
                ".hidden,   x,       1,        NULL,       jar",
                "org,       x,       1,        a/../../b,  jar",
                "org,       x,       1,        NULL,       jar/../../../x",
                "org,       x y,     1,        NULL,       jar",
                "org,       x,       1,        NULL,       ''",
            })
    void hostileCoordinatesAreRefusedAndNothingIsWritten(
            String groupId, String artifactId, String version, String classifier, String extension) throws Exception {
        Path file = Files.writeString(dir.resolve("payload"), "payload");
        try (CleanRepository repository = CleanRepository.create(dir.resolve("repos"))) {
            assertThatThrownBy(() -> repository.install(
                            new ArtifactFile(groupId, artifactId, version, classifier, extension, file)))
                    .isInstanceOf(IllegalArgumentException.class);

            assertThat(repository.root()).isEmptyDirectory();
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("payload", "repos");
            }
        }
    }

    @Test
    void installOfAMissingFileNamesTheArtifact() throws Exception {
        try (CleanRepository repository = CleanRepository.create(dir)) {
            assertThatThrownBy(() -> repository.install(ArtifactFile.jar("org", "x", "1", dir.resolve("absent.jar"))))
                    .isInstanceOf(NoSuchFileException.class)
                    .hasMessageContaining("org:x:jar:1");
        }
    }

    @Test
    void copyFromTakesThePreparedRepositorysFilesButNoLinkOutOfIt() throws Exception {
        Path prepared = Files.createDirectories(dir.resolve("prepared/org/apache/maven/plugins/p/1"));
        Files.writeString(prepared.resolve("p-1.jar"), "plugin");
        Files.writeString(prepared.resolve("_remote.repositories"), "p-1.jar>central=");
        Path outside = Files.writeString(dir.resolve("secret.txt"), "not a repository's");
        Files.createSymbolicLink(prepared.resolve("link.jar"), outside);

        try (CleanRepository repository = CleanRepository.create(dir.resolve("module"))) {
            int files = repository.copyFrom(dir.resolve("prepared"));

            Path copied = repository.root().resolve("org/apache/maven/plugins/p/1");
            assertThat(files).isEqualTo(2);
            assertThat(copied.resolve("p-1.jar")).hasContent("plugin");
            assertThat(copied.resolve("_remote.repositories")).hasContent("p-1.jar>central=");
            assertThat(copied.resolve("link.jar")).doesNotExist();
            // the jar is the prepared one's file (a hard link), the tracking file Maven rewrites in place a copy
            assertThat(Files.isSameFile(copied.resolve("p-1.jar"), prepared.resolve("p-1.jar")))
                    .isTrue();
            Files.writeString(copied.resolve("_remote.repositories"), "rewritten by a consumer build");
            assertThat(prepared.resolve("_remote.repositories")).hasContent("p-1.jar>central=");
        }
        assertThat(prepared.resolve("p-1.jar"))
                .as("the prepared repository stays")
                .hasContent("plugin");
    }

    @Test
    void closeDeletesTheTreeUnlessKept() throws Exception {
        Path jar = Files.writeString(dir.resolve("x.jar"), "x");
        CleanRepository deleted = CleanRepository.create(dir.resolve("repos"));
        deleted.install(ArtifactFile.jar("org", "x", "1", jar));
        CleanRepository kept = CleanRepository.create(dir.resolve("repos")).keep(true);
        kept.install(ArtifactFile.jar("org", "x", "1", jar));

        deleted.close();
        kept.close();

        assertThat(deleted.root()).doesNotExist();
        assertThat(kept.root().resolve("org/x/1/x-1.jar")).isRegularFile();
    }

    @Test
    void closeDoesNotFollowALinkOutOfTheRepository() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path precious = Files.writeString(outside.resolve("precious.txt"), "keep me");
        CleanRepository repository = CleanRepository.create(dir.resolve("repos"));
        Files.createSymbolicLink(repository.root().resolve("link"), outside);

        repository.close();

        assertThat(repository.root()).doesNotExist();
        assertThat(precious).hasContent("keep me");
    }
}
