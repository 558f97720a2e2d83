package dev.gatekeeper.audit.osv.download;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The managed OSV database: osv.dev's Maven export, downloaded into a directory shared by every build on
 * the machine and kept fresh with conditional requests.
 *
 * <p>Contract (issue 18, item 1):
 * <ul>
 *   <li>{@link #refresh()} takes an exclusive lock in the directory ({@code .lock}, a {@code FileChannel}
 *       lock), so that concurrent builds on one machine download once: the second waits, then finds the
 *       copy fresh (it sends its own conditional request, which answers 304).</li>
 *   <li>A request carries {@code If-None-Match} / {@code If-Modified-Since} from the last download; 304
 *       keeps the copy ({@link Outcome#NOT_MODIFIED}); 200 streams the body to a temporary file in the
 *       same directory, checks it (the announced {@code Content-Length}, a complete zip whose entries all
 *       read back, at least one {@code .json} entry, not an HTML page or other content type), then moves
 *       it over the copy atomically and records the state ({@code ETag}, {@code Last-Modified}, URL,
 *       fetch time, size, SHA-256).</li>
 *   <li>Any failure (4xx, 5xx, timeout, truncated or invalid body, proxy refusal) leaves the copy and its
 *       state as they were: with a copy, {@link Outcome#FAILED_KEPT_COPY} and a warning saying what
 *       failed; without one, {@link DatabaseDownloadException}.</li>
 *   <li>Offline ({@link DownloadSettings#offline()}): no request; the copy ({@link Outcome#OFFLINE}) or
 *       {@link DatabaseDownloadException} saying how to prime the cache ({@code mvn gatekeeper:audit-update}
 *       online, or restore the directory from a CI cache).</li>
 *   <li>A download that takes more than a moment reports progress lines (size, rate) through the
 *       {@code progress} consumer; credentials never appear in a line or message.</li>
 * </ul>
 */
public final class OsvDatabaseDownload {
    /** osv.dev's export of every Maven advisory. */
    public static final URI DEFAULT_URL =
            URI.create("https://osv-vulnerabilities.storage.googleapis.com/Maven/all.zip");

    /** The copy's file name inside {@link DownloadSettings#directory()}. */
    public static final String DATABASE_FILE = "all.zip";

    /** How a refresh went. */
    public enum Outcome {
        /** A new copy was downloaded. */
        DOWNLOADED,
        /** The server said the copy is current (304). */
        NOT_MODIFIED,
        /** Offline: the copy was used without asking. */
        OFFLINE,
        /** The refresh failed; the earlier copy was used, {@link Copy#warning()} says why. */
        FAILED_KEPT_COPY
    }

    /**
     * A usable copy of the database.
     *
     * @param zip          the database zip, readable by {@code OsvDatabase.read}
     * @param outcome      how this refresh went
     * @param url          where the copy came from
     * @param fetchedAt    when it was downloaded (not when it was last confirmed current)
     * @param checkedAt    when the server last confirmed it (a 200 or a 304); equals fetchedAt after a download
     * @param etag         the server's ETag, or null
     * @param lastModified the server's Last-Modified header as sent, or null
     * @param bytes        the zip's size
     * @param sha256       the zip's SHA-256, hex
     * @param warning      why the refresh failed (with {@link Outcome#FAILED_KEPT_COPY}), else null
     */
    public record Copy(
            Path zip,
            Outcome outcome,
            URI url,
            Instant fetchedAt,
            Instant checkedAt,
            String etag,
            String lastModified,
            long bytes,
            String sha256,
            String warning) {}

    private final DownloadSettings settings;
    private final Consumer<String> progress;
    private final Clock clock;

    public OsvDatabaseDownload(DownloadSettings settings, Consumer<String> progress, Clock clock) {
        this.settings = settings;
        this.progress = progress;
        this.clock = clock;
    }

    /** Makes sure a usable copy is there, refreshing it unless offline; see the class comment. */
    public Copy refresh() throws DatabaseDownloadException {
        throw new UnsupportedOperationException("issue 18: being written");
    }

    /** The copy as it is now, without any request and without the lock; empty when there is none. */
    public Optional<Copy> cached() {
        throw new UnsupportedOperationException("issue 18: being written");
    }

    /** The directory the managed copy lives in under the OSV cache directory ({@code <cacheDirectory>/database}). */
    public static Path directoryUnder(Path osvCacheDirectory) {
        return osvCacheDirectory.resolve("database");
    }
}
