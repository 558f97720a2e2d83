package dev.gatekeeper.maven;

import dev.gatekeeper.core.BackgroundPool;
import java.util.List;
import java.util.concurrent.ConcurrentMap;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Gate evaluations that mostly wait on forked processes (the smoke test's consumer build, the snapshot
 * gate's product runs) go on in a few background threads while Maven runs the next goals, so the gate
 * time approaches the longest gate rather than the sum. The verdict waits for all of them before it
 * reads the results. One pool per build, in the build's shared map ({@link BackgroundPool}), whichever
 * plugin realm the modules run in.
 */
public final class BackgroundGates {
    /** A gate's background work: evaluating, cleaning up, writing its results. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private final ConcurrentMap<String, Object> shared;
    private final int threads;

    private BackgroundGates(ConcurrentMap<String, Object> shared, int threads) {
        this.shared = shared;
        this.threads = threads;
    }

    /** The build's background gates; the pool is created on first use with {@code threads} threads. */
    public static BackgroundGates of(ConcurrentMap<String, Object> shared, int threads) {
        return new BackgroundGates(shared, threads);
    }

    /** Waits for the build's background gates, if any were started; a no-op otherwise. */
    public static void awaitAll(ConcurrentMap<String, Object> shared, MavenGateLog log) throws MojoExecutionException {
        List<String> failures;
        try {
            failures = BackgroundPool.awaitAll(
                    shared, label -> log.info("waiting for " + label + ", still running in the background"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted while waiting for the background gates", e);
        }
        if (!failures.isEmpty()) {
            throw new MojoExecutionException("background gates failed: " + String.join("; ", failures));
        }
    }

    /** Threads for background gates: one core stays with Maven's own thread. */
    public static int defaultThreads() {
        return BackgroundPool.defaultThreads();
    }

    /** Runs {@code cleanUp} once the verdict waited for the background work, or when the JVM exits before. */
    public void whenDone(Runnable cleanUp) {
        BackgroundPool.whenDone(shared, threads, cleanUp);
    }

    public void submit(String label, Work work) {
        BackgroundPool.submit(shared, threads, label, () -> {
            work.run();
            return null;
        });
    }
}
