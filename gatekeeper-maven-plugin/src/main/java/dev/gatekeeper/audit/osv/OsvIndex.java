package dev.gatekeeper.audit.osv;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gatekeeper.core.GatekeeperJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OSV database reduced to what a scan needs, keyed by {@code groupId:artifactId}, so a scan is one
 * map lookup per dependency. Each package's advisories are kept encoded and decoded only when a scan
 * asks for that package: a reactor names a few hundred of the database's tens of thousands of
 * packages, so loading the cached index reads bytes instead of building every advisory's objects. It
 * carries the database's counts and problems, so a scan from the cached index reports the same
 * evidence as one from the database.
 */
public final class OsvIndex {
    static final int FORMAT = 2;
    private static final ObjectMapper JSON = GatekeeperJson.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);
    private static final TypeReference<List<Entry>> ENTRIES = new TypeReference<>() {};

    /** One advisory's statement about one package. */
    public record Entry(
            String id,
            List<String> aliases,
            Double cvssScore,
            String cvssVersion,
            String severity,
            String summary,
            List<String> references,
            AffectedRanges ranges) {}

    /**
     * Everything but the advisories.
     *
     * @param format         the layout version; a cached index of another layout is rebuilt
     * @param databaseDigest the digest of the database it was built from
     * @param dataUpdatedAt  see {@link OsvDatabase#dataUpdatedAt()}
     */
    public record Header(
            int format,
            String databaseDigest,
            Instant dataUpdatedAt,
            int advisoriesRead,
            int advisoriesSkipped,
            int withdrawn,
            int rangesSkipped,
            List<OsvProblem> problems) {
        public Header {
            problems = List.copyOf(problems);
        }
    }

    private final Header header;
    private final Map<String, byte[]> encodedByPackage;
    private final Map<String, List<Entry>> decoded = new ConcurrentHashMap<>();

    OsvIndex(Header header, Map<String, byte[]> encodedByPackage) {
        this.header = Objects.requireNonNull(header, "header");
        this.encodedByPackage = Collections.unmodifiableMap(new HashMap<>(encodedByPackage));
    }

    public static OsvIndex of(OsvDatabase database, String databaseDigest) {
        Map<String, List<Entry>> byPackage = new LinkedHashMap<>();
        for (OsvAdvisory advisory : database.advisories()) {
            for (MavenPackage pkg : advisory.affected()) {
                SeverityRating rating = pkg.severity() != null ? pkg.severity() : advisory.severity();
                byPackage
                        .computeIfAbsent(pkg.name(), name -> new ArrayList<>())
                        .add(new Entry(
                                advisory.id(),
                                advisory.aliases(),
                                rating.cvssScore(),
                                rating.cvssVersion(),
                                rating.severity(),
                                advisory.summary(),
                                advisory.references(),
                                pkg.ranges()));
            }
        }
        Map<String, byte[]> encoded = new HashMap<>();
        try {
            for (Map.Entry<String, List<Entry>> pkg : byPackage.entrySet()) {
                encoded.put(pkg.getKey(), JSON.writeValueAsBytes(pkg.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the OSV index", e);
        }
        return new OsvIndex(
                new Header(
                        FORMAT,
                        databaseDigest,
                        database.dataUpdatedAt(),
                        database.advisoriesRead(),
                        database.advisoriesSkipped(),
                        database.withdrawn(),
                        database.rangesSkipped(),
                        database.problems()),
                encoded);
    }

    /** What the database says about {@code groupId:artifactId}. */
    public List<Entry> advisoriesFor(String groupAndArtifact) {
        byte[] encoded = encodedByPackage.get(groupAndArtifact);
        if (encoded == null) {
            return List.of();
        }
        return decoded.computeIfAbsent(groupAndArtifact, name -> decode(name, encoded));
    }

    private static List<Entry> decode(String name, byte[] encoded) {
        try {
            return List.copyOf(JSON.readValue(encoded, ENTRIES));
        } catch (IOException e) {
            // The cache file passed its gzip checksum, so this is a bug, not a damaged file.
            throw new UncheckedIOException("the OSV index entry of " + name + " cannot be decoded", e);
        }
    }

    /** The packages (groupId:artifactId) some advisory names. */
    public Set<String> packages() {
        return encodedByPackage.keySet();
    }

    Header header() {
        return header;
    }

    Map<String, byte[]> encodedByPackage() {
        return encodedByPackage;
    }

    public int format() {
        return header.format();
    }

    public String databaseDigest() {
        return header.databaseDigest();
    }

    public Instant dataUpdatedAt() {
        return header.dataUpdatedAt();
    }

    public int advisoriesRead() {
        return header.advisoriesRead();
    }

    public int advisoriesSkipped() {
        return header.advisoriesSkipped();
    }

    public int withdrawn() {
        return header.withdrawn();
    }

    public int rangesSkipped() {
        return header.rangesSkipped();
    }

    public List<OsvProblem> problems() {
        return header.problems();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof OsvIndex index)
                || !header.equals(index.header)
                || !encodedByPackage.keySet().equals(index.encodedByPackage.keySet())) {
            return false;
        }
        return encodedByPackage.entrySet().stream()
                .allMatch(pkg -> Arrays.equals(pkg.getValue(), index.encodedByPackage.get(pkg.getKey())));
    }

    @Override
    public int hashCode() {
        return Objects.hash(header, encodedByPackage.keySet());
    }

    @Override
    public String toString() {
        return "OsvIndex[" + header + ", " + encodedByPackage.size() + " packages]";
    }
}
