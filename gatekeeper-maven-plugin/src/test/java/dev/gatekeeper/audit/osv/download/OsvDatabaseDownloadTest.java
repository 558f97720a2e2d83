package dev.gatekeeper.audit.osv.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatekeeper.core.Digests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsvDatabaseDownloadTest {
    private static final Instant FIRST = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-12-02T08:00:00Z");

    @TempDir
    Path temp;

    DatabaseServer server;
    Path directory;
    final List<String> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new DatabaseServer(DatabaseServer.osvZip("GHSA-aaaa-bbbb-cccc", "GHSA-dddd-eeee-ffff"));
        directory = temp.resolve("osv").resolve("database");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OsvDatabaseDownload download(Instant now, boolean offline) {
        return download(now, offline, Duration.ofSeconds(5));
    }

    private OsvDatabaseDownload download(Instant now, boolean offline, Duration readTimeout) {
        DownloadSettings settings =
                new DownloadSettings(server.url(), directory, null, Duration.ofSeconds(5), readTimeout, offline);
        return new OsvDatabaseDownload(settings, progress::add, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aFirstRefreshDownloadsTheZipAndRecordsWhereItCameFromAndWhatItIs() throws Exception {
        OsvDatabaseDownload.Copy copy = download(FIRST, false).refresh();

        assertThat(copy.outcome()).isEqualTo(OsvDatabaseDownload.Outcome.DOWNLOADED);
        assertThat(copy.zip()).isEqualTo(directory.resolve("all.zip"));
        assertThat(Files.readAllBytes(copy.zip())).isEqualTo(server.body);
        assertThat(copy.url()).isEqualTo(server.url());
        assertThat(copy.etag()).isEqualTo("\"v1\"");
        assertThat(copy.lastModified()).isEqualTo("Tue, 01 Dec 2026 10:00:00 GMT");
        assertThat(copy.fetchedAt()).isEqualTo(FIRST);
        assertThat(copy.checkedAt()).isEqualTo(FIRST);
        assertThat(copy.bytes()).isEqualTo(server.body.length);
        assertThat(copy.sha256()).isEqualTo(Digests.sha256(copy.zip()));
        assertThat(copy.warning()).isNull();
        assertThat(download(SECOND, true).cached()).contains(copy.withOutcome(OsvDatabaseDownload.Outcome.OFFLINE));
        assertThat(progress).singleElement().asString().startsWith("downloaded the OSV database: 0.0 MB in ");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("all.zip", "all.zip.state.properties", ".lock");
        }
    }

    @Test
    void anUnchangedDatabaseCostsOneConditionalRequestAnsweredWith304() throws Exception {
        download(FIRST, false).refresh();

        OsvDatabaseDownload.Copy copy = download(SECOND, false).refresh();

        assertThat(copy.outcome()).isEqualTo(OsvDatabaseDownload.Outcome.NOT_MODIFIED);
        assertThat(server.fullDownloads).hasValue(1);
        assertThat(server.requests).hasSize(2);
        assertThat(server.lastRequest().getFirst("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(server.lastRequest().getFirst("If-Modified-Since")).isEqualTo("Tue, 01 Dec 2026 10:00:00 GMT");
        assertThat(copy.fetchedAt()).isEqualTo(FIRST);
        assertThat(copy.checkedAt()).isEqualTo(SECOND);
        assertThat(download(SECOND, true).cached().orElseThrow().checkedAt()).isEqualTo(SECOND);
    }

    @Test
    void aChangedDatabaseIsDownloadedAgainAndReplacesTheCopy() throws Exception {
        download(FIRST, false).refresh();
        server.body = DatabaseServer.osvZip("GHSA-aaaa-bbbb-cccc", "GHSA-dddd-eeee-ffff", "GHSA-gggg-hhhh-jjjj");
        server.etag = "\"v2\"";

        OsvDatabaseDownload.Copy copy = download(SECOND, false).refresh();

        assertThat(copy.outcome()).isEqualTo(OsvDatabaseDownload.Outcome.DOWNLOADED);
        assertThat(copy.etag()).isEqualTo("\"v2\"");
        assertThat(copy.fetchedAt()).isEqualTo(SECOND);
        assertThat(Files.readAllBytes(copy.zip())).isEqualTo(server.body);
    }

    @Test
    void aCopyFromAnotherUrlIsNotRefreshedConditionally() throws Exception {
        download(FIRST, false).refresh();
        Path state = directory.resolve("all.zip.state.properties");
        Files.writeString(state, Files.readString(state).replace("url=http", "url=https"));

        OsvDatabaseDownload.Copy copy = download(SECOND, false).refresh();

        assertThat(server.lastRequest().containsKey("If-None-Match")).isFalse();
        assertThat(server.lastRequest().containsKey("If-Modified-Since")).isFalse();
        assertThat(copy.outcome()).isEqualTo(OsvDatabaseDownload.Outcome.DOWNLOADED);
        assertThat(copy.url()).isEqualTo(server.url());
    }

    @Test
    void offlineAfterOneDownloadUsesTheCopyWithoutAnyRequest() throws Exception {
        OsvDatabaseDownload.Copy first = download(FIRST, false).refresh();
        server.close();

        OsvDatabaseDownload.Copy copy = download(SECOND, true).refresh();

        assertThat(copy.outcome()).isEqualTo(OsvDatabaseDownload.Outcome.OFFLINE);
        assertThat(copy.fetchedAt()).isEqualTo(FIRST);
        assertThat(copy.sha256()).isEqualTo(first.sha256());
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void offlineWithNothingCachedSaysHowToPrimeTheCache() {
        assertThatThrownBy(() -> download(FIRST, true).refresh())
                .isInstanceOf(DatabaseDownloadException.class)
                .hasMessageContaining("offline and there is no copy of the OSV database in " + directory)
                .hasMessageContaining("Run 'mvn dev.gatekeeper:gatekeeper-maven-plugin:audit-update' once online")
                .hasMessageContaining("restore the directory " + directory + " from a CI cache")
                .hasMessageContaining("gatekeeper.audit.osv.database");
        assertThat(server.requests).isEmpty();
        assertThat(download(FIRST, true).cached()).isEmpty();
    }

    @Test
    void aCopyThatNoLongerMatchesItsRecordIsNotTrustedOfflineAndDownloadedAgainOnline() throws Exception {
        download(FIRST, false).refresh();
        Path zip = directory.resolve("all.zip");
        byte[] bytes = Files.readAllBytes(zip);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(zip, bytes);

        assertThat(download(SECOND, true).cached()).isEmpty();
        assertThatThrownBy(() -> download(SECOND, true).refresh())
                .isInstanceOf(DatabaseDownloadException.class)
                .hasMessageContaining("cannot be trusted")
                .hasMessageContaining("no longer has the SHA-256 recorded")
                .hasMessageContaining("Run 'mvn dev.gatekeeper:gatekeeper-maven-plugin:audit-update' once online");

        OsvDatabaseDownload.Copy copy = download(SECOND, false).refresh();

        assertThat(server.lastRequest().containsKey("If-None-Match")).isFalse();
        assertThat(copy.outcome()).isEqualTo(OsvDatabaseDownload.Outcome.DOWNLOADED);
        assertThat(Files.readAllBytes(zip)).isEqualTo(server.body);
    }

    @Test
    void aHalfRestoredCacheWithoutItsRecordIsNotTrusted() throws Exception {
        download(FIRST, false).refresh();
        Files.delete(directory.resolve("all.zip.state.properties"));

        assertThat(download(SECOND, true).cached()).isEmpty();
        assertThatThrownBy(() -> download(SECOND, true).refresh())
                .hasMessageContaining("there is no readable record (all.zip.state.properties)");
    }

    @Test
    void aFailedRefreshKeepsTheCopyAndSaysWhy() throws Exception {
        OsvDatabaseDownload.Copy first = download(FIRST, false).refresh();
        server.status = 500;

        OsvDatabaseDownload.Copy copy = download(SECOND, false).refresh();

        assertThat(copy.outcome()).isEqualTo(OsvDatabaseDownload.Outcome.FAILED_KEPT_COPY);
        assertThat(copy.warning())
                .contains("could not download the OSV database from " + server.url())
                .contains("HTTP 500 Internal Server Error")
                .contains("using the copy downloaded 2026-12-01T08:00:00Z");
        assertThat(copy.sha256()).isEqualTo(first.sha256());
        assertThat(copy.checkedAt()).isEqualTo(FIRST);
        assertThat(Files.readAllBytes(copy.zip())).isEqualTo(server.body);
    }

    @Test
    void aMissingDatabaseIsAnErrorNamingTheUrlAndTheStatus() {
        server.status = 404;

        assertThatThrownBy(() -> download(FIRST, false).refresh())
                .isInstanceOf(DatabaseDownloadException.class)
                .hasMessageContaining("could not download the OSV database from " + server.url())
                .hasMessageContaining("HTTP 404 Not Found")
                .hasMessageContaining("Check gatekeeper.audit.osv.url");
        assertThat(directory.resolve("all.zip")).doesNotExist();
    }

    @Test
    void aServerErrorWithoutACopyIsAnErrorAndLeavesNothingBehind() throws Exception {
        server.status = 500;

        assertThatThrownBy(() -> download(FIRST, false).refresh())
                .isInstanceOf(DatabaseDownloadException.class)
                .hasMessageContaining("HTTP 500 Internal Server Error")
                .hasMessageContaining("Nothing was changed in " + directory);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aTruncatedBodyIsRefusedAndTheOldCopyKept() throws Exception {
        OsvDatabaseDownload.Copy first = download(FIRST, false).refresh();
        server.body = DatabaseServer.osvZip("GHSA-aaaa-bbbb-cccc", "GHSA-gggg-hhhh-jjjj", "GHSA-mmmm-pppp-qqqq");
        server.etag = "\"v2\"";
        server.truncateAt = server.body.length / 2;

        OsvDatabaseDownload.Copy copy = download(SECOND, false).refresh();

        assertThat(copy.outcome()).isEqualTo(OsvDatabaseDownload.Outcome.FAILED_KEPT_COPY);
        assertThat(copy.warning())
                .contains("the connection closed after " + server.truncateAt + " of " + server.body.length + " bytes");
        assertThat(Digests.sha256(copy.zip())).isEqualTo(first.sha256());
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aServerThatStopsSendingInTheMiddleOfTheBodyTimesOut() throws Exception {
        server.stallAt = server.body.length / 2;
        server.stallFor = Duration.ofSeconds(5);

        long start = System.nanoTime();
        assertThatThrownBy(() -> download(FIRST, false, Duration.ofMillis(400)).refresh())
                .isInstanceOf(DatabaseDownloadException.class)
                .hasMessageContaining("the server stopped sending after " + server.stallAt + " of " + server.body.length
                        + " bytes: nothing arrived for 0.4 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aServerThatDoesNotAnswerTimesOut() throws Exception {
        server.delay = Duration.ofSeconds(5);

        assertThatThrownBy(() -> download(FIRST, false, Duration.ofMillis(300)).refresh())
                .isInstanceOf(DatabaseDownloadException.class)
                .hasMessageContaining("no answer within 0.3 s");
    }

    @Test
    void anHtmlPageSentWith200IsRefusedAsSuch() throws Exception {
        server.contentType = "text/html; charset=utf-8";
        server.body = "<html><body>Sign in to the guest network</body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> download(FIRST, false).refresh())
                .isInstanceOf(DatabaseDownloadException.class)
                .hasMessageContaining("the server sent an HTML page (Content-Type text/html; charset=utf-8)")
                .hasMessageContaining("captive portal");
        assertThat(directory.resolve("all.zip")).doesNotExist();
    }

    @Test
    void aWrongContentTypeIsRefused() {
        server.contentType = "application/json";

        assertThatThrownBy(() -> download(FIRST, false).refresh())
                .hasMessageContaining("the server sent application/json instead of a zip");
    }

    @Test
    void aZipWithoutAdvisoriesOrNotAZipAtAllIsRefused() throws Exception {
        server.contentType = "application/octet-stream";
        server.body = "not a zip at all".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> download(FIRST, false).refresh())
                .hasMessageContaining("the download is not a usable OSV database: it is not a complete zip");

        server.body = ZipIntegrityTest.zip("README.txt", "no advisories");
        assertThatThrownBy(() -> download(FIRST, false).refresh())
                .hasMessageContaining("the zip holds no .json advisory");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aLongDownloadReportsProgressWithSizeAndRate() throws Exception {
        server.body = DatabaseServer.largeOsvZip(40);
        server.chunk = server.body.length / 8;
        server.chunkPause = Duration.ofMillis(150);
        DownloadSettings settings = new DownloadSettings(
                server.url(), directory, null, Duration.ofSeconds(5), Duration.ofSeconds(5), false);
        OsvDatabaseDownload.Timing fast =
                new OsvDatabaseDownload.Timing(Duration.ofSeconds(2), Duration.ofMillis(200), Duration.ofMillis(300));

        new OsvDatabaseDownload(settings, progress::add, Clock.systemUTC(), fast).refresh();

        assertThat(progress.size()).isGreaterThanOrEqualTo(2);
        assertThat(progress.subList(0, progress.size() - 1))
                .allMatch(line ->
                        line.matches("downloading the OSV database: \\d+\\.\\d MB of 0\\.6 MB \\(\\d+\\.\\d MB/s\\)"));
        assertThat(progress.get(progress.size() - 1)).matches("downloaded the OSV database: 0\\.6 MB in \\d+\\.\\d s");
    }

    @Test
    void aKilledBuildsTemporaryFileIsRemovedByTheNextRefresh() throws Exception {
        Files.createDirectories(directory);
        Files.write(directory.resolve(".all.zip.0123456789abcdef.download"), new byte[] {1, 2, 3});

        download(FIRST, false).refresh();

        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aRefusedConnectionNamesTheUrlAndSaysWhatToDo() throws Exception {
        OsvDatabaseDownload closed = download(FIRST, false);
        server.close();

        assertThatThrownBy(closed::refresh)
                .isInstanceOf(DatabaseDownloadException.class)
                .hasMessageContaining(
                        "could not download the OSV database from " + server.url() + ": could not connect")
                .hasMessageContaining("check the network and the <proxies> of Maven's settings.xml");
    }

    @Test
    void aDirectoryThatCannotBeLockedStillServesItsCopyButIsNotRefreshed() throws Exception {
        OsvDatabaseDownload.Copy first = download(FIRST, false).refresh();
        Path lock = directory.resolve(".lock");
        Files.delete(lock);
        Files.createDirectory(lock);
        server.etag = "\"v2\"";

        OsvDatabaseDownload.Copy online = download(SECOND, false).refresh();
        OsvDatabaseDownload.Copy offline = download(SECOND, true).refresh();

        assertThat(online.outcome()).isEqualTo(OsvDatabaseDownload.Outcome.FAILED_KEPT_COPY);
        assertThat(online.warning()).contains("cannot lock " + lock).contains("was not refreshed");
        assertThat(online.sha256()).isEqualTo(first.sha256());
        assertThat(offline.outcome()).isEqualTo(OsvDatabaseDownload.Outcome.OFFLINE);
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void aDirectoryThatCannotBeLockedWithoutACopyIsAnErrorNamingIt() throws Exception {
        Files.createDirectories(directory.resolve(".lock"));

        assertThatThrownBy(() -> download(FIRST, false).refresh())
                .isInstanceOf(DatabaseDownloadException.class)
                .hasMessageContaining("cannot use the OSV database directory " + directory)
                .hasMessageContaining("cannot lock " + directory.resolve(".lock"));
    }

    @Test
    void aUrlThatIsNotHttpIsAnErrorSayingWhatToSetInstead() {
        for (String url : List.of("file:///srv/osv/all.zip", "ftp://mirror.example/all.zip", "http:///all.zip")) {
            DownloadSettings settings = new DownloadSettings(
                    java.net.URI.create(url), directory, null, Duration.ofSeconds(5), Duration.ofSeconds(5), false);
            OsvDatabaseDownload download =
                    new OsvDatabaseDownload(settings, progress::add, Clock.fixed(FIRST, ZoneOffset.UTC));

            assertThatThrownBy(download::refresh)
                    .isInstanceOf(DatabaseDownloadException.class)
                    .hasMessageContaining("cannot download the OSV database from " + url)
                    .hasMessageContaining("gatekeeper.audit.osv.url must be an http:// or https:// URL with a host")
                    .hasMessageContaining("gatekeeper.audit.osv.database");
        }
    }

    @Test
    void aRecordWithAValidatorNoHeaderCanCarryIsNotTrusted() throws Exception {
        download(FIRST, false).refresh();
        Path state = directory.resolve("all.zip.state.properties");
        Files.writeString(state, Files.readString(state).replace("etag=\"v1\"", "etag=\"v1\\n\\rInjected: yes\""));

        OsvDatabaseDownload.Copy copy = download(SECOND, false).refresh();

        assertThat(copy.outcome()).isEqualTo(OsvDatabaseDownload.Outcome.DOWNLOADED);
        assertThat(server.lastRequest().containsKey("Injected")).isFalse();
        assertThat(server.lastRequest().containsKey("If-None-Match")).isFalse();
    }

    private List<Path> leftovers() throws Exception {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".download")
                            || p.getFileName().toString().endsWith(".tmp"))
                    .toList();
        }
    }
}
