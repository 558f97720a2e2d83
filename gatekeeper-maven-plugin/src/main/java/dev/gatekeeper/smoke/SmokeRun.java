package dev.gatekeeper.smoke;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the smoke gates of one module share while they run: the clean repository the reactor was
 * installed into, and what the publish check learnt (the runtime classpath a consumer resolves,
 * the manifest's main class). Closing it removes the clean repository unless it is to be kept.
 */
public final class SmokeRun implements AutoCloseable {
    private final SmokeSettings settings;
    private CleanRepository repository;
    private List<Path> runtimeClasspath;
    private String manifestMainClass;
    private String installProblem;
    private RepositorySeed seed = RepositorySeed.NONE;
    private String seedNote;

    public SmokeRun(SmokeSettings settings) {
        this.settings = settings;
    }

    /** The clean repository starts from {@code seed}'s prepared repository when it fits. */
    public SmokeRun seededBy(RepositorySeed seed) {
        this.seed = seed == null ? RepositorySeed.NONE : seed;
        return this;
    }

    SmokeSettings settings() {
        return settings;
    }

    /** Creates the clean repository and installs the reactor's artifacts into it (once). */
    CleanRepository installedRepository() throws IOException {
        if (repository == null) {
            repository = CleanRepository.create(settings.install().workDirectory())
                    .keep(settings.install().keep());
            seedNote = seed.fill(
                            repository,
                            settings.install().mavenHome(),
                            settings.install().source())
                    .orElse(null);
            for (ArtifactFile artifact : settings.reactorArtifacts()) {
                repository.install(artifact);
            }
            for (ArtifactFile artifact : settings.install().siblings().artifacts()) {
                repository.install(artifact);
            }
        }
        return repository;
    }

    /** Whether and how the clean repository started from the one prepared at initialize; null when none was. */
    String seedNote() {
        return seedNote;
    }

    ConsumerBuild consumerBuild(Path javaHome) throws IOException {
        SmokeSettings.Install install = settings.install();
        return new ConsumerBuild(
                install.mavenHome(),
                javaHome,
                installedRepository(),
                install.source(),
                install.workDirectory(),
                install.timeout());
    }

    void resolved(List<Path> classpath) {
        this.runtimeClasspath = List.copyOf(classpath);
    }

    List<Path> runtimeClasspath() {
        return runtimeClasspath;
    }

    void manifestMainClass(String mainClass) {
        this.manifestMainClass = mainClass;
    }

    /** The main class the entry point runs: the configured one, else the jar manifest's. */
    String mainClass() {
        return settings.entry().mainClass() != null ? settings.entry().mainClass() : manifestMainClass;
    }

    void installFailed(String why) {
        this.installProblem = why;
    }

    /** Why the entry point cannot run, or null when it can. */
    String installProblem() {
        return installProblem;
    }

    /** Whether the module has an entry point to run on the JDK lanes. */
    public boolean hasEntryPoint() {
        return !settings.isPom()
                && (settings.isMavenPlugin()
                        || settings.entry().probeClass() != null
                        || settings.entry().mainClass() != null
                        || manifestMainClass != null);
    }

    @Override
    public void close() throws IOException {
        if (repository != null) {
            repository.close();
        }
    }
}
