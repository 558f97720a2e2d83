package dev.gatekeeper.smoke;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.ShellWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The reactor modules a consumer of this module needs (its parent POMs and its reactor dependencies)
 * that are not in this build, as under {@code mvn -pl c} or {@code -rf :c}: the files the clean
 * repository gets for them, taken from the user's local repository (what an earlier {@code install}
 * left there; a parent or aggregator POM also from the reactor itself), and the ones that are nowhere.
 *
 * @param artifacts what the clean repository gets, beside the reactor's own artifacts
 * @param found     each sibling found, with where it came from
 * @param notFound  {@code groupId:artifactId:version} of each sibling neither built nor in the local repository
 */
public record Siblings(List<ArtifactFile> artifacts, List<String> found, List<String> notFound) {

    /**
     * A reactor module that is not in this build.
     *
     * @param extension  the main artifact's file extension ({@code jar}); ignored for pom packaging
     * @param reactorPom the module's POM in the reactor
     */
    public record Module(
            String groupId, String artifactId, String version, String packaging, String extension, Path reactorPom) {
        public Module {
            Objects.requireNonNull(packaging, "packaging");
        }

        String coordinates() {
            return groupId + ":" + artifactId + ":" + version;
        }

        boolean isPom() {
            return "pom".equals(packaging);
        }
    }

    /** Finds a file in the user's local repository. */
    @FunctionalInterface
    public interface LocalRepository {
        /** The file, or null when the local repository does not hold it. */
        Path find(String groupId, String artifactId, String version, String extension) throws IOException;
    }

    public Siblings {
        artifacts = List.copyOf(artifacts);
        found = List.copyOf(found);
        notFound = List.copyOf(notFound);
    }

    /** A module whose consumer needs no module outside this build. */
    public static Siblings none() {
        return new Siblings(List.of(), List.of(), List.of());
    }

    /** Looks each needed module up: its POM and main artifact from the local repository; a POM module's POM else from the reactor. */
    public static Siblings locate(List<Module> needed, LocalRepository local) throws IOException {
        List<ArtifactFile> artifacts = new ArrayList<>();
        List<String> found = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        for (Module module : needed) {
            Path pom = existing(local.find(module.groupId(), module.artifactId(), module.version(), "pom"));
            if (module.isPom()) {
                boolean fromReactor = pom == null;
                Path file = fromReactor ? existing(module.reactorPom()) : pom;
                if (file == null) {
                    notFound.add(module.coordinates());
                    continue;
                }
                artifacts.add(ArtifactFile.pom(module.groupId(), module.artifactId(), module.version(), file));
                found.add(module.coordinates() + (fromReactor ? " (POM from the reactor)" : " (local repository)"));
                continue;
            }
            Path main =
                    existing(local.find(module.groupId(), module.artifactId(), module.version(), module.extension()));
            if (pom == null || main == null) {
                notFound.add(module.coordinates());
                continue;
            }
            artifacts.add(ArtifactFile.pom(module.groupId(), module.artifactId(), module.version(), pom));
            artifacts.add(new ArtifactFile(
                    module.groupId(), module.artifactId(), module.version(), null, module.extension(), main));
            found.add(module.coordinates() + " (local repository)");
        }
        return new Siblings(artifacts, found, notFound);
    }

    private static Path existing(Path file) {
        return file != null && Files.isRegularFile(file) ? file : null;
    }

    /**
     * Says where the siblings came from; when some are nowhere, says that a consumer of {@code coordinates}
     * is not judged, and why, and returns false: the consumer build would fail on what this build did not make.
     */
    public boolean judge(String coordinates, GateEvaluation evaluation, String subject) {
        if (!notFound.isEmpty()) {
            String missing = String.join(", ", notFound);
            evaluation.add(Finding.of(
                            SmokeCodes.SIBLING_NOT_BUILT,
                            GateStatus.WARN,
                            "not judged: a consumer of " + coordinates + " needs " + missing
                                    + ", which this build did not make (mvn -pl or -rf) and the local repository does not hold")
                    .withFix("Build it in the same run (add -am) or install it first ("
                            + ShellWords.join(List.of(
                                    "mvn",
                                    "install",
                                    "-pl",
                                    String.join(
                                            ",",
                                            notFound.stream()
                                                    .map(Siblings::moduleSelector)
                                                    .toList())))
                            + ")"));
            evaluation.summary("not judged: " + missing + " not built in this run nor installed");
            return false;
        }
        if (!found.isEmpty()) {
            evaluation
                    .log()
                    .info(subject + ": siblings not in this build come from the local repository: "
                            + String.join(
                                    ", ",
                                    found.stream().map(Siblings::artifactId).toList()));
            evaluation.add(Finding.of(
                            SmokeCodes.SIBLINGS_FROM_LOCAL_REPOSITORY,
                            GateStatus.PASS,
                            "reactor modules not in this build, installed into the clean repository as the local repository holds them: "
                                    + String.join(", ", found))
                    .withFix("Build them in the same run (add -am) to judge them as this build makes them")
                    .withDetail(String.join(
                            "\n",
                            artifacts.stream().map(a -> a.file().toString()).toList())));
        }
        return true;
    }

    /** ":artifactId", as -pl selects a module. */
    private static String moduleSelector(String coordinates) {
        return ":" + artifactId(coordinates);
    }

    private static String artifactId(String coordinatesWithSource) {
        String[] parts = coordinatesWithSource.split(":");
        return parts.length > 1 ? parts[1] : coordinatesWithSource;
    }
}
