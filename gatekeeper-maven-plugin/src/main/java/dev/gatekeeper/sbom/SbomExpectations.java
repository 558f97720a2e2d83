package dev.gatekeeper.sbom;

import dev.gatekeeper.core.Digests;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the SBOM must describe: the project, and the runtime graph Maven itself resolved.
 *
 * @param groupId         the project's groupId
 * @param artifactId      the project's artifactId
 * @param version         the project's version
 * @param reactorModules  {@code groupId:artifactId} of every reactor module; they are built here,
 *                        not third-party components, so completeness and license checks leave them out
 * @param runtimeGraph    every artifact of the resolved runtime graph, of every reactor module
 * @param deniedLicenses  SPDX license ids that must not appear in a third-party component's licenses
 * @param requireLicenses whether a component without license information holds the merge (else it warns)
 */
public record SbomExpectations(
        String groupId,
        String artifactId,
        String version,
        Set<String> reactorModules,
        List<GraphArtifact> runtimeGraph,
        Set<String> deniedLicenses,
        boolean requireLicenses,
        boolean everyRecordedHash) {

    /** Expectations that check each file by one recorded hash, the preferred one ({@link FileHashes#preferred}). */
    public SbomExpectations(
            String groupId,
            String artifactId,
            String version,
            Set<String> reactorModules,
            List<GraphArtifact> runtimeGraph,
            Set<String> deniedLicenses,
            boolean requireLicenses) {
        this(groupId, artifactId, version, reactorModules, runtimeGraph, deniedLicenses, requireLicenses, false);
    }

    public SbomExpectations {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        reactorModules = reactorModules == null ? Set.of() : Set.copyOf(reactorModules);
        runtimeGraph = runtimeGraph == null ? List.of() : List.copyOf(runtimeGraph);
        deniedLicenses = deniedLicenses == null ? Set.of() : Set.copyOf(deniedLicenses);
    }

    public String projectGroupAndArtifact() {
        return groupId + ":" + artifactId;
    }

    /** Whether {@code groupAndArtifact} is built by this reactor (the project itself included). */
    public boolean isReactorModule(String groupAndArtifact) {
        return reactorModules.contains(groupAndArtifact)
                || projectGroupAndArtifact().equals(groupAndArtifact);
    }

    /** A fingerprint of the expected graph: its coordinates, sorted, so the order Maven lists them in does not matter. */
    public String graphDigest() {
        return Digests.sha256(runtimeGraph.stream()
                .map(GraphArtifact::toString)
                .sorted()
                .distinct()
                .collect(Collectors.joining("\n", projectGroupAndArtifact() + ":" + version + "\n", "\n")));
    }
}
