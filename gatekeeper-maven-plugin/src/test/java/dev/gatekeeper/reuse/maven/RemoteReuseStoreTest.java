package dev.gatekeeper.reuse.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gatekeeper.it.NginxDav;
import dev.gatekeeper.reuse.ReuseStore;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.io.xpp3.SettingsXpp3Reader;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.internal.impl.DefaultTransporterProvider;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.spi.connector.transport.TransporterProvider;
import org.eclipse.aether.transport.http.HttpTransporterFactory;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote store against a real nginx with WebDAV on loopback, through the transporter Maven 3.9 uses, with
 * credentials taken from a settings {@code <server>} the way Maven maps them. Skipped, with the reason, where
 * nginx with its dav module is not installed ({@code .ci/run} installs Debian's {@code nginx-light}).
 */
class RemoteReuseStoreTest {
    @TempDir
    static Path serverDirectory;

    private static NginxDav nginx;

    private final List<String> lines = new ArrayList<>();
    private final TransporterProvider transporters =
            new DefaultTransporterProvider().addTransporterFactory(new HttpTransporterFactory());

    @BeforeAll
    static void startNginx() throws Exception {
        Optional<Path> binary = NginxDav.binary();
        assumeTrue(
                binary.isPresent(),
                "nginx with the WebDAV module is not installed (apt-get install nginx-light); the remote store"
                        + " tests need a real server on loopback");
        nginx = NginxDav.start(binary.get(), serverDirectory);
    }

    @AfterAll
    static void stopNginx() {
        if (nginx != null) {
            nginx.close();
        }
    }

    @Test
    void aRecordPutIsReadBackWholeAsKeyDotJsonBelowTheUrlWithTheDefaultServerIdsCredentials() throws Exception {
        ReuseStore store = open(session(settings("gatekeeper-reuse", NginxDav.USER, NginxDav.PASSWORD)), null);
        byte[] record =
                "{\"gate\":\"audit\",\"inputs\":{\"dependency-graph\":\"abc\"}}".getBytes(StandardCharsets.UTF_8);

        store.put(key("audit", "0a"), record);

        assertThat(store.get(key("audit", "0a"))).hasValue(record);
        // <key>.json, as in the local directory: one layout for a store copied from one kind to the other
        assertThat(nginx.file(key("audit", "0a") + ".json")).hasBinaryContent(record);
        assertThat(lines).isEmpty();
    }

    @Test
    void aSecondPutOfOneKeyReplacesTheRecordWhole() throws Exception {
        ReuseStore store = open(session(settings("gatekeeper-reuse", NginxDav.USER, NginxDav.PASSWORD)), null);
        store.put(key("sbom", "1b"), "first, a longer record than the second".getBytes(StandardCharsets.UTF_8));

        store.put(key("sbom", "1b"), "second".getBytes(StandardCharsets.UTF_8));

        assertThat(store.get(key("sbom", "1b"))).hasValue("second".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void twoWritersOfOneKeyAndAReaderOnlyEverSeeWholeRecords() throws Exception {
        byte[] first = new byte[256 * 1024];
        byte[] second = new byte[192 * 1024];
        Arrays.fill(first, (byte) 'a');
        Arrays.fill(second, (byte) 'b');
        List<byte[]> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (byte[] record : List.of(first, second)) {
                ReuseStore writer = open(session(settings("gatekeeper-reuse", NginxDav.USER, NginxDav.PASSWORD)), null);
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 30; i++) {
                        writer.put(key("audit", "2c"), record);
                    }
                    return null;
                }));
            }
            ReuseStore reader = open(session(settings("gatekeeper-reuse", NginxDav.USER, NginxDav.PASSWORD)), null);
            jobs.add(pool.submit(() -> {
                for (int i = 0; i < 60; i++) {
                    reader.get(key("audit", "2c")).ifPresent(seen::add);
                }
                return null;
            }));
            for (Future<?> job : jobs) {
                job.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(seen)
                .isNotEmpty()
                .allSatisfy(record -> assertThat(Arrays.equals(record, first) || Arrays.equals(record, second))
                        .as("a whole record of one writer (%d bytes read)", record.length)
                        .isTrue());
        assertThat(lines).isEmpty();
    }

    @Test
    void aKeyThatIsNotAStoreKeyIsRefusedBeforeAnyRequest() throws Exception {
        ReuseStore store = open(session(settings("gatekeeper-reuse", NginxDav.USER, NginxDav.PASSWORD)), null);

        assertThatThrownBy(() -> store.put("../outside", new byte[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a reuse store key");
        assertThat(nginx.file("../outside")).doesNotExist();
        assertThat(lines).isEmpty();
    }

    @Test
    void aKeyTheStoreDoesNotHoldIsEmptyAndSaysNothing() throws Exception {
        ReuseStore store = open(session(settings("gatekeeper-reuse", NginxDav.USER, NginxDav.PASSWORD)), null);

        assertThat(store.get(key("audit", "3d"))).isEmpty();
        assertThat(lines).isEmpty();
    }

    @Test
    void credentialsComeFromTheSettingsServerNamedByStoreServerId() throws Exception {
        ReuseStore writer = open(session(settings("team-store", NginxDav.USER, NginxDav.PASSWORD)), "team-store");
        writer.put(key("docs", "4e"), "named".getBytes(StandardCharsets.UTF_8));
        ReuseStore withoutThatServer =
                open(session(settings("gatekeeper-reuse", NginxDav.USER, NginxDav.PASSWORD)), "team-store");

        assertThat(writer.get(key("docs", "4e"))).hasValue("named".getBytes(StandardCharsets.UTF_8));
        assertThat(withoutThatServer.get(key("docs", "4e"))).isEmpty();
        assertThat(lines)
                .anySatisfy(line ->
                        assertThat(line).contains("gatekeeper.reuse.storeServerId=team-store names no <server>"));
    }

    @Test
    void wrongCredentialsAreOneClearLineWithoutThePasswordAndTheStoreIsLeftAlone() throws Exception {
        String wrongPassword = "not-the-Password-42";
        ReuseStore store = open(session(settings("gatekeeper-reuse", NginxDav.USER, wrongPassword)), null);

        assertThat(store.get(key("audit", "5f"))).isEmpty();
        store.put(key("audit", "5f"), "x".getBytes(StandardCharsets.UTF_8));
        assertThat(store.get(key("audit", "6a"))).isEmpty();

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0))
                .contains("the remote store " + nginx.url())
                .contains("401")
                .contains("the gates run and record locally")
                .doesNotContain(wrongPassword)
                .doesNotContain(NginxDav.PASSWORD);
        assertThat(nginx.file(key("audit", "5f") + ".json")).doesNotExist();
    }

    @Test
    void aRecordLargerThanAnyRecordIsNotDownloadedWholeAndTheStoreStaysInUse() throws Exception {
        ReuseStore store = open(session(settings("gatekeeper-reuse", NginxDav.USER, NginxDav.PASSWORD)), null);
        Path planted = nginx.file(key("audit", "6a") + ".json");
        Files.createDirectories(planted.getParent());
        try (RandomAccessFile file = new RandomAccessFile(planted.toFile(), "rw")) {
            file.setLength(ReuseStore.MAX_RECORD_BYTES + 1); // sparse
        }

        assertThatThrownBy(() -> store.get(key("audit", "6a")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("larger than " + ReuseStore.MAX_RECORD_BYTES + " bytes");

        assertThat(store.usable()).isTrue();
        assertThat(lines).isEmpty();
        store.put(key("audit", "6b"), "small".getBytes(StandardCharsets.UTF_8));
        assertThat(store.get(key("audit", "6b"))).hasValue("small".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aServerErrorIsOneLineAndNoRecord() throws Exception {
        ReuseStore store =
                open(session(settings("gatekeeper-reuse", NginxDav.USER, NginxDav.PASSWORD)), null, nginx.brokenUrl());

        assertThat(store.get(key("audit", "5f"))).isEmpty();

        assertThat(lines)
                .singleElement()
                .asString()
                .contains("500")
                .contains("failed reading " + key("audit", "5f") + ".json");
    }

    @Test
    void aServerThatIsDownIsEmptyWithOneLine() throws Exception {
        URI nobodyListens = URI.create("http://127.0.0.1:" + NginxDav.freePort() + "/reuse/");
        ReuseStore store =
                open(session(settings("gatekeeper-reuse", NginxDav.USER, NginxDav.PASSWORD)), null, nobodyListens);

        assertThat(store.get(key("audit", "5f"))).isEmpty();
        store.put(key("audit", "5f"), "x".getBytes(StandardCharsets.UTF_8));

        assertThat(lines)
                .singleElement()
                .asString()
                .contains("Connection refused")
                .contains(nobodyListens.toString());
    }

    @Test
    void theSettingsProxyCarriesTheRequestsAndTheLineNamesIt() throws Exception {
        int deadProxyPort = NginxDav.freePort();
        DefaultRepositorySystemSession session =
                session(settings("gatekeeper-reuse", NginxDav.USER, NginxDav.PASSWORD));
        // As Maven maps an active settings <proxy> (nonProxyHosts not matching the store's host).
        session.setProxySelector(
                new DefaultProxySelector().add(new Proxy("http", "127.0.0.1", deadProxyPort), "nothing.example"));
        ReuseStore store = open(session, null);

        assertThat(store.get(key("audit", "5f"))).isEmpty();

        assertThat(lines)
                .singleElement()
                .asString()
                .contains("the remote store " + nginx.url() + " (through the proxy 127.0.0.1:" + deadProxyPort + ")")
                .contains("Connection refused");
        assertThat(store.describe()).isEqualTo(nginx.url().toString());
    }

    @Test
    void aServerThatNeverAnswersIsGivenUpAfterTheRequestTimeout() throws Exception {
        try (ServerSocket hung = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(hung.accept()); // read nothing, answer nothing
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            DefaultRepositorySystemSession session =
                    session(settings("gatekeeper-reuse", NginxDav.USER, NginxDav.PASSWORD));
            // The user's own per-repository timeout wins over the store's default (15 s).
            session.setConfigProperty("aether.connector.requestTimeout.gatekeeper-reuse", 1000);
            ReuseStore store = open(session, null, URI.create("http://127.0.0.1:" + hung.getLocalPort() + "/reuse/"));

            Instant start = Instant.now();
            assertThat(store.get(key("audit", "5f"))).isEmpty();

            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
            assertThat(lines).singleElement().asString().containsIgnoringCase("timed out");
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void aSchemeNoTransportOfThisMavenSpeaksIsNoStoreWithOneLine() throws Exception {
        Optional<ReuseStore> store = RemoteReuseStore.open(
                session(settings("gatekeeper-reuse", NginxDav.USER, NginxDav.PASSWORD)),
                transporters,
                URI.create("ftp://ci:pw@127.0.0.1/reuse/"),
                null,
                lines::add);

        assertThat(store).isEmpty();
        assertThat(lines)
                .singleElement()
                .asString()
                .startsWith("the remote store ftp://127.0.0.1/reuse/ cannot be used (NoTransporterException")
                .contains("the gates run and record locally")
                .doesNotContain("ci:pw");
    }

    @Test
    void theStoreIsDescribedWithoutUserInformation() {
        assertThat(RemoteReuseStore.describe(URI.create("https://ci:pw@repo.example.com:8443/raw/reuse/?x=1")))
                .isEqualTo("https://repo.example.com:8443/raw/reuse/");
    }

    /** A store key as {@code SharedRecords.key} makes them: a gate, a dash and 64 hex digits. */
    private static String key(String gate, String hexPair) {
        return gate + "-" + hexPair.repeat(32);
    }

    private ReuseStore open(DefaultRepositorySystemSession session, String serverId) {
        return open(session, serverId, nginx.url());
    }

    private ReuseStore open(DefaultRepositorySystemSession session, String serverId, URI url) {
        return RemoteReuseStore.open(session, transporters, url, serverId, lines::add)
                .orElseThrow();
    }

    /** A settings.xml with one server, read by Maven's own settings reader. */
    private static Settings settings(String id, String username, String password) throws Exception {
        String xml = """
                <settings>
                  <servers>
                    <server>
                      <id>%s</id>
                      <username>%s</username>
                      <password>%s</password>
                    </server>
                  </servers>
                </settings>
                """.formatted(id, username, password);
        return new SettingsXpp3Reader().read(new StringReader(xml));
    }

    /** The repository session's selectors as Maven builds them from the settings' servers and proxies. */
    private static DefaultRepositorySystemSession session(Settings settings) throws IOException {
        DefaultAuthenticationSelector authentication = new DefaultAuthenticationSelector();
        for (Server server : settings.getServers()) {
            authentication.add(
                    server.getId(),
                    new AuthenticationBuilder()
                            .addUsername(server.getUsername())
                            .addPassword(server.getPassword())
                            .build());
        }
        DefaultRepositorySystemSession session = new DefaultRepositorySystemSession();
        session.setAuthenticationSelector(authentication);
        session.setProxySelector(new DefaultProxySelector());
        session.setConfigProperty("aether.connector.userAgent", "gatekeeper-test");
        return session;
    }
}
