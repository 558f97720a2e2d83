package dev.gatekeeper.verdict;

import java.time.Instant;
import java.util.Objects;

/**
 * The build a verdict is about, as recorded in the evidence.
 *
 * @param groupId           of the top-level project
 * @param artifactId        of the top-level project
 * @param version           of the top-level project
 * @param buildId           identifies the Maven session; only results carrying it are counted
 * @param startedAt         when the Maven session started
 * @param mavenVersion      the Maven runtime version
 * @param javaVersion       the Java runtime version
 * @param gatekeeperVersion the version of this plugin
 * @param commit            the VCS revision that was built, or null when unknown
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
        String commit) {

    public BuildInfo {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(buildId, "buildId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(mavenVersion, "mavenVersion");
        Objects.requireNonNull(javaVersion, "javaVersion");
        Objects.requireNonNull(gatekeeperVersion, "gatekeeperVersion");
    }

    public BuildInfo withCommit(String newCommit) {
        return new BuildInfo(groupId, artifactId, version, buildId, startedAt, mavenVersion, javaVersion,
                gatekeeperVersion, newCommit);
    }
}
