package dev.gatekeeper.snapshot;

import dev.gatekeeper.core.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading product output without running out of memory, and rewriting snapshots without escaping their directory. */
public final class SnapshotFiles {
    /** Leaves room for the array header: the largest byte[] most JVMs allocate. */
    private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private SnapshotFiles() {}

    /**
     * Writes {@code content} to the snapshot file atomically (a reader sees the old or the new file, never a
     * mix), creating missing directories below {@code snapshotDirectory}, which is itself created if missing.
     *
     * <p>The write happens only if the file stays inside the snapshot directory both as written (after
     * {@code ..} is resolved) and on disk (the real path of the nearest existing ancestor, symbolic links
     * followed, lies inside the snapshot directory's real path). A snapshot name from a POM or a profile
     * must not be able to overwrite arbitrary files.
     *
     * @param snapshotFile absolute, or relative to {@code snapshotDirectory}
     * @return the absolute, normalised path written
     */
    public static Path writeConfined(Path snapshotDirectory, Path snapshotFile, String content)
            throws SnapshotPathException, IOException {
        Path directory = snapshotDirectory.toAbsolutePath().normalize();
        Path target = directory.resolve(snapshotFile).normalize();
        if (!target.startsWith(directory) || target.equals(directory)) {
            throw new SnapshotPathException("snapshot file " + snapshotFile + " resolves to " + target
                    + ", which is outside the snapshot directory " + directory);
        }
        Files.createDirectories(directory);
        Path realDirectory = directory.toRealPath();
        requireInside(nearestExistingAncestor(target), snapshotFile, realDirectory);
        Files.createDirectories(target.getParent());
        // Checked again now that the parents exist: they are the directories AtomicFiles will write into.
        requireInside(target.getParent(), snapshotFile, realDirectory);
        AtomicFiles.writeString(target, content);
        return target;
    }

    /**
     * Reads at most {@code maxBytes} of the file. When the file is longer, {@link BoundedText#truncated()} is
     * true and a UTF-8 sequence cut in half at the end is dropped rather than shown as a replacement character.
     */
    public static BoundedText readBounded(Path file, long maxBytes) throws IOException {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative, was " + maxBytes);
        }
        long size = Files.size(file);
        byte[] bytes;
        boolean truncated;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(maxBytes, MAX_ARRAY_LENGTH));
            truncated = in.read() >= 0;
        }
        int length = truncated ? completeUtf8Length(bytes) : bytes.length;
        // The String constructor replaces malformed bytes with U+FFFD instead of failing.
        String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
        // A file that grew while it was read is at least as long as what was read.
        return new BoundedText(text, truncated, Math.max(size, bytes.length));
    }

    private static void requireInside(Path existing, Path snapshotFile, Path realDirectory)
            throws SnapshotPathException, IOException {
        Path real;
        try {
            real = existing.toRealPath();
        } catch (NoSuchFileException e) {
            throw new SnapshotPathException("snapshot file " + snapshotFile + " leads through " + existing
                    + ", a symbolic link to a missing target, not into the snapshot directory " + realDirectory);
        }
        if (!real.startsWith(realDirectory)) {
            throw new SnapshotPathException("snapshot file " + snapshotFile + " leads through " + existing + " to "
                    + real + ", which is outside the snapshot directory " + realDirectory);
        }
    }

    /** The path itself or its closest parent that exists, counting a symbolic link as existing. */
    private static Path nearestExistingAncestor(Path path) {
        Path current = path;
        while (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
            current = current.getParent();
        }
        return current;
    }

    /** The length of the longest prefix that does not end inside a multi-byte UTF-8 sequence. */
    private static int completeUtf8Length(byte[] bytes) {
        int start = bytes.length - 1;
        // Continuation bytes are 10xxxxxx; a sequence is at most four bytes long.
        while (start >= 0 && start > bytes.length - 4 && (bytes[start] & 0xC0) == 0x80) {
            start--;
        }
        if (start < 0) {
            return bytes.length;
        }
        int lead = bytes[start] & 0xFF;
        int expected = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return bytes.length - start < expected ? start : bytes.length;
    }
}
