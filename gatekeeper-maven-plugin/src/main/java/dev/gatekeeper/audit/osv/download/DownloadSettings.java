package dev.gatekeeper.audit.osv.download;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What the managed OSV database is fetched from and kept in.
 *
 * @param url            the Maven export ({@link OsvDatabaseDownload#DEFAULT_URL}) or a mirror of it
 * @param directory      where the copy, its state and its lock live (shared by every build on the machine)
 * @param access         proxy and credentials
 * @param connectTimeout how long connecting may take
 * @param readTimeout    how long the server may stay silent, before the answer or in the middle of the body
 * @param offline        {@code mvn -o}: no request at all, the cached copy or nothing
 */
public record DownloadSettings(
        URI url, Path directory, HttpAccess access, Duration connectTimeout, Duration readTimeout, boolean offline) {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    public DownloadSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(directory, "directory");
        access = access == null ? HttpAccess.DIRECT : access;
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        readTimeout = readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout;
    }
}
