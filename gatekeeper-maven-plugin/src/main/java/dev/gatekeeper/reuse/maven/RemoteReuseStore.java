package dev.gatekeeper.reuse.maven;

import dev.gatekeeper.maven.SettingsRepository;
import dev.gatekeeper.reuse.LocalDirectoryStore;
import dev.gatekeeper.reuse.ReuseStore;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.spi.connector.transport.GetTask;
import org.eclipse.aether.spi.connector.transport.PutTask;
import org.eclipse.aether.spi.connector.transport.TransportListener;
import org.eclipse.aether.spi.connector.transport.Transporter;
import org.eclipse.aether.spi.connector.transport.TransporterProvider;
import org.eclipse.aether.transfer.TransferCancelledException;

/**
 * The remote result store (issue 19): an HTTP(S) or WebDAV location, such as a repository manager's raw
 * repository, reached through Maven Resolver's own transport, so that the settings' {@code <servers>}
 * (credentials, decrypted by Maven) and {@code <proxies>} (with {@code nonProxyHosts}) apply exactly as they do
 * to any remote repository. The store's URL is treated as a repository whose id is the settings
 * {@code <server>} named by {@code gatekeeper.reuse.storeServerId} ({@value #DEFAULT_SERVER_ID} by default).
 *
 * <p>A key is a file {@code <key>.json} below the URL, as in {@link LocalDirectoryStore} (a key must match
 * {@link LocalDirectoryStore#KEY}, so none climbs out of the URL's path): GET reads it (404: no record), PUT
 * writes it. The server's PUT is what
 * makes a write atomic for readers (nginx's dav module writes the body to a temporary file and renames it
 * into place; repository managers store the blob before they publish it), so two writers of one key leave
 * one of two whole records.
 *
 * <p>A store that fails (server down, 401/403, 5xx, a timeout) never fails the build: the first failure is
 * told in one line naming the store and what went wrong, the store is then left alone for the rest of the
 * build (no second timeout per gate), and {@link #get} answers empty, so the gates run and record locally.
 * "Failed" is an {@link AtomicBoolean} the caller may share between the store's instances of one build (one
 * per plugin realm); {@link #reportingTo} gives a goal a view whose lines are said in that goal's name.
 * No line or message carries a credential: the URL is described without user information, and the
 * transport's messages are reduced to their status or cause.
 */
public final class RemoteReuseStore implements ReuseStore, AutoCloseable {
    /** The settings {@code <server>} id the store's URL is looked up under when none is named. */
    public static final String DEFAULT_SERVER_ID = "gatekeeper-reuse";

    /** A store answers quickly or not at all: Maven's own defaults (30 min per request, 3 retries) are for artifacts. */
    static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    static final int REQUEST_TIMEOUT_MILLIS = 15_000;

    private final Transporter transporter;
    private final String description;
    /** The description, and the proxy when one is used: what the failure line names. */
    private final String route;

    private static final String SUFFIX = ".json";

    private final Consumer<String> log;
    private final AtomicBoolean unusable;

    private RemoteReuseStore(
            Transporter transporter, String description, String route, Consumer<String> log, AtomicBoolean unusable) {
        this.transporter = transporter;
        this.description = description;
        this.route = route;
        this.log = log;
        this.unusable = unusable;
    }

    /**
     * The store at {@code url}, or empty (after one line on {@code log}) when no transport of this Maven can
     * reach it.
     *
     * @param serverId the settings {@code <server>} for the store's credentials; null or blank for
     *                 {@value #DEFAULT_SERVER_ID}
     * @param log      where the store's one line goes (a warning), already prefixed by the caller's gate name
     */
    public static Optional<ReuseStore> open(
            RepositorySystemSession session,
            TransporterProvider transporters,
            URI url,
            String serverId,
            Consumer<String> log) {
        return open(session, transporters, url, serverId, new AtomicBoolean(), log)
                .map(ReuseStore.class::cast);
    }

    /**
     * As {@link #open(RepositorySystemSession, TransporterProvider, URI, String, Consumer)}, with the flag that says
     * the store failed: shared by every instance of one store in a build, so that one failure ends its use for all.
     */
    public static Optional<RemoteReuseStore> open(
            RepositorySystemSession session,
            TransporterProvider transporters,
            URI url,
            String serverId,
            AtomicBoolean failed,
            Consumer<String> log) {
        String id = serverId == null || serverId.isBlank() ? DEFAULT_SERVER_ID : serverId.trim();
        String description = describe(url);
        String base = url.toString().endsWith("/") ? url.toString() : url + "/";
        RemoteRepository repository = SettingsRepository.of(session, id, base);
        Proxy proxy = repository.getProxy();
        if (repository.getAuthentication() == null && !DEFAULT_SERVER_ID.equals(id)) {
            log.accept("gatekeeper.reuse.storeServerId=" + id + " names no <server> with credentials in the Maven"
                    + " settings (settings.xml); the remote store " + description + " is used without credentials");
        }
        // A refused connection may be the proxy's, not the store's: a line says which proxy was used.
        String route = proxy == null
                ? description
                : description + " (through the proxy " + proxy.getHost() + ":" + proxy.getPort() + ")";
        try {
            return Optional.of(new RemoteReuseStore(
                    transporters.newTransporter(storeSession(session, id), repository),
                    description,
                    route,
                    log,
                    failed));
        } catch (Exception e) {
            log.accept("the remote store " + route + " cannot be used (" + reason(e)
                    + "); the gates run and record locally");
            return Optional.empty();
        }
    }

    /** The build's session, with short timeouts and no retries for the store's repository id unless set. */
    private static RepositorySystemSession storeSession(RepositorySystemSession session, String id) {
        DefaultRepositorySystemSession copy = new DefaultRepositorySystemSession(session);
        setUnlessSet(copy, "aether.connector.connectTimeout." + id, CONNECT_TIMEOUT_MILLIS);
        setUnlessSet(copy, "aether.connector.requestTimeout." + id, REQUEST_TIMEOUT_MILLIS);
        setUnlessSet(copy, "aether.connector.http.retryHandler.count." + id, 0);
        return copy;
    }

    private static void setUnlessSet(DefaultRepositorySystemSession session, String key, int value) {
        if (!session.getConfigProperties().containsKey(key)) {
            session.setConfigProperty(key, value);
        }
    }

    @Override
    public Optional<byte[]> get(String key) throws IOException {
        return get(key, log);
    }

    @Override
    public void put(String key, byte[] content) {
        put(key, content, log);
    }

    /** This store, its failure line said on {@code goalLog} (the goal that met the failure speaks). */
    public ReuseStore reportingTo(Consumer<String> goalLog) {
        return new ReuseStore() {
            @Override
            public Optional<byte[]> get(String key) throws IOException {
                return RemoteReuseStore.this.get(key, goalLog);
            }

            @Override
            public void put(String key, byte[] content) {
                RemoteReuseStore.this.put(key, content, goalLog);
            }

            @Override
            public String describe() {
                return description;
            }

            @Override
            public boolean usable() {
                return RemoteReuseStore.this.usable();
            }
        };
    }

    @Override
    public boolean usable() {
        return !unusable.get();
    }

    private Optional<byte[]> get(String key, Consumer<String> failures) throws IOException {
        String file = fileOf(key);
        if (unusable.get()) {
            return Optional.empty();
        }
        GetTask task = new GetTask(URI.create(file)).setListener(new RecordSizeLimit());
        try {
            transporter.get(task);
            return Optional.of(task.getDataBytes());
        } catch (Exception e) {
            if (transporter.classify(e) == Transporter.ERROR_NOT_FOUND) {
                return Optional.empty();
            }
            if (e instanceof TransferCancelledException) { // the record, not the store, is at fault
                throw new IOException(file + " is larger than " + MAX_RECORD_BYTES
                        + " bytes, more than any reuse record; its download was stopped");
            }
            fail("reading " + file, e, failures);
            return Optional.empty();
        }
    }

    /** Stops a download once it is larger than any record could be: a hostile server cannot fill the heap. */
    private static final class RecordSizeLimit extends TransportListener {
        private long received;

        @Override
        public void transportStarted(long dataOffset, long dataLength) throws TransferCancelledException {
            if (dataLength > MAX_RECORD_BYTES) {
                throw new TransferCancelledException("announced " + dataLength + " bytes");
            }
        }

        @Override
        public void transportProgressed(ByteBuffer data) throws TransferCancelledException {
            received += data.remaining();
            if (received > MAX_RECORD_BYTES) {
                throw new TransferCancelledException("more than " + MAX_RECORD_BYTES + " bytes");
            }
        }
    }

    private void put(String key, byte[] content, Consumer<String> failures) {
        String file = fileOf(key);
        if (unusable.get()) {
            return;
        }
        try {
            transporter.put(new PutTask(URI.create(file)).setDataBytes(content));
        } catch (Exception e) {
            fail("writing " + file, e, failures);
        }
    }

    private static String fileOf(String key) {
        if (key == null || !LocalDirectoryStore.KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a reuse store key: '" + key + "' (expected a gate name, a dash and"
                    + " a SHA-256 in lowercase hex)");
        }
        return key + SUFFIX;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        transporter.close();
    }

    private void fail(String what, Exception e, Consumer<String> failures) {
        if (unusable.compareAndSet(false, true)) {
            failures.accept("the remote store " + route + " failed " + what + " (" + reason(e)
                    + "); it is not used again in this build, the gates run and record locally");
        }
    }

    /** The URL without user information, query or fragment: what log lines and evidence may show. */
    static String describe(URI url) {
        try {
            return new URI(url.getScheme(), null, url.getHost(), url.getPort(), url.getPath(), null, null).toString();
        } catch (Exception e) {
            return url.getScheme() + "://" + url.getHost();
        }
    }

    /**
     * What went wrong, in a few words and without a URL: the transport's status line (an HTTP error says
     * {@code status code: 401, reason phrase: Unauthorized (401)}) or the innermost cause (connection refused,
     * read timed out).
     */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage();
        // A message may quote a URL; user information in it must not reach a log line.
        message = message.replaceAll("(?i)([a-z][a-z0-9+.-]*://)[^/@\\s]*@", "$1");
        String kind = root.getClass().getSimpleName();
        return message.isBlank() ? kind : kind + ": " + message;
    }
}
