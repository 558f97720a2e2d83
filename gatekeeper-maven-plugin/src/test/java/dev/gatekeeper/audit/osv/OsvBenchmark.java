package dev.gatekeeper.audit.osv;

import dev.gatekeeper.audit.OsvScan;
import dev.gatekeeper.audit.VulnerableDependency;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the OSV engine on a generated database ({@link OsvDatabaseGenerator}) and a reactor's third-party
 * coordinates (the {@code dependencies.txt} of bench/reactor/ReactorGenerator.java):
 *
 * <pre>
 * OsvBenchmark DATABASE.zip DEPENDENCIES.txt WORK_DIR [RUNS]   cold builds, warm load + scan, memory
 * OsvBenchmark --first-warm DATABASE.zip DEPENDENCIES.txt CACHE_DIR   one warm load + scan, as a build's fresh JVM sees it
 * </pre>
 *
 * Each line it prints is {@code key: value} so that bench/osv/run.sh can pick the figures out.
 */
public final class OsvBenchmark {
    private OsvBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length >= 4 && args[0].equals("--first-warm")) {
            firstWarm(Path.of(args[1]), coordinates(Path.of(args[2])), Path.of(args[3]));
            return;
        }
        if (args.length < 3) {
            System.err.println("usage: OsvBenchmark DATABASE.zip DEPENDENCIES.txt WORK_DIR [RUNS]");
            System.exit(2);
        }
        Path database = Path.of(args[0]);
        List<MavenCoordinates> dependencies = coordinates(Path.of(args[1]));
        Path work = Path.of(args[2]);
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;

        long[] cold = new long[runs];
        Path cache = null;
        for (int run = 0; run < runs; run++) {
            cache = Files.createDirectories(work.resolve("cold-" + run));
            long start = System.nanoTime();
            OsvIndexCache.Loaded loaded = new OsvIndexCache(cache).load(database);
            cold[run] = millisSince(start);
            require(
                    loaded.origin() == OsvIndexCache.Origin.BUILT,
                    "a cold load should build the index, was " + loaded.origin());
        }
        print("cold-build-ms", cold);

        long[] load = new long[runs];
        long[] scan = new long[runs];
        OsvIndexCache warm = new OsvIndexCache(cache);
        for (int run = -2; run < runs; run++) {
            long start = System.nanoTime();
            OsvIndexCache.Loaded loaded = warm.load(database);
            long loadMillis = millisSince(start);
            require(
                    loaded.origin() == OsvIndexCache.Origin.CACHE,
                    "a warm load should come from the cache, was " + loaded.origin());
            long scanStart = System.nanoTime();
            List<VulnerableDependency> found = OsvScan.scan(loaded.index(), dependencies);
            long scanMillis = millisSince(scanStart);
            if (run >= 0) {
                load[run] = loadMillis;
                scan[run] = scanMillis;
            } else if (run == -1) {
                System.out.printf(
                        Locale.ROOT,
                        "advisories-read: %d%nwithdrawn: %d%npackages-indexed: %d%ndependencies: %d%n"
                                + "vulnerable-dependencies: %d%nvulnerabilities: %d%n",
                        loaded.index().advisoriesRead(),
                        loaded.index().withdrawn(),
                        loaded.index().packages().size(),
                        dependencies.size(),
                        found.size(),
                        found.stream().mapToInt(d -> d.vulnerabilities().size()).sum());
            }
        }
        print("warm-load-ms", load);
        print("warm-scan-ms", scan);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        OsvIndexCache.Loaded held = warm.load(database);
        long with = usedAfterGc(memory);
        System.out.printf(
                Locale.ROOT,
                "index-heap-mib: %.1f%nheap-used-with-index-mib: %.1f%n",
                (with - before) / 1048576.0,
                with / 1048576.0);
        System.out.printf(
                Locale.ROOT,
                "cache-file-kib: %d%ndatabase-kib: %d%n",
                Files.size(held.cacheFile()) / 1024,
                Files.size(database) / 1024);
        require(held.index().advisoriesRead() > 0, "the index should hold advisories");
    }

    private static void firstWarm(Path database, List<MavenCoordinates> dependencies, Path cache) throws Exception {
        long start = System.nanoTime();
        OsvIndexCache.Loaded loaded = new OsvIndexCache(cache).load(database);
        long loadMillis = millisSince(start);
        long scanStart = System.nanoTime();
        List<VulnerableDependency> found = OsvScan.scan(loaded.index(), dependencies);
        System.out.printf(
                Locale.ROOT,
                "first-warm-load-ms: %d%nfirst-warm-scan-ms: %d%nfirst-warm-origin: %s%nfirst-warm-vulnerable: %d%n",
                loadMillis,
                millisSince(scanStart),
                loaded.origin(),
                found.size());
    }

    static List<MavenCoordinates> coordinates(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split(":"))
                .map(parts -> new MavenCoordinates(parts[0], parts[1], parts[2]))
                .toList();
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void print(String key, long[] millis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%s: median %d min %d max %d all %s%n",
                key,
                sorted[sorted.length / 2],
                sorted[0],
                sorted[sorted.length - 1],
                Arrays.toString(millis));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
