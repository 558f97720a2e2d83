package dev.gatekeeper.audit.osv;

/**
 * One {@code affected[]} entry of an advisory whose package is in the Maven ecosystem.
 *
 * @param name     {@code groupId:artifactId}
 * @param ranges   the affected versions
 * @param severity the package's own severity ({@code affected[].severity}), or null to use the advisory's
 */
public record MavenPackage(String name, AffectedRanges ranges, SeverityRating severity) {}
