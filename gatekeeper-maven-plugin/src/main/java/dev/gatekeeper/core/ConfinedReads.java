package dev.gatekeeper.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Whether a file named by configuration may be read: it must lie inside the project both as written
 * (after {@code ..} is resolved) and on disk (its real path, every symbolic link followed, inside the
 * project's real path). Gates copy what they read into the console, the evidence and the report, so a
 * configured {@code /etc/passwd}, or a committed link to it, must be refused before it is opened.
 * The problem names the configured path and where it leads, never what the file holds.
 */
public final class ConfinedReads {
    private ConfinedReads() {}

    /**
     * @param root       the directory reads are confined to (the execution root)
     * @param file       the file to be read, absolute or relative to {@code root}; it need not exist
     * @param configured the file as the user configured it, for the message
     * @return null when {@code file} may be read (or does not exist inside the project), otherwise why not
     */
    public static String problem(Path root, Path file, String configured) {
        Path base = root.toAbsolutePath().normalize();
        Path resolved = base.resolve(file).normalize();
        if (writtenOutside(base, resolved)) {
            String where = configured.equals(resolved.toString())
                    ? configured
                    : configured + " (resolved to " + resolved + ")";
            return where + " is outside the project " + base + "; it was not read";
        }
        if (!Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            Path realBase = base.toRealPath();
            if (!leadsOutside(realBase, resolved)) {
                return null;
            }
            return configured + " leads through a symbolic link to " + resolved.toRealPath()
                    + ", which is outside the project " + realBase + "; it was not read";
        } catch (NoSuchFileException e) {
            return configured + " is a symbolic link to a missing target (" + e.getFile() + "); it was not read";
        } catch (IOException e) {
            return configured + " cannot be resolved (" + e.getClass().getSimpleName() + "); it was not read";
        }
    }

    /**
     * Whether {@code file}, as written (relative to {@code root}, {@code ..} resolved, no link followed),
     * lies outside {@code root}.
     */
    public static boolean writtenOutside(Path root, Path file) {
        Path base = root.toAbsolutePath().normalize();
        return !base.resolve(file).normalize().startsWith(base);
    }

    /**
     * Whether {@code file}, every symbolic link on its way followed, lies outside {@code realRoot}, which
     * must be a real path ({@link Path#toRealPath}).
     *
     * @throws IOException when the file cannot be resolved: it or a link's target is missing
     *                     ({@link NoSuchFileException}), or a directory on its way cannot be read
     */
    public static boolean leadsOutside(Path realRoot, Path file) throws IOException {
        return !file.toRealPath().startsWith(realRoot);
    }
}
