package dev.gatekeeper.audit.osv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An OSV database reduced to what a scan needs, keyed by {@code groupId:artifactId}, so a scan is one
 * map lookup per dependency. It carries the database's counts and problems, so a scan from the cached
 * index reports the same evidence as one from the database.
 *
 * @param format         the layout version; a cached index of another layout is rebuilt
 * @param databaseDigest the digest of the database it was built from
 * @param dataUpdatedAt  see {@link OsvDatabase#dataUpdatedAt()}
 */
public record OsvIndex(
        int format, String databaseDigest, Instant dataUpdatedAt, int advisoriesRead, int advisoriesSkipped, int withdrawn,
        int rangesSkipped, List<OsvProblem> problems, Map<String, List<Entry>> byPackage) {

    static final int FORMAT = 1;

    /** One advisory's statement about one package. */
    public record Entry(
            String id, List<String> aliases, Double cvssScore, String cvssVersion, String severity, String summary,
            List<String> references, AffectedRanges ranges) {}

    public OsvIndex {
        problems = List.copyOf(problems);
        byPackage = Map.copyOf(byPackage);
    }

    public static OsvIndex of(OsvDatabase database, String databaseDigest) {
        Map<String, List<Entry>> byPackage = new TreeMap<>();
        for (OsvAdvisory advisory : database.advisories()) {
            for (MavenPackage pkg : advisory.affected()) {
                SeverityRating rating = pkg.severity() != null ? pkg.severity() : advisory.severity();
                byPackage.computeIfAbsent(pkg.name(), name -> new ArrayList<>()).add(new Entry(advisory.id(), advisory.aliases(),
                        rating.cvssScore(), rating.cvssVersion(), rating.severity(), advisory.summary(), advisory.references(),
                        pkg.ranges()));
            }
        }
        return new OsvIndex(FORMAT, databaseDigest, database.dataUpdatedAt(), database.advisoriesRead(),
                database.advisoriesSkipped(), database.withdrawn(), database.rangesSkipped(), database.problems(), byPackage);
    }

    /** What the database says about {@code groupId:artifactId}. */
    public List<Entry> advisoriesFor(String groupAndArtifact) {
        return byPackage.getOrDefault(groupAndArtifact, List.of());
    }
}
