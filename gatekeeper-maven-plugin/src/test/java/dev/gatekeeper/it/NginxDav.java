package dev.gatekeeper.it;

import java.io.File;
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
 * A real nginx with its WebDAV module on loopback, for the remote store's tests and ITs: a configuration written
 * into a directory (PUT DELETE MKCOL COPY MOVE, {@code create_full_put_path on}, Basic authentication from a
 * password file the fixture writes), started in the foreground ({@code daemon off; master_process off;}) as one
 * child process on a free port, stopped by {@link #close()}, by {@link #stop(File)} from another script of an IT
 * (through the pid file), and at the latest by a JVM shutdown hook, so that no nginx outlives the build that
 * started it. Debian's {@code nginx-light} has the module; {@link #binary()} says when nginx is missing.
 */
public final class NginxDav implements AutoCloseable {
    public static final String USER = "ci";
    public static final String PASSWORD = "s3cret-Reuse-pw";

    /** What an IT's set-up says when nginx is missing: the IT fails with it, it never passes without a server. */
    public static final String MISSING = "nginx with the WebDAV module is not installed; install Debian's nginx-light"
            + " (apt-get install nginx-light, as .ci/run does in CI): the remote store's ITs need a real server on"
            + " loopback";

    private static final String CHILD_PID = "nginx-child.pid";

    private final Path directory;
    private final int port;
    private final Process process;
    private final Thread shutdownHook;

    private NginxDav(Path directory, int port, Process process) {
        this.directory = directory;
        this.port = port;
        this.process = process;
        this.shutdownHook = new Thread(process::destroyForcibly, "nginx-dav-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** nginx on the PATH or at {@code /usr/sbin/nginx}, when it has the WebDAV module. */
    public static Optional<Path> binary() {
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

    public static NginxDav start(Path nginx, Path directory) throws IOException, InterruptedException {
        return start(nginx, directory, PASSWORD);
    }

    /** Started in {@code directory} (created), with Basic authentication of {@value #USER} and {@code password}. */
    public static NginxDav start(Path nginx, Path directory, String password) throws IOException, InterruptedException {
        directory = Files.createDirectories(directory.toAbsolutePath().normalize());
        int port = freePort();
        Path store = Files.createDirectories(directory.resolve("store"));
        Path temp = Files.createDirectories(directory.resolve("temp"));
        Files.writeString(directory.resolve("htpasswd"), USER + ":{SHA}" + sha1Base64(password) + "\n");
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
                    client_max_body_size 8m;
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
        Files.writeString(directory.resolve(CHILD_PID), Long.toString(process.pid()));
        NginxDav server = new NginxDav(directory, port, process);
        server.awaitListening();
        return server;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port + "/reuse/");
    }

    /** A location on the same server that answers every request with 500. */
    public URI brokenUrl() {
        return URI.create("http://127.0.0.1:" + port + "/broken/");
    }

    /** Where a key's record lands on the server's disk. */
    public Path file(String key) {
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

    public static int freePort() throws IOException {
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

    /**
     * Stops the nginx that {@link #start} started in {@code directory} (from another script of the same IT, which
     * holds no reference to it): its pid file names the one process; waits until it is gone.
     */
    public static void stop(File directory) throws IOException {
        Path pidFile = directory.toPath().resolve(CHILD_PID);
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle.of(pid)
                .filter(handle -> handle.info().command().orElse("nginx").contains("nginx"))
                .ifPresent(handle -> {
                    handle.destroy();
                    try {
                        handle.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        handle.destroyForcibly();
                    }
                });
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
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
