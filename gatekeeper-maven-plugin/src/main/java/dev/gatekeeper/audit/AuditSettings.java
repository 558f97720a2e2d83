package dev.gatekeeper.audit;

import dev.gatekeeper.audit.osv.OsvIndexCache;
import dev.gatekeeper.core.DisplayPaths;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The audit's policy and data source.
 *
 * @param executionRoot        paths in findings are shown relative to it
 * @param declaringPom         the POM whose dependencies were scanned (SARIF locations point at it)
 * @param suppressionFile      Gatekeeper's suppression file (may not exist)
 * @param failOnCvss           at or above this CVSS score a vulnerability fails the gate
 * @param maxDatabaseAgeDays   older vulnerability data holds the merge
 * @param nvdDatafeedUrl       an NVD data-feed mirror, or null
 * @param dataDirectory        Dependency-Check's data directory
 * @param onlineUpdateAllowed  whether Dependency-Check may build its database from the NVD API itself
 * @param clock                the time the data's age and suppression expiry are judged at
 * @param engines              the scanners to run
 * @param osvDatabase          the OSV database (zip or directory), or null when none is configured
 * @param osvCacheDirectory    where the OSV index is cached
 * @param osvManaged           the managed OSV database, refreshed for this build, when no {@code osvDatabase} is
 *                             given and the OSV engine runs; else null
 * @param enginesChosen        which engines run and why the others do not, logged first; or null
 */
public record AuditSettings(
        Path executionRoot,
        Path declaringPom,
        Path suppressionFile,
        double failOnCvss,
        int maxDatabaseAgeDays,
        String nvdDatafeedUrl,
        Path dataDirectory,
        boolean onlineUpdateAllowed,
        Clock clock,
        Set<AuditEngine> engines,
        Path osvDatabase,
        Path osvCacheDirectory,
        ManagedOsvDatabase osvManaged,
        String enginesChosen) {

    /** Settings with an explicit OSV database, or none. */
    public AuditSettings(
            Path executionRoot,
            Path declaringPom,
            Path suppressionFile,
            double failOnCvss,
            int maxDatabaseAgeDays,
            String nvdDatafeedUrl,
            Path dataDirectory,
            boolean onlineUpdateAllowed,
            Clock clock,
            Set<AuditEngine> engines,
            Path osvDatabase,
            Path osvCacheDirectory) {
        this(
                executionRoot,
                declaringPom,
                suppressionFile,
                failOnCvss,
                maxDatabaseAgeDays,
                nvdDatafeedUrl,
                dataDirectory,
                onlineUpdateAllowed,
                clock,
                engines,
                osvDatabase,
                osvCacheDirectory,
                null,
                null);
    }

    /** Settings for Dependency-Check alone. */
    public AuditSettings(
            Path executionRoot,
            Path declaringPom,
            Path suppressionFile,
            double failOnCvss,
            int maxDatabaseAgeDays,
            String nvdDatafeedUrl,
            Path dataDirectory,
            boolean onlineUpdateAllowed,
            Clock clock) {
        this(
                executionRoot,
                declaringPom,
                suppressionFile,
                failOnCvss,
                maxDatabaseAgeDays,
                nvdDatafeedUrl,
                dataDirectory,
                onlineUpdateAllowed,
                clock,
                EnumSet.of(AuditEngine.DEPENDENCY_CHECK),
                null,
                OsvIndexCache.defaultDirectory());
    }

    public AuditSettings {
        Objects.requireNonNull(executionRoot, "executionRoot");
        Objects.requireNonNull(declaringPom, "declaringPom");
        Objects.requireNonNull(suppressionFile, "suppressionFile");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(osvCacheDirectory, "osvCacheDirectory");
        if (engines == null || engines.isEmpty()) {
            throw new IllegalArgumentException("gatekeeper.audit.engines must name at least one engine");
        }
        engines = Set.copyOf(engines);
        if (failOnCvss < 0 || failOnCvss > 10) {
            throw new IllegalArgumentException(
                    "gatekeeper.audit.failOnCvss must be between 0 and 10, was " + failOnCvss);
        }
        if (maxDatabaseAgeDays < 0) {
            throw new IllegalArgumentException(
                    "gatekeeper.audit.maxDatabaseAgeDays must not be negative, was " + maxDatabaseAgeDays);
        }
    }

    public boolean runs(AuditEngine engine) {
        return engines.contains(engine);
    }

    public String display(Path path) {
        return DisplayPaths.relativeTo(executionRoot, path);
    }
}
