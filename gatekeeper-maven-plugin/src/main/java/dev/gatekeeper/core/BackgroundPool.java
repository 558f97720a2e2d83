package dev.gatekeeper.core;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The build's pool of background gate evaluations, kept in the map the modules of a build share.
 *
 * <p>Maven may load this plugin in more than one class realm in one build (a module that does not
 * inherit the root's build extensions gets its own plugin realm), and each realm has its own copy of
 * every class of ours and of their statics. So what goes into the shared map is only JDK types (an
 * {@link ExecutorService}, a queue of label and {@link Future} entries, the exit hook's
 * {@link Thread}), which every realm can cast, and no static of this class holds state.
 */
public final class BackgroundPool {
    static final String KEY = "gatekeeper.background-gates";
    private static final String EXECUTOR = "executor";
    private static final String TASKS = "tasks";
    private static final String EXIT_HOOK = "exitHook";
    private static final String CLEAN_UPS = "cleanUps";
    /** How long the JVM's exit waits for interrupted evaluations to kill their processes. */
    private static final long EXIT_GRACE_SECONDS = 10;

    private BackgroundPool() {}

    /**
     * Runs {@code work} in the build's pool, creating the pool (with {@code threads} threads and a JVM
     * exit hook that stops it) on the first call of the build, whichever realm makes it.
     */
    public static void submit(ConcurrentMap<String, Object> shared, int threads, String label, Callable<?> work) {
        Map<String, Object> pool = pool(shared, threads);
        ClassLoader submitter = Thread.currentThread().getContextClassLoader();
        Future<?> future = executor(pool).submit(() -> {
            // The pool's threads may have been made by another realm: run with the submitter's loader.
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(submitter);
            try {
                return work.call();
            } finally {
                thread.setContextClassLoader(before);
            }
        });
        tasks(pool).add(new AbstractMap.SimpleImmutableEntry<>(label, future));
    }

    /**
     * Runs {@code cleanUp} once the build's background work is over: after the verdict waited for it, or when
     * the JVM exits before (a build that failed before the verdict), after the work was stopped.
     */
    public static void whenDone(ConcurrentMap<String, Object> shared, int threads, Runnable cleanUp) {
        cleanUps(pool(shared, threads)).add(cleanUp);
    }

    /**
     * Waits for every evaluation submitted in this build, then stops the pool; a no-op when none was.
     *
     * @param waiting told the label of each evaluation still running when the wait reaches it
     * @return "label: reason" of each evaluation that failed, empty when all finished
     * @throws InterruptedException when the wait was interrupted; the pool is stopped then
     */
    public static List<String> awaitAll(ConcurrentMap<String, Object> shared, Consumer<String> waiting)
            throws InterruptedException {
        @SuppressWarnings("unchecked")
        Map<String, Object> pool = (Map<String, Object>) shared.remove(KEY);
        if (pool == null) {
            return List.of();
        }
        List<String> failures = new ArrayList<>();
        try {
            for (Map.Entry<String, Future<?>> task : tasks(pool)) {
                if (!task.getValue().isDone()) {
                    waiting.accept(task.getKey());
                }
                try {
                    task.getValue().get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    failures.add(task.getKey() + ": "
                            + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
                }
            }
        } catch (InterruptedException e) {
            stopNow(executor(pool));
            throw e;
        } finally {
            executor(pool).shutdown();
            removeExitHook((Thread) pool.get(EXIT_HOOK));
            runCleanUps(pool);
        }
        return failures;
    }

    /** Threads for background gates: one core stays with Maven's own thread. */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pool(ConcurrentMap<String, Object> shared, int threads) {
        // computeIfAbsent of a ConcurrentMap is atomic: one pool and one exit hook per build.
        return (Map<String, Object>) shared.computeIfAbsent(KEY, key -> newPool(threads));
    }

    private static Map<String, Object> newPool(int threads) {
        AtomicInteger number = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "gatekeeper-background-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Map<String, Object> pool = new ConcurrentHashMap<>();
        // A build that fails before the verdict must not leave a consumer build or a product running.
        Thread exitHook = new Thread(
                () -> {
                    stopNow(executor);
                    runCleanUps(pool);
                },
                "gatekeeper-background-exit");
        Runtime.getRuntime().addShutdownHook(exitHook);
        pool.put(EXECUTOR, executor);
        pool.put(TASKS, new ConcurrentLinkedQueue<Map.Entry<String, Future<?>>>());
        pool.put(EXIT_HOOK, exitHook);
        pool.put(CLEAN_UPS, new ConcurrentLinkedQueue<Runnable>());
        return pool;
    }

    private static ExecutorService executor(Map<String, Object> pool) {
        return (ExecutorService) pool.get(EXECUTOR);
    }

    @SuppressWarnings("unchecked")
    private static Queue<Map.Entry<String, Future<?>>> tasks(Map<String, Object> pool) {
        return (Queue<Map.Entry<String, Future<?>>>) pool.get(TASKS);
    }

    @SuppressWarnings("unchecked")
    private static Queue<Runnable> cleanUps(Map<String, Object> pool) {
        return (Queue<Runnable>) pool.get(CLEAN_UPS);
    }

    /** Each clean-up once, whichever of the verdict and the exit hook gets there first. */
    private static void runCleanUps(Map<String, Object> pool) {
        Runnable cleanUp;
        while ((cleanUp = cleanUps(pool).poll()) != null) {
            try {
                cleanUp.run();
            } catch (RuntimeException e) {
                // a clean-up that fails leaves a directory under target/; it must not hide the build's outcome
            }
        }
    }

    private static void stopNow(ExecutorService executor) {
        executor.shutdownNow();
        try {
            executor.awaitTermination(EXIT_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeExitHook(Thread exitHook) {
        try {
            Runtime.getRuntime().removeShutdownHook(exitHook);
        } catch (IllegalStateException e) {
            // The JVM is already exiting: the hook runs, which is what it is for.
        }
    }
}
