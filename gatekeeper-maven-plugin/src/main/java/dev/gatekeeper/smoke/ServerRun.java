package dev.gatekeeper.smoke;

import dev.gatekeeper.core.CommandSpec;
import dev.gatekeeper.core.ProcessRunner;
import dev.gatekeeper.core.SecretRedactor;
import dev.gatekeeper.core.ServerRunner;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Starts a server on one JDK on a free port Gatekeeper chose, waits until it is ready and stops it.
 *
 * <p>The port reaches the server as {@code {port}} in the configured arguments, as the environment variable
 * {@code PORT}, and, for Spring Boot, as {@code --server.port} and {@code --management.server.port} (the
 * same port, so that a management port of the application's own is never bound and the health endpoint
 * is where Gatekeeper asks), unless the arguments set {@code --server.port} themselves.
 *
 * @param jdkHome       the JDK whose {@code bin/java} runs the server
 * @param workDirectory where each run gets its own directory (working directory and log)
 */
public record ServerRun(Path jdkHome, Path workDirectory) {
    /** How long a server has to exit after SIGTERM before its processes are ended. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(10);

    static final String HEALTH_PATH = "/actuator/health";

    public ServerRun {
        Objects.requireNonNull(jdkHome, "jdkHome");
        Objects.requireNonNull(workDirectory, "workDirectory");
    }

    /**
     * What to start: {@code java -jar <jar>} for a Spring Boot executable jar, else {@code java -cp <classpath> <mainClass>}.
     *
     * @param shape the Spring Boot application it is, or null for any other main class
     */
    public record Server(ServerShape shape, Path jar, List<Path> classpath, String mainClass, ServerSettings settings) {
        public Server {
            classpath = classpath == null ? List.of() : List.copyOf(classpath);
            Objects.requireNonNull(settings, "settings");
            if (jar == null && mainClass == null) {
                throw new IllegalArgumentException("a server needs a jar or a main class");
            }
        }

        boolean springBoot() {
            return shape != null;
        }
    }

    /**
     * @param outcome     what the runner saw
     * @param port        the port the server was given
     * @param commandLine the command as it may be shown in evidence
     * @param awaited     what it was waited for, for the message of one that never became ready
     * @param lastAnswer  the ready URL's last answer, or null
     * @param logFile     the complete, redacted output
     * @param jdkVersion  the JDK's version, "unknown" when it does not say
     */
    public record Result(
            ServerRunner.Outcome outcome,
            int port,
            String commandLine,
            String awaited,
            String lastAnswer,
            Path logFile,
            String jdkVersion) {
        /** Exited on SIGTERM within the grace, with the JVM's exit code for it (143) or 0, and left nothing behind. */
        public boolean stoppedCleanly() {
            Integer exit = outcome.exitCode();
            return outcome.stoppedOnTerm() && exit != null && (exit == 0 || exit == 143 || exit == 130);
        }
    }

    public Result run(Server server) throws IOException, InterruptedException {
        Files.createDirectories(workDirectory);
        Path runDirectory = Files.createTempDirectory(workDirectory, "serve-");
        Path logFile = runDirectory.resolve("output.log");
        int port = freePort();
        ReadySignal ready = readySignal(server, port);
        CommandSpec spec = new CommandSpec(
                "server",
                JdkVersion.javaExecutable(jdkHome).toString(),
                javaArguments(server, port),
                runDirectory,
                Map.of("PORT", Integer.toString(port)),
                server.settings().readyTimeout(),
                null);
        SecretRedactor redactor = SecretRedactor.build();
        String commandLine = ProcessRunner.describe(spec, redactor);
        String jdkVersion = JdkVersion.of(jdkHome).orElse("unknown");
        ServerRunner.Outcome outcome = ServerRunner.run(spec, logFile, redactor, ready, STOP_GRACE);
        String lastAnswer = ready.lastAnswer() == null ? null : redactor.redact(ready.lastAnswer());
        return new Result(outcome, port, commandLine, ready.expectation(), lastAnswer, logFile, jdkVersion);
    }

    /** The arguments after {@code java}: the jar or classpath and main class, the configured arguments, the port. */
    static List<String> javaArguments(Server server, int port) {
        List<String> arguments = new ArrayList<>();
        if (server.jar() != null) {
            arguments.add("-jar");
            arguments.add(server.jar().toAbsolutePath().toString());
        } else {
            arguments.add("-cp");
            arguments.add(server.classpath().stream()
                    .map(p -> p.toAbsolutePath().toString())
                    .collect(Collectors.joining(File.pathSeparator)));
            arguments.add(server.mainClass());
        }
        List<String> configured = server.settings().serverArguments(port);
        arguments.addAll(configured);
        if (server.springBoot() && configured.stream().noneMatch(a -> a.startsWith("--server.port="))) {
            arguments.add("--server.port=" + port);
            arguments.add("--management.server.port=" + port);
        }
        return arguments;
    }

    /**
     * The configured pattern and URL; what is not configured, Spring Boot's defaults: its "Started" line,
     * and {@code /actuator/health} when the actuator is packaged. Any other server without either is ready
     * when its port accepts an HTTP request.
     */
    static ReadySignal readySignal(Server server, int port) {
        ServerSettings settings = server.settings();
        Pattern line = settings.readyPattern(port);
        if (line == null && server.springBoot()) {
            line = ReadySignal.SPRING_BOOT_STARTED;
        }
        URI url = settings.readyUrl(port);
        boolean health = false;
        if (url != null) {
            health = url.getPath() != null && url.getPath().endsWith("/health");
        } else if (server.springBoot() && server.shape().actuator() && settings.readyPattern() == null) {
            url = URI.create("http://127.0.0.1:" + port + HEALTH_PATH);
            health = true;
        } else if (line == null) {
            url = URI.create("http://127.0.0.1:" + port + "/");
        }
        return new ReadySignal(line, url, health, line == null && settings.readyUrl() == null);
    }

    /** A port nothing listens on now, on any address; the server binds it a moment later. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
