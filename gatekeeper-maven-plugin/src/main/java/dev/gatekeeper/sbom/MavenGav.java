package dev.gatekeeper.sbom;

import com.github.packageurl.PackageURL;
import java.util.Optional;

/** The coordinates a runtime-graph artifact and an SBOM component are matched by. */
record MavenGav(String groupId, String artifactId, String version, String classifier) {

    MavenGav {
        classifier = classifier == null || classifier.isBlank() ? null : classifier;
    }

    /** The coordinates a {@code pkg:maven/…} purl names; empty for any other purl type. */
    static Optional<MavenGav> of(PackageURL purl) {
        if (!"maven".equals(purl.getType()) || purl.getNamespace() == null || purl.getVersion() == null) {
            return Optional.empty();
        }
        String classifier =
                purl.getQualifiers() == null ? null : purl.getQualifiers().get("classifier");
        return Optional.of(new MavenGav(purl.getNamespace(), purl.getName(), purl.getVersion(), classifier));
    }

    String groupAndArtifact() {
        return groupId + ":" + artifactId;
    }

    String purl() {
        return "pkg:maven/" + groupId + "/" + artifactId + "@" + version
                + (classifier == null ? "" : "?classifier=" + classifier);
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version + (classifier == null ? "" : ":" + classifier);
    }
}
