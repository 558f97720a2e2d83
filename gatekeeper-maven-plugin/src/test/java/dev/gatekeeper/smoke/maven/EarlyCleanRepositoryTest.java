package dev.gatekeeper.smoke.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gatekeeper.core.BackgroundPool;
import dev.gatekeeper.core.RecordingGateLog;
import dev.gatekeeper.smoke.CleanRepository;
import dev.gatekeeper.smoke.RepositorySeed;
import dev.gatekeeper.smoke.ResolutionSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clean repository prepared at initialize, once per build, handed to the smoke checks of that build only,
 * and removed once the verdict waited for the background work. One test forks a real Maven (offline, from the
 * user's repository served read-only); the others need none.
 */
class EarlyCleanRepositoryTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final String DEPENDENCY_PLUGIN = "org/apache/maven/plugins/maven-dependency-plugin/3.8.1";

    @TempDir
    Path work;

    private final ConcurrentMap<String, Object> build = new ConcurrentHashMap<>();
    private final RecordingGateLog log = new RecordingGateLog();

    @Test
    void aPreparedRepositoryHoldsTheDependencyPluginAndIsCopiedIntoEachModulesCleanRepository() throws Exception {
        Path mavenHome = mavenHome();
        ResolutionSource source = ResolutionSource.localRepository(userRepository());
        Path directory = work.resolve("start");

        assertThat(EarlyCleanRepository.start(build, mavenHome, source, directory, TIMEOUT, log))
                .isTrue();
        assertThat(log.lines())
                .containsExactly("INFO started at initialize: preparing a clean repository with what every consumer"
                        + " build downloads first (maven-dependency-plugin 3.8.1 and its dependencies) from "
                        + source.url() + ", in the background");

        try (CleanRepository module = CleanRepository.create(work.resolve("module"))) {
            Optional<String> note = EarlyCleanRepository.seed(build).fill(module, mavenHome, source);

            assertThat(note)
                    .hasValueSatisfying(line -> assertThat(line)
                            .matches("the clean repository starts from the one prepared at initialize \\("
                                    + "maven-dependency-plugin 3\\.8\\.1 and its dependencies, \\d+ files, prepared in"
                                    + " \\d+\\.\\d s\\)"));
            assertThat(module.root().resolve(DEPENDENCY_PLUGIN).resolve("maven-dependency-plugin-3.8.1.jar"))
                    .isRegularFile();
            // nothing of the project: only what the consumer build downloaded before resolving anything
            assertThat(module.root().resolve("demo")).doesNotExist();
        }
        assertThat(cleanRepositories(directory)).hasSize(1);
        // a module that resolves from another source (its own <offline>) must not start from what came from this one
        try (CleanRepository online = CleanRepository.create(work.resolve("online"))) {
            assertThat(EarlyCleanRepository.seed(build).fill(online, mavenHome, ResolutionSource.mavenCentral()))
                    .hasValue("the clean repository prepared at initialize is not used (it was filled from "
                            + source.url() + " and this module resolves from " + ResolutionSource.MAVEN_CENTRAL
                            + "); this one starts empty");
            assertThat(online.root()).isEmptyDirectory();
        }

        BackgroundPool.awaitAll(build, label -> {});

        assertThat(cleanRepositories(directory))
                .as("removed once the verdict waited")
                .isEmpty();
        try (CleanRepository late = CleanRepository.create(work.resolve("late"))) {
            assertThat(EarlyCleanRepository.seed(build).fill(late, mavenHome, source))
                    .hasValue("the clean repository prepared at initialize is not used (it was removed when the"
                            + " verdict was reached); this one starts empty");
            assertThat(late.root()).isEmptyDirectory();
        }
    }

    @Test
    void onlyTheFirstModuleOfABuildStartsIt() throws Exception {
        Path noMaven = work.resolve("no-maven");
        ResolutionSource source = ResolutionSource.mavenCentral();

        boolean first = EarlyCleanRepository.start(build, noMaven, source, work.resolve("start"), TIMEOUT, log);
        boolean second = EarlyCleanRepository.start(build, noMaven, source, work.resolve("start"), TIMEOUT, log);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(log.lines()).hasSize(1);
        BackgroundPool.awaitAll(build, label -> {});
    }

    @Test
    void aFailedPreparationIsNotUsedAndSaysWhy() throws Exception {
        Path noMaven = work.resolve("no-maven");
        ResolutionSource source = ResolutionSource.mavenCentral();
        EarlyCleanRepository.start(build, noMaven, source, work.resolve("start"), TIMEOUT, log);

        try (CleanRepository module = CleanRepository.create(work.resolve("module"))) {
            Optional<String> note = EarlyCleanRepository.seed(build).fill(module, noMaven, source);

            assertThat(note)
                    .hasValueSatisfying(line -> assertThat(line)
                            .startsWith("the clean repository prepared at initialize is not used (its preparation"
                                    + " failed: no Maven at " + noMaven)
                            .endsWith("); this one starts empty"));
            assertThat(module.root()).isEmptyDirectory();
        }
        // not a gate's failure: the verdict's wait does not fail for it
        assertThat(BackgroundPool.awaitAll(build, label -> {})).isEmpty();
    }

    @Test
    void aBuildThatStartedNothingGetsNoSeedEvenWithAnEarlierBuildsRepositoryUnderTarget() throws Exception {
        Path directory = work.resolve("start");
        Path earlier = Files.createDirectories(directory.resolve("clean-repo-123"));
        Files.writeString(
                Files.createDirectories(earlier.resolve(DEPENDENCY_PLUGIN)).resolve("stale.jar"), "x");

        assertThat(EarlyCleanRepository.seed(build)).isSameAs(RepositorySeed.NONE);

        // the next build's start removes what the earlier one left, before it prepares its own
        EarlyCleanRepository.start(
                build, work.resolve("no-maven"), ResolutionSource.mavenCentral(), directory, TIMEOUT, log);
        BackgroundPool.awaitAll(build, label -> {});
        assertThat(earlier).doesNotExist();
    }

    private static List<Path> cleanRepositories(Path directory) throws IOException {
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(p -> p.getFileName().toString().startsWith("clean-repo-"))
                    .toList();
        }
    }

    private static Path mavenHome() {
        String home = System.getProperty("maven.home");
        assumeTrue(
                home != null && Files.isDirectory(Path.of(home, "bin")),
                "maven.home is passed by surefire; run the tests through ./mvnw");
        return Path.of(home);
    }

    /** The user's local repository as the build running these tests sees it; only ever read. */
    private static Path userRepository() {
        String configured = System.getProperty("gatekeeper.userRepository");
        Path repository = configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".m2", "repository")
                : Path.of(configured);
        assertThat(repository.resolve(DEPENDENCY_PLUGIN).resolve("maven-dependency-plugin-3.8.1.jar"))
                .as("the build resolves maven-dependency-plugin 3.8.1 before the tests")
                .isRegularFile();
        return repository;
    }
}
