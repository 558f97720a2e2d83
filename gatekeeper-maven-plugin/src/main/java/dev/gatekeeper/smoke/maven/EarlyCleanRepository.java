package dev.gatekeeper.smoke.maven;

import dev.gatekeeper.core.GateLog;
import dev.gatekeeper.maven.BackgroundGates;
import dev.gatekeeper.smoke.CleanRepository;
import dev.gatekeeper.smoke.PreparedRepository;
import dev.gatekeeper.smoke.RepositorySeed;
import dev.gatekeeper.smoke.ResolutionSource;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;

/**
 * The clean repository the {@code start} goal prepares at {@code initialize} ({@link PreparedRepository}), once
 * per build, in the background, and hands to each module's smoke check.
 *
 * <p>It lives in the build's shared map ({@code BuildShared}), which Maven creates anew for every build: a
 * module's smoke check only ever sees the repository its own build prepared, never one an earlier build left
 * under {@code target/}. What goes into the map is only JDK types (a holder map, a {@link CompletableFuture} of
 * strings), since the modules of a build may run our classes in different plugin realms. The prepared
 * repository is removed once the verdict waited for the background work, or when the JVM exits before (a build
 * that failed before {@code verify}: the preparation's consumer build is stopped first); a module that comes to
 * it after that starts from an empty repository, as without the {@code start} goal.
 */
public final class EarlyCleanRepository {
    static final String KEY = "dev.gatekeeper.smoke.early-clean-repository";
    private static final String FUTURE = "future";
    private static final String DIRECTORY = "directory";
    private static final String DISCARDED = "discarded";
    private static final String LABEL = "smoke (started at initialize)";

    private EarlyCleanRepository() {}

    /**
     * Starts preparing the clean repository in the build's background pool, unless a module of this build
     * already did.
     *
     * @param directory where the repository and the consumer project are made; what an earlier build left
     *                  there is removed first
     * @return whether this call started it
     */
    public static boolean start(
            ConcurrentMap<String, Object> shared,
            Path mavenHome,
            ResolutionSource source,
            Path directory,
            Duration timeout,
            GateLog log) {
        Map<String, Object> created = new ConcurrentHashMap<>();
        if (shared.putIfAbsent(KEY, created) != null) {
            return false;
        }
        CompletableFuture<List<String>> future = new CompletableFuture<>();
        created.put(DIRECTORY, directory.toString());
        created.put(FUTURE, future);
        BackgroundGates pool = BackgroundGates.of(shared, BackgroundGates.defaultThreads());
        pool.whenDone(() -> discard(created));
        log.info("started at initialize: preparing a clean repository with what every consumer build downloads "
                + "first (" + PreparedRepository.CONTENT + ") from " + source.url() + ", in the background");
        pool.submit(LABEL, () -> {
            try {
                removeEarlierRepositories(directory);
                PreparedRepository prepared = PreparedRepository.prepare(mavenHome, source, directory, timeout);
                future.complete(List.of(
                        prepared.root().toString(),
                        prepared.mavenHome().toString(),
                        source.url(),
                        Boolean.toString(source.mirrorEverything()),
                        Boolean.toString(source.ignoreChecksums()),
                        Long.toString(prepared.duration().toMillis())));
            } catch (IOException | RuntimeException e) {
                // not a gate's failure: the smoke check then starts from an empty repository and judges itself
                future.completeExceptionally(e);
            } finally {
                future.completeExceptionally(new IOException("it was stopped before it finished"));
            }
        });
        return true;
    }

    /** Where this build's smoke checks start their clean repositories from; {@link RepositorySeed#NONE} when no {@code start} goal prepared one. */
    public static RepositorySeed seed(ConcurrentMap<String, Object> shared) {
        Object holder = shared.get(KEY);
        if (!(holder instanceof Map<?, ?> map)) {
            return RepositorySeed.NONE;
        }
        return (target, mavenHome, source) -> fill(map, target, mavenHome, source);
    }

    private static Optional<String> fill(
            Map<?, ?> holder, CleanRepository target, Path mavenHome, ResolutionSource source) throws IOException {
        String notUsed = "the clean repository prepared at initialize is not used (";
        List<?> prepared;
        try {
            prepared = (List<?>) ((CompletableFuture<?>) holder.get(FUTURE)).get();
        } catch (ExecutionException e) {
            return Optional.of(
                    notUsed + "its preparation failed: " + e.getCause().getMessage() + "); this one starts empty");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the clean repository prepared at initialize", e);
        }
        PreparedRepository repository = new PreparedRepository(
                Path.of((String) prepared.get(0)),
                Path.of((String) prepared.get(1)),
                new ResolutionSource(
                        (String) prepared.get(2),
                        Boolean.parseBoolean((String) prepared.get(3)),
                        Boolean.parseBoolean((String) prepared.get(4))),
                Duration.ofMillis(Long.parseLong((String) prepared.get(5))));
        Optional<String> mismatch = repository.mismatch(mavenHome, source);
        if (mismatch.isPresent()) {
            return Optional.of(notUsed + mismatch.get() + "); this one starts empty");
        }
        synchronized (holder) {
            if (holder.containsKey(DISCARDED)) {
                return Optional.of(notUsed + "it was removed when the verdict was reached); this one starts empty");
            }
            int files = target.copyFrom(repository.root());
            return Optional.of("the clean repository starts from the one prepared at initialize ("
                    + PreparedRepository.CONTENT + ", " + files + " files, prepared in "
                    + String.format(Locale.ROOT, "%.1f s", repository.duration().toMillis() / 1000.0) + ")");
        }
    }

    /** Removes the prepared repository; the smoke checks that come later start empty. */
    private static void discard(Map<String, Object> holder) {
        synchronized (holder) {
            holder.put(DISCARDED, Boolean.TRUE);
            try {
                removeEarlierRepositories(Path.of((String) holder.get(DIRECTORY)));
            } catch (IOException e) {
                // left under target/, where the next build's start goal removes it
            }
        }
    }

    /**
     * Removes the clean repositories under {@code directory}: an earlier build's, or this build's once done.
     * Also called from the JVM's exit hook, when Maven has already closed the plugin's class realm and no class
     * of ours that is not loaded yet can be: so only this class and the JDK's are used here (no inner class,
     * no lambda).
     */
    private static void removeEarlierRepositories(Path directory) throws IOException {
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(directory, "clean-repo-*")) {
            for (Path child : children) {
                deleteTree(child);
            }
        }
    }

    /** Deletes a directory tree without following a link out of it. */
    private static void deleteTree(Path path) throws IOException {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
                for (Path child : children) {
                    deleteTree(child);
                }
            }
        }
        Files.deleteIfExists(path);
    }
}
