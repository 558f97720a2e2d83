package dev.gatekeeper.audit.osv;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves one database zip on loopback the way a static file host does (osv.dev's bucket, a repository
 * manager's generic remote): {@code ETag} and {@code Last-Modified} on a 200, 304 with no body for a
 * matching {@code If-None-Match} or {@code If-Modified-Since}. It counts what it answered, so the benchmark
 * can show what a refresh costs at the server.
 */
final class OsvBenchmarkServer implements AutoCloseable {
    /** One answered request: its status and the body bytes sent. */
    record Served(int status, long bodyBytes) {}

    private final HttpServer server;
    private final Path zip;
    private final String etag;
    private final String lastModified;
    private final List<Served> served = new ArrayList<>();

    OsvBenchmarkServer(Path zip) throws IOException {
        this.zip = zip;
        this.etag = "\"" + Long.toHexString(Files.size(zip)) + "-"
                + Long.toHexString(Files.getLastModifiedTime(zip).toMillis()) + "\"";
        this.lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Files.getLastModifiedTime(zip).toInstant().atOffset(ZoneOffset.UTC));
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/Maven/all.zip", this::answer);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/Maven/all.zip");
    }

    /** What was answered since the last call, and forgets it. */
    synchronized List<Served> takeServed() {
        List<Served> copy = List.copyOf(served);
        served.clear();
        return copy;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", lastModified);
            boolean current = etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))
                    || (exchange.getRequestHeaders().getFirst("If-None-Match") == null
                            && lastModified.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since")));
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(405, -1);
                record(405, 0);
            } else if (current) {
                exchange.sendResponseHeaders(304, -1);
                record(304, 0);
            } else {
                long size = Files.size(zip);
                exchange.getResponseHeaders().set("Content-Type", "application/zip");
                exchange.sendResponseHeaders(200, size);
                try (InputStream in = Files.newInputStream(zip);
                        OutputStream out = exchange.getResponseBody()) {
                    record(200, in.transferTo(out));
                }
            }
        }
    }

    private synchronized void record(int status, long bytes) {
        served.add(new Served(status, bytes));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
