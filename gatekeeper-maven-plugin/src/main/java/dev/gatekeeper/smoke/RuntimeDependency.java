package dev.gatekeeper.smoke;

import java.nio.file.Path;
import java.util.List;

/**
 * One artifact of the module's resolved compile and runtime graph, as the build resolved it.
 *
 * @param scope    compile or runtime (as mediated: a transitive one takes its direct dependency's scope)
 * @param optional the artifact is an {@code <optional>} dependency of the module
 * @param path     groupId:artifactId:version from the module's direct dependency down to this one; one
 *                 element for a direct dependency
 * @param file     the resolved jar, or null
 */
public record RuntimeDependency(
        String groupId,
        String artifactId,
        String version,
        String scope,
        boolean optional,
        List<String> path,
        Path file) {
    public RuntimeDependency {
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a dependency's path holds at least the dependency itself");
        }
    }

    public String key() {
        return groupId + ":" + artifactId;
    }

    public String coordinates() {
        return groupId + ":" + artifactId + ":" + version;
    }

    /** groupId:artifactId of the module's direct dependency that brings this one. */
    public String directKey() {
        String[] parts = path.get(0).split(":");
        return parts.length >= 2 ? parts[0] + ":" + parts[1] : path.get(0);
    }

    public boolean direct() {
        return path.size() == 1;
    }

    /**
     * Where a direct dependency is declared: a POM file as shown in findings and its line.
     *
     * @param line null when Maven does not know it
     */
    public record Declaration(String file, Integer line) {
        public String describe() {
            return line == null ? file : file + " line " + line;
        }
    }
}
