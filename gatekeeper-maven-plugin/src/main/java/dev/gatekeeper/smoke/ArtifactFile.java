package dev.gatekeeper.smoke;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file of the reactor together with the coordinates it is installed under.
 *
 * @param classifier null (or empty) for the main artifact
 * @param extension  the file extension in the repository, e.g. {@code jar} or {@code pom}
 */
public record ArtifactFile(
        String groupId, String artifactId, String version, String classifier, String extension, Path file) {

    public ArtifactFile {
        Coordinates.requireSafe("groupId", groupId);
        Coordinates.requireSafe("artifactId", artifactId);
        Coordinates.requireSafe("version", version);
        classifier = Coordinates.optionalSafe("classifier", classifier);
        Coordinates.requireSafe("extension", extension);
        Objects.requireNonNull(file, "file");
    }

    public static ArtifactFile pom(String groupId, String artifactId, String version, Path file) {
        return new ArtifactFile(groupId, artifactId, version, null, "pom", file);
    }

    public static ArtifactFile jar(String groupId, String artifactId, String version, Path file) {
        return new ArtifactFile(groupId, artifactId, version, null, "jar", file);
    }

    /** {@code artifactId-version[-classifier].extension}, the file's name in a repository. */
    public String repositoryFileName() {
        return artifactId + "-" + version + (classifier == null ? "" : "-" + classifier) + "." + extension;
    }

    /** {@code groupId:artifactId:extension[:classifier]:version}, as Maven prints an artifact. */
    public String coordinates() {
        return groupId + ":" + artifactId + ":" + extension + (classifier == null ? "" : ":" + classifier) + ":"
                + version;
    }
}
