package dev.gatekeeper.reuse.maven;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A real nginx with its WebDAV module on loopback, for the remote store's tests: a configuration written into a
 * temporary directory (PUT DELETE MKCOL COPY MOVE, {@code create_full_put_path on}, Basic authentication from a
 * password file the fixture writes), started in the foreground as one process on a free port, stopped by
 * {@link #close()}. Debian's {@code nginx-light} has the module; {@link #binary()} says when nginx is missing.
 */
final class NginxDav implements AutoCloseable {
    static final String USER = "ci";
    static final String PASSWORD = "s3cret-Reuse-pw";

    private final Path directory;
    private final int port;
    private final Process process;

    private NginxDav(Path directory, int port, Process process) {
        this.directory = directory;
        this.port = port;
        this.process = process;
    }

    /** nginx on the PATH or at {@code /usr/sbin/nginx}, when it has the WebDAV module. */
    static Optional<Path> binary() {
        for (Path candidate : List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx"))) {
            if (Files.isExecutable(candidate) && hasDavModule(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean hasDavModule(Path nginx) {
        try {
            Process version = new ProcessBuilder(nginx.toString(), "-V")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return version.waitFor() == 0 && out.contains("--with-http_dav_module");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static NginxDav start(Path nginx, Path directory) throws IOException, InterruptedException {
        int port = freePort();
        Path store = Files.createDirectories(directory.resolve("store"));
        Path temp = Files.createDirectories(directory.resolve("temp"));
        Files.writeString(directory.resolve("htpasswd"), USER + ":{SHA}" + sha1Base64(PASSWORD) + "\n");
        String conf = """
                daemon off;
                master_process off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log info;
                events { worker_connections 64; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %2$s/body;
                    proxy_temp_path %2$s/proxy;
                    fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi;
                    scgi_temp_path %2$s/scgi;
                    server {
                        listen 127.0.0.1:%3$d;
                        root %4$s;
                        location /broken/ {
                            return 500;
                        }
                        location / {
                            dav_methods PUT DELETE MKCOL COPY MOVE;
                            create_full_put_path on;
                            dav_access user:rw group:r all:r;
                            auth_basic "gatekeeper-reuse";
                            auth_basic_user_file %1$s/htpasswd;
                        }
                    }
                }
                """.formatted(directory, temp, port, store);
        Path confFile = directory.resolve("nginx.conf");
        Files.writeString(confFile, conf);
        Process process = new ProcessBuilder(
                        nginx.toString(),
                        "-e",
                        directory.resolve("startup.log").toString(),
                        "-p",
                        directory.toString(),
                        "-c",
                        confFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("nginx.out").toFile())
                .start();
        NginxDav server = new NginxDav(directory, port, process);
        server.awaitListening();
        return server;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port + "/reuse/");
    }

    /** A location on the same server that answers every request with 500. */
    URI brokenUrl() {
        return URI.create("http://127.0.0.1:" + port + "/broken/");
    }

    /** Where a key's record lands on the server's disk. */
    Path file(String key) {
        return directory.resolve("store").resolve("reuse").resolve(key);
    }

    private void awaitListening() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("nginx exited with " + process.exitValue() + ": "
                        + Files.readString(directory.resolve("nginx.out")) + readIfExists("error.log"));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        close();
        throw new IOException("nginx did not listen on 127.0.0.1:" + port + " within 10 s");
    }

    private String readIfExists(String name) throws IOException {
        Path file = directory.resolve(name);
        return Files.exists(file) ? Files.readString(file) : "";
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String sha1Base64(String password) {
        try {
            return Base64.getEncoder()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-1").digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
