package dev.gatekeeper.verdict;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The build a verdict is about, as recorded in the evidence.
 *
 * @param groupId             of the top-level project
 * @param artifactId          of the top-level project
 * @param version             of the top-level project
 * @param buildId             identifies the Maven session; only results carrying it are counted
 * @param startedAt           when the Maven session started
 * @param mavenVersion        the Maven runtime version
 * @param javaVersion         the Java runtime version
 * @param gatekeeperVersion   the version of this plugin
 * @param commit              the VCS revision that was built, or null when unknown
 * @param treeClean           whether the work tree matched the commit, or null outside git
 * @param configurationDigest SHA-256 of every Gatekeeper execution's configuration, or null when unknown
 * @param artifacts           the files the build would deploy, with their digests
 * @param sourceUri           where the commit can be found ("git+file:///..."), or null outside git
 */
public record BuildInfo(
        String groupId,
        String artifactId,
        String version,
        String buildId,
        Instant startedAt,
        String mavenVersion,
        String javaVersion,
        String gatekeeperVersion,
        String commit,
        Boolean treeClean,
        String configurationDigest,
        List<BuiltArtifact> artifacts,
        String sourceUri) {

    public BuildInfo {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(buildId, "buildId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(mavenVersion, "mavenVersion");
        Objects.requireNonNull(javaVersion, "javaVersion");
        Objects.requireNonNull(gatekeeperVersion, "gatekeeperVersion");
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
    }

    /** A build not yet bound to a tree state, configuration or artifacts. */
    public BuildInfo(
            String groupId,
            String artifactId,
            String version,
            String buildId,
            Instant startedAt,
            String mavenVersion,
            String javaVersion,
            String gatekeeperVersion,
            String commit) {
        this(
                groupId,
                artifactId,
                version,
                buildId,
                startedAt,
                mavenVersion,
                javaVersion,
                gatekeeperVersion,
                commit,
                null,
                null,
                List.of(),
                null);
    }

    public BuildInfo withCommit(String newCommit) {
        return new BuildInfo(
                groupId,
                artifactId,
                version,
                buildId,
                startedAt,
                mavenVersion,
                javaVersion,
                gatekeeperVersion,
                newCommit,
                treeClean,
                configurationDigest,
                artifacts,
                sourceUri);
    }

    /** The same build, bound to what the guard checks again before deploying. */
    public BuildInfo withBinding(
            Boolean newTreeClean,
            String newConfigurationDigest,
            List<BuiltArtifact> newArtifacts,
            String newSourceUri) {
        return new BuildInfo(
                groupId,
                artifactId,
                version,
                buildId,
                startedAt,
                mavenVersion,
                javaVersion,
                gatekeeperVersion,
                commit,
                newTreeClean,
                newConfigurationDigest,
                newArtifacts,
                newSourceUri);
    }
}
