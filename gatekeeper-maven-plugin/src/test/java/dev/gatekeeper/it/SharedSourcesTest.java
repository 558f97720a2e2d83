package dev.gatekeeper.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shared source lands in the IT project at the same relative path, replacing an older copy. */
class SharedSourcesTest {
    @TempDir
    Path shared;

    @TempDir
    Path project;

    @Test
    void copiesTheTreeIntoTheProjectKeepingItsLayout() throws IOException {
        write(shared.resolve("scanner/src/main/java/com/example/scan/Scanner.java"), "class Scanner {}");
        write(shared.resolve("scanner/src/main/resources/scan.properties"), "a=1");
        write(project.resolve("src/main/java/com/example/scan/Scanner.java"), "stale");

        var copied = SharedSources.copy(shared.toString(), "scanner", project.toFile());

        assertThat(copied)
                .containsExactly(
                        project.resolve("src/main/java/com/example/scan/Scanner.java"),
                        project.resolve("src/main/resources/scan.properties"));
        assertThat(project.resolve("src/main/java/com/example/scan/Scanner.java"))
                .hasContent("class Scanner {}");
        assertThat(project.resolve("src/main/resources/scan.properties")).hasContent("a=1");
    }

    @Test
    void anUnknownNameIsNamed() {
        assertThatThrownBy(() -> SharedSources.copy(shared.toString(), "scaner", project.toFile()))
                .isInstanceOf(AssertionError.class)
                .hasMessage(
                        "no shared sources " + shared.resolve("scaner") + ": expected a directory under src/it/shared");
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
