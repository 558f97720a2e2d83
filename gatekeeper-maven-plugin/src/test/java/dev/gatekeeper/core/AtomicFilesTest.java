package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacingAFileKeepsItsPermissions() throws Exception {
        Path script = dir.resolve("run.sh");
        Files.writeString(script, "old");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x--x"));

        AtomicFiles.writeString(script, "new");

        assertThat(script).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script)))
                .isEqualTo("rwxr-x--x");
    }

    @Test
    void aNewFileGetsTheModesTheUmaskGivesNotOwnerOnly() throws Exception {
        Path evidence = dir.resolve("gatekeeper/evidence.json");
        // What any program creating a file here gets: 0666 minus the umask (0644 with the usual 022).
        Path probe = Files.createFile(dir.resolve("probe"));

        AtomicFiles.writeString(evidence, "{}");

        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(evidence);
        assertThat(permissions).isEqualTo(Files.getPosixFilePermissions(probe));
        assertThat(permissions).doesNotContain(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_WRITE);
    }

    @Test
    void aSymbolicLinkIsNotReplacedAndItsTargetIsUntouched() throws Exception {
        Path target = dir.resolve("real.md");
        Files.writeString(target, "committed");
        Path link = Files.createSymbolicLink(dir.resolve("README.md"), target.getFileName());

        assertThatThrownBy(() -> AtomicFiles.writeString(link, "rewritten"))
                .isInstanceOf(AtomicFiles.SymbolicLinkException.class)
                .hasMessageContaining(link.toString())
                .hasMessageContaining("symbolic link");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(target).hasContent("committed");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("real.md", "README.md");
        }
    }

    @Test
    void aDanglingSymbolicLinkIsNotReplacedEither() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("missing.json"));

        assertThatThrownBy(() -> AtomicFiles.writeString(link, "{}"))
                .isInstanceOf(AtomicFiles.SymbolicLinkException.class);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.exists(dir.resolve("missing.json"), LinkOption.NOFOLLOW_LINKS))
                .isFalse();
    }
}
