package dev.gatekeeper.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotFilesTest {
    @TempDir
    Path temp;

    private Path snapshots;
    private Path outside;

    @BeforeEach
    void createDirectories() throws IOException {
        snapshots = Files.createDirectories(temp.resolve("project/src/test/snapshots"));
        outside = Files.createDirectories(temp.resolve("elsewhere"));
    }

    @Test
    void writesInsideTheDirectoryCreatingParents() throws Exception {
        Path written = SnapshotFiles.writeConfined(snapshots, Path.of("demo/output.json"), "{}\n");

        assertThat(written).isEqualTo(snapshots.resolve("demo/output.json"));
        assertThat(written).hasContent("{}");
    }

    @Test
    void replacesTheSnapshotWholeAndLeavesNoTemporaryFiles() throws Exception {
        Path file = Files.createDirectories(snapshots.resolve("demo")).resolve("output.json");
        Files.writeString(file, "old content that is longer than the new one\n");

        SnapshotFiles.writeConfined(snapshots, file, "new\n");

        assertThat(Files.readString(file)).isEqualTo("new\n");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void createsAMissingSnapshotDirectory() throws Exception {
        Path fresh = temp.resolve("project/src/test/new-snapshots");

        Path written = SnapshotFiles.writeConfined(fresh, Path.of("a.json"), "1\n");

        assertThat(written).hasContent("1");
    }

    @Test
    void refusesDotDotEscape() {
        assertThatThrownBy(() -> SnapshotFiles.writeConfined(snapshots, Path.of("../x"), "evil"))
                .isInstanceOf(SnapshotPathException.class)
                .hasMessageContaining("../x")
                .hasMessageContaining(snapshots.toString())
                .hasMessageContaining("outside the snapshot directory");
        assertThat(snapshots.resolveSibling("x")).doesNotExist();
    }

    @Test
    void refusesDotDotThatComesBackInOnlyAfterLeaving() throws Exception {
        assertThat(SnapshotFiles.writeConfined(snapshots, Path.of("demo/../ok.json"), "ok"))
                .hasContent("ok");
        assertThatThrownBy(() -> SnapshotFiles.writeConfined(snapshots, Path.of("demo/../../snapshots2/x"), "evil"))
                .isInstanceOf(SnapshotPathException.class);
    }

    @Test
    void refusesAnAbsolutePathElsewhere() {
        Path target = outside.resolve("victim.json");

        assertThatThrownBy(() -> SnapshotFiles.writeConfined(snapshots, target, "evil"))
                .isInstanceOf(SnapshotPathException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining(snapshots.toString());
        assertThat(target).doesNotExist();
    }

    @Test
    void refusesTheSnapshotDirectoryItself() {
        assertThatThrownBy(() -> SnapshotFiles.writeConfined(snapshots, Path.of("."), "x"))
                .isInstanceOf(SnapshotPathException.class);
    }

    @Test
    void refusesASymlinkedDirectoryPointingOutside() throws Exception {
        Files.createSymbolicLink(snapshots.resolve("linked"), outside);

        assertThatThrownBy(() -> SnapshotFiles.writeConfined(snapshots, Path.of("linked/sub/victim.json"), "evil"))
                .isInstanceOf(SnapshotPathException.class)
                .hasMessageContaining(snapshots.resolve("linked").toString())
                .hasMessageContaining(outside.toRealPath().toString());
        try (Stream<Path> files = Files.list(outside)) {
            assertThat(files).as("nothing created outside").isEmpty();
        }
    }

    @Test
    void refusesASnapshotFileThatIsASymlinkToOutside() throws Exception {
        Path victim = Files.writeString(outside.resolve("victim.json"), "precious");
        Files.createSymbolicLink(snapshots.resolve("demo.json"), victim);

        assertThatThrownBy(() -> SnapshotFiles.writeConfined(snapshots, Path.of("demo.json"), "evil"))
                .isInstanceOf(SnapshotPathException.class);
        assertThat(victim).hasContent("precious");
    }

    @Test
    void refusesADanglingSymlink() throws Exception {
        Files.createSymbolicLink(snapshots.resolve("gone"), outside.resolve("missing-dir"));

        assertThatThrownBy(() -> SnapshotFiles.writeConfined(snapshots, Path.of("gone/x.json"), "evil"))
                .isInstanceOf(SnapshotPathException.class)
                .hasMessageContaining("missing target");
        assertThat(outside.resolve("missing-dir")).doesNotExist();
    }

    @Test
    void symlinkedDirectoryInsideTheSnapshotDirectoryIsAllowed() throws Exception {
        Path real = Files.createDirectories(snapshots.resolve("real"));
        Files.createSymbolicLink(snapshots.resolve("alias"), real);

        SnapshotFiles.writeConfined(snapshots, Path.of("alias/x.json"), "x");

        assertThat(real.resolve("x.json")).hasContent("x");
    }

    @Test
    void snapshotDirectoryReachedThroughASymlinkIsItsRealPath() throws Exception {
        Path link = Files.createSymbolicLink(temp.resolve("snapshots-link"), snapshots);

        SnapshotFiles.writeConfined(link, Path.of("x.json"), "x");

        assertThat(snapshots.resolve("x.json")).hasContent("x");
    }

    @Test
    void readBoundedReadsAWholeSmallFile() throws Exception {
        Path file = Files.writeString(temp.resolve("small.txt"), "héllo\n");

        BoundedText text = SnapshotFiles.readBounded(file, 1024);

        assertThat(text).isEqualTo(new BoundedText("héllo\n", false, 7));
    }

    @Test
    void readBoundedStopsAtTheBoundOfABiggerFile() throws Exception {
        Path file = temp.resolve("big.txt");
        Files.write(file, "x".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII));

        BoundedText text = SnapshotFiles.readBounded(file, 100);

        assertThat(text.text()).isEqualTo("x".repeat(100));
        assertThat(text.truncated()).isTrue();
        assertThat(text.size()).isEqualTo(1_000_000);
    }

    @Test
    void fileOfExactlyTheBoundIsNotTruncated() throws Exception {
        Path file = Files.writeString(temp.resolve("exact.txt"), "abcd");

        assertThat(SnapshotFiles.readBounded(file, 4)).isEqualTo(new BoundedText("abcd", false, 4));
    }

    @Test
    void characterCutInHalfByTheBoundIsDropped() throws Exception {
        Path file = Files.writeString(temp.resolve("accent.txt"), "abé€z");

        assertThat(SnapshotFiles.readBounded(file, 3).text())
                .as("é is two bytes")
                .isEqualTo("ab");
        assertThat(SnapshotFiles.readBounded(file, 4).text()).isEqualTo("abé");
        assertThat(SnapshotFiles.readBounded(file, 6).text())
                .as("€ is three bytes")
                .isEqualTo("abé");
        assertThat(SnapshotFiles.readBounded(file, 7).text()).isEqualTo("abé€");
    }

    @Test
    void malformedBytesBecomeReplacementCharacters() throws Exception {
        Path file = Files.write(temp.resolve("binary.bin"), new byte[] {'a', (byte) 0xFF, 'b'});

        assertThat(SnapshotFiles.readBounded(file, 10).text()).isEqualTo("a\uFFFDb");
    }
}
