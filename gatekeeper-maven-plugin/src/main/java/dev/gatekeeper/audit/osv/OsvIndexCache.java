package dev.gatekeeper.audit.osv;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gatekeeper.core.AtomicFiles;
import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.GatekeeperJson;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds an {@link OsvIndex} once per database digest and keeps it as {@code <digest>.idx} in a
 * user-level cache directory. The file is written atomically, so builds sharing the directory never
 * read half of one; a cache file that cannot be read back (corrupt, another layout, another digest)
 * is rebuilt, never trusted. Each use marks its file as used; after building a new index, indexes unused for
 * {@link #UNUSED_INDEX_LIFETIME} (a database since replaced) and temporary files left by a killed build are deleted.
 */
public final class OsvIndexCache {
    /** How long an index nobody loaded stays: long enough for a branch still pinned to last month's database. */
    static final Duration UNUSED_INDEX_LIFETIME = Duration.ofDays(30);

    private static final Duration ABANDONED_TEMP_FILE_AGE = Duration.ofDays(1);

    private final Path directory;
    private final Clock clock;

    public enum Origin {
        CACHE,
        BUILT,
        REBUILT
    }

    /** @param origin where the index came from; {@code REBUILT} when a cached one was unusable */
    public record Loaded(OsvIndex index, Origin origin, Path cacheFile) {}

    public OsvIndexCache(Path directory) {
        this(directory, Clock.systemUTC());
    }

    OsvIndexCache(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** {@code ~/.cache/gatekeeper/osv}, or under {@code $XDG_CACHE_HOME} when set. */
    public static Path defaultDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("gatekeeper").resolve("osv");
    }

    public Loaded load(Path database) throws InvalidOsvDatabaseException {
        String digest;
        try {
            digest = digestOf(database);
        } catch (IOException e) {
            throw new InvalidOsvDatabaseException("cannot read the OSV database " + database + ": " + e.getMessage());
        }
        Path cacheFile = directory.resolve(digest + ".idx");
        boolean cached = Files.isRegularFile(cacheFile);
        if (cached) {
            try {
                OsvIndex index = readIndex(cacheFile);
                if (index.format() == OsvIndex.FORMAT && digest.equals(index.databaseDigest())) {
                    markUsed(cacheFile);
                    return new Loaded(index, Origin.CACHE, cacheFile);
                }
            } catch (IOException | RuntimeException e) {
                // A corrupt or foreign cache file is simply replaced below.
            }
        }
        OsvIndex index = OsvIndex.of(OsvDatabase.read(database), digest);
        try {
            AtomicFiles.write(cacheFile, serialise(index));
            markUsed(cacheFile);
            pruneExcept(cacheFile);
        } catch (IOException e) {
            // An unwritable cache costs the next build time, not correctness.
        }
        return new Loaded(index, cached ? Origin.REBUILT : Origin.BUILT, cacheFile);
    }

    private void markUsed(Path cacheFile) {
        try {
            Files.setLastModifiedTime(cacheFile, FileTime.from(clock.instant()));
        } catch (IOException e) {
            // Only pruning reads the time; at worst an index in use is rebuilt once more.
        }
    }

    /**
     * Deletes what no build needs any more. A build still reading a deleted index keeps its open file (POSIX) or
     * rebuilds it; deleting is never wrong, only possibly slow.
     */
    private void pruneExcept(Path current) throws IOException {
        Instant now = clock.instant();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(file -> !file.equals(current))
                    .toList()) {
                String name = file.getFileName().toString();
                Duration age = Duration.between(Files.getLastModifiedTime(file).toInstant(), now);
                boolean unusedIndex = name.endsWith(".idx") && age.compareTo(UNUSED_INDEX_LIFETIME) > 0;
                boolean abandonedTemp =
                        name.startsWith(".") && name.endsWith(".tmp") && age.compareTo(ABANDONED_TEMP_FILE_AGE) > 0;
                if (unusedIndex || abandonedTemp) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * A zip is identified by its content's SHA-256; a directory by its files' names, sizes and
     * modification times, which is cheap for 20,000 files and changes whenever a sync changes one.
     */
    public static String digestOf(Path database) throws IOException {
        if (!Files.isDirectory(database)) {
            return Digests.sha256(database);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(database)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        StringBuilder listing = new StringBuilder("directory\n");
        for (Path file : files) {
            listing.append(database.relativize(file).toString().replace('\\', '/'))
                    .append('\0')
                    .append(Files.size(file))
                    .append('\0')
                    .append(Files.getLastModifiedTime(file).toMillis())
                    .append('\n');
        }
        return Digests.sha256(listing.toString());
    }

    /*
     * The file, gzipped: a magic string and the format, the header as JSON, then each package's name and its
     * advisories' JSON, length-prefixed. Loading reads bytes only; advisories are decoded when a scan asks.
     */
    private static final String MAGIC = "gatekeeper-osv-index";
    /** Sanity limits when reading a cache file back: beyond them the file is foreign or damaged. */
    private static final int MAX_PACKAGES = 10_000_000;

    private static final int MAX_BLOCK_BYTES = 64 * 1024 * 1024;

    private static byte[] serialise(OsvIndex index) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(bytes)))) {
            out.writeUTF(MAGIC);
            out.writeInt(OsvIndex.FORMAT);
            writeBlock(
                    out,
                    GatekeeperJson.mapper()
                            .writer()
                            .without(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsBytes(index.header()));
            out.writeInt(index.encodedByPackage().size());
            for (Map.Entry<String, byte[]> pkg : new TreeMap<>(index.encodedByPackage()).entrySet()) {
                out.writeUTF(pkg.getKey());
                writeBlock(out, pkg.getValue());
            }
        }
        return bytes.toByteArray();
    }

    private static OsvIndex readIndex(Path cacheFile) throws IOException {
        try (DataInputStream in = new DataInputStream(
                new BufferedInputStream(new GZIPInputStream(Files.newInputStream(cacheFile)), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != OsvIndex.FORMAT) {
                throw new IOException("not an index of this layout");
            }
            OsvIndex.Header header = GatekeeperJson.mapper().readValue(readBlock(in), OsvIndex.Header.class);
            int packages = in.readInt();
            if (packages < 0 || packages > MAX_PACKAGES) {
                throw new IOException("implausible package count " + packages);
            }
            Map<String, byte[]> encoded = new HashMap<>(packages * 2);
            for (int i = 0; i < packages; i++) {
                encoded.put(in.readUTF(), readBlock(in));
            }
            if (in.read() != -1) {
                throw new IOException("trailing data");
            }
            return new OsvIndex(header, encoded);
        }
    }

    private static void writeBlock(DataOutputStream out, byte[] block) throws IOException {
        out.writeInt(block.length);
        out.write(block);
    }

    private static byte[] readBlock(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_BLOCK_BYTES) {
            throw new IOException("implausible block length " + length);
        }
        byte[] block = new byte[length];
        in.readFully(block);
        return block;
    }
}
