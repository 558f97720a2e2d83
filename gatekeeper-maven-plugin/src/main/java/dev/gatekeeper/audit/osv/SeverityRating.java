package dev.gatekeeper.audit.osv;

/**
 * How bad an advisory says it is: the highest CVSS base score of its vectors with that vector's
 * version, or, without a vector, only the database's severity word.
 *
 * @param cvssScore   null when no vector was given
 * @param cvssVersion "4.0", "3.1", "3.0", "2.0", or null
 * @param severity    CRITICAL, HIGH, MEDIUM, LOW, NONE or UNKNOWN
 */
public record SeverityRating(Double cvssScore, String cvssVersion, String severity) {
    public static final SeverityRating UNKNOWN = new SeverityRating(null, null, "UNKNOWN");

    /** The CVSS v3/v4 qualitative band of a base score. */
    static String bandOf(double score) {
        if (score >= 9.0) {
            return "CRITICAL";
        }
        if (score >= 7.0) {
            return "HIGH";
        }
        if (score >= 4.0) {
            return "MEDIUM";
        }
        return score > 0.0 ? "LOW" : "NONE";
    }
}
