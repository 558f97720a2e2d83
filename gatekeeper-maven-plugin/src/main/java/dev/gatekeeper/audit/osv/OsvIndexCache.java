package dev.gatekeeper.audit.osv;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gatekeeper.core.AtomicFiles;
import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.GatekeeperJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds an {@link OsvIndex} once per database digest and keeps it as {@code <digest>.idx} in a
 * user-level cache directory. The file is written atomically, so builds sharing the directory never
 * read half of one; a cache file that cannot be read back (corrupt, another layout, another digest)
 * is rebuilt, never trusted.
 */
public final class OsvIndexCache {
    private final Path directory;

    public enum Origin { CACHE, BUILT, REBUILT }

    /** @param origin where the index came from; {@code REBUILT} when a cached one was unusable */
    public record Loaded(OsvIndex index, Origin origin, Path cacheFile) {}

    public OsvIndexCache(Path directory) {
        this.directory = directory;
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
                    return new Loaded(index, Origin.CACHE, cacheFile);
                }
            } catch (IOException | RuntimeException e) {
                // A corrupt or foreign cache file is simply replaced below.
            }
        }
        OsvIndex index = OsvIndex.of(OsvDatabase.read(database), digest);
        try {
            AtomicFiles.write(cacheFile, serialise(index));
        } catch (IOException e) {
            // An unwritable cache costs the next build time, not correctness.
        }
        return new Loaded(index, cached ? Origin.REBUILT : Origin.BUILT, cacheFile);
    }

    /**
     * A zip is identified by its content's SHA-256; a directory by its files' names, sizes and
     * modification times, which is cheap for 20,000 files and changes whenever a sync changes one.
     */
    static String digestOf(Path database) throws IOException {
        if (!Files.isDirectory(database)) {
            return Digests.sha256(database);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(database)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        StringBuilder listing = new StringBuilder("directory\n");
        for (Path file : files) {
            listing.append(database.relativize(file).toString().replace('\\', '/')).append('\0')
                    .append(Files.size(file)).append('\0')
                    .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
        }
        return Digests.sha256(listing.toString());
    }

    private static byte[] serialise(OsvIndex index) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(GatekeeperJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(index).getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static OsvIndex readIndex(Path cacheFile) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(cacheFile))) {
            return GatekeeperJson.mapper().readValue(in, OsvIndex.class);
        }
    }
}
