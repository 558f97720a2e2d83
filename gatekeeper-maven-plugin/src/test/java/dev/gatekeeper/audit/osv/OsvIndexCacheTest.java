package dev.gatekeeper.audit.osv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.audit.OsvScan;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsvIndexCacheTest {
    @TempDir
    Path temp;

    private Path database() throws Exception {
        return OsvFixtures.zip(
                temp.resolve("all.zip"),
                Map.of("t.json", OsvFixtures.TEXT4SHELL, "h.json", OsvFixtures.H2_CONSOLE, "bad.json", "{"));
    }

    @Test
    void theSecondLoadComesFromTheCacheWithTheSameContent() throws Exception {
        OsvIndexCache cache = new OsvIndexCache(temp.resolve("cache"));
        Path database = database();

        OsvIndexCache.Loaded first = cache.load(database);
        OsvIndexCache.Loaded second = cache.load(database);

        assertThat(first.origin()).isEqualTo(OsvIndexCache.Origin.BUILT);
        assertThat(second.origin()).isEqualTo(OsvIndexCache.Origin.CACHE);
        assertThat(second.cacheFile())
                .isEqualTo(temp.resolve("cache").resolve(first.index().databaseDigest() + ".idx"));
        assertThat(second.index()).isEqualTo(first.index());
        assertThat(second.index().advisoriesSkipped()).isEqualTo(1);
        assertThat(second.index().problems()).extracting(OsvProblem::file).containsExactly("all.zip!/bad.json");
        assertThat(OsvScan.scan(
                        second.index(), List.of(new MavenCoordinates("org.apache.commons", "commons-text", "1.9"))))
                .hasSize(1);
    }

    @Test
    void aChangedDatabaseGetsANewIndex() throws Exception {
        OsvIndexCache cache = new OsvIndexCache(temp.resolve("cache"));
        Path database = database();
        OsvIndexCache.Loaded first = cache.load(database);

        OsvFixtures.zip(database, Map.of("t.json", OsvFixtures.TEXT4SHELL));
        OsvIndexCache.Loaded second = cache.load(database);

        assertThat(second.origin()).isEqualTo(OsvIndexCache.Origin.BUILT);
        assertThat(second.index().databaseDigest()).isNotEqualTo(first.index().databaseDigest());
        assertThat(second.index().advisoriesSkipped()).isZero();
    }

    @Test
    void buildingANewIndexDeletesIndexesUnusedForThirtyDaysAndAbandonedTempFilesOnly() throws Exception {
        Instant now = Instant.parse("2026-11-24T06:00:00Z");
        Path directory = Files.createDirectories(temp.resolve("cache"));
        Path unused = ageBy(Files.writeString(directory.resolve("old.idx"), "x"), now, Duration.ofDays(31));
        Path recentlyUsed = ageBy(Files.writeString(directory.resolve("recent.idx"), "x"), now, Duration.ofDays(29));
        Path abandonedTemp = ageBy(Files.writeString(directory.resolve(".a.idx123.tmp"), "x"), now, Duration.ofDays(2));
        Path tempOfARunningBuild =
                ageBy(Files.writeString(directory.resolve(".b.idx456.tmp"), "x"), now, Duration.ofMinutes(1));
        Path somebodyElses = ageBy(Files.writeString(directory.resolve("notes.txt"), "x"), now, Duration.ofDays(400));

        OsvIndexCache.Loaded loaded = new OsvIndexCache(directory, Clock.fixed(now, ZoneOffset.UTC)).load(database());

        assertThat(unused).doesNotExist();
        assertThat(abandonedTemp).doesNotExist();
        assertThat(recentlyUsed).exists();
        assertThat(tempOfARunningBuild).exists();
        assertThat(somebodyElses).exists();
        assertThat(loaded.cacheFile()).exists();
    }

    @Test
    void loadingFromTheCacheMarksTheIndexUsedSoItIsNotPruned() throws Exception {
        Path database = database();
        Instant built = Instant.parse("2026-10-01T00:00:00Z");
        Instant used = Instant.parse("2026-11-20T00:00:00Z");
        OsvIndexCache.Loaded first =
                new OsvIndexCache(temp.resolve("cache"), Clock.fixed(built, ZoneOffset.UTC)).load(database);

        new OsvIndexCache(temp.resolve("cache"), Clock.fixed(used, ZoneOffset.UTC)).load(database);

        assertThat(Files.getLastModifiedTime(first.cacheFile()).toInstant()).isEqualTo(used);
    }

    private static Path ageBy(Path file, Instant now, Duration age) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(now.minus(age)));
        return file;
    }

    @Test
    void aCacheFileOfTheEarlierLayoutIsRebuiltAndScansTheSame() throws Exception {
        Path database = database();
        OsvIndexCache cache = new OsvIndexCache(temp.resolve("cache"));
        OsvIndexCache.Loaded first = cache.load(database);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(first.cacheFile()))) {
            out.write(("{\"format\":1,\"databaseDigest\":\"" + first.index().databaseDigest() + "\",\"byPackage\":{}}")
                    .getBytes(StandardCharsets.UTF_8));
        }

        OsvIndexCache.Loaded again = cache.load(database);

        assertThat(again.origin()).isEqualTo(OsvIndexCache.Origin.REBUILT);
        assertThat(again.index().advisoriesFor("org.apache.commons:commons-text"))
                .isEqualTo(first.index().advisoriesFor("org.apache.commons:commons-text"))
                .extracting(OsvIndex.Entry::id)
                .containsExactly("GHSA-599f-7c49-w659");
    }

    @Test
    void aCacheFileCutShortIsRebuilt() throws Exception {
        Path database = database();
        OsvIndexCache cache = new OsvIndexCache(temp.resolve("cache"));
        OsvIndexCache.Loaded first = cache.load(database);
        byte[] whole = Files.readAllBytes(first.cacheFile());
        Files.write(first.cacheFile(), java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThat(cache.load(database).origin()).isEqualTo(OsvIndexCache.Origin.REBUILT);
    }

    @Test
    void aCorruptCacheFileIsRebuiltNotTrusted() throws Exception {
        OsvIndexCache cache = new OsvIndexCache(temp.resolve("cache"));
        Path database = database();
        OsvIndexCache.Loaded first = cache.load(database);
        Files.write(first.cacheFile(), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});

        OsvIndexCache.Loaded again = cache.load(database);

        assertThat(again.origin()).isEqualTo(OsvIndexCache.Origin.REBUILT);
        assertThat(again.index()).isEqualTo(first.index());
        assertThat(cache.load(database).origin()).isEqualTo(OsvIndexCache.Origin.CACHE);
    }

    @Test
    void aDirectoryDatabaseIsIdentifiedByItsFileNamesSizesAndTimes() throws Exception {
        Path directory = OsvFixtures.directory(temp.resolve("osv"), Map.of("t.json", OsvFixtures.TEXT4SHELL));
        String before = OsvIndexCache.digestOf(directory);

        Files.writeString(directory.resolve("h.json"), OsvFixtures.H2_CONSOLE);

        assertThat(OsvIndexCache.digestOf(directory)).isNotEqualTo(before);
        assertThat(new OsvIndexCache(temp.resolve("cache"))
                        .load(directory)
                        .index()
                        .advisoriesFor("com.h2database:h2"))
                .hasSize(1);
    }
}
