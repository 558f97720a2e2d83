package dev.gatekeeper.audit.osv;

import java.util.Locale;
import java.util.function.Consumer;
import us.springett.cvss.Cvss;
import us.springett.cvss.CvssV2;
import us.springett.cvss.CvssV3;
import us.springett.cvss.CvssV3_1;
import us.springett.cvss.CvssV4;

/** Scores OSV {@code severity[]} entries with Steve Springett's cvss-calculator (the one Dependency-Check uses). */
final class CvssScoring {
    private CvssScoring() {}

    /** One {@code severity[]} entry: {@code type} and {@code score} (a CVSS vector for the CVSS types). */
    record Entry(String type, String vector) {}

    /**
     * The highest score of the CVSS v3 and v4 vectors (v2 only when there is neither); without a
     * usable vector, the database's word (GitHub's {@code MODERATE} read as MEDIUM) with no score.
     *
     * @param problems told about each vector that cannot be scored
     */
    static SeverityRating rate(Iterable<Entry> entries, String databaseSeverity, Consumer<String> problems) {
        SeverityRating best = null;
        SeverityRating bestV2 = null;
        for (Entry entry : entries) {
            String type = entry.type() == null ? "" : entry.type().toUpperCase(Locale.ROOT);
            if (!type.startsWith("CVSS_V")) {
                continue;
            }
            Cvss cvss;
            try {
                cvss = Cvss.fromVector(entry.vector());
            } catch (RuntimeException e) {
                cvss = null;
            }
            if (cvss == null) {
                problems.accept("severity vector '" + entry.vector() + "' (" + entry.type() + ") is not a CVSS vector");
                continue;
            }
            double score = cvss.calculateScore().getBaseScore();
            SeverityRating rating = new SeverityRating(score, versionOf(cvss), SeverityRating.bandOf(score));
            if (cvss instanceof CvssV2) {
                bestV2 = higher(bestV2, rating);
            } else {
                best = higher(best, rating);
            }
        }
        if (best != null || bestV2 != null) {
            return best != null ? best : bestV2;
        }
        if (databaseSeverity == null || databaseSeverity.isBlank()) {
            return SeverityRating.UNKNOWN;
        }
        String word = databaseSeverity.trim().toUpperCase(Locale.ROOT);
        return new SeverityRating(null, null, word.equals("MODERATE") ? "MEDIUM" : word);
    }

    private static SeverityRating higher(SeverityRating current, SeverityRating candidate) {
        return current == null || candidate.cvssScore() > current.cvssScore() ? candidate : current;
    }

    private static String versionOf(Cvss cvss) {
        if (cvss instanceof CvssV4) {
            return "4.0";
        }
        if (cvss instanceof CvssV3_1) {
            return "3.1";
        }
        if (cvss instanceof CvssV3) {
            return "3.0";
        }
        return "2.0";
    }
}
