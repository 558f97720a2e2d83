package dev.gatekeeper.audit;

import dev.gatekeeper.audit.osv.download.DatabaseDownloadException;
import dev.gatekeeper.audit.osv.download.DownloadSettings;
import dev.gatekeeper.audit.osv.download.OsvDatabaseDownload;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The managed OSV database as the audit and {@code gatekeeper:audit-update} see it: refreshed once per build,
 * before anything reads it, so the data a result is reused on is the data just confirmed or downloaded.
 *
 * @param url       where the database comes from, as configured (shown without credentials)
 * @param directory where the copy lives
 * @param copy      the usable copy, or null when there is none
 * @param failure   why there is no copy (with {@code copy} null), else null
 */
public record ManagedOsvDatabase(URI url, Path directory, OsvDatabaseDownload.Copy copy, String failure) {
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** Refreshes the copy (or, offline, takes it as it is); a download failure with no copy is kept as {@link #failure()}. */
    public static ManagedOsvDatabase refresh(DownloadSettings settings, Consumer<String> progress, Clock clock) {
        try {
            OsvDatabaseDownload.Copy copy = new OsvDatabaseDownload(settings, progress, clock).refresh();
            return new ManagedOsvDatabase(settings.url(), settings.directory(), copy, null);
        } catch (DatabaseDownloadException e) {
            return new ManagedOsvDatabase(settings.url(), settings.directory(), null, e.getMessage());
        }
    }

    /**
     * {@code gatekeeper.audit.osv.url} checked: an absolute http or https URL.
     *
     * @throws IllegalArgumentException naming the property and what is wrong
     */
    public static URI url(String configured) {
        String value = configured == null || configured.isBlank()
                ? OsvDatabaseDownload.DEFAULT_URL.toString()
                : configured.trim();
        URI url;
        try {
            url = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "gatekeeper.audit.osv.url '" + redact(value) + "' is not a URL: " + e.getReason());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException("gatekeeper.audit.osv.url '" + redact(value)
                    + "' must be an http(s) URL of the Maven export (" + OsvDatabaseDownload.DEFAULT_URL
                    + ") or a mirror of it; for a database on disk set gatekeeper.audit.osv.database instead");
        }
        return url;
    }

    /** Whether there is a copy to scan. */
    public boolean available() {
        return copy != null;
    }

    /** The URL as logs and evidence show it: any user name, password or query in it left out. */
    public String displayUrl() {
        return redact(url.toString());
    }

    /** Without user name and password, and with the query (which may carry a token) shown as {@code ?…}. */
    static String redact(String url) {
        return url.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@", "$1").replaceFirst("\\?[^#]*", "?…");
    }

    /** How the refresh went, in words: {@code downloaded now}, {@code not modified since}, ... */
    public String outcomeText() {
        return switch (copy.outcome()) {
            case DOWNLOADED -> "downloaded now";
            case NOT_MODIFIED -> "not modified since";
            case OFFLINE -> "offline, not checked";
            case FAILED_KEPT_COPY -> "the refresh failed, the cached copy was used";
        };
    }

    /** {@code OSV database https://…/all.zip, fetched 2026-12-06T08:01Z (not modified since), newest advisory 2026-12-05}. */
    public String describe(Instant newestAdvisory) {
        return "OSV database " + displayUrl() + ", fetched " + minute(copy.fetchedAt()) + " (" + outcomeText() + ")"
                + (newestAdvisory == null
                        ? ""
                        : ", newest advisory "
                                + newestAdvisory.atZone(ZoneOffset.UTC).toLocalDate());
    }

    static String minute(Instant instant) {
        return instant == null ? "at an unknown time" : MINUTE.format(instant.truncatedTo(ChronoUnit.MINUTES));
    }
}
