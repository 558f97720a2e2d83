package dev.gatekeeper.smoke;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One artifact of a runtime classpath: the build's (what its tests ran with) or a consumer's.
 *
 * @param classifier null when none
 * @param version    the base version (1.0-SNAPSHOT, never a timestamp)
 * @param optional   in the build's graph: an {@code <optional>} dependency of the module, or one that comes only
 *                   with such a dependency; a consumer does not get it from the module
 */
public record GraphArtifact(String groupId, String artifactId, String classifier, String version, boolean optional) {
    public GraphArtifact {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        classifier = classifier == null || classifier.isEmpty() ? null : classifier;
    }

    /** An artifact that is not optional. */
    public GraphArtifact(String groupId, String artifactId, String classifier, String version) {
        this(groupId, artifactId, classifier, version, false);
    }

    /** groupId:artifactId, with :classifier when there is one: what the two graphs are matched by. */
    public String key() {
        return groupId + ":" + artifactId + (classifier == null ? "" : ":" + classifier);
    }

    public String coordinates() {
        return groupId + ":" + artifactId + ":" + version + (classifier == null ? "" : ":" + classifier);
    }

    /**
     * The artifact a file of a Maven repository holds, read from the repository layout
     * ({@code group/path/artifactId/version/artifactId-version[-classifier].ext}); empty when the file does not
     * lie in that layout under {@code root}.
     */
    public static Optional<GraphArtifact> inRepository(Path root, Path file) {
        Path normalizedRoot = root.toAbsolutePath().normalize();
        Path normalized = file.toAbsolutePath().normalize();
        if (!normalized.startsWith(normalizedRoot)) {
            return Optional.empty();
        }
        Path relative = normalizedRoot.relativize(normalized);
        int count = relative.getNameCount();
        if (count < 4) {
            return Optional.empty();
        }
        String fileName = relative.getName(count - 1).toString();
        String version = relative.getName(count - 2).toString();
        String artifactId = relative.getName(count - 3).toString();
        String prefix = artifactId + "-" + version;
        int dot = fileName.lastIndexOf('.');
        if (!fileName.startsWith(prefix) || dot < prefix.length()) {
            return Optional.empty();
        }
        String rest = fileName.substring(prefix.length(), dot);
        if (!rest.isEmpty() && !rest.startsWith("-")) {
            return Optional.empty();
        }
        String groupId = relative.subpath(0, count - 3)
                .toString()
                .replace(relative.getFileSystem().getSeparator(), ".");
        return Optional.of(new GraphArtifact(groupId, artifactId, rest.isEmpty() ? null : rest.substring(1), version));
    }
}
