package dev.gatekeeper.smoke;

import dev.gatekeeper.core.ServerRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a server is ready: a line of its output matches {@code logLine} (read as it is written, each line
 * once), then, when there is a {@code url}, that URL answers. Either may be absent, not both.
 *
 * <p>A health URL ({@code /actuator/health}) must answer 2xx with a status of UP; any other URL 2xx (with
 * {@code anyAnswer}, any status: the port serves HTTP). A
 * secured health endpoint (401, 403) does not hold back a server whose log line said it started.
 */
final class ReadySignal implements ServerRunner.Readiness {
    /** Spring Boot's line once the application context is up: "Started DemoApplication in 3.1 seconds (…)". */
    static final Pattern SPRING_BOOT_STARTED = Pattern.compile("\\bStarted \\S+ in \\d+(?:[.,]\\d+)? seconds\\b.*");

    private static final Duration URL_EVERY = Duration.ofMillis(500);
    private static final Duration URL_TIMEOUT = Duration.ofSeconds(2);
    private static final int MAX_BODY = 4096;
    private static final int MAX_SIGNAL = 200;

    private final Pattern logLine;
    private final URI url;
    private final boolean health;
    /** Any HTTP answer counts: nothing else tells when a server of unknown kind is ready. */
    private final boolean anyAnswer;

    private final HttpClient client;
    private long offset;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private String lineSeen;
    private long nextUrlCheck;
    /** The last answer of the URL, for the finding of a server that never became ready. */
    private String lastAnswer;

    ReadySignal(Pattern logLine, URI url, boolean health, boolean anyAnswer) {
        if (logLine == null && url == null) {
            throw new IllegalArgumentException("a ready signal needs a log pattern or a URL");
        }
        this.logLine = logLine;
        this.url = url;
        this.health = health;
        this.anyAnswer = anyAnswer;
        this.client = url == null
                ? null
                : HttpClient.newBuilder()
                        .connectTimeout(URL_TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
    }

    @Override
    public String check(Path output) throws IOException, InterruptedException {
        if (logLine != null && lineSeen == null) {
            lineSeen = newLines(output);
            if (lineSeen == null) {
                return null;
            }
        }
        if (url == null) {
            return lineSeen;
        }
        if (System.nanoTime() - nextUrlCheck < 0) {
            return null;
        }
        nextUrlCheck = System.nanoTime() + URL_EVERY.toNanos();
        String answer = ask();
        return answer == null ? null : lineSeen == null ? answer : lineSeen + "; " + answer;
    }

    /** What the server was waited for, for a message: "a line matching /…/ and GET http://…: UP". */
    String expectation() {
        String line = logLine == null ? null : "a line matching /" + logLine.pattern() + "/";
        String get = url == null
                ? null
                : "GET " + url + (health ? " answering status UP" : anyAnswer ? " answering at all" : " answering 2xx");
        return line == null ? get : get == null ? line : line + (lineSeen != null ? " (seen)" : "") + " and " + get;
    }

    /** The last answer of the URL ("503: {"status":"DOWN"}", "connection refused"), or null. */
    String lastAnswer() {
        return lastAnswer;
    }

    /** The first new complete line matching the pattern, or null; reads only what was added since last time. */
    private String newLines(Path output) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(output)) {
            if (channel.size() <= offset) {
                return null;
            }
            channel.position(offset);
            InputStream in = Channels.newInputStream(channel);
            byte[] buffer = new byte[8192];
            for (int read; (read = in.read(buffer)) > 0; ) {
                for (int i = 0; i < read; i++) {
                    offset++;
                    if (buffer[i] == '\n') {
                        String line = partial.toString(StandardCharsets.UTF_8).stripTrailing();
                        partial.reset();
                        Matcher matcher = logLine.matcher(line);
                        if (matcher.find()) {
                            // from the match on: "Started Demo in 2.1 seconds", not the logger's prefix
                            return shorten(line.substring(matcher.start()).strip());
                        }
                    } else if (partial.size() < 64 * 1024) {
                        partial.write(buffer[i]);
                    }
                }
            }
        }
        return null;
    }

    /** The signal when the URL says ready, else null (the answer kept in {@link #lastAnswer}). */
    private String ask() throws InterruptedException {
        HttpResponse<InputStream> response;
        try {
            response = client.send(
                    HttpRequest.newBuilder(url).timeout(URL_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            lastAnswer = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return null;
        }
        String body;
        try (InputStream in = response.body()) {
            body = new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            body = "";
        }
        int status = response.statusCode();
        lastAnswer = status + (body.isEmpty() ? "" : ": " + shorten(body));
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (health && (status == 401 || status == 403) && lineSeen != null) {
            return "GET " + path + ": " + status + ", secured; ready by the log line";
        }
        if (anyAnswer) {
            return "GET " + path + ": " + status;
        }
        if (status < 200 || status > 299) {
            return null;
        }
        if (health && !body.replace(" ", "").contains("\"status\":\"UP\"")) {
            return null;
        }
        return "GET " + path + ": " + (health ? "UP" : String.valueOf(status));
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > MAX_SIGNAL ? line.substring(0, MAX_SIGNAL) + "…" : line;
    }
}
