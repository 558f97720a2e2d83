package dev.gatekeeper.smoke;

import static dev.gatekeeper.smoke.InstallFixtures.GROUP;
import static dev.gatekeeper.smoke.InstallFixtures.VERSION;
import static dev.gatekeeper.smoke.InstallFixtures.dependency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole smoke path with real forked Maven builds: install into an empty repository, resolve as
 * a consumer (offline: the user's repository as a file:// remote), run the entry point. The forked
 * builds run once, up front; the tests judge their results.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsumerBuildAgainstCleanRepositoryTest {
    private static final Duration BUILD_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> WATCHED_USER_DIRECTORIES =
            List.of("org/apache/commons", "org/apache/maven/plugins/maven-dependency-plugin", "demo");

    @TempDir
    static Path work;

    private final Map<String, Map<String, String>> userRepositoryBefore = new TreeMap<>();
    private final Map<String, Map<String, String>> userRepositoryAfter = new TreeMap<>();
    private CleanRepository repository;
    private ConsumerBuild consumer;
    private ConsumerBuildResult cli;
    private ConsumerBuildResult cliWithProvidedDependency;
    private ConsumerBuildResult cliWithMissingDependency;
    private ConsumerBuildResult pluginHelp;
    private ConsumerBuildResult absentPluginHelp;

    @BeforeAll
    void installAndResolveAsAConsumer() throws Exception {
        Path userRepository = InstallFixtures.userRepository();
        Path mavenHome = InstallFixtures.mavenHome();
        for (String directory : WATCHED_USER_DIRECTORIES) {
            userRepositoryBefore.put(directory, InstallFixtures.snapshot(userRepository.resolve(directory)));
        }
        Path jar = InstallFixtures.cliJar(work.resolve("fixture"));
        Path poms = work.resolve("fixture");
        Path cliPom = InstallFixtures.pom(
                poms, "demo-cli", dependency("org.apache.commons", "commons-text", "1.9", "compile"));
        Path providedPom = InstallFixtures.pom(
                poms, "demo-cli-provided", dependency("org.apache.commons", "commons-text", "1.9", "provided"));
        Path missingPom =
                InstallFixtures.pom(poms, "demo-cli-missing", dependency(GROUP, "does-not-exist", "9.9", "compile"));

        repository = CleanRepository.create(work.resolve("repositories"));
        for (String artifactId : List.of("demo-cli", "demo-cli-provided", "demo-cli-missing")) {
            repository.install(ArtifactFile.jar(GROUP, artifactId, VERSION, jar));
        }
        repository.install(ArtifactFile.pom(GROUP, "demo-cli", VERSION, cliPom));
        repository.install(ArtifactFile.pom(GROUP, "demo-cli-provided", VERSION, providedPom));
        repository.install(ArtifactFile.pom(GROUP, "demo-cli-missing", VERSION, missingPom));
        // The build resolves maven-dependency-plugin 3.8.1 before the tests (see the plugin POM), so it is
        // a real plugin that is surely in the user's repository.
        Path dependencyPlugin = userRepository.resolve("org/apache/maven/plugins/maven-dependency-plugin/3.8.1");
        assertThat(dependencyPlugin.resolve("maven-dependency-plugin-3.8.1.jar"))
                .isRegularFile();
        repository.install(ArtifactFile.jar(
                "org.apache.maven.plugins",
                "maven-dependency-plugin",
                "3.8.1",
                dependencyPlugin.resolve("maven-dependency-plugin-3.8.1.jar")));
        repository.install(ArtifactFile.pom(
                "org.apache.maven.plugins",
                "maven-dependency-plugin",
                "3.8.1",
                dependencyPlugin.resolve("maven-dependency-plugin-3.8.1.pom")));

        consumer = new ConsumerBuild(
                mavenHome,
                null,
                repository,
                ResolutionSource.localRepository(userRepository),
                work.resolve("consumers"),
                BUILD_TIMEOUT);
        cli = consumer.resolveRuntimeClasspath(ConsumerDependency.of(GROUP, "demo-cli", VERSION));
        cliWithProvidedDependency =
                consumer.resolveRuntimeClasspath(ConsumerDependency.of(GROUP, "demo-cli-provided", VERSION));
        cliWithMissingDependency =
                consumer.resolveRuntimeClasspath(ConsumerDependency.of(GROUP, "demo-cli-missing", VERSION));
        pluginHelp = consumer.runPluginHelp("org.apache.maven.plugins", "maven-dependency-plugin", "3.8.1");
        absentPluginHelp = consumer.runPluginHelp(GROUP, "no-such-maven-plugin", VERSION);

        for (String directory : WATCHED_USER_DIRECTORIES) {
            userRepositoryAfter.put(directory, InstallFixtures.snapshot(userRepository.resolve(directory)));
        }
    }

    @AfterAll
    void deleteRepository() throws Exception {
        if (repository != null) {
            repository.close();
        }
    }

    @Test
    void consumerResolvesTheCliAndItsTransitiveDependenciesFromTheCleanRepositoryOnly() {
        assertThat(cli.success())
                .as(cli.failureReason() + "\n" + cli.logTailText())
                .isTrue();
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.classpath())
                .map(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("demo-cli-1.0.jar", "commons-text-1.9.jar", "commons-lang3-3.11.jar");
        assertThat(cli.classpath()).allSatisfy(entry -> assertThat(entry).startsWith(repository.root()));
        assertThat(cli.logFile()).isRegularFile();
        assertThat(cli.duration()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/usr/lib/jvm/java-17-openjdk-amd64", "/usr/lib/jvm/temurin-25-jdk-amd64"})
    void resolvedCliAnswersHelpOnEachJdkLane(String jdk) throws Exception {
        Path jdkHome = Path.of(jdk);
        assumeTrue(Files.isExecutable(jdkHome.resolve("bin/java")), "JDK not installed: " + jdk);
        EntryPoint help =
                EntryPoint.mainClass(cli.classpath(), "demo.cli.Main").expecting("^Usage: Demo-cli \\[--help\\]");

        EntryPointResult result = new EntryPointRun(jdkHome, RUN_TIMEOUT, work.resolve("runs")).run(help);

        assertThat(result.passed())
                .as(result.failureReason() + "\n" + result.outputText())
                .isTrue();
        String major = JdkVersion.major(result.jdkVersion()).orElseThrow().toString();
        assertThat(result.output()).contains("running on java " + result.jdkVersion());
        assertThat(result.jdkVersion())
                .startsWith(jdk.contains("-17-") ? "17." : "25.")
                .startsWith(major);
        assertThat(result.commandLine())
                .contains(jdkHome.resolve("bin/java").toString(), "-cp", "demo.cli.Main", "--help");
    }

    @Test
    void libraryProbePassesOnTheResolvedClasspathAndFailsWhereTheDependencyIsMissing() throws Exception {
        EntryPointRun run = new EntryPointRun(InstallFixtures.JDK_17, RUN_TIMEOUT, work.resolve("runs"));

        EntryPointResult onResolved = run.run(EntryPoint.probe(cli.classpath(), "demo.cli.Probe"));
        EntryPointResult onProvided =
                run.run(EntryPoint.probe(cliWithProvidedDependency.classpath(), "demo.cli.Probe"));

        assertThat(onResolved.passed()).as(onResolved.failureReason()).isTrue();
        assertThat(onResolved.output()).containsExactly("probe ok");
        assertThat(onProvided.passed()).isFalse();
        assertThat(onProvided.failureReason()).contains("ClassNotFoundException", "org.apache.commons.text.WordUtils");
    }

    @Test
    void providedDependencyIsAbsentAtRunTimeAndHelpFailsWithNoClassDefFoundError() throws Exception {
        assertThat(cliWithProvidedDependency.success())
                .as(cliWithProvidedDependency.logTailText())
                .isTrue();
        assertThat(cliWithProvidedDependency.classpath())
                .map(p -> p.getFileName().toString())
                .containsExactly("demo-cli-provided-1.0.jar");

        EntryPointResult result = new EntryPointRun(InstallFixtures.JDK_17, RUN_TIMEOUT, work.resolve("runs"))
                .run(EntryPoint.mainClass(cliWithProvidedDependency.classpath(), "demo.cli.Main"));

        assertThat(result.passed()).isFalse();
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.failureReason())
                .startsWith("exited with 1 (expected: 0)")
                .contains("java.lang.NoClassDefFoundError", "org/apache/commons/text/WordUtils");
        assertThat(result.missingClass()).isTrue();
        assertThat(result.usageText()).isFalse();
    }

    @Test
    void dependencyThatExistsNowhereFailsTheConsumerBuildAndIsNamedInTheTail() {
        assertThat(cliWithMissingDependency.success()).isFalse();
        assertThat(cliWithMissingDependency.exitCode()).isEqualTo(1);
        assertThat(cliWithMissingDependency.timedOut()).isFalse();
        assertThat(cliWithMissingDependency.classpath()).isEmpty();
        assertThat(cliWithMissingDependency.logTailText())
                .contains("Could not resolve dependencies", "demo.smoke:does-not-exist:jar:9.9");
        assertThat(cliWithMissingDependency.failureReason())
                .startsWith("the consumer build failed (exit code 1)")
                .contains(
                        "Could not resolve dependencies", "Could not find artifact demo.smoke:does-not-exist:jar:9.9");
        assertThat(cliWithMissingDependency.errorLines())
                .isNotEmpty()
                .allMatch(line -> line.startsWith("[ERROR]"))
                .noneMatch(line -> line.contains("-> [Help"));
    }

    @Test
    void installedMavenPluginResolvesAndItsHelpGoalRuns() {
        assertThat(pluginHelp.success())
                .as(pluginHelp.failureReason() + "\n" + pluginHelp.logTailText())
                .isTrue();
        assertThat(pluginHelp.logTailText()).contains("dependency:tree", "dependency:resolve-sources");
        assertThat(pluginHelp.classpath()).isEmpty();
    }

    @Test
    void helpGoalOfAPluginThatIsNowhereFails() {
        assertThat(absentPluginHelp.success()).isFalse();
        assertThat(absentPluginHelp.exitCode()).isEqualTo(1);
        assertThat(absentPluginHelp.logTailText()).contains("no-such-maven-plugin");
        assertThat(absentPluginHelp.failureReason())
                .contains("Could not find artifact demo.smoke:no-such-maven-plugin:jar:1.0");
    }

    @Test
    void userLocalRepositoryIsOnlyRead() {
        assertThat(userRepositoryBefore.get("org/apache/commons")).containsKey("commons-text/1.9/commons-text-1.9.jar");
        assertThat(userRepositoryAfter).isEqualTo(userRepositoryBefore);
        assertThat(repository.root().resolve("org/apache/commons/commons-text/1.9/commons-text-1.9.jar"))
                .as("the consumer copied what it needed into the clean repository")
                .isRegularFile();
    }

    @Test
    void consumerProjectIsGeneratedWithThePinnedDependencyPluginAndItsOwnSettings() throws Exception {
        Path project = cli.logFile().getParent();

        assertThat(project.resolve(".mvn")).isDirectory();
        assertThat(Files.readString(project.resolve("pom.xml")))
                .contains(
                        "<artifactId>demo-cli</artifactId>",
                        "<artifactId>maven-dependency-plugin</artifactId>",
                        "<version>3.8.1</version>");
        assertThat(Files.readString(project.resolve("settings.xml")))
                .contains(
                        "<mirrorOf>*</mirrorOf>",
                        "<checksumPolicy>ignore</checksumPolicy>",
                        InstallFixtures.userRepository().toUri().toString());
    }

    @Test
    void hostileCoordinatesNeverReachTheGeneratedPom() {
        assertThatThrownBy(() -> ConsumerDependency.of("x</groupId><evil>", "a", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("groupId");
        assertThatThrownBy(() -> consumer.runPluginHelp("org", "a", "1:evil"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version");
    }

    @Test
    void mavenHomeWithoutMavenIsAFailedResultNotAnException() throws Exception {
        ConsumerBuild broken = new ConsumerBuild(
                work.resolve("no-maven"),
                null,
                repository,
                ResolutionSource.localRepository(InstallFixtures.userRepository()),
                work.resolve("consumers"),
                BUILD_TIMEOUT);

        ConsumerBuildResult result = broken.resolveRuntimeClasspath(ConsumerDependency.of(GROUP, "demo-cli", VERSION));

        assertThat(result.success()).isFalse();
        assertThat(result.exitCode()).isNull();
        assertThat(result.failureReason()).contains("no Maven at", "no-maven");
    }
}
