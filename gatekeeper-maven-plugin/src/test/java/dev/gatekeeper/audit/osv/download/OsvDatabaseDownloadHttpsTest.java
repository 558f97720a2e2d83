package dev.gatekeeper.audit.osv.download;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS, as the default URL is: a real {@code HttpsServer} on loopback with a certificate made by the JDK's
 * keytool, directly and through a real tunnelling proxy ({@code CONNECT}), as behind a corporate proxy.
 */
class OsvDatabaseDownloadHttpsTest {
    @TempDir
    Path temp;

    private SSLContext tls() throws Exception {
        Path keystore = temp.resolve("server.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "server",
                        "-keyalg",
                        "EC",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=ip:127.0.0.1,dns:localhost",
                        "-keystore",
                        keystore.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass",
                        "changeit",
                        "-keypass",
                        "changeit")
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("keytool.log").toFile())
                .start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue())
                .as(Files.readString(temp.resolve("keytool.log")))
                .isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    private static HttpsServer serve(SSLContext tls, byte[] zip, List<String> authorizations) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            try (exchange) {
                authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                exchange.getResponseHeaders().set("Content-Type", "application/zip");
                exchange.getResponseHeaders().set("ETag", "\"tls\"");
                if ("\"tls\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, zip.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(zip);
                }
            }
        });
        server.start();
        return server;
    }

    private OsvDatabaseDownload download(URI url, HttpAccess access, SSLContext tls) {
        DownloadSettings settings = new DownloadSettings(
                url, temp.resolve("database"), access, Duration.ofSeconds(5), Duration.ofSeconds(5), false);
        return new OsvDatabaseDownload(
                settings, line -> {}, Clock.systemUTC(), OsvDatabaseDownload.Timing.DEFAULT, tls);
    }

    @Test
    void anHttpsDatabaseIsDownloadedWithTheServersCredentialsAndRefreshedConditionally() throws Exception {
        SSLContext tls = tls();
        byte[] zip = DatabaseServer.osvZip("GHSA-aaaa-bbbb-cccc");
        List<String> authorizations = new CopyOnWriteArrayList<>();
        HttpsServer server = serve(tls, zip, authorizations);
        try {
            URI url = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/Maven/all.zip");
            HttpAccess access = new HttpAccess(null, new HttpAccess.Credentials("bob", "secret"));

            assertThat(download(url, access, tls).refresh().outcome())
                    .isEqualTo(OsvDatabaseDownload.Outcome.DOWNLOADED);
            assertThat(download(url, access, tls).refresh().outcome())
                    .isEqualTo(OsvDatabaseDownload.Outcome.NOT_MODIFIED);

            assertThat(Files.readAllBytes(temp.resolve("database").resolve("all.zip")))
                    .isEqualTo(zip);
            assertThat(authorizations).hasSize(2).allMatch(value -> value.equals(ProxyRoute.basic(access.server())));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anHttpsDatabaseIsDownloadedThroughATunnellingProxy() throws Exception {
        SSLContext tls = tls();
        byte[] zip = DatabaseServer.osvZip("GHSA-aaaa-bbbb-cccc");
        HttpsServer server = serve(tls, zip, new CopyOnWriteArrayList<>());
        try (TunnellingProxy proxy = new TunnellingProxy()) {
            URI url = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/Maven/all.zip");
            HttpAccess access = new HttpAccess(new HttpAccess.ProxyServer("127.0.0.1", proxy.port(), null, null), null);

            assertThat(download(url, access, tls).refresh().outcome())
                    .isEqualTo(OsvDatabaseDownload.Outcome.DOWNLOADED);

            assertThat(proxy.tunnels)
                    .containsExactly("127.0.0.1:" + server.getAddress().getPort());
            assertThat(Files.readAllBytes(temp.resolve("database").resolve("all.zip")))
                    .isEqualTo(zip);
        } finally {
            server.stop(0);
        }
    }

    /** A real CONNECT proxy: opens the tunnel it is asked for and relays bytes both ways. */
    private static final class TunnellingProxy implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final List<String> tunnels = new CopyOnWriteArrayList<>();

        TunnellingProxy() throws IOException {
            Thread accept = new Thread(this::accept, "tunnelling-proxy");
            accept.setDaemon(true);
            accept.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Thread tunnel = new Thread(() -> tunnel(client), "tunnel");
                    tunnel.setDaemon(true);
                    tunnel.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void tunnel(Socket client) {
            try (client) {
                InputStream in = client.getInputStream();
                String head = readHead(in);
                String target = head.split(" ")[1];
                tunnels.add(target);
                int colon = target.lastIndexOf(':');
                try (Socket origin =
                        new Socket(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)))) {
                    client.getOutputStream()
                            .write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    client.getOutputStream().flush();
                    Thread up = new Thread(() -> relay(in, origin));
                    up.setDaemon(true);
                    up.start();
                    origin.getInputStream().transferTo(client.getOutputStream());
                }
            } catch (IOException | RuntimeException e) {
                // the client or the origin closed
            }
        }

        private static void relay(InputStream from, Socket to) {
            try {
                from.transferTo(to.getOutputStream());
            } catch (IOException e) {
                // closed
            }
        }

        /** The request head, read byte by byte so that nothing of the TLS handshake after it is consumed. */
        private static String readHead(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("closed before the end of the request head");
                }
                head.append((char) b);
            }
            return head.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
