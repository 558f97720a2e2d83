package dev.gatekeeper.it;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A mirror of osv.dev's Maven export on loopback for the audit ITs: a JDK {@code HttpServer} started by an IT's
 * {@code prebuild.groovy}, serving {@code /Maven/all.zip} (the IT's committed advisories, zipped, their
 * {@code modified} set to now as in a fresh export) with an ETag, answering 304 to a matching
 * {@code If-None-Match}. Every request is appended to {@code osv-mirror-requests.txt} in the IT's directory
 * ({@code GET 200}, {@code GET 304}); {@code verify.groovy} stops it with {@link #stop(File)}.
 */
public final class OsvMirror {
    static final String PORT_FILE = "osv-mirror.port";
    static final String REQUEST_LOG = "osv-mirror-requests.txt";
    private static final String ETAG = "\"it-1\"";

    private OsvMirror() {}

    /** Starts the mirror; returns the database's URL ({@code http://127.0.0.1:<port>/Maven/all.zip}). */
    public static String start(File project, File advisories) throws IOException {
        byte[] zip = zip(advisories.toPath());
        Path requests = project.toPath().resolve(REQUEST_LOG);
        Files.deleteIfExists(requests);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "osv-mirror");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/Maven/all.zip", exchange -> {
            try (exchange) {
                boolean current = ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
                log(requests, exchange.getRequestMethod() + " " + (current ? 304 : 200));
                exchange.getResponseHeaders().set("ETag", ETAG);
                if (current) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", "application/zip");
                exchange.sendResponseHeaders(200, zip.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(zip);
                }
            }
        });
        server.createContext("/stop", exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(204, -1);
            }
            new Thread(() -> server.stop(0), "osv-mirror-stop").start();
        });
        server.start();
        int port = server.getAddress().getPort();
        Files.writeString(project.toPath().resolve(PORT_FILE), Integer.toString(port));
        return "http://127.0.0.1:" + port + "/Maven/all.zip";
    }

    /** Stops the mirror {@link #start} started for this project; returns the requests it answered. */
    public static List<String> stop(File project) throws IOException, InterruptedException {
        String port = Files.readString(project.toPath().resolve(PORT_FILE)).trim();
        HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/stop"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        Path requests = project.toPath().resolve(REQUEST_LOG);
        return Files.exists(requests) ? Files.readAllLines(requests) : List.of();
    }

    private static synchronized void log(Path requests, String line) {
        try {
            Files.writeString(requests, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(Path advisories) throws IOException {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
                Stream<Path> files = Files.list(advisories)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String advisory = Files.readString(file)
                        .replaceFirst("\"modified\"\\s*:\\s*\"[^\"]*\"", "\"modified\": \"" + now + "\"");
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                zip.write(advisory.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
