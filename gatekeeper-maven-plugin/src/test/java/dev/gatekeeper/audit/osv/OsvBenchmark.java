package dev.gatekeeper.audit.osv;

import dev.gatekeeper.audit.OsvScan;
import dev.gatekeeper.audit.VulnerableDependency;
import dev.gatekeeper.audit.osv.download.DownloadSettings;
import dev.gatekeeper.audit.osv.download.HttpAccess;
import dev.gatekeeper.audit.osv.download.OsvDatabaseDownload;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
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
 * OsvBenchmark --download DATABASE.zip DEPENDENCIES.txt WORK_DIR [RUNS]   the managed database: download + index, refresh
 * </pre>
 *
 * <p>{@code --download} serves the zip on loopback ({@link OsvBenchmarkServer}) and, RUNS times into an empty
 * directory, downloads it with {@link OsvDatabaseDownload} (the managed database's own code), builds the index
 * from the copy and scans; then refreshes the unchanged copy and counts, at the server, what that cost.
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
        if (args.length >= 4 && args[0].equals("--download")) {
            download(
                    Path.of(args[1]),
                    coordinates(Path.of(args[2])),
                    Path.of(args[3]),
                    args.length > 4 ? Integer.parseInt(args[4]) : 5);
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

    private static void download(Path database, List<MavenCoordinates> dependencies, Path work, int runs)
            throws Exception {
        long[] fetch = new long[runs];
        long[] index = new long[runs];
        long[] scan = new long[runs];
        long[] coldTotal = new long[runs];
        long[] refresh = new long[runs];
        List<String> refreshAnswers = new ArrayList<>();
        int progressLines = 0;
        try (OsvBenchmarkServer server = new OsvBenchmarkServer(database)) {
            for (int run = 0; run < runs; run++) {
                Path directory = OsvDatabaseDownload.directoryUnder(Files.createDirectories(work.resolve("dl-" + run)));
                DownloadSettings settings =
                        new DownloadSettings(server.url(), directory, HttpAccess.DIRECT, null, null, false);
                List<String> progress = new ArrayList<>();
                long start = System.nanoTime();
                OsvDatabaseDownload.Copy copy =
                        new OsvDatabaseDownload(settings, progress::add, Clock.systemUTC()).refresh();
                fetch[run] = millisSince(start);
                progressLines += progress.size();
                require(
                        copy.outcome() == OsvDatabaseDownload.Outcome.DOWNLOADED,
                        "an empty directory should download, was " + copy.outcome());
                List<OsvBenchmarkServer.Served> fetched = server.takeServed();
                require(
                        fetched.size() == 1
                                && fetched.get(0).status() == 200
                                && fetched.get(0).bodyBytes() == Files.size(database),
                        "a download should be one 200 with the whole zip, was " + fetched);

                long indexStart = System.nanoTime();
                OsvIndexCache.Loaded loaded = new OsvIndexCache(
                                Files.createDirectories(work.resolve("dl-" + run + "-index")))
                        .load(copy.zip());
                index[run] = millisSince(indexStart);
                require(loaded.origin() == OsvIndexCache.Origin.BUILT, "a new copy should build the index");
                long scanStart = System.nanoTime();
                OsvScan.scan(loaded.index(), dependencies);
                scan[run] = millisSince(scanStart);
                coldTotal[run] = millisSince(start);

                long refreshStart = System.nanoTime();
                OsvDatabaseDownload.Copy again =
                        new OsvDatabaseDownload(settings, line -> {}, Clock.systemUTC()).refresh();
                refresh[run] = millisSince(refreshStart);
                require(
                        again.outcome() == OsvDatabaseDownload.Outcome.NOT_MODIFIED,
                        "an unchanged database should answer 304, was " + again.outcome());
                List<OsvBenchmarkServer.Served> refreshed = server.takeServed();
                refreshAnswers.add(refreshed.size() + " request(s): " + refreshed);
                require(
                        refreshed.size() == 1
                                && refreshed.get(0).status() == 304
                                && refreshed.get(0).bodyBytes() == 0,
                        "an unchanged database should cost one 304 without a body, was " + refreshed);
            }
        }
        print("download-ms", fetch);
        print("download-index-ms", index);
        print("download-scan-ms", scan);
        print("cold-download-index-scan-ms", coldTotal);
        print("refresh-unchanged-ms", refresh);
        System.out.printf(
                Locale.ROOT,
                "download-body-bytes: %d%nrefresh-answers: %s%nprogress-lines: %d%n",
                Files.size(database),
                refreshAnswers.get(0),
                progressLines);
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
