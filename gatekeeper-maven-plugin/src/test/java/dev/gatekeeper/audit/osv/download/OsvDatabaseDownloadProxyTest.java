package dev.gatekeeper.audit.osv.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsvDatabaseDownloadProxyTest {
    private static final String PROXY_SECRET = "pr0xy-s3cret";
    private static final String SERVER_SECRET = "s3rver-s3cret";
    private static final HttpAccess.Credentials PROXY_USER = new HttpAccess.Credentials("alice", PROXY_SECRET);
    private static final HttpAccess.Credentials SERVER_USER = new HttpAccess.Credentials("bob", SERVER_SECRET);

    @TempDir
    Path temp;

    DatabaseServer server;
    final List<String> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new DatabaseServer(DatabaseServer.osvZip("GHSA-aaaa-bbbb-cccc"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OsvDatabaseDownload download(URI url, HttpAccess access) {
        DownloadSettings settings = new DownloadSettings(
                url, temp.resolve("database"), access, Duration.ofSeconds(5), Duration.ofSeconds(5), false);
        return new OsvDatabaseDownload(settings, progress::add, Clock.systemUTC());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aProxyInBetweenCarriesTheDownloadAndTheConditionalRequest() throws Exception {
        try (ForwardingProxy proxy = new ForwardingProxy(null)) {
            HttpAccess access = new HttpAccess(new HttpAccess.ProxyServer("127.0.0.1", proxy.port(), null, null), null);

            assertThat(download(server.url(), access).refresh().outcome())
                    .isEqualTo(OsvDatabaseDownload.Outcome.DOWNLOADED);
            assertThat(download(server.url(), access).refresh().outcome())
                    .isEqualTo(OsvDatabaseDownload.Outcome.NOT_MODIFIED);

            assertThat(proxy.forwarded)
                    .containsExactly(server.url().toString(), server.url().toString());
            assertThat(server.lastRequest().getFirst("If-None-Match")).isEqualTo("\"v1\"");
            assertThat(server.fullDownloads).hasValue(1);
        }
    }

    @Test
    void theProxysCredentialsGoToTheProxyOnly() throws Exception {
        try (ForwardingProxy proxy = new ForwardingProxy(basic("alice", PROXY_SECRET))) {
            HttpAccess access =
                    new HttpAccess(new HttpAccess.ProxyServer("127.0.0.1", proxy.port(), PROXY_USER, null), null);

            assertThat(download(server.url(), access).refresh().outcome())
                    .isEqualTo(OsvDatabaseDownload.Outcome.DOWNLOADED);

            assertThat(proxy.proxyAuthorizations).containsExactly(basic("alice", PROXY_SECRET));
            assertThat(server.lastRequest().containsKey("Proxy-Authorization")).isFalse();
        }
    }

    @Test
    void aProxyRefusingTheCredentialsIsAnErrorWithoutTheSecret() throws Exception {
        try (ForwardingProxy proxy = new ForwardingProxy(basic("alice", "another password"))) {
            HttpAccess access =
                    new HttpAccess(new HttpAccess.ProxyServer("127.0.0.1", proxy.port(), PROXY_USER, null), null);

            assertThatThrownBy(() -> download(server.url(), access).refresh())
                    .isInstanceOf(DatabaseDownloadException.class)
                    .hasMessageContaining("through the proxy 127.0.0.1:" + proxy.port())
                    .hasMessageContaining("HTTP 407 Proxy Authentication Required")
                    .hasMessageContaining("Check the proxy's <username> and <password> in Maven's settings.xml")
                    .message()
                    .doesNotContain(PROXY_SECRET);
            assertThat(server.requests).isEmpty();
        }
    }

    @Test
    void aHostMatchingNonProxyHostsIsReachedDirectly() throws Exception {
        try (ForwardingProxy proxy = new ForwardingProxy(null)) {
            HttpAccess access = new HttpAccess(
                    new HttpAccess.ProxyServer(
                            "127.0.0.1", proxy.port(), PROXY_USER, List.of("*.internal.example", "127.0.0.*")),
                    null);

            assertThat(download(server.url(), access).refresh().outcome())
                    .isEqualTo(OsvDatabaseDownload.Outcome.DOWNLOADED);

            assertThat(proxy.forwarded).isEmpty();
            assertThat(proxy.proxyAuthorizations).isEmpty();
            assertThat(server.lastRequest().containsKey("Proxy-Authorization")).isFalse();
        }
    }

    @Test
    void anHttpsTunnelRefusedForWantOfCredentialsExplainsTheJdksBasicRestriction() throws Exception {
        try (ForwardingProxy.RefusingTunnels proxy = ForwardingProxy.refusingTunnels()) {
            HttpAccess access =
                    new HttpAccess(new HttpAccess.ProxyServer("127.0.0.1", proxy.port(), PROXY_USER, null), null);
            URI https = URI.create("https://osv.example.test/Maven/all.zip");

            assertThatThrownBy(() -> download(https, access).refresh())
                    .isInstanceOf(DatabaseDownloadException.class)
                    .hasMessageContaining("HTTP 407")
                    .hasMessageContaining("jdk.http.auth.tunneling.disabledSchemes")
                    .hasMessageContaining("MAVEN_OPTS or .mvn/jvm.config")
                    .message()
                    .doesNotContain(PROXY_SECRET);
            // The JDK itself left the preemptive Basic credentials out of the CONNECT (its default restriction).
            assertThat(proxy.connectRequests)
                    .isNotEmpty()
                    .allSatisfy(request -> assertThat(request)
                            .startsWith("CONNECT osv.example.test:443")
                            .doesNotContainIgnoringCase("Proxy-Authorization"));
        }
    }

    @Test
    void theServersCredentialsGoToTheDatabasesHostAndNotToARedirectsOtherHost() throws Exception {
        try (DatabaseServer elsewhere = new DatabaseServer(server.body)) {
            server.redirectTo = elsewhere.url().toString();
            HttpAccess access = new HttpAccess(null, SERVER_USER);

            assertThat(download(server.url("/moved/all.zip"), access).refresh().outcome())
                    .isEqualTo(OsvDatabaseDownload.Outcome.DOWNLOADED);

            assertThat(server.lastRequest().getFirst("Authorization")).isEqualTo(basic("bob", SERVER_SECRET));
            assertThat(elsewhere.requests)
                    .singleElement()
                    .satisfies(headers ->
                            assertThat(headers.containsKey("Authorization")).isFalse());
        }
    }

    @Test
    void aRedirectOnTheSameHostKeepsTheServersCredentials() throws Exception {
        server.redirectTo = DatabaseServer.PATH;

        download(server.url("/moved/all.zip"), new HttpAccess(null, SERVER_USER))
                .refresh();

        assertThat(server.requests)
                .hasSize(2)
                .allSatisfy(headers ->
                        assertThat(headers.getFirst("Authorization")).isEqualTo(basic("bob", SERVER_SECRET)));
    }

    @Test
    void noSecretAppearsInAnyMessageLineOrFileWhateverFails() throws Exception {
        List<String> texts = new ArrayList<>();
        URI withUserInfo = URI.create("http://carol:url-s3cret@127.0.0.1:"
                + server.server.getAddress().getPort() + DatabaseServer.PATH + "?token=query-s3cret");
        try (ForwardingProxy proxy = new ForwardingProxy(basic("alice", PROXY_SECRET))) {
            HttpAccess both = new HttpAccess(
                    new HttpAccess.ProxyServer("127.0.0.1", proxy.port(), PROXY_USER, null), SERVER_USER);
            HttpAccess wrongProxyPassword = new HttpAccess(
                    new HttpAccess.ProxyServer(
                            "127.0.0.1", proxy.port(), new HttpAccess.Credentials("alice", "x" + SERVER_SECRET), null),
                    SERVER_USER);
            for (int status : new int[] {401, 403, 500}) {
                server.status = status;
                texts.add(messageOf(download(withUserInfo, both)));
                texts.add(messageOf(download(server.url(), both)));
            }
            texts.add(messageOf(download(withUserInfo, wrongProxyPassword)));
            server.status = 200;
            OsvDatabaseDownload.Copy copy = download(withUserInfo, both).refresh();
            texts.add(copy.toString());
            texts.add(access(both));
            server.status = 500;
            texts.add(download(withUserInfo, both).refresh().warning());
        }
        try (Stream<Path> files = Files.list(temp.resolve("database"))) {
            for (Path file : files.filter(p -> !p.getFileName().toString().endsWith(".zip"))
                    .toList()) {
                texts.add(Files.readString(file));
            }
        }
        texts.addAll(progress);

        assertThat(texts)
                .hasSizeGreaterThan(10)
                .allSatisfy(text -> assertThat(text)
                        .doesNotContain(PROXY_SECRET, SERVER_SECRET, "url-s3cret", "query-s3cret")
                        .doesNotContain(Base64.getEncoder().encodeToString(("alice:" + PROXY_SECRET).getBytes())));
        assertThat(texts.get(0)).contains("HTTP 401 Unauthorized").contains("credentials of the <server>");
    }

    private static String access(HttpAccess access) {
        return access.toString();
    }

    private static String messageOf(OsvDatabaseDownload download) {
        try {
            download.refresh();
            return "(no failure)";
        } catch (DatabaseDownloadException e) {
            return e.getMessage();
        }
    }
}
