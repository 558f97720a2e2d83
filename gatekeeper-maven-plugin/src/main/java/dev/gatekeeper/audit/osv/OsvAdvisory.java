package dev.gatekeeper.audit.osv;

import java.time.Instant;
import java.util.List;

/**
 * The parts of one OSV advisory the audit gate uses.
 *
 * @param id         the OSV id, e.g. {@code GHSA-599f-7c49-w659}
 * @param aliases    other ids of the same vulnerability, e.g. {@code CVE-2022-42889}
 * @param modified   when the advisory last changed, or null when it does not say
 * @param withdrawn  whether the advisory was withdrawn (such advisories match nothing)
 * @param severity   the advisory's rating
 * @param affected   its Maven packages only
 */
public record OsvAdvisory(
        String id,
        List<String> aliases,
        Instant modified,
        boolean withdrawn,
        String summary,
        List<String> references,
        SeverityRating severity,
        List<MavenPackage> affected) {

    public OsvAdvisory {
        aliases = List.copyOf(aliases);
        references = List.copyOf(references);
        affected = List.copyOf(affected);
    }
}
