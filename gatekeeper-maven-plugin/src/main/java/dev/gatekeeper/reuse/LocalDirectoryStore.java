package dev.gatekeeper.reuse;

import dev.gatekeeper.core.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@link ReuseStore} in a local directory, one file {@code <key>.json} per record: what a CI cache keeps between
 * jobs (by default {@code $XDG_CACHE_HOME/gatekeeper/reuse}, else {@code ~/.cache/gatekeeper/reuse}). A key must
 * match {@link #KEY} (a gate name and a SHA-256), so no key names a path outside the directory; writes go through
 * {@link AtomicFiles}, so a reader never sees half a record and two writers of one key leave one whole record.
 */
public final class LocalDirectoryStore implements ReuseStore {
    /** A gate name, a dash and 64 lowercase hex digits: nothing that could climb out of the directory. */
    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}-[0-9a-f]{64}");

    /** The value of {@code gatekeeper.reuse.store} that turns the shared store off. */
    public static final String NONE = "none";

    /** A record is small (a gate's results); a larger file is not a record of ours. */
    static final long MAX_BYTES = MAX_RECORD_BYTES;

    private static final String SUFFIX = ".json";

    private final Path directory;

    public LocalDirectoryStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /**
     * The store {@code setting} names: empty for {@value #NONE}; the default directory under the user's cache
     * directory for null or blank; else the directory, relative to {@code base} when relative.
     */
    public static Optional<ReuseStore> configured(
            String setting, Path base, Map<String, String> environment, String userHome) {
        if (setting != null && setting.trim().equalsIgnoreCase(NONE)) {
            return Optional.empty();
        }
        if (setting == null || setting.isBlank()) {
            return Optional.of(new LocalDirectoryStore(defaultDirectory(environment, userHome)));
        }
        return Optional.of(new LocalDirectoryStore(base.resolve(setting.trim())));
    }

    /** {@code $XDG_CACHE_HOME/gatekeeper/reuse} when that is an absolute path, else {@code ~/.cache/gatekeeper/reuse}. */
    public static Path defaultDirectory(Map<String, String> environment, String userHome) {
        String cache = environment.get("XDG_CACHE_HOME");
        Path root = cache != null && !cache.isBlank() && Path.of(cache).isAbsolute()
                ? Path.of(cache)
                : Path.of(userHome, ".cache");
        return root.resolve("gatekeeper").resolve("reuse");
    }

    public Path directory() {
        return directory;
    }

    @Override
    public Optional<byte[]> get(String key) throws IOException {
        Path file = fileOf(key);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes((int) MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new IOException(file + " is larger than " + MAX_BYTES + " bytes, more than any reuse record");
            }
            return Optional.of(content);
        } catch (NoSuchFileException e) {
            return Optional.empty(); // removed meanwhile (a cache being restored or pruned)
        }
    }

    @Override
    public void put(String key, byte[] content) throws IOException {
        Path file = fileOf(key);
        if (content.length > MAX_BYTES) { // it would never be read
            throw new IOException("the record " + key + " has " + content.length + " bytes, more than the " + MAX_BYTES
                    + " a record may have");
        }
        AtomicFiles.write(file, content);
    }

    @Override
    public String describe() {
        return directory.toString();
    }

    private Path fileOf(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a reuse store key: '" + key + "' (expected a gate name, a dash and"
                    + " a SHA-256 in lowercase hex)");
        }
        return directory.resolve(key + SUFFIX);
    }
}
