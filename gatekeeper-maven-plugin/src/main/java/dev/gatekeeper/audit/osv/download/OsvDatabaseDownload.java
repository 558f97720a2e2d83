package dev.gatekeeper.audit.osv.download;

import dev.gatekeeper.core.AtomicFiles;
import dev.gatekeeper.core.IoProblems;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;

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
 *       {@link DatabaseDownloadException} saying how to prime the cache ({@code mvn dev.gatekeeper:gatekeeper-maven-plugin:audit-update}
 *       online, or restore the directory from a CI cache).</li>
 *   <li>A download that takes more than a moment reports progress lines (size, rate) through the
 *       {@code progress} consumer; credentials never appear in a line or message.</li>
 *   <li>A copy is only trusted while its size and SHA-256 match the record ({@code all.zip.state.properties});
 *       {@link #cached()} and every refresh check them (reading the file once), so an edited or half-restored
 *       copy is downloaded again, or offline an error. The recorded {@link Copy#url()} has no user-info, query
 *       or fragment.</li>
 *   <li>A URL that is not {@code http}/{@code https} with a host, or a directory that cannot be used, is a
 *       {@link DatabaseDownloadException} naming it; a directory that cannot be locked still serves a trusted
 *       copy, unrefreshed.</li>
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
     * @param url          where the copy came from, without user-info, query or fragment (credentials may hide there)
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
            String warning) {
        /** The same copy, reached another way. */
        public Copy withOutcome(Outcome other) {
            return new Copy(zip, other, url, fetchedAt, checkedAt, etag, lastModified, bytes, sha256, warning);
        }
    }

    /** How long to wait before saying so: for the lock, and before the first progress line; then every how long. */
    record Timing(Duration patience, Duration progressAfter, Duration progressEvery) {
        static final Timing DEFAULT = new Timing(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    private final DownloadSettings settings;
    private final Consumer<String> progress;
    private final Clock clock;
    private final Timing timing;
    private final SSLContext tls;

    public OsvDatabaseDownload(DownloadSettings settings, Consumer<String> progress, Clock clock) {
        this(settings, progress, clock, Timing.DEFAULT);
    }

    OsvDatabaseDownload(DownloadSettings settings, Consumer<String> progress, Clock clock, Timing timing) {
        this(settings, progress, clock, timing, null);
    }

    /** With a trust of its own for HTTPS (tests: a loopback server's certificate); null for the JVM's default. */
    OsvDatabaseDownload(
            DownloadSettings settings, Consumer<String> progress, Clock clock, Timing timing, SSLContext tls) {
        this.settings = settings;
        this.progress = progress;
        this.clock = clock;
        this.timing = timing;
        this.tls = tls;
    }

    /** Makes sure a usable copy is there, refreshing it unless offline; see the class comment. */
    public Copy refresh() throws DatabaseDownloadException {
        Path directory = settings.directory();
        DirectoryLock lock;
        try {
            lock = DirectoryLock.acquire(directory, timing.patience(), progress);
        } catch (IOException e) {
            return withoutLock(e);
        }
        try (lock) {
            Inspection current = inspect();
            if (settings.offline()) {
                return offline(current);
            }
            DownloadFiles.removeLeftovers(directory);
            return online(current);
        } catch (IOException e) {
            throw new DatabaseDownloadException(
                    "cannot use the OSV database directory " + directory + ": " + IoProblems.describe(e)
                            + ". Check that it can be created and written, or point the cache elsewhere");
        }
    }

    /**
     * The directory cannot be locked (read-only, a restored cache owned by another user): a trusted copy is still
     * used as it is, never refreshed, since a refresh could not be made safe against another build.
     */
    private Copy withoutLock(IOException e) throws DatabaseDownloadException {
        String problem =
                "cannot lock " + settings.directory().resolve(DirectoryLock.FILE) + " (" + IoProblems.describe(e) + ")";
        Inspection current;
        try {
            current = inspect();
        } catch (IOException inspecting) {
            current =
                    new Inspection(settings.directory().resolve(DATABASE_FILE), null, IoProblems.describe(inspecting));
        }
        if (current.trusted()) {
            return settings.offline()
                    ? current.copy(Outcome.OFFLINE, null)
                    : current.copy(
                            Outcome.FAILED_KEPT_COPY,
                            problem + ", so the OSV database was not refreshed; "
                                    + "using the copy downloaded "
                                    + current.state().fetchedAt()
                                    + ". Make the directory writable, or point the cache elsewhere");
        }
        throw new DatabaseDownloadException("cannot use the OSV database directory " + settings.directory() + ": "
                + problem + ". Make the directory writable, or point the cache elsewhere");
    }

    /** The copy as it is now, without any request and without the lock; empty when there is none. */
    public Optional<Copy> cached() {
        try {
            return Optional.ofNullable(inspect().copy(Outcome.OFFLINE, null));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The recorded state and whether the file still matches it. */
    private record Inspection(Path zip, DownloadState state, String untrusted) {
        boolean trusted() {
            return state != null && untrusted == null;
        }

        Copy copy(Outcome outcome, String warning) {
            if (!trusted()) {
                return null;
            }
            return new Copy(
                    zip,
                    outcome,
                    state.url(),
                    state.fetchedAt(),
                    state.checkedAt(),
                    state.etag(),
                    state.lastModified(),
                    state.bytes(),
                    state.sha256(),
                    warning);
        }
    }

    private Inspection inspect() throws IOException {
        Path zip = settings.directory().resolve(DATABASE_FILE);
        if (!Files.exists(zip, LinkOption.NOFOLLOW_LINKS)) {
            return new Inspection(zip, null, null);
        }
        DownloadState state = DownloadState.read(settings.directory());
        if (state == null) {
            return new Inspection(
                    zip,
                    null,
                    "there is no readable record (" + DownloadState.FILE + ") of where " + zip + " came from");
        }
        return new Inspection(zip, state, state.mismatch(zip));
    }

    private Copy offline(Inspection current) throws DatabaseDownloadException {
        if (current.trusted()) {
            return current.copy(Outcome.OFFLINE, null);
        }
        String why = current.untrusted() == null
                ? "there is no copy of the OSV database in " + settings.directory()
                : "the copy of the OSV database in " + settings.directory() + " cannot be trusted: "
                        + current.untrusted() + " (edited, or half restored from a cache)";
        throw new DatabaseDownloadException(
                "offline and " + why + ". Run 'mvn dev.gatekeeper:gatekeeper-maven-plugin:audit-update' once "
                        + "online, or restore the directory " + settings.directory() + " from a CI cache, or set "
                        + "gatekeeper.audit.osv.database to a copy of the database");
    }

    private Copy online(Inspection current) throws DatabaseDownloadException, IOException {
        URI url = settings.url();
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new DatabaseDownloadException("cannot download the OSV database from " + HttpTransfer.display(url)
                    + ": gatekeeper.audit.osv.url must be an http:// or https:// URL with a host (the default is "
                    + DEFAULT_URL + "); for a copy on disk, set gatekeeper.audit.osv.database to it instead");
        }
        HttpTransfer transfer = new HttpTransfer(settings, tls);
        boolean conditional = current.trusted() && current.state().url().equals(recordedUrl());
        String etag = conditional ? current.state().etag() : null;
        String lastModified = conditional ? current.state().lastModified() : null;
        try {
            HttpTransfer.Answer answer = transfer.get(etag, lastModified);
            if (answer.status() == 304 && conditional) {
                DownloadState confirmed = current.state().confirmedAt(clock.instant());
                confirmed.write(settings.directory());
                return new Inspection(current.zip(), confirmed, null).copy(Outcome.NOT_MODIFIED, null);
            }
            if (answer.status() != 200) {
                answer.discard();
                throw new HttpTransfer.Failure(statusProblem(answer.status()));
            }
            return download(transfer, answer, current.zip());
        } catch (HttpTransfer.Failure failure) {
            String message =
                    "could not download the OSV database from " + transfer.describe() + ": " + failure.getMessage();
            if (current.trusted()) {
                return current.copy(
                        Outcome.FAILED_KEPT_COPY,
                        message + "; using the copy downloaded "
                                + current.state().fetchedAt());
            }
            String copyNote =
                    current.untrusted() == null ? "" : " (the copy there was not used: " + current.untrusted() + ")";
            throw new DatabaseDownloadException(message + copyNote + ". Nothing was changed in " + settings.directory()
                    + ". " + remedy(failure.getMessage()));
        }
    }

    private Copy download(HttpTransfer transfer, HttpTransfer.Answer answer, Path zip)
            throws HttpTransfer.Failure, IOException {
        String contentType = answer.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (contentType.startsWith("text/html") || contentType.startsWith("application/xhtml")) {
            answer.discard();
            throw new HttpTransfer.Failure("the server sent an HTML page (Content-Type " + contentType
                    + ") instead of the zip: a captive portal, a login page, or an error page sent with 200");
        }
        if (contentType.startsWith("text/") || contentType.contains("json") || contentType.contains("xml")) {
            answer.discard();
            throw new HttpTransfer.Failure("the server sent " + contentType + " instead of a zip");
        }
        Path temp = DownloadFiles.newTemporaryFile(zip.getParent());
        try {
            DownloadProgress lines = new DownloadProgress(progress, timing.progressAfter(), timing.progressEvery());
            HttpTransfer.Saved saved = transfer.saveBody(answer, temp, lines);
            String problem = ZipIntegrity.problem(temp);
            if (problem != null) {
                throw new HttpTransfer.Failure("the download is not a usable OSV database: " + problem
                        + (contentType.isEmpty() ? "" : " (Content-Type " + contentType + ")"));
            }
            AtomicFiles.moveOver(temp, zip);
            Instant now = clock.instant();
            DownloadState state = new DownloadState(
                    recordedUrl(),
                    answer.header("ETag").orElse(null),
                    answer.header("Last-Modified").orElse(null),
                    now,
                    now,
                    saved.bytes(),
                    saved.sha256());
            state.write(settings.directory());
            lines.done(saved.bytes());
            return new Inspection(zip, state, null).copy(Outcome.DOWNLOADED, null);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The URL as recorded and returned: without user-info, query or fragment, where credentials may hide. */
    private URI recordedUrl() {
        return URI.create(HttpTransfer.display(settings.url()));
    }

    private static String statusProblem(int status) {
        String answered = "the server answered " + HttpTransfer.status(status);
        if (status == 304) {
            return answered + " to a request that was not conditional";
        }
        return answered;
    }

    private String remedy(String problem) {
        if (problem.contains("HTTP 401") || problem.contains("HTTP 403")) {
            return "Check the credentials of the <server> in Maven's settings.xml for this host";
        }
        if (problem.contains("HTTP 407")) {
            HttpAccess.ProxyServer proxy = settings.access().proxy();
            if (proxy != null
                    && proxy.credentials() != null
                    && "https".equalsIgnoreCase(settings.url().getScheme())
                    && ProxyRoute.basicTunnelingDisabled()) {
                return "The proxy asks for credentials, and Java does not send Basic proxy credentials for an "
                        + "HTTPS tunnel unless jdk.http.auth.tunneling.disabledSchemes is set to an empty value: "
                        + "add -Djdk.http.auth.tunneling.disabledSchemes= to MAVEN_OPTS or .mvn/jvm.config, or use "
                        + "an http:// mirror (gatekeeper.audit.osv.url)";
            }
            return "Check the proxy's <username> and <password> in Maven's settings.xml";
        }
        if (problem.contains("HTTP 404") || problem.contains("HTTP 410")) {
            return "Check gatekeeper.audit.osv.url; the default is " + DEFAULT_URL;
        }
        return "Try again; if it persists, check the network and the <proxies> of Maven's settings.xml, "
                + "or use a mirror (gatekeeper.audit.osv.url) or a copy (gatekeeper.audit.osv.database)";
    }

    /** The directory the managed copy lives in under the OSV cache directory ({@code <cacheDirectory>/database}). */
    public static Path directoryUnder(Path osvCacheDirectory) {
        return osvCacheDirectory.resolve("database");
    }
}
