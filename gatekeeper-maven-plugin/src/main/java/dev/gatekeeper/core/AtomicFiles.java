package dev.gatekeeper.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Writes files so that a reader never sees half of one: write a sibling, then rename it over.
 *
 * <p>A file that is replaced keeps its POSIX permissions (an executable script stays executable, a
 * group-readable doc stays group-readable). A new file gets what any program creating it would get:
 * 0666 minus the process's umask, 0644 with the usual umask, never owner-only because of how the
 * sibling was made. A symbolic link is never replaced: renaming over it would turn a committed link
 * into a regular file, and writing through it would change a file elsewhere.
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NAME_ATTEMPTS = 100;

    private AtomicFiles() {}

    /** A write refused because the target is a symbolic link; the message names it and what to do. */
    public static class SymbolicLinkException extends IOException {
        private final Path link;

        public SymbolicLinkException(Path link) {
            super(link + " is a symbolic link; Gatekeeper does not replace a link with a file nor write through it."
                    + " Replace the link with the file itself, or point the configuration at the link's target");
            this.link = link;
        }

        public Path link() {
            return link;
        }
    }

    public static void write(Path target, byte[] content) throws IOException {
        if (Files.isSymbolicLink(target)) {
            throw new SymbolicLinkException(target);
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = newSibling(parent, target.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out =
                    Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(content);
            }
            keepPermissions(target, temp);
            moveOver(temp, target); // checks again just before the rename: a link made meanwhile is not replaced
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A new, empty, uniquely named file {@code .<name>.<random hex><suffix>} in {@code parent}, for a file
     * {@code name} to be written whole and then renamed over (a download, a record). Created with CREATE_NEW and
     * no explicit permissions, so the operating system applies the umask (Files.createTempFile would force 0600),
     * and never through an existing file or link of the same name.
     */
    public static Path newSibling(Path parent, String name, String suffix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[8];
            RANDOM.nextBytes(random);
            Path temp = parent.resolve("." + name + "." + HexFormat.of().formatHex(random) + suffix);
            try {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                        .close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Renames {@code temp} over {@code target} in one step where the file system can (a reader sees the old or the
     * new file), else replaces it. A symbolic link at {@code target} is refused, never replaced.
     */
    public static void moveOver(Path temp, Path target) throws IOException {
        if (Files.isSymbolicLink(target)) {
            throw new SymbolicLinkException(target);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Gives the new file the permissions of the file it replaces, where the file system has POSIX permissions. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view =
                Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = view.readAttributes().permissions();
        } catch (java.nio.file.NoSuchFileException e) {
            return;
        }
        Files.setPosixFilePermissions(temp, permissions);
    }
}
