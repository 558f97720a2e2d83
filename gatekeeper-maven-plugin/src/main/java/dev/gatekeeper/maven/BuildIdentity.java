package dev.gatekeeper.maven;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.CRC32;
import org.apache.maven.execution.MavenSession;

/**
 * Names the Maven session every gate result belongs to. Results carry it, and the verdict only
 * counts results of its own session, so evidence left in {@code target/} by an earlier build
 * never passes for this one.
 */
public final class BuildIdentity {
    private BuildIdentity() {}

    public static Instant startedAt(MavenSession session) {
        return session.getRequest().getStartTime().toInstant();
    }

    public static String buildId(MavenSession session) {
        CRC32 root = new CRC32();
        root.update(executionRoot(session).toString().getBytes(StandardCharsets.UTF_8));
        return startedAt(session).toEpochMilli() + "-" + Long.toHexString(root.getValue());
    }

    public static Path executionRoot(MavenSession session) {
        return Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
    }

    public static String moduleKey(org.apache.maven.project.MavenProject project) {
        return project.getGroupId() + ":" + project.getArtifactId();
    }
}
