package dev.gatekeeper.smoke;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A clean repository prepared before the project's artifacts exist (by the {@code start} goal, at
 * {@code initialize}): a consumer build with nothing to resolve ran in it, so it holds what every consumer
 * build downloads before it resolves anything — the maven-dependency-plugin it runs and that plugin's own
 * dependencies — downloaded from {@code source}. Each module's smoke check copies it into its own new clean
 * repository and then installs the reactor's artifacts, so its consumer build only resolves the module and
 * its third-party dependencies.
 *
 * <p>The copy holds only what a consumer build of the same Maven on the same source would have downloaded
 * itself before resolving the module (today's check does exactly that in the same repository), so what a
 * consumer resolves still comes only from what was installed plus what a consumer build downloads: the
 * check's meaning is unchanged. A module whose Maven or source differs does not use it.
 *
 * @param root      the prepared repository
 * @param mavenHome the Maven installation whose consumer build filled it
 * @param source    where that build downloaded from
 * @param duration  how long the preparation took
 */
public record PreparedRepository(Path root, Path mavenHome, ResolutionSource source, Duration duration) {
    /** What the consumer build at {@code initialize} downloads, for log lines. */
    public static final String CONTENT = ConsumerProject.DEPENDENCY_PLUGIN_ARTIFACT + " "
            + ConsumerProject.DEPENDENCY_PLUGIN_VERSION + " and its dependencies";

    public PreparedRepository {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(mavenHome, "mavenHome");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(duration, "duration");
    }

    /**
     * Runs a consumer build that resolves nothing in a new clean repository under {@code directory}.
     *
     * @throws IOException when the consumer build failed; its message says why and names its log
     */
    public static PreparedRepository prepare(Path mavenHome, ResolutionSource source, Path directory, Duration timeout)
            throws IOException {
        CleanRepository repository = CleanRepository.create(directory);
        ConsumerBuildResult result =
                new ConsumerBuild(mavenHome, null, repository, source, directory, timeout).resolveNothing();
        if (!result.success()) {
            repository.close();
            throw new IOException(result.failureReason() + " (its log: " + result.logFile() + ")");
        }
        return new PreparedRepository(repository.root(), mavenHome, source, result.duration());
    }

    /**
     * Why a consumer build of {@code mavenHome} on {@code wanted} must not start from this repository; empty
     * when it may.
     */
    public Optional<String> mismatch(Path mavenHome, ResolutionSource wanted) {
        if (!source.equals(wanted)) {
            return Optional.of("it was filled from " + source.url() + " and this module resolves from " + wanted.url()
                    + (source.url().equals(wanted.url()) ? " with other settings" : ""));
        }
        if (!this.mavenHome
                .toAbsolutePath()
                .normalize()
                .equals(mavenHome.toAbsolutePath().normalize())) {
            return Optional.of("it was filled by the Maven in " + this.mavenHome + ", not " + mavenHome);
        }
        return Optional.empty();
    }

    /** Removes the prepared repository. */
    public void delete() throws IOException {
        CleanRepository.deleteTree(root);
    }
}
