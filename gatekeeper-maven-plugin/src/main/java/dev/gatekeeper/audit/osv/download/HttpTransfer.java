package dev.gatekeeper.audit.osv.download;

import dev.gatekeeper.core.IoProblems;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One GET of the database with the JDK's {@link HttpClient}: redirects followed here (so that the server's
 * credentials go to the database's own scheme, host and port only), the proxy chosen per URI by
 * {@link ProxyRoute}, the body streamed to a file with its SHA-256 while a watchdog ends a body that stalls
 * for longer than the read timeout (the client's request timeout only covers the wait for the headers).
 */
final class HttpTransfer {
    static final int MAX_REDIRECTS = 10;
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(407, "Proxy Authentication Required"),
            Map.entry(408, "Request Timeout"),
            Map.entry(410, "Gone"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    /** Why the transfer failed, in words for the user (no credentials). */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    /** The answer's status and headers; a 200's body is still to be {@link #saveBody saved}. */
    record Answer(int status, URI uri, HttpResponse<Flow.Publisher<List<ByteBuffer>>> response) {
        Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        long contentLength() {
            return response.headers().firstValueAsLong("Content-Length").orElse(-1);
        }

        /** Ends an answer whose body is not wanted, so that the connection is released. */
        void discard() {
            Flow.Publisher<List<ByteBuffer>> body = response.body();
            if (body != null) {
                body.subscribe(new Flow.Subscriber<>() {
                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        subscription.cancel();
                    }

                    @Override
                    public void onNext(List<ByteBuffer> item) {}

                    @Override
                    public void onError(Throwable throwable) {}

                    @Override
                    public void onComplete() {}
                });
            }
        }
    }

    /** What was saved: the byte count and SHA-256 of the body. */
    record Saved(long bytes, String sha256) {}

    private final DownloadSettings settings;
    private final ProxyRoute route;
    private final HttpClient client;
    private final URI origin;
    private final HttpAccess.Credentials server;

    HttpTransfer(DownloadSettings settings) {
        this.settings = settings;
        this.route = new ProxyRoute(settings.access().proxy());
        this.origin = withoutUserInfo(settings.url());
        this.server =
                settings.access().server() != null ? settings.access().server() : userInfoCredentials(settings.url());
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .proxy(route)
                .build();
    }

    /** The URL as it may be shown: without user-info, query or fragment (a token may hide there). */
    static String display(URI url) {
        try {
            return new URI(url.getScheme(), null, url.getHost(), url.getPort(), url.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return "<the configured URL>";
        }
    }

    String describe() {
        return display(settings.url()) + route.describe();
    }

    /** Sends the GET, following redirects; conditional when validators are given. */
    Answer get(String etag, String lastModified) throws Failure {
        URI uri = origin;
        for (int hop = 0; ; hop++) {
            Answer answer = send(uri, etag, lastModified);
            int status = answer.status();
            if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
                return answer;
            }
            answer.discard();
            String location = answer.header("Location")
                    .orElseThrow(() -> new Failure("the server answered " + status(status) + " without a Location"));
            if (hop >= MAX_REDIRECTS) {
                throw new Failure("more than " + MAX_REDIRECTS + " redirects");
            }
            URI next = uri.resolve(location.trim());
            String scheme = Objects.toString(next.getScheme(), "").toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new Failure("the server redirected to a URL that is not http(s): " + display(next));
            }
            uri = withoutUserInfo(next);
        }
    }

    private Answer send(URI uri, String etag, String lastModified) throws Failure {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(settings.readTimeout())
                .header("User-Agent", "Gatekeeper (OSV database download)")
                .header("Accept", "application/zip, application/octet-stream;q=0.9, */*;q=0.1");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        if (server != null && sameOrigin(uri, origin)) {
            request.header("Authorization", ProxyRoute.basic(server));
        }
        String proxyAuthorization = route.proxyAuthorization(uri);
        if (proxyAuthorization != null) {
            request.header("Proxy-Authorization", proxyAuthorization);
        }
        try {
            HttpResponse<Flow.Publisher<List<ByteBuffer>>> response = client.send(
                    request.build(),
                    info -> info.statusCode() == 200
                            ? HttpResponse.BodySubscribers.ofPublisher()
                            : HttpResponse.BodySubscribers.replacing(null));
            return new Answer(response.statusCode(), uri, response);
        } catch (HttpConnectTimeoutException e) {
            throw new Failure("could not connect within " + seconds(settings.connectTimeout()));
        } catch (HttpTimeoutException e) {
            throw new Failure("no answer within " + seconds(settings.readTimeout()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        } catch (IOException e) {
            throw new Failure(connectionProblem(e));
        }
    }

    /** Streams a 200's body into {@code target}, ending it when nothing arrives for the read timeout. */
    Saved saveBody(Answer answer, Path target, DownloadProgress progress) throws Failure {
        long announced = answer.contentLength();
        Sink sink;
        try {
            sink = new Sink(FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
        } catch (IOException e) {
            answer.discard();
            throw new Failure("cannot write " + target + ": " + IoProblems.describe(e));
        }
        answer.response().body().subscribe(sink);
        long idleLimit = settings.readTimeout().toNanos();
        long tick = Math.max(10, Math.min(250, settings.readTimeout().toMillis() / 4));
        try (FileChannel out = sink.out) {
            while (true) {
                try {
                    sink.done.get(tick, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException e) {
                    if (System.nanoTime() - sink.lastActivity > idleLimit) {
                        sink.cancel();
                        throw new Failure("the server stopped sending after " + of(sink.bytes, announced)
                                + ": nothing arrived for " + seconds(settings.readTimeout()));
                    }
                    progress.tick(sink.bytes, announced);
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof EOFException || announced > sink.bytes) {
                throw new Failure("the connection closed after " + of(sink.bytes, announced));
            }
            throw new Failure(
                    "the transfer failed after " + of(sink.bytes, announced) + ": " + IoProblems.describeChain(cause));
        } catch (InterruptedException e) {
            sink.cancel();
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        } catch (IOException e) {
            throw new Failure("cannot write " + target + ": " + IoProblems.describe(e));
        }
        if (announced >= 0 && sink.bytes != announced) {
            throw new Failure("the server announced " + announced + " bytes (Content-Length) and sent " + sink.bytes);
        }
        return new Saved(sink.bytes, HexFormat.of().formatHex(sink.sha256.digest()));
    }

    /** Writes the body as it arrives (on the client's threads) and remembers when the last bytes came. */
    private static final class Sink implements Flow.Subscriber<List<ByteBuffer>> {
        final FileChannel out;
        final MessageDigest sha256 = newSha256();
        final CompletableFuture<Void> done = new CompletableFuture<>();
        volatile long bytes;
        volatile long lastActivity = System.nanoTime();
        private volatile Flow.Subscription subscription;

        Sink(FileChannel out) {
            this.out = out;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            try {
                long received = 0;
                for (ByteBuffer buffer : buffers) {
                    sha256.update(buffer.duplicate());
                    received += buffer.remaining();
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                }
                bytes += received;
                lastActivity = System.nanoTime();
                subscription.request(1);
            } catch (IOException | RuntimeException e) {
                subscription.cancel();
                done.completeExceptionally(e);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            done.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            done.complete(null);
        }

        void cancel() {
            Flow.Subscription current = subscription;
            if (current != null) {
                current.cancel();
            }
            done.cancel(false);
        }
    }

    static String status(int status) {
        String reason = REASONS.get(status);
        return "HTTP " + status + (reason == null ? "" : " " + reason);
    }

    private static String connectionProblem(IOException e) {
        if (hasCause(e, ConnectException.class)) {
            return "could not connect (" + IoProblems.describeChain(e) + ")";
        }
        if (hasCause(e, UnresolvedAddressException.class) || hasCause(e, UnknownHostException.class)) {
            return "the host is unknown (no DNS entry, or no network)";
        }
        return "the connection failed (" + IoProblems.describeChain(e) + ")";
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String of(long bytes, long announced) {
        return bytes + (announced >= 0 ? " of " + announced : "") + " bytes";
    }

    static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0
                ? duration.toSeconds() + " s"
                : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(lower(a.getScheme()), lower(b.getScheme()))
                && Objects.equals(lower(a.getHost()), lower(b.getHost()))
                && port(a) == port(b);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static URI withoutUserInfo(URI url) {
        if (url.getRawUserInfo() == null) {
            return url;
        }
        try {
            return new URI(url.getScheme(), null, url.getHost(), url.getPort(), url.getPath(), url.getQuery(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable URL: " + display(url), e);
        }
    }

    private static HttpAccess.Credentials userInfoCredentials(URI url) {
        String info = url.getUserInfo();
        if (info == null) {
            return null;
        }
        int colon = info.indexOf(':');
        return colon < 0
                ? new HttpAccess.Credentials(info, "")
                : new HttpAccess.Credentials(info.substring(0, colon), info.substring(colon + 1));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
