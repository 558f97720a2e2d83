package dev.gatekeeper.core;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A built artifact's digest by what it contains rather than by its bytes. A jar (any zip) is digested
 * by its entries' names and contents, sorted by name: a rebuild of the same classes and resources gives
 * the same digest although the entries' timestamps (and perhaps their order or compression) differ,
 * as they do in every build without {@code project.build.outputTimestamp}. Renaming, adding, removing
 * or changing an entry changes the digest. Any other file is digested by its bytes.
 *
 * <p>Entry names are only digested, never used as paths. Reading is bounded: an archive with more
 * than {@link #MAX_ENTRIES} entries, duplicate names, or more than {@link #maxInflatedBytes} of
 * content (a zip bomb) — and one that cannot be read as a zip — is digested by its bytes instead,
 * which is never wrong, only stricter.
 */
public final class ArchiveDigest {
    /** More entries than this and the archive is digested by its bytes. */
    public static final int MAX_ENTRIES = 200_000;

    /** The content read from an archive may be this many times its size on disk ... */
    static final long MAX_INFLATION_RATIO = 100;

    /** ... but at least this much, so that a small archive of well-compressed text is read whole. */
    static final long MIN_INFLATED_LIMIT = 256L * 1024 * 1024;

    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ARCHIVE = {'P', 'K', 5, 6};

    private ArchiveDigest() {}

    /** For a zip, "zip:" and the digest of its entries' names and contents; else the SHA-256 of the bytes. */
    public static String of(Path file) throws IOException {
        if (!looksLikeZip(file)) {
            return Digests.sha256(file);
        }
        String entries = entriesDigest(file, maxInflatedBytes(Files.size(file)));
        return entries == null ? Digests.sha256(file) : "zip:" + entries;
    }

    /** How much content an archive of {@code archiveSize} bytes may inflate to before it counts as a bomb. */
    static long maxInflatedBytes(long archiveSize) {
        long ratio = archiveSize > Long.MAX_VALUE / MAX_INFLATION_RATIO ? Long.MAX_VALUE : archiveSize * MAX_INFLATION_RATIO;
        return Math.max(MIN_INFLATED_LIMIT, ratio);
    }

    /** The digest of the entries, or null when the archive is not one this digest can vouch for. */
    static String entriesDigest(Path file, long maxInflated) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<ZipEntry> entries = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                if (entries.size() >= MAX_ENTRIES || !names.add(entry.getName())) {
                    return null;
                }
                entries.add(entry);
            }
            entries.sort(Comparator.comparing(ZipEntry::getName));
            MessageDigest archive = Digests.newSha256();
            long budget = maxInflated;
            byte[] buffer = new byte[8192];
            for (ZipEntry entry : entries) {
                MessageDigest content = Digests.newSha256();
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        budget -= read;
                        if (budget < 0) {
                            return null;
                        }
                        content.update(buffer, 0, read);
                    }
                }
                // length-prefixed, so that no name (they may hold any character) can pass for two entries
                byte[] name = entry.getName().getBytes(StandardCharsets.UTF_8);
                archive.update((name.length + ":").getBytes(StandardCharsets.US_ASCII));
                archive.update(name);
                archive.update(HexFormat.of().formatHex(content.digest()).getBytes(StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(archive.digest());
        } catch (ZipException | EOFException e) {
            return null; // starts like a zip but is not a readable one: its bytes are what there is
        }
    }

    private static boolean looksLikeZip(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                return false;
            }
        }
        return Arrays.equals(head, LOCAL_HEADER) || Arrays.equals(head, EMPTY_ARCHIVE);
    }
}
