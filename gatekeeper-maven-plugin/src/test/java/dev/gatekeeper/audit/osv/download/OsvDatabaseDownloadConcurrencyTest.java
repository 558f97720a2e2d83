package dev.gatekeeper.audit.osv.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds refreshing one directory at once download once: the second waits, then gets a 304. */
class OsvDatabaseDownloadConcurrencyTest {
    @TempDir
    Path temp;

    DatabaseServer server;

    @BeforeEach
    void start() throws Exception {
        server = new DatabaseServer(DatabaseServer.osvZip("GHSA-aaaa-bbbb-cccc", "GHSA-dddd-eeee-ffff"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void twoThreadsRefreshingAtOnceDownloadOnce() throws Exception {
        server.delay = Duration.ofMillis(800);
        Path directory = temp.resolve("database");
        List<String> progress = new CopyOnWriteArrayList<>();
        DownloadSettings settings = new DownloadSettings(
                server.url(), directory, null, Duration.ofSeconds(5), Duration.ofSeconds(10), false);
        OsvDatabaseDownload.Timing timing =
                new OsvDatabaseDownload.Timing(Duration.ofMillis(100), Duration.ofSeconds(30), Duration.ofSeconds(30));
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<OsvDatabaseDownload.Copy>> builds = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                builds.add(threads.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return new OsvDatabaseDownload(settings, progress::add, Clock.systemUTC(), timing).refresh();
                }));
            }
            List<OsvDatabaseDownload.Outcome> outcomes = new ArrayList<>();
            for (Future<OsvDatabaseDownload.Copy> build : builds) {
                outcomes.add(build.get(30, TimeUnit.SECONDS).outcome());
            }

            assertThat(server.fullDownloads).hasValue(1);
            assertThat(outcomes)
                    .containsExactlyInAnyOrder(
                            OsvDatabaseDownload.Outcome.DOWNLOADED, OsvDatabaseDownload.Outcome.NOT_MODIFIED);
            assertThat(progress)
                    .contains("waiting for another build downloading the OSV database into " + directory.toRealPath());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void twoJvmsRefreshingAtOnceDownloadOnce() throws Exception {
        server.delay = Duration.ofSeconds(3);
        Path directory = temp.resolve("database");
        List<Process> builds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            builds.add(new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            RefreshInAnotherJvm.class.getName(),
                            server.url().toString(),
                            directory.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(temp.resolve("build-" + i + ".log").toFile())
                    .start());
        }
        for (Process build : builds) {
            assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        String first = Files.readString(temp.resolve("build-0.log"));
        String second = Files.readString(temp.resolve("build-1.log"));

        assertThat(server.fullDownloads).hasValue(1);
        assertThat(List.of(outcome(first), outcome(second))).containsExactlyInAnyOrder("DOWNLOADED", "NOT_MODIFIED");
        assertThat(first + second).contains("progress: waiting for another build downloading the OSV database into ");
        assertThat(builds).allSatisfy(build -> assertThat(build.exitValue()).isZero());
    }

    private static String outcome(String log) {
        return log.lines()
                .filter(line -> line.startsWith("outcome: "))
                .map(line -> line.substring("outcome: ".length()))
                .findFirst()
                .orElse("none in: " + log);
    }
}
