package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Small servers compiled on the spot, each a real JVM listening on loopback: {@code demo.server.Serve} takes its
 * port from {@code --server.port=} (else {@code $PORT}, else any free port, never a fixed one), answers
 * {@code /actuator/health} ({@code {"status":"UP"}}, or 503 DOWN with {@code --down}) and {@code /ping}, and prints
 * Spring Boot's "Started … in … seconds" line; {@code Dies} fails during start-up; {@code Silent} never becomes
 * ready; {@code Stubborn} serves but does not exit on SIGTERM. Each prints its pid first.
 */
final class ServerFixtures {
    static final String START_CLASS = "demo.server.Serve";

    private ServerFixtures() {}

    private static final String PID =
            "System.out.println(\"pid \" + ProcessHandle.current().pid()); System.out.flush();";

    private static final Map<String, String> SOURCES = Map.of(
            "demo/server/Serve.java", """
                    package demo.server;
                    import com.sun.net.httpserver.HttpServer;
                    import java.net.InetSocketAddress;
                    import java.nio.charset.StandardCharsets;
                    public class Serve {
                        public static void main(String[] args) throws Exception {
                            %s
                            long start = System.nanoTime();
                            int port = System.getenv("PORT") == null ? 0 : Integer.parseInt(System.getenv("PORT"));
                            boolean down = false;
                            for (String arg : args) {
                                if (arg.startsWith("--server.port=")) port = Integer.parseInt(arg.substring(14));
                                if (arg.equals("--down")) down = true;
                                if (arg.startsWith("--delay=")) Thread.sleep(Long.parseLong(arg.substring(8)));
                            }
                            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
                            String health = down ? "{\\"status\\":\\"DOWN\\"}" : "{\\"status\\":\\"UP\\"}";
                            int code = down ? 503 : 200;
                            server.createContext("/actuator/health", exchange -> {
                                byte[] body = health.getBytes(StandardCharsets.UTF_8);
                                exchange.sendResponseHeaders(code, body.length);
                                exchange.getResponseBody().write(body);
                                exchange.close();
                            });
                            server.createContext("/ping", exchange -> {
                                exchange.sendResponseHeaders(200, 4);
                                exchange.getResponseBody().write("pong".getBytes(StandardCharsets.UTF_8));
                                exchange.close();
                            });
                            server.start();
                            Runtime.getRuntime().addShutdownHook(new Thread(() -> { System.out.println("stopping"); server.stop(0); }));
                            System.out.println("listening on port " + server.getAddress().getPort());
                            System.out.printf("2026-12-06T10:00:00.000Z  INFO 1 --- [main] demo.server.Serve : Started Serve in %%.3f seconds (process running for 0.9)%%n",
                                    (System.nanoTime() - start) / 1e9);
                            System.out.flush();
                            Thread.currentThread().join();
                        }
                    }
                    """.formatted(PID),
            "demo/server/Dies.java", """
                    package demo.server;
                    public class Dies {
                        public static void main(String[] args) {
                            %s
                            System.out.println("starting the order service");
                            throw new IllegalStateException("context failed", new IllegalArgumentException("the database at jdbc:demo is unreachable"));
                        }
                    }
                    """.formatted(PID),
            "demo/server/Silent.java", """
                    package demo.server;
                    public class Silent {
                        public static void main(String[] args) throws Exception {
                            %s
                            System.out.println("warming up");
                            Thread.sleep(300_000);
                        }
                    }
                    """.formatted(PID),
            "demo/server/Stubborn.java", """
                    package demo.server;
                    public class Stubborn {
                        public static void main(String[] args) throws Exception {
                            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                                try { Thread.sleep(300_000); } catch (InterruptedException e) { }
                            }));
                            Serve.main(args);
                        }
                    }
                    """,
            // Only the name and the job of Spring Boot's launcher: run the manifest's Start-Class.
            "org/springframework/boot/loader/launch/JarLauncher.java", """
                    package org.springframework.boot.loader.launch;
                    import java.util.jar.JarFile;
                    public class JarLauncher {
                        public static void main(String[] args) throws Exception {
                            String jar = JarLauncher.class.getProtectionDomain().getCodeSource().getLocation().getPath();
                            try (JarFile file = new JarFile(jar)) {
                                String start = file.getManifest().getMainAttributes().getValue("Start-Class");
                                Class.forName(start).getMethod("main", String[].class).invoke(null, (Object) args);
                            }
                        }
                    }
                    """);

    /** The compiled classes of all servers. */
    static Path classes(Path dir) throws IOException {
        Path sourceRoot = Files.createDirectories(dir.resolve("src"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-d", classes.toString()));
        for (Map.Entry<String, String> source : SOURCES.entrySet()) {
            Path file = sourceRoot.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler.run(null, null, null, arguments.toArray(String[]::new)))
                .as("javac")
                .isZero();
        return classes;
    }

    /**
     * A jar of the compiled classes with the given manifest attributes and extra (empty) entries, e.g.
     * {@code BOOT-INF/lib/spring-boot-actuator-3.5.7.jar}.
     */
    static Path jar(Path classes, Path jar, Map<String, String> attributes, String... extraEntries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(
                        new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
            for (String entry : extraEntries) {
                out.putNextEntry(new JarEntry(entry));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** A jar shaped like a Spring Boot executable jar: the launcher as Main-Class, the application as Start-Class. */
    static Path springBootJar(Path classes, Path jar, String... extraEntries) throws IOException {
        return jar(
                classes,
                jar,
                Map.of("Main-Class", "org.springframework.boot.loader.launch.JarLauncher", "Start-Class", START_CLASS),
                extraEntries);
    }

    /** The pid the server printed first. */
    static long pid(Path logFile) throws IOException {
        String first = Files.readAllLines(logFile).get(0);
        assertThat(first).startsWith("pid ");
        return Long.parseLong(first.substring(4).trim());
    }
}
