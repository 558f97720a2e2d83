package dev.gatekeeper.reuse.maven;

import dev.gatekeeper.maven.BuildShared;
import dev.gatekeeper.reuse.LocalDirectoryStore;
import dev.gatekeeper.reuse.ReuseStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.maven.execution.MavenSession;
import org.eclipse.aether.spi.connector.transport.TransporterProvider;

/**
 * The shared store {@code gatekeeper.reuse.store} names, for a goal: {@code none} is no store; an {@code http://} or
 * {@code https://} URL (also with the {@code dav:} prefix of Maven's WebDAV wagon) is a {@link RemoteReuseStore};
 * a {@code file:} URL or anything else is a {@link LocalDirectoryStore} (empty: the user's cache directory; relative:
 * against the directory Maven runs in); a URL of another scheme is no store, said in one line.
 *
 * <p>A remote store is opened once per build and plugin realm and kept in the build's shared map
 * ({@link BuildShared}). What its instances must agree on is kept there in JDK types only, so that every realm
 * (a module that does not inherit the root's build extensions loads Gatekeeper again) can read it: whether the
 * store failed (after one failure no goal of the build asks it again) and the lines already said (the "no such
 * {@code <server>}" line is said once per build, not once per goal).
 */
public final class BuildReuseStore {
    static final String KEY = "dev.gatekeeper.reuse-store ";
    private static final String FAILED = "failed";
    private static final String SAID = "said";

    private BuildReuseStore() {}

    /** What {@code gatekeeper.reuse.store} chose. */
    public sealed interface Choice {}

    /** {@code none}: only {@code target/}. */
    public record None() implements Choice {}

    /** A directory of this machine. */
    public record Local(Path directory) implements Choice {}

    /** An HTTP(S) or WebDAV location; {@link #url} is what the transport is given, user information and all. */
    public record Remote(URI url) implements Choice {
        /** The URL without user information: what a line may show. */
        public String description() {
            return RemoteReuseStore.describe(url);
        }
    }

    /** The store {@code setting} names; a relative directory resolves against {@code base}. */
    public static Choice choose(String setting, Path base, Map<String, String> environment, String userHome) {
        String value = setting == null ? "" : setting.trim();
        if (value.equalsIgnoreCase(LocalDirectoryStore.NONE)) {
            return new None();
        }
        Optional<URI> url = remoteUrl(value);
        if (url.isPresent()) {
            return new Remote(url.get());
        }
        if (value.regionMatches(true, 0, "file:", 0, "file:".length())) {
            try {
                return new Local(Path.of(parse(value)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("gatekeeper.reuse.store=" + RemoteReuseStore.describe(parse(value))
                        + " is not a file URL of an absolute path (file:///path)");
            }
        }
        if (value.matches("[A-Za-z][A-Za-z0-9+.-]*://.*")) {
            throw new IllegalArgumentException("gatekeeper.reuse.store=" + RemoteReuseStore.describe(parse(value))
                    + " is a URL of a scheme the store does not speak (http://, https:// or a directory)");
        }
        return new Local(((LocalDirectoryStore) LocalDirectoryStore.configured(value, base, environment, userHome)
                        .orElseThrow())
                .directory());
    }

    /**
     * {@code value} as an {@code http}/{@code https} URL with a host, {@code dav:} stripped; empty when it is not
     * one (a directory). A value that starts like such a URL but does not parse is refused: it is not a directory.
     */
    static Optional<URI> remoteUrl(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        String url = lower.startsWith("dav:") ? value.substring("dav:".length()) : value;
        String scheme = url.toLowerCase(Locale.ROOT);
        if (!scheme.startsWith("http://") && !scheme.startsWith("https://")) {
            return Optional.empty();
        }
        URI uri = parse(url);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "gatekeeper.reuse.store=" + RemoteReuseStore.describe(uri) + " names no host");
        }
        return Optional.of(uri);
    }

    /** {@code value} as a URI; the message shows no part of it (it may hold a password). */
    private static URI parse(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "gatekeeper.reuse.store is not a URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
    }

    /**
     * The goal's store, or empty for none (or a remote store that cannot be used, after one line on {@code log}).
     *
     * @param transporters Maven Resolver's transport (null where Maven injected none: a remote store is then not
     *                     used, with one line)
     * @param log          the goal's warnings, prefixed with its gate's name
     */
    public static Optional<ReuseStore> forGoal(
            MavenSession session,
            TransporterProvider transporters,
            String setting,
            String serverId,
            Consumer<String> log) {
        Choice choice;
        try {
            choice = choose(
                    setting,
                    Path.of(session.getExecutionRootDirectory()),
                    System.getenv(),
                    System.getProperty("user.home"));
        } catch (IllegalArgumentException e) {
            onceInBuild(session, setting).apply(log).accept(e.getMessage() + "; the gates run and record locally");
            return Optional.empty();
        }
        if (choice instanceof None) {
            return Optional.empty();
        }
        if (choice instanceof Local local) {
            return Optional.of(new LocalDirectoryStore(local.directory()));
        }
        Remote remote = (Remote) choice;
        String id = serverId == null || serverId.isBlank() ? RemoteReuseStore.DEFAULT_SERVER_ID : serverId.trim();
        Shared shared = onceInBuild(session, remote.url() + " " + id);
        if (shared.failed().get()) {
            return Optional.empty();
        }
        if (transporters == null) {
            shared.apply(log)
                    .accept("the remote store " + remote.description() + " cannot be used (this Maven offers no"
                            + " transport to plugins); the gates run and record locally");
            return Optional.empty();
        }
        // One instance per realm: the value is of this realm's class, and only this realm looks it up by this key.
        String instanceKey = "instance@" + System.identityHashCode(RemoteReuseStore.class.getClassLoader());
        Object instance = shared.state()
                .computeIfAbsent(
                        instanceKey,
                        k -> RemoteReuseStore.open(
                                        session.getRepositorySession(),
                                        transporters,
                                        remote.url(),
                                        id,
                                        shared.failed(),
                                        shared.apply(log))
                                .<Object>map(store -> store)
                                .orElse(Boolean.FALSE));
        if (!(instance instanceof RemoteReuseStore store)) {
            shared.failed().set(true); // no transport for it: no later goal tries again
            return Optional.empty();
        }
        return Optional.of(store.reportingTo(shared.apply(log)));
    }

    /** A store's build-wide state: its failure and the lines said, in JDK types every realm can read. */
    private record Shared(ConcurrentMap<String, Object> state, AtomicBoolean failed, Set<String> said) {
        /** {@code log}, saying each line at most once in the build. */
        Consumer<String> apply(Consumer<String> log) {
            return line -> {
                if (said.add(line)) {
                    log.accept(line);
                }
            };
        }
    }

    @SuppressWarnings("unchecked")
    private static Shared onceInBuild(MavenSession session, String store) {
        ConcurrentMap<String, Object> state = (ConcurrentMap<String, Object>)
                BuildShared.of(session).computeIfAbsent(KEY + store, k -> new ConcurrentHashMap<String, Object>());
        AtomicBoolean failed = (AtomicBoolean) state.computeIfAbsent(FAILED, k -> new AtomicBoolean());
        Set<String> said = (Set<String>) state.computeIfAbsent(SAID, k -> ConcurrentHashMap.newKeySet());
        return new Shared(state, failed, said);
    }
}
