package dev.gatekeeper.audit.osv.download;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real forwarding HTTP proxy on loopback for absolute-URI requests ({@code GET http://host/path}), as a
 * corporate proxy is for plain HTTP: it checks {@code Proxy-Authorization} when it wants credentials (407
 * otherwise) and forwards everything else, validators included, to the origin. {@code CONNECT} (an HTTPS
 * tunnel) is answered by {@link #refusingTunnels} only, which asks for credentials and records what it got.
 */
final class ForwardingProxy implements AutoCloseable {
    private static final Set<String> HOP_BY_HOP = Set.of(
            "proxy-authorization",
            "proxy-connection",
            "connection",
            "keep-alive",
            "host",
            "content-length",
            "transfer-encoding",
            "upgrade",
            "te");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final String requiredAuthorization;
    /** The absolute URIs the proxy was asked for. */
    final List<String> forwarded = new CopyOnWriteArrayList<>();
    /** Every Proxy-Authorization value received (null for none). */
    final List<String> proxyAuthorizations = new CopyOnWriteArrayList<>();

    ForwardingProxy(String requiredAuthorization) throws IOException {
        this.requiredAuthorization = requiredAuthorization;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::forward);
        server.setExecutor(executor);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Proxy-Authorization");
            proxyAuthorizations.add(authorization);
            if (requiredAuthorization != null && !requiredAuthorization.equals(authorization)) {
                exchange.getResponseHeaders().set("Proxy-Authenticate", "Basic realm=\"loopback proxy\"");
                exchange.sendResponseHeaders(407, -1);
                return;
            }
            forwarded.add(exchange.getRequestURI().toString());
            HttpURLConnection origin =
                    (HttpURLConnection) exchange.getRequestURI().toURL().openConnection(Proxy.NO_PROXY);
            origin.setInstanceFollowRedirects(false);
            origin.setRequestMethod(exchange.getRequestMethod());
            for (Map.Entry<String, List<String>> header :
                    exchange.getRequestHeaders().entrySet()) {
                if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                    for (String value : header.getValue()) {
                        origin.addRequestProperty(header.getKey(), value);
                    }
                }
            }
            int status = origin.getResponseCode();
            for (Map.Entry<String, List<String>> header :
                    origin.getHeaderFields().entrySet()) {
                if (header.getKey() != null
                        && !HOP_BY_HOP.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                    exchange.getResponseHeaders().put(header.getKey(), header.getValue());
                }
            }
            InputStream body = status >= 400 ? origin.getErrorStream() : origin.getInputStream();
            byte[] bytes = body == null ? new byte[0] : body.readAllBytes();
            exchange.sendResponseHeaders(status, status == 304 || bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0 && status != 304) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    /**
     * A proxy that answers every {@code CONNECT} with 407 and records the request's headers: what a proxy
     * wanting credentials does to an HTTPS tunnel.
     */
    static final class RefusingTunnels implements AutoCloseable {
        final ServerSocket socket;
        final List<String> connectRequests = new CopyOnWriteArrayList<>();
        private final Thread thread;

        RefusingTunnels() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            thread = new Thread(this::serve, "refusing-tunnels");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    BufferedReader in = new BufferedReader(
                            new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
                    StringBuilder request = new StringBuilder();
                    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                        request.append(line).append('\n');
                    }
                    connectRequests.add(request.toString());
                    client.getOutputStream()
                            .write(("HTTP/1.1 407 Proxy Authentication Required\r\n"
                                            + "Proxy-Authenticate: Basic realm=\"loopback proxy\"\r\n"
                                            + "Content-Length: 0\r\nConnection: close\r\n\r\n")
                                    .getBytes(StandardCharsets.ISO_8859_1));
                    client.getOutputStream().flush();
                } catch (IOException e) {
                    // closed
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    static RefusingTunnels refusingTunnels() throws IOException {
        return new RefusingTunnels();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
