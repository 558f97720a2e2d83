package dev.gatekeeper.audit.osv.download;

import dev.gatekeeper.core.AtomicFiles;
import dev.gatekeeper.core.Digests;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * What is recorded beside the copy ({@value #FILE}): where it came from, the server's validators, when it was
 * fetched and last confirmed, and its size and SHA-256, which say whether the file is still the one downloaded.
 */
record DownloadState(
        URI url, String etag, String lastModified, Instant fetchedAt, Instant checkedAt, long bytes, String sha256) {
    static final String FILE = "all.zip.state.properties";

    /** The state as recorded, or null when there is none or it cannot be read (then the copy is not trusted). */
    static DownloadState read(Path directory) {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            return new DownloadState(
                    URI.create(properties.getProperty("url")),
                    blankToNull(properties.getProperty("etag")),
                    blankToNull(properties.getProperty("lastModified")),
                    Instant.parse(properties.getProperty("fetchedAt")),
                    Instant.parse(properties.getProperty("checkedAt")),
                    Long.parseLong(properties.getProperty("bytes")),
                    requireHex(properties.getProperty("sha256")));
        } catch (IOException | RuntimeException e) {
            // Unreadable, half written by hand, or missing a key (NullPointerException, DateTimeParseException,
            // NumberFormatException, IllegalArgumentException): the copy cannot be vouched for.
            return null;
        }
    }

    void write(Path directory) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("url", url.toString());
        if (etag != null) {
            properties.setProperty("etag", etag);
        }
        if (lastModified != null) {
            properties.setProperty("lastModified", lastModified);
        }
        properties.setProperty("fetchedAt", fetchedAt.toString());
        properties.setProperty("checkedAt", checkedAt.toString());
        properties.setProperty("bytes", Long.toString(bytes));
        properties.setProperty("sha256", sha256);
        StringWriter text = new StringWriter();
        properties.store(
                text, "The managed OSV database (Gatekeeper); the copy is trusted while bytes and sha256 match");
        AtomicFiles.writeString(directory.resolve(FILE), text.toString());
    }

    DownloadState confirmedAt(Instant now) {
        return new DownloadState(url, etag, lastModified, fetchedAt, now, bytes, sha256);
    }

    /**
     * Why the zip is not the file this state describes, or null when it is: the size first (cheap), then
     * the SHA-256.
     */
    String mismatch(Path zip) throws IOException {
        if (!Files.isRegularFile(zip, LinkOption.NOFOLLOW_LINKS)) {
            return "the file " + zip + " is missing";
        }
        long size = Files.size(zip);
        if (size != bytes) {
            return "the file " + zip + " has " + size + " bytes, " + bytes + " were downloaded";
        }
        String actual = Digests.sha256(zip);
        if (!actual.equals(sha256)) {
            return "the file " + zip + " no longer has the SHA-256 recorded when it was downloaded";
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String requireHex(String value) {
        if (value == null || !value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + value);
        }
        return value;
    }
}
