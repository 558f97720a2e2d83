package dev.gatekeeper.audit;

import dev.gatekeeper.audit.osv.MavenCoordinates;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One artifact of the reactor's resolved graph and where it comes from: the first reactor module (in reactor
 * order) whose graph holds it, the declaration in that module's POM of the direct dependency that brings it,
 * and the path from that direct dependency down to the artifact.
 *
 * @param coordinates  the artifact
 * @param scope        its scope as resolved ({@code compile}, {@code runtime}, {@code test}), or null when unknown
 * @param module       the reactor module it is located at (its artifactId), or null when unknown
 * @param declaration  where the direct dependency that brings it is declared, or null when unknown
 * @param path         {@code groupId:artifactId:version} from the module's direct dependency down to the artifact
 *                     (one element for a direct dependency); empty when unknown
 * @param otherModules the other reactor modules whose graph holds it too, in reactor order
 */
public record ResolvedDependency(
        MavenCoordinates coordinates,
        String scope,
        String module,
        Declaration declaration,
        List<String> path,
        List<String> otherModules) {
    /** Paths longer than this many elements are shortened in messages (the evidence keeps the whole path). */
    static final int SHOWN_PATH = 3;

    public ResolvedDependency {
        Objects.requireNonNull(coordinates, "coordinates");
        path = List.copyOf(path);
        otherModules = List.copyOf(otherModules);
    }

    /** A dependency nobody located (a graph given as bare coordinates). */
    public static ResolvedDependency unlocated(MavenCoordinates coordinates) {
        return new ResolvedDependency(coordinates, null, null, null, List.of(), List.of());
    }

    /** Whether it knows the module and path to show. */
    public boolean located() {
        return module != null && !path.isEmpty();
    }

    /** The same dependency, also held by {@code more} modules. */
    ResolvedDependency alsoIn(List<String> more) {
        List<String> others = new ArrayList<>(otherModules);
        more.stream().filter(m -> !others.contains(m) && !m.equals(module)).forEach(others::add);
        return new ResolvedDependency(coordinates, scope, module, declaration, path, others);
    }

    /** {@code m3 → g:starter:2.6.5 → g:yaml:1.29}: the module and the whole path. */
    public String fullPath() {
        return module + " → " + String.join(" → ", path);
    }

    /** As {@link #fullPath()}, with the middle of a long path left out: {@code m3 → g:a:1 → … → g:z:2}. */
    public String shortPath() {
        if (path.size() <= SHOWN_PATH) {
            return fullPath();
        }
        return module + " → " + path.get(0) + " → … → " + path.get(path.size() - 1);
    }

    /**
     * Where a direct dependency is declared.
     *
     * @param file          the POM as findings show it (relative to the execution root)
     * @param line          1-based line of the {@code <dependency>} element, or null when Maven does not know it
     * @param column        1-based column, or null
     * @param inheritedFrom the id ({@code groupId:artifactId:version}) of a parent POM outside the reactor that
     *                      declares it, in which case {@code file} is the module's own POM and {@code line} null;
     *                      null when a reactor POM declares it
     */
    public record Declaration(String file, Integer line, Integer column, String inheritedFrom) {
        public Declaration {
            Objects.requireNonNull(file, "file");
        }

        /** {@code m3/pom.xml:17}, or the file alone without a line. */
        public String describe() {
            return line == null ? file : file + ":" + line;
        }
    }
}
