package dev.gatekeeper.audit;

import dev.gatekeeper.core.DisplayPaths;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

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
        Clock clock) {

    public AuditSettings {
        Objects.requireNonNull(executionRoot, "executionRoot");
        Objects.requireNonNull(declaringPom, "declaringPom");
        Objects.requireNonNull(suppressionFile, "suppressionFile");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(clock, "clock");
        if (failOnCvss < 0 || failOnCvss > 10) {
            throw new IllegalArgumentException("gatekeeper.audit.failOnCvss must be between 0 and 10, was " + failOnCvss);
        }
        if (maxDatabaseAgeDays < 0) {
            throw new IllegalArgumentException("gatekeeper.audit.maxDatabaseAgeDays must not be negative, was " + maxDatabaseAgeDays);
        }
    }

    public String display(Path path) {
        return DisplayPaths.relativeTo(executionRoot, path);
    }
}
