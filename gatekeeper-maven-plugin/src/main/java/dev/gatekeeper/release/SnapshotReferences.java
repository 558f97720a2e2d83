package dev.gatekeeper.release;

import dev.gatekeeper.release.SnapshotReference.Kind;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.artifact.ArtifactUtils;

/**
 * What counts as a reference a release would not reproduce, and each one once per place to fix it: a
 * SNAPSHOT version or a version range of an artifact outside the reactor. Artifacts of the reactor, at the
 * reactor's version, are released with it and do not count. A version a POM of the reactor sets (a parent,
 * a managed section) reaches every module that inherits it: it is reported once, at that POM's line.
 */
public final class SnapshotReferences {
    private final Set<String> reactorArtifacts;
    private final Set<Path> reactorPoms;
    private final Map<String, SnapshotReference> found = new LinkedHashMap<>();

    /**
     * @param reactorArtifacts groupId:artifactId:version of every project of the reactor
     * @param reactorPoms      the POM files of the reactor
     */
    public SnapshotReferences(Collection<String> reactorArtifacts, Collection<Path> reactorPoms) {
        this.reactorArtifacts = Set.copyOf(reactorArtifacts);
        this.reactorPoms =
                reactorPoms.stream().map(SnapshotReferences::normalized).collect(Collectors.toSet());
    }

    /** A SNAPSHOT (also a timestamped one) or a version range: what a release cannot pin. */
    public static boolean isUnreleasable(String version) {
        return version != null && (ArtifactUtils.isSnapshot(version) || isRange(version));
    }

    /**
     * Records the reference when it counts.
     *
     * @param pom    the referencing module's POM
     * @param source the POM Maven read the version from, or null when unknown
     * @param line   the version's 1-based line in {@code source}, or 0 when unknown
     */
    public void add(
            Kind kind,
            String module,
            Path pom,
            String groupId,
            String artifactId,
            String version,
            String via,
            Path source,
            int line,
            String profile) {
        if (!isUnreleasable(version) || reactorArtifacts.contains(groupId + ":" + artifactId + ":" + version)) {
            return;
        }
        Path file = pom;
        Integer at = null;
        if (source != null && line > 0 && reactorPoms.contains(normalized(source))) {
            file = normalized(source);
            at = line;
        }
        String coordinates = groupId + ":" + artifactId;
        String key = at == null
                ? kind + " " + module + " " + coordinates + ":" + version + " " + via
                : file + ":" + at + " " + coordinates + ":" + version + " " + via;
        found.putIfAbsent(key, new SnapshotReference(kind, module, coordinates, version, via, file, at, profile));
    }

    /** Every reference found so far, once per place to fix it. */
    public List<SnapshotReference> all() {
        return List.copyOf(found.values());
    }

    private static boolean isRange(String version) {
        return version.startsWith("[") || version.startsWith("(");
    }

    private static Path normalized(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
