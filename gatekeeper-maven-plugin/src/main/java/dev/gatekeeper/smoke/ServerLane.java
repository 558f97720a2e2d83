package dev.gatekeeper.smoke;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.ProcessRunner;
import dev.gatekeeper.core.ServerRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A lane of a module that serves: the server started on a free port, became ready and stopped, or the
 * finding that says which of these it did not do, with the start-up log.
 */
final class ServerLane {
    /** Of a server that started, the first lines of its log are the evidence (banner, port, "Started"). */
    private static final int HEAD_LINES = 40;

    private static final int LOGGED_TAIL_LINES = 10;
    private static final Pattern CAUSE = Pattern.compile("^(Caused by: .*|Exception in thread \".*|Error: .*)$");

    private ServerLane() {}

    /**
     * Whether the lane starts a server rather than running the entry point to its end: {@code mode=serve},
     * or {@code auto} and a Spring Boot application. A probe class always runs.
     */
    static boolean serves(SmokeSettings.Entry entry, ServerShape shape) {
        if (entry.probeClass() != null) {
            return false;
        }
        return switch (entry.server().mode()) {
            case SERVE -> true;
            case RUN -> false;
            case AUTO -> shape != null;
        };
    }

    /**
     * What to start: the installed Spring Boot jar with {@code java -jar}, else the main class on the
     * resolved runtime classpath.
     */
    static ServerRun.Server server(SmokeRun run, ServerShape shape) {
        SmokeSettings settings = run.settings();
        SmokeSettings.Entry entry = settings.entry();
        if (shape != null && shape.executableJar() && entry.mainClass() == null) {
            return new ServerRun.Server(shape, installedJar(run), List.of(), null, entry.server());
        }
        String mainClass =
                run.mainClass() != null && !(shape != null && run.mainClass().equals(shape.launcher()))
                        ? run.mainClass()
                        : shape != null ? shape.startClass() : null;
        return new ServerRun.Server(shape, null, run.runtimeClasspath(), mainClass, entry.server());
    }

    /** The module's jar as a consumer resolved it from the clean repository; the built one if none is found. */
    private static Path installedJar(SmokeRun run) {
        SmokeSettings settings = run.settings();
        String prefix = settings.artifactId() + "-" + settings.version() + ".";
        if (run.runtimeClasspath() != null) {
            for (Path entry : run.runtimeClasspath()) {
                if (entry.getFileName().toString().startsWith(prefix)) {
                    return entry;
                }
            }
        }
        return settings.mainArtifact();
    }

    static void judge(
            ServerRun.Server server,
            ServerRun.Result result,
            String command,
            String lane,
            String logShown,
            GateEvaluation evaluation)
            throws IOException {
        ServerRunner.Outcome outcome = result.outcome();
        evaluation.recordToolTime(EntryPointRun.TOOL, outcome.duration());
        if (!outcome.ready()) {
            List<String> tail = outcome.outputTail();
            if (!tail.isEmpty()) {
                evaluation.log().warn(lane + ": the server was not ready; the last lines of its output:");
                tail.subList(Math.max(0, tail.size() - LOGGED_TAIL_LINES), tail.size())
                        .forEach(line -> evaluation.log().warn(lane + ":   " + line));
            }
            evaluation.add(notReady(server, result, command, logShown));
            return;
        }
        String ready = "started and ready in " + seconds(outcome.readyAfter()) + " on port " + result.port() + " ("
                + outcome.readySignal() + ")";
        String stopped = result.stoppedCleanly()
                ? "stopped in " + seconds(outcome.stopDuration())
                : "stopped in " + seconds(outcome.stopDuration()) + ", not cleanly";
        String jdk = " on JDK " + result.jdkVersion();
        evaluation.add(Finding.of(SmokeCodes.SERVER_READY, GateStatus.PASS, ready + ", " + stopped + jdk)
                .withFile(logShown, null)
                .withDetail(head(result.logFile(), logShown))
                .withAttribute("command", result.commandLine())
                .withAttribute("port", Integer.toString(result.port()))
                .withAttribute("readyMillis", Long.toString(outcome.readyAfter().toMillis()))
                .withAttribute("readySignal", outcome.readySignal())
                .withAttribute(
                        "stopMillis", Long.toString(outcome.stopDuration().toMillis()))
                .withAttribute("stoppedCleanly", Boolean.toString(result.stoppedCleanly()))
                .withAttribute("exitCode", String.valueOf(outcome.exitCode()))
                .withAttribute("jdk", result.jdkVersion()));
        if (!result.stoppedCleanly()) {
            evaluation.add(Finding.of(
                            SmokeCodes.SERVER_STOP_UNCLEAN,
                            GateStatus.WARN,
                            "The server did not stop cleanly on SIGTERM: " + howItStopped(result))
                    .withFile(logShown, null)
                    .withFix(
                            "Let it shut down on SIGTERM, as a container or service manager stops it: a shutdown hook that "
                                    + "blocks, or a non-daemon thread that never ends, keeps the JVM alive; start it with '"
                                    + command
                                    + "', send 'kill -TERM <pid>' and read its last lines")
                    .withDetail(String.join("\n", outcome.outputTail())));
        }
        evaluation.summary(ready + ", " + stopped + jdk);
    }

    private static Finding notReady(ServerRun.Server server, ServerRun.Result result, String command, String logShown)
            throws IOException {
        ServerRunner.Outcome outcome = result.outcome();
        String jdk = " on JDK " + result.jdkVersion();
        String tail = String.join("\n", outcome.outputTail());
        if (!outcome.started()) {
            return Finding.of(
                            SmokeCodes.SERVER_EXITED_BEFORE_READY,
                            GateStatus.FAIL,
                            "The server could not start" + jdk + ": " + outcome.startFailure())
                    .withFix("Point <jdks> at an installed JDK");
        }
        if (!outcome.timedOut() && !outcome.outputTooLarge() && outcome.exitCode() != null) {
            String cause = cause(result.logFile());
            String message =
                    "The server exited with " + outcome.exitCode() + " during start-up, before it was ready, after "
                            + seconds(outcome.duration()) + jdk + (cause == null ? "" : ": " + cause);
            String notAServer = server.springBoot() && server.settings().mode() == ServerSettings.Mode.AUTO
                    ? "; if it is a program that ends rather than a server, set <mode>run</mode> (-Dgatekeeper.smoke.mode=run)"
                    : "";
            return Finding.of(SmokeCodes.SERVER_EXITED_BEFORE_READY, GateStatus.FAIL, message)
                    .withFile(logShown, null)
                    .withFix("Start it as smoke did and read why it stopped (the end of its start-up log is below): '"
                            + command + "'" + notAServer)
                    .withDetail(tail)
                    .withAttribute("command", result.commandLine())
                    .withAttribute("port", Integer.toString(result.port()))
                    .withAttribute("exitCode", Integer.toString(outcome.exitCode()));
        }
        String why = outcome.outputTooLarge()
                ? "it printed more output during start-up than the limit allows and was stopped"
                : "it was not ready within " + seconds(server.settings().readyTimeout()) + "; waited for "
                        + result.awaited()
                        + (result.lastAnswer() == null ? "" : " (last answer: " + result.lastAnswer() + ")");
        return Finding.of(
                        SmokeCodes.SERVER_NOT_READY,
                        GateStatus.FAIL,
                        "The server on port " + result.port() + " " + why + jdk + "; " + ended(outcome))
                .withFile(logShown, null)
                .withFix(
                        "If it needs longer, raise <readyTimeout> (-Dgatekeeper.smoke.readyTimeout=5m); if it is ready "
                                + "before Gatekeeper sees it, set <readyPattern> to a line it prints once ready or <readyUrl> to a URL "
                                + "that answers then ({port} stands for the port Gatekeeper gives it); a server that listens on a port of "
                                + "its own must take {port} from <arguments> or $PORT; the command: '" + command + "'")
                .withDetail(tail)
                .withAttribute("command", result.commandLine())
                .withAttribute("port", Integer.toString(result.port()));
    }

    private static String howItStopped(ServerRun.Result result) {
        ServerRunner.Outcome outcome = result.outcome();
        if (outcome.exitCode() == null) {
            return "it did not exit within " + seconds(ServerRun.STOP_GRACE) + " and was killed; " + ended(outcome);
        }
        if (!outcome.stoppedOnTerm()) {
            return "it exited with " + outcome.exitCode() + " but left processes behind; " + ended(outcome);
        }
        return "it exited with " + outcome.exitCode() + " (expected 143, the JVM's code for SIGTERM, or 0)";
    }

    private static String ended(ServerRunner.Outcome outcome) {
        int ended = outcome.killedProcesses();
        String text = "ended " + ended + (ended == 1 ? " process" : " processes");
        return outcome.survivors().isEmpty()
                ? text
                : text + "; " + outcome.survivors().size() + " could not be ended: "
                        + String.join(", ", outcome.survivors());
    }

    /** The last "Caused by:" line of the log (the root cause), else the JVM's first diagnostic, or null. */
    static String cause(Path logFile) throws IOException {
        if (!Files.isRegularFile(logFile)) {
            return null;
        }
        String found = null;
        try (Stream<String> lines = Files.lines(logFile)) {
            for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                String line = it.next().strip();
                if (CAUSE.matcher(line).matches() && (found == null || line.startsWith("Caused by: "))) {
                    found = line;
                }
            }
        }
        return found == null || found.length() <= 300 ? found : found.substring(0, 300) + "…";
    }

    private static String head(Path logFile, String logShown) throws IOException {
        List<String> head = new ArrayList<>();
        int total = 0;
        try (Stream<String> lines = Files.lines(logFile)) {
            for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (total++ < HEAD_LINES) {
                    head.add(line);
                }
            }
        }
        return String.join("\n", head)
                + (total > HEAD_LINES ? "\n[… " + (total - HEAD_LINES) + " more lines in " + logShown + "]" : "");
    }

    /** The command as a user runs it: without the classpath, shell-quoted. */
    static String shortCommand(ServerRun.Server server, int port, String jarShown) {
        List<String> words = new ArrayList<>(List.of("java"));
        List<String> arguments = ServerRun.javaArguments(server, port);
        if (server.jar() != null) {
            words.add("-jar");
            words.add(jarShown);
            words.addAll(arguments.subList(2, arguments.size()));
        } else {
            words.addAll(arguments.subList(2, arguments.size()));
        }
        return String.join(" ", words.stream().map(ProcessRunner::shellQuote).toList());
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
