package dev.gatekeeper.audit.osv;

import java.util.Objects;

/** A resolved dependency as OSV names Maven packages: {@code groupId:artifactId} and a version. */
public record MavenCoordinates(String groupId, String artifactId, String version) {
    public MavenCoordinates {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
    }

    public String packageName() {
        return groupId + ":" + artifactId;
    }

    @Override
    public String toString() {
        return packageName() + ":" + version;
    }
}
