package dev.gatekeeper.verdict;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.DisplayPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file the build produced for deployment, bound into the evidence by its SHA-256.
 *
 * @param coordinates groupId:artifactId:version[:classifier]:type
 * @param file        the file, relative to the execution root where possible, '/'-separated
 * @param size        in bytes
 * @param sha256      64 lower-case hex digits
 */
@JsonPropertyOrder({"coordinates", "file", "size", "sha256"})
public record BuiltArtifact(String coordinates, String file, long size, String sha256) {

    public BuiltArtifact {
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Reads and digests {@code file} now. */
    public static BuiltArtifact of(String coordinates, Path file, Path executionRoot) throws IOException {
        return new BuiltArtifact(
                coordinates, DisplayPaths.relativeTo(executionRoot, file), Files.size(file), Digests.sha256(file));
    }

    /** "g:a:v:type" or "g:a:v:classifier:type" when there is a classifier. */
    public static String coordinates(
            String groupId, String artifactId, String version, String classifier, String type) {
        String prefix = groupId + ":" + artifactId + ":" + version + ":";
        return classifier == null || classifier.isEmpty() ? prefix + type : prefix + classifier + ":" + type;
    }
}
