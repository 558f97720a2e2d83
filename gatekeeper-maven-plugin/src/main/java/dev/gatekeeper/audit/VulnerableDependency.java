package dev.gatekeeper.audit;

import java.util.List;
import java.util.Objects;

/**
 * A dependency of the reactor with the vulnerabilities reported against it.
 *
 * @param coordinates {@code groupId:artifactId:version} ({@code groupId:artifactId} when the purl has no version),
 *                    or null when the scanner could not tell
 * @param purl        the package URL, or null
 * @param fileName    the artifact's file name, e.g. {@code commons-text-1.9.jar}
 * @param location    where the reactor's resolved graph has it (module, declaring POM line, path), or null when
 *                    the graph was not resolved or does not hold it
 */
public record VulnerableDependency(
        String coordinates,
        String purl,
        String fileName,
        List<Vulnerability> vulnerabilities,
        ResolvedDependency location) {
    public VulnerableDependency {
        Objects.requireNonNull(fileName, "fileName");
        vulnerabilities = List.copyOf(vulnerabilities);
    }

    /** A dependency not located in the reactor's graph. */
    public VulnerableDependency(String coordinates, String purl, String fileName, List<Vulnerability> vulnerabilities) {
        this(coordinates, purl, fileName, vulnerabilities, null);
    }

    /** The same dependency, located at {@code resolved}. */
    public VulnerableDependency withLocation(ResolvedDependency resolved) {
        return new VulnerableDependency(coordinates, purl, fileName, vulnerabilities, resolved);
    }

    /** How a person names the dependency: its coordinates, or the file name when there are none. */
    public String displayName() {
        return coordinates != null ? coordinates : fileName;
    }

    /** {@code groupId:artifactId}, or null. */
    public String groupAndArtifact() {
        if (coordinates == null) {
            return null;
        }
        int firstColon = coordinates.indexOf(':');
        int lastColon = coordinates.lastIndexOf(':');
        // Without a version (a purl may have none) the coordinates already are group:artifact.
        return lastColon > firstColon ? coordinates.substring(0, lastColon) : coordinates;
    }
}
