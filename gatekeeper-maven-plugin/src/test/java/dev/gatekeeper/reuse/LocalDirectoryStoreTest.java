package dev.gatekeeper.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalDirectoryStoreTest {
    private static final String KEY = "audit-" + "ab".repeat(32);

    @TempDir
    Path directory;

    @Test
    void aMissingKeyIsEmptyAndAStoredRecordComesBackWhole() throws IOException {
        LocalDirectoryStore store = new LocalDirectoryStore(directory.resolve("reuse"));

        assertThat(store.get(KEY)).isEmpty();
        store.put(KEY, "record".getBytes(StandardCharsets.UTF_8));

        assertThat(store.get(KEY))
                .hasValueSatisfying(bytes ->
                        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("record"));
        assertThat(directory.resolve("reuse").resolve(KEY + ".json")).exists();
    }

    @Test
    void aWriteReplacesTheRecordAndLeavesNoTemporaryFile() throws IOException {
        LocalDirectoryStore store = new LocalDirectoryStore(directory);
        store.put(KEY, "one".getBytes(StandardCharsets.UTF_8));
        store.put(KEY, "two".getBytes(StandardCharsets.UTF_8));

        assertThat(new String(store.get(KEY).orElseThrow(), StandardCharsets.UTF_8))
                .isEqualTo("two");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(KEY + ".json");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../audit-abababababababababababababababababababababababababababababababab",
                "/etc/passwd",
                "audit/../../x",
                "audit-ABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABAB",
                "audit-abab",
                "",
                "audit-abababababababababababababababababababababababababababababababab/..",
                "audit-abababababababababababababababababababababababababababababababab\n"
            })
    void aKeyThatIsNotAGateAndADigestIsRefusedOnReadAndWrite(String hostile) {
        LocalDirectoryStore store = new LocalDirectoryStore(directory.resolve("reuse"));

        assertThatThrownBy(() -> store.get(hostile))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a reuse store key");
        assertThatThrownBy(() -> store.put(hostile, new byte[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a reuse store key");
        assertThat(directory.resolve("reuse")).doesNotExist();
    }

    @Test
    void aSymbolicLinkInTheStoreIsNeitherReadNorReplaced() throws IOException {
        Path elsewhere = Files.writeString(directory.resolve("secret.txt"), "not a record");
        Path store = Files.createDirectories(directory.resolve("reuse"));
        Files.createSymbolicLink(store.resolve(KEY + ".json"), elsewhere);
        LocalDirectoryStore local = new LocalDirectoryStore(store);

        assertThatThrownBy(() -> local.get(KEY))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> local.put(KEY, new byte[] {1})).isInstanceOf(IOException.class);
        assertThat(Files.readString(elsewhere)).isEqualTo("not a record");
    }

    @Test
    void aFileLargerThanAnyRecordIsRefused() throws IOException {
        Files.write(directory.resolve(KEY + ".json"), new byte[(int) LocalDirectoryStore.MAX_BYTES + 1]);

        assertThatThrownBy(() -> new LocalDirectoryStore(directory).get(KEY))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("larger than");
    }

    @Test
    void aRecordLargerThanAnyTheStoreReadsIsNotWritten() {
        LocalDirectoryStore store = new LocalDirectoryStore(directory);

        assertThatThrownBy(() -> store.put(KEY, new byte[(int) LocalDirectoryStore.MAX_BYTES + 1]))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("more than the " + LocalDirectoryStore.MAX_BYTES + " a record may have");
        assertThat(directory.resolve(KEY + ".json")).doesNotExist();
    }

    @Test
    void twoWritersOfOneKeyLeaveOneWholeRecordAndReadersNeverSeeHalfOfOne() throws Exception {
        LocalDirectoryStore store = new LocalDirectoryStore(directory);
        byte[] first = "a".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        byte[] second = "b".repeat(300_000).getBytes(StandardCharsets.UTF_8);
        store.put(KEY, first);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> jobs = new ArrayList<>();
        List<byte[]> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            for (byte[] content : List.of(first, second)) {
                jobs.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int i = 0; i < 30; i++) {
                        store.put(KEY, content);
                    }
                    return null;
                }));
            }
            jobs.add(pool.submit((Callable<Void>) () -> {
                start.await();
                for (int i = 0; i < 60; i++) {
                    seen.add(store.get(KEY).orElseThrow());
                }
                return null;
            }));
            start.countDown();
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(seen)
                .isNotEmpty()
                .allSatisfy(bytes -> assertThat(bytes)
                        .satisfiesAnyOf(
                                b -> assertThat(b).isEqualTo(first),
                                b -> assertThat(b).isEqualTo(second)));
        assertThat(store.get(KEY).orElseThrow())
                .satisfiesAnyOf(
                        b -> assertThat(b).isEqualTo(first), b -> assertThat(b).isEqualTo(second));
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(KEY + ".json");
        }
    }

    @Test
    void noneTurnsTheStoreOffBlankMeansTheUsersCacheDirectoryAndARelativeOneIsResolved() {
        Path base = directory.resolve("work");

        assertThat(LocalDirectoryStore.configured("none", base, Map.of(), "/home/ci"))
                .isEmpty();
        assertThat(LocalDirectoryStore.configured(" NONE ", base, Map.of(), "/home/ci"))
                .isEmpty();
        assertThat(LocalDirectoryStore.configured(null, base, Map.of(), "/home/ci")
                        .orElseThrow()
                        .describe())
                .isEqualTo(Path.of("/home/ci/.cache/gatekeeper/reuse").toString());
        assertThat(LocalDirectoryStore.configured("", base, Map.of("XDG_CACHE_HOME", "/var/cache/ci"), "/home/ci")
                        .orElseThrow()
                        .describe())
                .isEqualTo(Path.of("/var/cache/ci/gatekeeper/reuse").toString());
        assertThat(LocalDirectoryStore.configured(null, base, Map.of("XDG_CACHE_HOME", "relative"), "/home/ci")
                        .orElseThrow()
                        .describe())
                .isEqualTo(Path.of("/home/ci/.cache/gatekeeper/reuse").toString());
        assertThat(LocalDirectoryStore.configured("../store", base, Map.of(), "/home/ci")
                        .orElseThrow()
                        .describe())
                .isEqualTo(directory.resolve("store").toString());
    }
}
