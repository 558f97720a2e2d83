package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Maven loads Gatekeeper in two plugin realms when a module does not inherit the root's build
 * extensions: each realm has its own copy of our classes and of their statics. Here two class
 * loaders over the plugin's compiled classes, with only the JDK as parent, stand for the two realms.
 */
class PluginRealmsShareStateTest {
    private final ConcurrentMap<String, Object> shared = new ConcurrentHashMap<>();
    private final Realm realmA = new Realm();
    private final Realm realmB = new Realm();

    @AfterEach
    void closeRealms() throws Exception {
        realmA.loader.close();
        realmB.loader.close();
    }

    @Test
    void theTwoRealmsReallyHaveTheirOwnCopyOfTheClasses() throws Exception {
        assertThat(realmA.load(ReactorBarrier.class)).isNotSameAs(realmB.load(ReactorBarrier.class));
        assertThat(realmA.load(BackgroundPool.class)).isNotSameAs(realmB.load(BackgroundPool.class));
    }

    @Test
    void theLastModuleToArriveClaimsTheVerdictWhicheverRealmEachModuleRunsIn() throws Exception {
        List<String> all = List.of("g:root:pom:1", "g:bom:pom:1", "g:app:jar:1");

        assertThat(realmA.arriveAndClaim(shared, "g:root:pom:1", all)).isFalse();
        assertThat(realmB.arriveAndClaim(shared, "g:bom:pom:1", all)).isFalse();
        assertThat(realmB.arriveAndClaim(shared, "g:app:jar:1", all)).isTrue();
        assertThat(realmA.arriveAndClaim(shared, "g:root:pom:1", all))
                .as("claimed once per build")
                .isFalse();
    }

    @Test
    void exactlyOneOfManyConcurrentArrivalsFromBothRealmsClaims() throws Exception {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            all.add("g:m" + i + ":jar:1");
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                Realm realm = i % 2 == 0 ? realmA : realmB;
                String module = all.get(i);
                claims.add(threads.submit(() -> {
                    start.await();
                    return realm.arriveAndClaim(shared, module, all);
                }));
            }
            start.countDown();
            int claimed = 0;
            for (Future<Boolean> claim : claims) {
                claimed += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(claimed).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void backgroundWorkOfBothRealmsRunsInOnePoolAndOneWaitCoversIt() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        realmA.submit(shared, 1, "snapshot core", () -> {
            release.await(30, TimeUnit.SECONDS);
            return ran.add("core on " + Thread.currentThread().getName());
        });
        realmB.submit(
                shared,
                4,
                "snapshot app",
                () -> ran.add("app on " + Thread.currentThread().getName()));
        List<String> waitedFor = new CopyOnWriteArrayList<>();
        release.countDown();

        List<?> failures = realmB.awaitAll(shared, waitedFor::add);

        assertThat(failures).isEmpty();
        assertThat(ran).containsExactly("core on gatekeeper-background-1", "app on gatekeeper-background-1");
        assertThat(shared).isEmpty();
        assertThat(realmA.awaitAll(shared, waitedFor::add))
                .as("nothing left to wait for")
                .isEmpty();
    }

    @Test
    void backgroundWorkRunsWithTheClassLoaderOfTheRealmThatSubmittedIt() throws Exception {
        List<ClassLoader> loaders = new CopyOnWriteArrayList<>();
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try {
            Thread.currentThread().setContextClassLoader(realmA.loader);
            realmA.submit(
                    shared, 1, "a", () -> loaders.add(Thread.currentThread().getContextClassLoader()));
            Thread.currentThread().setContextClassLoader(realmB.loader);
            realmB.submit(
                    shared, 1, "b", () -> loaders.add(Thread.currentThread().getContextClassLoader()));
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
        realmA.awaitAll(shared, label -> {});

        assertThat(loaders).containsExactly(realmA.loader, realmB.loader);
    }

    /** The plugin's compiled classes loaded again, apart from the test's own loader. */
    private static final class Realm {
        final URLClassLoader loader;

        Realm() {
            URL classes =
                    BackgroundPool.class.getProtectionDomain().getCodeSource().getLocation();
            loader = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader());
        }

        Class<?> load(Class<?> type) throws ClassNotFoundException {
            return loader.loadClass(type.getName());
        }

        boolean arriveAndClaim(ConcurrentMap<String, Object> shared, String current, Collection<String> participants)
                throws Exception {
            Class<?> barrier = load(ReactorBarrier.class);
            Object verdict = barrier.getMethod("forGoal", String.class).invoke(null, "verdict");
            return (Boolean) barrier.getMethod("arriveAndClaim", ConcurrentMap.class, String.class, Collection.class)
                    .invoke(verdict, shared, current, participants);
        }

        void submit(ConcurrentMap<String, Object> shared, int threads, String label, Callable<?> work)
                throws Exception {
            load(BackgroundPool.class)
                    .getMethod("submit", ConcurrentMap.class, int.class, String.class, Callable.class)
                    .invoke(null, shared, threads, label, work);
        }

        List<?> awaitAll(ConcurrentMap<String, Object> shared, Consumer<String> waiting) throws Exception {
            return (List<?>) load(BackgroundPool.class)
                    .getMethod("awaitAll", ConcurrentMap.class, Consumer.class)
                    .invoke(null, shared, waiting);
        }
    }
}
