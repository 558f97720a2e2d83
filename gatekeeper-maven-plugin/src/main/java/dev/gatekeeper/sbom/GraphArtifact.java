package dev.gatekeeper.sbom;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One artifact of Maven's own resolved runtime graph, as the mojo hands it over.
 *
 * @param classifier null or empty when the artifact has none
 * @param type       the packaging type ({@code jar}, {@code pom}); null means {@code jar}
 * @param file       the resolved file, or null when Maven resolved none
 */
public record GraphArtifact(
        String groupId, String artifactId, String version, String classifier, String type, Path file) {

    public GraphArtifact {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        classifier = classifier == null || classifier.isBlank() ? null : classifier;
        type = type == null || type.isBlank() ? "jar" : type;
    }

    public String groupAndArtifact() {
        return groupId + ":" + artifactId;
    }

    MavenGav gav() {
        return new MavenGav(groupId, artifactId, version, classifier);
    }

    /** {@code g:a:type[:classifier]:v}, the order Maven prints in dependency:list. */
    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + type + (classifier == null ? "" : ":" + classifier) + ":" + version;
    }
}
