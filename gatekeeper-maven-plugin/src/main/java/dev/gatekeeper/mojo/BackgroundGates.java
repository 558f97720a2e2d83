package dev.gatekeeper.mojo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Gate evaluations that mostly wait on forked processes (the smoke test's consumer build, the snapshot
 * gate's product runs) go on in a few background threads while Maven runs the next goals, so the gate
 * time approaches the longest gate rather than the sum. The verdict waits for all of them before it
 * reads the results. One instance per build, kept in the execution root's plugin context.
 */
final class BackgroundGates {
    private static final String CONTEXT_KEY = "gatekeeper.background-gates";
    private static final Object LOCK = new Object();
    /** How long the JVM's exit waits for interrupted evaluations to kill their processes. */
    private static final long EXIT_GRACE_SECONDS = 10;

    /** A gate's background work: evaluating, cleaning up, writing its results. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private record Task(String label, Future<?> future) {}

    private final ExecutorService executor;
    private final List<Task> tasks = new ArrayList<>();
    private final Thread exitHook;

    private BackgroundGates(int threads) {
        AtomicInteger number = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "gatekeeper-background-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // A build that fails before the verdict must not leave a consumer build or a product running.
        this.exitHook = new Thread(this::stopNow, "gatekeeper-background-exit");
        Runtime.getRuntime().addShutdownHook(exitHook);
    }

    /** The build's background gates, created on first use with {@code threads} threads. */
    static BackgroundGates of(Map<String, Object> rootContext, int threads) {
        synchronized (LOCK) {
            return (BackgroundGates) rootContext.computeIfAbsent(CONTEXT_KEY, key -> new BackgroundGates(threads));
        }
    }

    /** Waits for the build's background gates, if any were started; a no-op otherwise. */
    static void awaitAll(Map<String, Object> rootContext, MavenGateLog log) throws MojoExecutionException {
        BackgroundGates gates;
        synchronized (LOCK) {
            gates = (BackgroundGates) rootContext.remove(CONTEXT_KEY);
        }
        if (gates != null) {
            gates.awaitAll(log);
        }
    }

    /** Threads for background gates: one core stays with Maven's own thread. */
    static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    void submit(String label, Work work) {
        synchronized (tasks) {
            tasks.add(new Task(label, executor.submit(() -> {
                work.run();
                return null;
            })));
        }
    }

    private void awaitAll(MavenGateLog log) throws MojoExecutionException {
        List<Task> submitted;
        synchronized (tasks) {
            submitted = List.copyOf(tasks);
        }
        List<String> failures = new ArrayList<>();
        try {
            for (Task task : submitted) {
                if (!task.future().isDone()) {
                    log.info("waiting for " + task.label() + ", still running in the background");
                }
                try {
                    task.future().get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    failures.add(task.label() + ": " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopNow();
            throw new MojoExecutionException("interrupted while waiting for the background gates", e);
        } finally {
            executor.shutdown();
            removeExitHook();
        }
        if (!failures.isEmpty()) {
            throw new MojoExecutionException("background gates failed: " + String.join("; ", failures));
        }
    }

    private void stopNow() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(EXIT_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void removeExitHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(exitHook);
        } catch (IllegalStateException e) {
            // The JVM is already exiting: the hook runs, which is what it is for.
        }
    }
}
