package dev.gatekeeper.audit;

import dev.gatekeeper.audit.osv.OsvIndexCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What identifies the vulnerability data an audit reads, so that a result can be reused only while that
 * data is the same: Dependency-Check's own suppression files, the NVD mirror's version (or, without a
 * mirror, Dependency-Check's database file), and the OSV database's digest. The goal turns each part into
 * a reuse input; when the data cannot be told, {@link #unknownBecause()} says why and nothing is reused.
 *
 * @param parts the parts, in the order they are recorded
 * @param unknownBecause why the data cannot be told (the result is then never reused), or null
 */
public record AuditDataIdentity(List<Part> parts, String unknownBecause) {
    /** One part of the identity: a named value, a file read by content, or a file stamped by size and time. */
    public sealed interface Part {}

    public record Value(String name, String value) implements Part {}

    public record FileContent(String name, Path file) implements Part {}

    public record FileStamp(String name, Path file) implements Part {}

    /**
     * @param basedir the directory Dependency-Check's suppression locations are relative to
     * @param dependencyCheckSuppressions Dependency-Check's own suppression files, as configured (may be empty)
     * @param nvdDatafeedUrl the NVD mirror, or null (blank counts as none)
     * @param dataDirectory Dependency-Check's data directory
     * @param osvDatabase the OSV database, or null
     */
    public static AuditDataIdentity of(
            Set<AuditEngine> engines,
            Path basedir,
            List<String> dependencyCheckSuppressions,
            String nvdDatafeedUrl,
            Path dataDirectory,
            Path osvDatabase) {
        List<Part> parts = new ArrayList<>();
        if (engines.contains(AuditEngine.DEPENDENCY_CHECK)) {
            for (int index = 0; index < dependencyCheckSuppressions.size(); index++) {
                String location = dependencyCheckSuppressions.get(index);
                if (location == null || location.contains(":/") || location.startsWith("classpath:")) {
                    return unknown("Dependency-Check's suppression file " + location + " is not a local file");
                }
                parts.add(new FileContent("dependency-check-suppressions-" + (index + 1), basedir.resolve(location)));
            }
            String feed = nvdDatafeedUrl == null || nvdDatafeedUrl.isBlank() ? null : nvdDatafeedUrl.trim();
            if (feed != null) {
                VulnerabilityData.Check data = VulnerabilityData.check(feed, dataDirectory, false);
                if (!data.usable() || data.lastModified() == null) {
                    return unknown("the NVD mirror's version cannot be read");
                }
                parts.add(new Value("nvd-mirror", data.lastModified().toString()));
            } else {
                // Without a mirror the data directory is the version; with one, Dependency-Check rewrites it each scan.
                parts.add(new FileStamp(
                        "dependency-check-database", dataDirectory.resolve(VulnerabilityData.DATABASE_FILE)));
            }
        }
        if (engines.contains(AuditEngine.OSV)) {
            if (osvDatabase == null || !Files.exists(osvDatabase)) {
                return unknown("no OSV database");
            }
            if (Files.isDirectory(osvDatabase)
                    && osvDatabase
                            .toAbsolutePath()
                            .normalize()
                            .startsWith(basedir.toAbsolutePath().normalize())) {
                // Committed with the project: a checkout stamps its files anew, so their times differ per clone
                // and only the content identifies it (a shared reuse record must match in a fresh clone).
                parts.add(new FileContent("osv-database", osvDatabase));
                return new AuditDataIdentity(List.copyOf(parts), null);
            }
            try {
                parts.add(new Value("osv-database", OsvIndexCache.digestOf(osvDatabase)));
            } catch (IOException e) {
                return unknown("cannot read the OSV database " + osvDatabase + " (" + e.getMessage() + ")");
            }
        }
        return new AuditDataIdentity(List.copyOf(parts), null);
    }

    private static AuditDataIdentity unknown(String because) {
        return new AuditDataIdentity(List.of(), because);
    }
}
