package dev.gatekeeper.smoke;

import dev.gatekeeper.core.AtomicFiles;
import dev.gatekeeper.core.MarkedProcesses;
import dev.gatekeeper.core.SecretRedactor;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.apache.maven.shared.invoker.DefaultInvocationRequest;
import org.apache.maven.shared.invoker.DefaultInvoker;
import org.apache.maven.shared.invoker.InvocationRequest;
import org.apache.maven.shared.invoker.InvocationResult;
import org.apache.maven.shared.invoker.Invoker;
import org.apache.maven.shared.invoker.InvokerLogger;
import org.apache.maven.shared.invoker.MavenInvocationException;
import org.apache.maven.shared.invoker.PrintStreamLogger;
import org.apache.maven.shared.utils.cli.CommandLineTimeOutException;

/**
 * Builds a generated consumer project with a forked Maven whose local repository is the clean
 * repository, and reports what it resolved. This is what a user of the published artifacts would
 * do, minus everything else on the developer's machine: no user settings, no user repository as
 * local repository, no surrounding project configuration.
 *
 * @param mavenHome   the Maven installation to fork (the mojo passes the running one's)
 * @param javaHome    the JDK the forked Maven runs on; null means the running JVM's
 * @param repository  the clean repository the build uses as its local repository
 * @param source      where the build downloads what the clean repository lacks
 * @param workDirectory where consumer projects and their logs are created
 * @param timeout     after this the forked build is killed
 */
public record ConsumerBuild(
        Path mavenHome,
        Path javaHome,
        CleanRepository repository,
        ResolutionSource source,
        Path workDirectory,
        Duration timeout) {

    public static final int TAIL_LINES = 30;
    /** The tool name a forked build's run time is recorded under. */
    public static final String TOOL = "maven";

    private static final int MAX_ERROR_LINES = 20;
    /** Short-lived Maven runs start noticeably faster without the optimising compiler. */
    private static final String MAVEN_OPTS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    public ConsumerBuild {
        Objects.requireNonNull(mavenHome, "mavenHome");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(workDirectory, "workDirectory");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("consumer build needs a positive timeout, got " + timeout);
        }
        javaHome = javaHome == null ? Path.of(System.getProperty("java.home")) : javaHome;
    }

    /** Resolves the dependency's runtime classpath with {@code dependency:build-classpath}. */
    public ConsumerBuildResult resolveRuntimeClasspath(ConsumerDependency dependency) throws IOException {
        Objects.requireNonNull(dependency, "dependency");
        ConsumerProject project = ConsumerProject.create(workDirectory, dependency, source, repository.root());
        Properties properties = new Properties();
        properties.setProperty("mdep.outputFile", project.classpathFile().toString());
        properties.setProperty("mdep.includeScope", "runtime");
        // The full goal rather than the "dependency:" prefix: resolving a prefix needs group metadata
        // that a local repository serving as remote does not have.
        ForkedBuild forked = fork(project, ConsumerProject.dependencyPluginGoal("build-classpath"), properties);
        if (forked.failureReason != null) {
            return forked.toResult(List.of(), forked.failureReason);
        }
        if (!Files.isRegularFile(project.classpathFile())) {
            return forked.toResult(List.of(), "the consumer build wrote no classpath file");
        }
        List<Path> classpath = readClasspath(project.classpathFile());
        for (Path entry : classpath) {
            if (!repository.contains(entry)) {
                return forked.toResult(
                        classpath,
                        "classpath entry " + entry + " lies outside the clean repository " + repository.root());
            }
        }
        return forked.toResult(classpath, null);
    }

    /**
     * Runs the consumer build with nothing to resolve: it downloads into the clean repository what every
     * consumer build needs before it resolves anything (the dependency plugin and its own dependencies).
     */
    public ConsumerBuildResult resolveNothing() throws IOException {
        ConsumerProject project = ConsumerProject.create(workDirectory, null, source, repository.root());
        Properties properties = new Properties();
        properties.setProperty("mdep.outputFile", project.classpathFile().toString());
        ForkedBuild forked = fork(project, ConsumerProject.dependencyPluginGoal("build-classpath"), properties);
        return forked.toResult(List.of(), forked.failureReason);
    }

    /** Runs a Maven plugin's {@code help} goal from a consumer project: the plugin must resolve and load. */
    public ConsumerBuildResult runPluginHelp(String groupId, String artifactId, String version) throws IOException {
        String goal =
                Coordinates.requireSafe("groupId", groupId) + ":" + Coordinates.requireSafe("artifactId", artifactId)
                        + ":" + Coordinates.requireSafe("version", version) + ":help";
        ConsumerProject project = ConsumerProject.create(workDirectory, null, source, repository.root());
        ForkedBuild forked = fork(project, goal, new Properties());
        return forked.toResult(List.of(), forked.failureReason);
    }

    private ForkedBuild fork(ConsumerProject project, String goal, Properties properties) throws IOException {
        Path mvn = mavenHome.resolve("bin").resolve(isWindows() ? "mvn.cmd" : "mvn");
        if (!Files.isRegularFile(mvn)) {
            return ForkedBuild.notStarted(project.logFile(), "no Maven at " + mavenHome + " (" + mvn + " is missing)");
        }
        List<String> output = new ArrayList<>();
        InvocationRequest request = new DefaultInvocationRequest()
                .setBaseDirectory(project.directory().toFile())
                .setPomFile(project.pom().toFile())
                .setGoals(List.of(goal))
                .setProperties(properties)
                .setBatchMode(true)
                .setNoTransferProgress(true)
                .setUserSettingsFile(project.settings().toFile())
                .setLocalRepositoryDirectory(repository.root().toFile())
                .setJavaHome(javaHome.toFile())
                .setMavenOpts(MAVEN_OPTS)
                // Inherited MAVEN_ARGS could point the build at other settings or another local repository.
                .addShellEnvironment("MAVEN_ARGS", "")
                .setOutputHandler(line -> record(output, line))
                .setErrorHandler(line -> record(output, line));
        request.setTimeoutInSeconds((int) Math.max(1, (timeout.toMillis() + 999) / 1000));

        Invoker invoker = new DefaultInvoker()
                .setMavenHome(mavenHome.toFile())
                .setWorkingDirectory(project.directory().toFile())
                .setLogger(new PrintStreamLogger(new PrintStream(PrintStream.nullOutputStream()), InvokerLogger.ERROR));
        long start = System.nanoTime();
        InvocationResult result;
        // The invoker gives no handle on the forked Maven: it is found by the mark it inherits, and ended when
        // the JVM exits before it did (a build that failed while it ran in the background) or this thread
        // stopped waiting for it (interrupted).
        try (MarkedProcesses marked = MarkedProcesses.open()) {
            request.addShellEnvironment(marked.variable(), marked.id());
            result = invoker.execute(request);
        } catch (MavenInvocationException e) {
            return ForkedBuild.notStarted(project.logFile(), "Maven could not be started: " + e.getMessage());
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - start);

        List<String> lines;
        synchronized (output) {
            lines = List.copyOf(output);
        }
        String redacted = SecretRedactor.build().redact(String.join("\n", lines));
        AtomicFiles.writeString(project.logFile(), redacted.isEmpty() ? "" : redacted + "\n");
        List<String> redactedLines = redacted.lines().toList();
        List<String> errors = errorBlock(redactedLines);

        boolean timedOut = result.getExecutionException() instanceof CommandLineTimeOutException;
        Integer exitCode = result.getExecutionException() == null ? result.getExitCode() : null;
        String failure = null;
        if (timedOut) {
            failure = "the consumer build timed out after " + timeout.toSeconds() + " s and was killed";
        } else if (result.getExecutionException() != null) {
            failure = "the consumer build could not run: "
                    + result.getExecutionException().getMessage();
        } else if (exitCode != 0) {
            failure = "the consumer build failed (exit code " + exitCode + ")" + summary(errors);
        }
        return new ForkedBuild(exitCode, timedOut, project.logFile(), tail(redactedLines), errors, duration, failure);
    }

    private static void record(List<String> output, String line) {
        synchronized (output) {
            output.add(line);
        }
    }

    /**
     * Maven's {@code [ERROR]} lines up to its boilerplate ("-> [Help 1]", "re-run with -e"). Maven
     * 3.9 spreads one failure over several lines: the goal that failed, the dependency path, and
     * last the specific cause ("Could not find artifact …").
     */
    private static List<String> errorBlock(List<String> lines) {
        List<String> errors = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("[ERROR] -> [Help")) {
                break;
            }
            if (line.startsWith("[ERROR]")
                    && !line.substring("[ERROR]".length()).isBlank()
                    && errors.size() < MAX_ERROR_LINES) {
                errors.add(line);
            }
        }
        return errors;
    }

    /** The first error line (what failed) and the last (the specific cause). */
    private static String summary(List<String> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        String first = withoutLevel(errors.get(0));
        String last = withoutLevel(errors.get(errors.size() - 1));
        return ": " + (errors.size() == 1 ? first : first + " / " + last);
    }

    private static String withoutLevel(String errorLine) {
        return errorLine.substring("[ERROR]".length()).strip();
    }

    private static List<Path> readClasspath(Path file) throws IOException {
        String text = Files.readString(file).strip();
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(File.pathSeparator))
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .toList();
    }

    private static List<String> tail(List<String> lines) {
        return List.copyOf(lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }

    private static boolean isWindows() {
        return File.separatorChar == '\\';
    }

    private record ForkedBuild(
            Integer exitCode,
            boolean timedOut,
            Path logFile,
            List<String> tail,
            List<String> errorLines,
            Duration duration,
            String failureReason) {

        static ForkedBuild notStarted(Path logFile, String why) throws IOException {
            AtomicFiles.writeString(logFile, why + "\n");
            return new ForkedBuild(null, false, logFile, List.of(why), List.of(), Duration.ZERO, why);
        }

        ConsumerBuildResult toResult(List<Path> classpath, String reason) {
            return new ConsumerBuildResult(
                    reason == null, exitCode, timedOut, classpath, logFile, tail, errorLines, duration, reason);
        }
    }
}
