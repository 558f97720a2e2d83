package dev.gatekeeper.audit.osv.download;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A real HTTP server on loopback that serves an OSV export as a storage bucket does: ETag and Last-Modified,
 * 304 to a matching {@code If-None-Match}; and, on demand, the ways real servers fail (a status, a truncated or
 * stalled body, a wrong content type). Counts the full downloads (200s) and keeps every request's headers.
 */
final class DatabaseServer implements AutoCloseable {
    static final String PATH = "/Maven/all.zip";

    final HttpServer server;
    final List<Headers> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger fullDownloads = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool();

    volatile byte[] body;
    volatile String etag = "\"v1\"";
    volatile String lastModified = "Tue, 01 Dec 2026 10:00:00 GMT";
    volatile String contentType = "application/zip";
    volatile int status = 200;
    /** Announce the full length but send only this many bytes, then close; -1: send all. */
    volatile int truncateAt = -1;
    /** Send this many bytes, then stay silent for {@link #stallFor}; -1: no stall. */
    volatile int stallAt = -1;

    volatile Duration stallFor = Duration.ZERO;
    /** Wait this long before answering. */
    volatile Duration delay = Duration.ZERO;
    /** Send the body in chunks of this size with {@link #chunkPause} between them; 0: at once. */
    volatile int chunk;

    volatile Duration chunkPause = Duration.ZERO;
    /** Where a request for {@code /moved} is sent (302); null: nowhere. */
    volatile String redirectTo;

    DatabaseServer(byte[] body) throws IOException {
        this.body = body;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI url() {
        return url(PATH);
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    Headers lastRequest() {
        return requests.get(requests.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(copy(exchange.getRequestHeaders()));
            exchange.getRequestBody().readAllBytes();
            sleep(delay);
            if (redirectTo != null && exchange.getRequestURI().getPath().startsWith("/moved")) {
                exchange.getResponseHeaders().set("Location", redirectTo);
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            if (status != 200) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            Headers headers = exchange.getResponseHeaders();
            if (etag != null) {
                headers.set("ETag", etag);
            }
            if (lastModified != null) {
                headers.set("Last-Modified", lastModified);
            }
            if (etag != null && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            if (contentType != null) {
                headers.set("Content-Type", contentType);
            }
            fullDownloads.incrementAndGet();
            byte[] bytes = body;
            exchange.sendResponseHeaders(200, bytes.length);
            OutputStream out = exchange.getResponseBody();
            int end = truncateAt >= 0 ? truncateAt : bytes.length;
            int step = chunk > 0 ? chunk : Math.max(1, end);
            for (int offset = 0; offset < end; offset += step) {
                int length = Math.min(step, end - offset);
                if (stallAt >= 0 && offset <= stallAt && stallAt < offset + length) {
                    out.write(bytes, offset, stallAt - offset);
                    out.flush();
                    sleep(stallFor);
                    out.write(bytes, stallAt, offset + length - stallAt);
                } else {
                    out.write(bytes, offset, length);
                }
                out.flush();
                if (chunk > 0) {
                    sleep(chunkPause);
                }
            }
            if (truncateAt >= 0) {
                // Escaping the handler makes the server drop the connection short of the announced length.
                throw new IllegalStateException("truncated on purpose");
            }
        } catch (IOException e) {
            // The client went away (or the body was cut on purpose): nothing to answer.
        }
    }

    private static Headers copy(Headers headers) {
        Headers copy = new Headers();
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            copy.put(header.getKey(), List.copyOf(header.getValue()));
        }
        return copy;
    }

    private static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A zip of OSV advisories as osv.dev exports them, one JSON file per advisory. */
    static byte[] osvZip(String... ids) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String id : ids) {
                zip.putNextEntry(new ZipEntry(id + ".json"));
                zip.write(advisory(id).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A zip large enough to take a while when sent slowly: advisories padded with details. */
    static byte[] largeOsvZip(int advisories) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.util.Random random = new java.util.Random(18);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(0);
            for (int i = 0; i < advisories; i++) {
                zip.putNextEntry(new ZipEntry("GHSA-pad-" + i + ".json"));
                byte[] noise = new byte[8 * 1024];
                random.nextBytes(noise);
                zip.write(advisory("GHSA-pad-" + i)
                        .replace(
                                "\"details\": \"\"",
                                "\"details\": \"" + java.util.HexFormat.of().formatHex(noise) + "\"")
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static String advisory(String id) {
        return """
                {"schema_version": "1.6.0", "id": "%s", "modified": "2026-11-30T12:00:00Z", "details": "",
                 "affected": [{"package": {"ecosystem": "Maven", "name": "org.example:lib"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1.2.3"}]}]}]}
                """.formatted(id);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
