package dev.gatekeeper.release;

import dev.gatekeeper.core.FindingCode;
import java.nio.file.Path;

/**
 * A reference from a reactor module's POM to an artifact outside the reactor whose version is a
 * SNAPSHOT or a version range: what a release built from these POMs would not reproduce.
 *
 * @param kind        what kind of reference it is
 * @param module      the referencing module, groupId:artifactId
 * @param coordinates the referenced artifact, groupId:artifactId
 * @param version     the version as written (after interpolation)
 * @param via         for a plugin's dependency, the plugin's groupId:artifactId:version; null otherwise
 * @param file        the POM the version was read from
 * @param line        1-based line of the version in {@code file}, or null when unknown
 * @param profile     the active profile that declares it (for a plugin), or null
 */
public record SnapshotReference(
        Kind kind,
        String module,
        String coordinates,
        String version,
        String via,
        Path file,
        Integer line,
        String profile) {

    public SnapshotReference(
            Kind kind, String module, String coordinates, String version, String via, Path file, Integer line) {
        this(kind, module, coordinates, version, via, file, line, null);
    }

    /** Gatekeeper's own plugin, as every user runs it until it is published: a SNAPSHOT declared in an active profile. */
    public boolean isGatekeeperInProfile() {
        return kind == Kind.PLUGIN && profile != null && coordinates.equals(GATEKEEPER_PLUGIN);
    }

    public static final String GATEKEEPER_PLUGIN = "dev.gatekeeper:gatekeeper-maven-plugin";

    /** A version range such as {@code [1.0,2.0)}: it can resolve to a SNAPSHOT or another version later. */
    public boolean isRange() {
        return version.startsWith("[") || version.startsWith("(");
    }

    /** Where in a POM the reference was found; each has its own finding code. */
    public enum Kind {
        PARENT("parent", ReleasePlanCodes.SNAPSHOT_PARENT),
        DEPENDENCY("dependency", ReleasePlanCodes.SNAPSHOT_DEPENDENCY),
        MANAGED_DEPENDENCY("managed dependency", ReleasePlanCodes.SNAPSHOT_MANAGED_DEPENDENCY),
        BOM("imported BOM", ReleasePlanCodes.SNAPSHOT_BOM),
        PLUGIN("plugin", ReleasePlanCodes.SNAPSHOT_PLUGIN),
        PLUGIN_DEPENDENCY("plugin dependency", ReleasePlanCodes.SNAPSHOT_PLUGIN_DEPENDENCY),
        EXTENSION("build extension", ReleasePlanCodes.SNAPSHOT_EXTENSION);

        private final String label;
        private final FindingCode code;

        Kind(String label, FindingCode code) {
            this.label = label;
            this.code = code;
        }

        public String label() {
            return label;
        }

        public String code() {
            return code.code();
        }

        public FindingCode findingCode() {
            return code;
        }
    }
}
