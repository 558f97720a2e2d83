package dev.gatekeeper.smoke;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.ProcessRunner;
import dev.gatekeeper.core.ShellWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The entry point of the cleanly installed module on one JDK (a lane): {@code --help} of a main
 * class, an executable jar, a library's probe class, or a Maven plugin's {@code help} goal.
 */
public final class SmokeLaneGate implements Gate {
    private final SmokeRun run;
    private final JdkLane lane;

    public SmokeLaneGate(SmokeRun run, JdkLane lane) {
        this.run = run;
        this.lane = lane;
    }

    @Override
    public String name() {
        return GateId.SMOKE.goal();
    }

    @Override
    public String subject() {
        return lane.name();
    }

    @Override
    public void evaluate(GateEvaluation evaluation) throws IOException, InterruptedException {
        SmokeSettings settings = run.settings();
        if (!lane.usable()) {
            evaluation.add(
                    Finding.of(
                                    SmokeCodes.JDK_UNUSABLE,
                                    GateStatus.ERROR,
                                    "JDK lane " + lane.name() + ": " + lane.problem())
                            .withFix(
                                    "Point <jdks> at an installed JDK, or the JDK toolchain at one in the toolchains.xml Maven reads (~/.m2/toolchains.xml, or the file given with -t / --global-toolchains)"));
            return;
        }
        if (run.installProblem() != null) {
            evaluation.add(Finding.of(
                    SmokeCodes.ENTRY_POINT_NOT_RUN,
                    GateStatus.WARN,
                    "The entry point was not run on " + lane.name() + ": " + run.installProblem()));
            return;
        }
        if (!run.hasEntryPoint()) {
            evaluation.summary("no entry point: a library without Main-Class or <probeClass>");
            return;
        }
        ServerShape shape = settings.isMavenPlugin()
                ? null
                : ServerShape.springBoot(settings.mainArtifact()).orElse(null);
        if (settings.isMavenPlugin()) {
            pluginHelp(settings, evaluation);
        } else if (ServerLane.serves(settings.entry(), shape)) {
            serve(settings, shape, evaluation);
        } else {
            mainClass(settings, evaluation);
        }
    }

    private void pluginHelp(SmokeSettings settings, GateEvaluation evaluation) throws IOException {
        String goal = settings.groupId() + ":" + settings.artifactId() + ":" + settings.version() + ":help";
        evaluation
                .log()
                .info(lane.name() + ": running " + goal + " from the clean repository on JDK " + lane.version());
        ConsumerBuildResult result = run.consumerBuild(lane.home())
                .runPluginHelp(settings.groupId(), settings.artifactId(), settings.version());
        evaluation.recordToolTime(ConsumerBuild.TOOL, result.duration());
        if (!result.success()) {
            evaluation.add(Finding.of(
                            SmokeCodes.ENTRY_POINT_FAILED,
                            GateStatus.FAIL,
                            "The plugin's help goal failed on JDK " + lane.version() + ": " + result.failureReason())
                    .withFile(settings.display(result.logFile()), null)
                    .withFix("Run '" + ShellWords.join(List.of("mvn", goal)) + "' and read the error")
                    .withDetail(result.logTailText()));
            return;
        }
        evaluation.add(Finding.of(
                        SmokeCodes.ENTRY_POINT_PASSED, GateStatus.PASS, goal + " ran on JDK " + lane.version())
                .withFile(settings.display(result.logFile()), null)
                .withDetail(result.logTailText())
                .withAttribute("command", ShellWords.join(List.of("mvn", goal)))
                .withAttribute("jdk", lane.version())
                .withAttribute("durationMillis", Long.toString(result.duration().toMillis())));
        evaluation.summary("help goal ran on JDK " + lane.version() + " in "
                + seconds(result.duration().toMillis()));
    }

    private void mainClass(SmokeSettings settings, GateEvaluation evaluation) throws IOException, InterruptedException {
        SmokeSettings.Entry entry = settings.entry();
        EntryPoint entryPoint = entry.probeClass() != null
                ? EntryPoint.probe(run.runtimeClasspath(), entry.probeClass())
                : EntryPoint.mainClass(run.runtimeClasspath(), run.mainClass())
                        .withArguments(entry.arguments())
                        .allowingExitCodes(entry.expectedExitCodes());
        if (entry.expectedOutput() != null) {
            entryPoint = entryPoint.expecting(entry.expectedOutput());
        }
        Path work = settings.install().workDirectory().resolve(lane.name().toLowerCase(Locale.ROOT));
        Files.createDirectories(work);
        evaluation.log().info(lane.name() + ": running the entry point on JDK " + lane.version());
        EntryPointResult result = new EntryPointRun(lane.home(), entry.timeout(), work).run(entryPoint);
        evaluation.recordToolTime(EntryPointRun.TOOL, result.duration());
        String command = shortCommand();
        if (!result.passed()) {
            Finding failed = EntryPointFailure.finding(
                    result, command, entryPoint.allowedExitCodes(), settings.display(result.logFile()));
            if (result.exitCode() != null && !entryPoint.allowedExitCodes().contains(result.exitCode())) {
                evaluation
                        .log()
                        .warn(lane.name() + ": " + command + " exited with " + result.exitCode()
                                + "; its first lines:");
                result.firstLines(EntryPointFailure.FIRST_LINES)
                        .forEach(line -> evaluation.log().warn(lane.name() + ":   " + line));
            }
            evaluation.add(failed);
            return;
        }
        String exited = command + " exited " + result.exitCode()
                + (entryPoint.allowedExitCodes().equals(ExitCodes.DEFAULT)
                        ? ""
                        : " (expected: " + ExitCodes.describe(entryPoint.allowedExitCodes()) + ")");
        evaluation.add(Finding.of(
                        SmokeCodes.ENTRY_POINT_PASSED, GateStatus.PASS, exited + " on JDK " + result.jdkVersion())
                .withDetail(result.outputText())
                .withAttribute("command", result.commandLine())
                .withAttribute("exitCode", String.valueOf(result.exitCode()))
                .withAttribute("jdk", result.jdkVersion())
                .withAttribute("durationMillis", Long.toString(result.duration().toMillis())));
        evaluation.summary(exited + " on JDK " + result.jdkVersion() + " in "
                + seconds(result.duration().toMillis()));
    }

    private void serve(SmokeSettings settings, ServerShape shape, GateEvaluation evaluation)
            throws IOException, InterruptedException {
        ServerRun.Server server = ServerLane.server(run, shape);
        Path work = settings.install().workDirectory().resolve(lane.name().toLowerCase(Locale.ROOT));
        evaluation
                .log()
                .info(lane.name() + ": serving: "
                        + (shape != null ? shape.description() : "main class " + server.mainClass() + " (mode serve)")
                        + " on JDK " + lane.version() + ", ready within "
                        + ServerLane.seconds(settings.entry().server().readyTimeout()));
        ServerRun.Result result = new ServerRun(lane.home(), work).run(server);
        String jarShown = settings.mainArtifact() == null
                ? String.valueOf(server.jar())
                : settings.display(settings.mainArtifact());
        String command = ServerLane.shortCommand(server, result.port(), jarShown);
        ServerLane.judge(server, result, command, lane.name(), settings.display(result.logFile()), evaluation);
    }

    /** The command without its (long) classpath, shell-quoted: {@code java com.example.Main --help}. */
    private String shortCommand() {
        SmokeSettings.Entry entry = run.settings().entry();
        List<String> words =
                new ArrayList<>(List.of("java", entry.probeClass() != null ? entry.probeClass() : run.mainClass()));
        if (entry.probeClass() == null) {
            words.addAll(entry.arguments());
        }
        return String.join(" ", words.stream().map(ProcessRunner::shellQuote).toList());
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
