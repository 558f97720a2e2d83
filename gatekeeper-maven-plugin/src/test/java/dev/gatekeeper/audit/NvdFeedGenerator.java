package dev.gatekeeper.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a synthetic NVD API 2.0 data feed in the layout that OWASP Dependency-Check's
 * {@code nvdDatafeedUrl} reads (the layout of a "vulnz" NVD cache mirror):
 *
 * <pre>
 * cache.properties              lastModifiedDate, lastModifiedDate.modified, lastModifiedDate.&lt;YEAR&gt;
 * nvdcve-modified.json.gz       {"format":"NVD_CVE","version":"2.0","timestamp":…,"vulnerabilities":[{"cve":{…}}]}
 * nvdcve-&lt;YEAR&gt;.json.gz         one per year, from {@link #startYear(int)} to {@link #endYear(int)}
 * </pre>
 *
 * <p>Every year of the range is written, most with an empty {@code vulnerabilities} array:
 * Dependency-Check 13 treats every year from {@code nvd.api.datafeed.startyear} (default 2002)
 * to the current year as mandatory, and a database that lacks one of them is rebuilt on every
 * run. By default the range ends at the later of the feed's year and the current year (in
 * UTC+14, where the new year starts first, as Dependency-Check counts it), so that a STALE feed
 * (an old {@code lastModified}) still loads.
 *
 * <pre>{@code
 * NvdFeedGenerator.feed(Instant.parse("2026-11-24T00:26:44Z"))
 *     .cve("CVE-2022-42889", 9.8, "CRITICAL", "cpe:2.3:a:apache:commons_text:*:*:*:*:*:*:*:*",
 *          "1.5", "1.10.0", "Apache Commons Text performs variable interpolation…")
 *     .writeTo(dir);
 * }</pre>
 *
 * <p>The output is deterministic for the same input (match criteria ids are name-based UUIDs,
 * gzip headers carry no time stamp) unless the end year is left to default across a new year.
 */
public final class NvdFeedGenerator {
    /** The CVSS/NVD time stamp format of NVD API 2.0 ({@code published}, {@code lastModified}): no zone, UTC. */
    static final DateTimeFormatter NVD_TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS", Locale.ROOT);
    /** Dependency-Check's default {@code nvd.api.datafeed.startyear}. */
    public static final int DEFAULT_START_YEAR = 2002;

    private static final ZoneId GLOBAL_EARLIEST = ZoneId.of("UTC+14:00");
    private static final Pattern CVE_ID = Pattern.compile("CVE-(\\d{4})-\\d{4,}");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Instant lastModified;
    private final List<Cve> cves = new ArrayList<>();
    private int startYear = DEFAULT_START_YEAR;
    private Integer endYear;

    private NvdFeedGenerator(Instant lastModified) {
        this.lastModified = Objects.requireNonNull(lastModified, "lastModified").truncatedTo(ChronoUnit.SECONDS);
    }

    /** Starts a feed whose {@code cache.properties} says it was last modified at {@code lastModified}. */
    public static NvdFeedGenerator feed(Instant lastModified) {
        return new NvdFeedGenerator(lastModified);
    }

    /**
     * Adds a CVE with a CVSS v3.1 metric and one vulnerable CPE range.
     *
     * @param versionStartIncluding may be null (no lower bound)
     * @param versionEndExcluding may be null (no upper bound)
     */
    public NvdFeedGenerator cve(
            String id,
            double baseScore,
            String baseSeverity,
            String cpeCriteria,
            String versionStartIncluding,
            String versionEndExcluding,
            String description) {
        return cve(Cve.of(
                id, baseScore, baseSeverity, cpeCriteria, versionStartIncluding, versionEndExcluding, description));
    }

    /** Adds a CVE built with {@link Cve#of} and its {@code with…} methods. */
    public NvdFeedGenerator cve(Cve cve) {
        cves.add(Objects.requireNonNull(cve, "cve"));
        return this;
    }

    /** The first year file written (default {@value #DEFAULT_START_YEAR}). */
    public NvdFeedGenerator startYear(int year) {
        this.startYear = year;
        return this;
    }

    /** The last year file written (default: the later of the feed's year and the current year in UTC+14). */
    public NvdFeedGenerator endYear(int year) {
        this.endYear = year;
        return this;
    }

    public Instant lastModified() {
        return lastModified;
    }

    /** Writes the feed into {@code dir} (created if missing) and returns {@code dir}. */
    public Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<Integer, List<Cve>> byYear = new TreeMap<>();
        int first = startYear;
        int last = endYear != null
                ? endYear
                : Math.max(
                        lastModified.atZone(ZoneOffset.UTC).getYear(),
                        Instant.now().atZone(GLOBAL_EARLIEST).getYear());
        for (Cve cve : cves) {
            first = Math.min(first, cve.year());
            last = Math.max(last, cve.year());
        }
        for (int year = first; year <= last; year++) {
            byYear.put(year, new ArrayList<>());
        }
        for (Cve cve : cves) {
            byYear.get(cve.year()).add(cve);
        }
        // Like NVD's own "modified" feed: what changed in the 8 days before the feed's time stamp.
        Instant modifiedSince = lastModified.minus(Duration.ofDays(8));
        List<Cve> modified = cves.stream()
                .filter(c -> !c.lastModifiedOr(lastModified).isBefore(modifiedSince))
                .toList();

        writeGzipJson(dir.resolve("nvdcve-modified.json.gz"), envelope(modified));
        for (Map.Entry<Integer, List<Cve>> year : byYear.entrySet()) {
            writeGzipJson(dir.resolve("nvdcve-" + year.getKey() + ".json.gz"), envelope(year.getValue()));
        }

        StringBuilder properties = new StringBuilder();
        String stamp = propertiesTimestamp(lastModified);
        properties.append("lastModifiedDate=").append(stamp).append('\n');
        properties.append("lastModifiedDate.modified=").append(stamp).append('\n');
        for (Integer year : byYear.keySet()) {
            properties
                    .append("lastModifiedDate.")
                    .append(year)
                    .append('=')
                    .append(stamp)
                    .append('\n');
        }
        Files.writeString(dir.resolve("cache.properties"), properties.toString(), StandardCharsets.ISO_8859_1);
        return dir;
    }

    /** {@code 2026-11-24T00\:26\:44Z}: an ISO instant with the colons escaped as a .properties file writes them. */
    static String propertiesTimestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT
                .format(instant.truncatedTo(ChronoUnit.SECONDS))
                .replace(":", "\\:");
    }

    private ObjectNode envelope(List<Cve> items) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "NVD_CVE");
        root.put("version", "2.0");
        root.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(lastModified));
        ArrayNode vulnerabilities = root.putArray("vulnerabilities");
        for (Cve cve : items) {
            vulnerabilities.addObject().set("cve", cve.toJson(lastModified));
        }
        return root;
    }

    private static void writeGzipJson(Path file, ObjectNode json) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            MAPPER.writeValue(out, json);
        }
    }

    private static String nvdTimestamp(Instant instant) {
        return NVD_TIMESTAMP.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** One CVE record; immutable, {@code with…} methods return changed copies. */
    public static final class Cve {
        private final String id;
        private final double baseScore;
        private final String baseSeverity;
        private final String cvssV31Vector;
        private final String cpeCriteria;
        private final String versionStartIncluding;
        private final String versionEndExcluding;
        private final String description;
        private final String sourceIdentifier;
        private final String cwe;
        private final Instant published;
        private final Instant lastModified;
        private final Double v40Score;
        private final String v40Severity;
        private final String v40Vector;
        private final List<String> references;

        private Cve(
                String id,
                double baseScore,
                String baseSeverity,
                String cvssV31Vector,
                String cpeCriteria,
                String versionStartIncluding,
                String versionEndExcluding,
                String description,
                String sourceIdentifier,
                String cwe,
                Instant published,
                Instant lastModified,
                Double v40Score,
                String v40Severity,
                String v40Vector,
                List<String> references) {
            this.id = id;
            this.baseScore = baseScore;
            this.baseSeverity = baseSeverity;
            this.cvssV31Vector = cvssV31Vector;
            this.cpeCriteria = cpeCriteria;
            this.versionStartIncluding = versionStartIncluding;
            this.versionEndExcluding = versionEndExcluding;
            this.description = description;
            this.sourceIdentifier = sourceIdentifier;
            this.cwe = cwe;
            this.published = published;
            this.lastModified = lastModified;
            this.v40Score = v40Score;
            this.v40Severity = v40Severity;
            this.v40Vector = v40Vector;
            this.references = List.copyOf(references);
        }

        public static Cve of(
                String id,
                double baseScore,
                String baseSeverity,
                String cpeCriteria,
                String versionStartIncluding,
                String versionEndExcluding,
                String description) {
            Objects.requireNonNull(id, "id");
            if (!CVE_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("not a CVE id: " + id);
            }
            String severity = severity(baseSeverity);
            if (baseScore < 0.0 || baseScore > 10.0) {
                throw new IllegalArgumentException("CVSS score out of range: " + baseScore);
            }
            if (!Objects.requireNonNull(cpeCriteria, "cpeCriteria").startsWith("cpe:2.3:")) {
                throw new IllegalArgumentException("not a CPE 2.3 name: " + cpeCriteria);
            }
            String vendor = cpeCriteria.split(":")[3];
            String source = vendor.equals("apache") ? "security@apache.org" : "cve@mitre.org";
            return new Cve(
                    id,
                    baseScore,
                    severity,
                    defaultV31Vector(severity),
                    cpeCriteria,
                    versionStartIncluding,
                    versionEndExcluding,
                    Objects.requireNonNull(description, "description"),
                    source,
                    "CWE-94",
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of("https://www.cve.org/CVERecord?id=" + id));
        }

        /** Adds a {@code cvssMetricV40} with a default vector for the severity. */
        public Cve withCvssV40(double score, String severity) {
            String s = severity(severity);
            return withCvssV40(defaultV40Vector(s), score, s);
        }

        public Cve withCvssV40(String vector, double score, String severity) {
            if (!vector.startsWith("CVSS:4.0/")) {
                throw new IllegalArgumentException("not a CVSS 4.0 vector: " + vector);
            }
            return new Cve(
                    id,
                    baseScore,
                    baseSeverity,
                    cvssV31Vector,
                    cpeCriteria,
                    versionStartIncluding,
                    versionEndExcluding,
                    description,
                    sourceIdentifier,
                    cwe,
                    published,
                    lastModified,
                    score,
                    severity(severity),
                    vector,
                    references);
        }

        /** Replaces the default CVSS v3.1 vector (exploitability and impact sub-scores are computed from it). */
        public Cve withCvssV31Vector(String vector) {
            if (!vector.startsWith("CVSS:3.1/")) {
                throw new IllegalArgumentException("not a CVSS 3.1 vector: " + vector);
            }
            return new Cve(
                    id,
                    baseScore,
                    baseSeverity,
                    vector,
                    cpeCriteria,
                    versionStartIncluding,
                    versionEndExcluding,
                    description,
                    sourceIdentifier,
                    cwe,
                    published,
                    lastModified,
                    v40Score,
                    v40Severity,
                    v40Vector,
                    references);
        }

        public Cve withDates(Instant published, Instant lastModified) {
            return new Cve(
                    id,
                    baseScore,
                    baseSeverity,
                    cvssV31Vector,
                    cpeCriteria,
                    versionStartIncluding,
                    versionEndExcluding,
                    description,
                    sourceIdentifier,
                    cwe,
                    published,
                    lastModified,
                    v40Score,
                    v40Severity,
                    v40Vector,
                    references);
        }

        public Cve withCwe(String cwe) {
            return new Cve(
                    id,
                    baseScore,
                    baseSeverity,
                    cvssV31Vector,
                    cpeCriteria,
                    versionStartIncluding,
                    versionEndExcluding,
                    description,
                    sourceIdentifier,
                    cwe,
                    published,
                    lastModified,
                    v40Score,
                    v40Severity,
                    v40Vector,
                    references);
        }

        public Cve withSourceIdentifier(String sourceIdentifier) {
            return new Cve(
                    id,
                    baseScore,
                    baseSeverity,
                    cvssV31Vector,
                    cpeCriteria,
                    versionStartIncluding,
                    versionEndExcluding,
                    description,
                    sourceIdentifier,
                    cwe,
                    published,
                    lastModified,
                    v40Score,
                    v40Severity,
                    v40Vector,
                    references);
        }

        public Cve withReferences(String... urls) {
            return new Cve(
                    id,
                    baseScore,
                    baseSeverity,
                    cvssV31Vector,
                    cpeCriteria,
                    versionStartIncluding,
                    versionEndExcluding,
                    description,
                    sourceIdentifier,
                    cwe,
                    published,
                    lastModified,
                    v40Score,
                    v40Severity,
                    v40Vector,
                    List.of(urls));
        }

        public String id() {
            return id;
        }

        int year() {
            Matcher m = CVE_ID.matcher(id);
            if (!m.matches()) {
                throw new IllegalStateException(id);
            }
            return Integer.parseInt(m.group(1));
        }

        Instant lastModifiedOr(Instant feedLastModified) {
            return lastModified != null ? lastModified : feedLastModified;
        }

        ObjectNode toJson(Instant feedLastModified) {
            Instant modified = lastModifiedOr(feedLastModified);
            Instant pub = published != null
                    ? published
                    : LocalDateTime.of(year(), 1, 15, 12, 0).toInstant(ZoneOffset.UTC);
            if (pub.isAfter(modified)) {
                pub = modified;
            }
            ObjectNode cve = MAPPER.createObjectNode();
            cve.put("id", id);
            cve.put("sourceIdentifier", sourceIdentifier);
            cve.put("published", nvdTimestamp(pub));
            cve.put("lastModified", nvdTimestamp(modified));
            cve.put("vulnStatus", "Analyzed");
            cve.putArray("cveTags");
            ObjectNode en = cve.putArray("descriptions").addObject();
            en.put("lang", "en");
            en.put("value", description);

            ObjectNode metrics = cve.putObject("metrics");
            if (v40Score != null) {
                ObjectNode v40 = metrics.putArray("cvssMetricV40").addObject();
                v40.put("source", sourceIdentifier);
                v40.put("type", "Secondary");
                v40.set("cvssData", cvssV40Data(v40Vector, v40Score, v40Severity));
            }
            ObjectNode v31 = metrics.putArray("cvssMetricV31").addObject();
            v31.put("source", "nvd@nist.gov");
            v31.put("type", "Primary");
            v31.set("cvssData", cvssV31Data(cvssV31Vector, baseScore, baseSeverity));
            double[] sub = CvssV31.subScores(cvssV31Vector);
            v31.put("exploitabilityScore", sub[0]);
            v31.put("impactScore", sub[1]);

            ObjectNode weakness = cve.putArray("weaknesses").addObject();
            weakness.put("source", "nvd@nist.gov");
            weakness.put("type", "Primary");
            ObjectNode cweDescription = weakness.putArray("description").addObject();
            cweDescription.put("lang", "en");
            cweDescription.put("value", cwe);

            ObjectNode node =
                    cve.putArray("configurations").addObject().putArray("nodes").addObject();
            node.put("operator", "OR");
            node.put("negate", false);
            ObjectNode match = node.putArray("cpeMatch").addObject();
            match.put("vulnerable", true);
            match.put("criteria", cpeCriteria);
            if (versionStartIncluding != null) {
                match.put("versionStartIncluding", versionStartIncluding);
            }
            if (versionEndExcluding != null) {
                match.put("versionEndExcluding", versionEndExcluding);
            }
            match.put(
                    "matchCriteriaId",
                    UUID.nameUUIDFromBytes(
                                    (id + "|" + cpeCriteria + "|" + versionStartIncluding + "|" + versionEndExcluding)
                                            .getBytes(StandardCharsets.UTF_8))
                            .toString()
                            .toUpperCase(Locale.ROOT));

            ArrayNode refs = cve.putArray("references");
            for (String url : references) {
                ObjectNode ref = refs.addObject();
                ref.put("url", url);
                ref.put("source", sourceIdentifier);
            }
            return cve;
        }

        private static String severity(String severity) {
            String s = Objects.requireNonNull(severity, "severity").toUpperCase(Locale.ROOT);
            if (!List.of("NONE", "LOW", "MEDIUM", "HIGH", "CRITICAL").contains(s)) {
                throw new IllegalArgumentException("not a CVSS severity: " + severity);
            }
            return s;
        }

        private static String defaultV31Vector(String severity) {
            return switch (severity) {
                case "CRITICAL" -> "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
                case "HIGH" -> "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H";
                case "MEDIUM" -> "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:N";
                case "LOW" -> "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N";
                default -> "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N";
            };
        }

        private static String defaultV40Vector(String severity) {
            return switch (severity) {
                case "CRITICAL" -> "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
                case "HIGH" -> "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N";
                case "MEDIUM" -> "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N";
                case "LOW" -> "CVSS:4.0/AV:N/AC:H/AT:P/PR:N/UI:P/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N";
                default -> "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N";
            };
        }
    }

    static Map<String, String> parseVector(String vector) {
        Map<String, String> metrics = new LinkedHashMap<>();
        String[] parts = vector.split("/");
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split(":", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("bad CVSS vector: " + vector);
            }
            metrics.put(kv[0], kv[1]);
        }
        return metrics;
    }

    private static ObjectNode cvssV31Data(String vector, double score, String severity) {
        Map<String, String> m = parseVector(vector);
        ObjectNode data = MAPPER.createObjectNode();
        data.put("version", "3.1");
        data.put("vectorString", vector);
        data.put("baseScore", score);
        data.put("baseSeverity", severity);
        data.put(
                "attackVector",
                word(m.get("AV"), "N", "NETWORK", "A", "ADJACENT_NETWORK", "L", "LOCAL", "P", "PHYSICAL"));
        data.put("attackComplexity", word(m.get("AC"), "L", "LOW", "H", "HIGH"));
        data.put("privilegesRequired", word(m.get("PR"), "N", "NONE", "L", "LOW", "H", "HIGH"));
        data.put("userInteraction", word(m.get("UI"), "N", "NONE", "R", "REQUIRED"));
        data.put("scope", word(m.get("S"), "U", "UNCHANGED", "C", "CHANGED"));
        data.put("confidentialityImpact", word(m.get("C"), "N", "NONE", "L", "LOW", "H", "HIGH"));
        data.put("integrityImpact", word(m.get("I"), "N", "NONE", "L", "LOW", "H", "HIGH"));
        data.put("availabilityImpact", word(m.get("A"), "N", "NONE", "L", "LOW", "H", "HIGH"));
        return data;
    }

    private static ObjectNode cvssV40Data(String vector, double score, String severity) {
        Map<String, String> m = parseVector(vector);
        ObjectNode data = MAPPER.createObjectNode();
        data.put("version", "4.0");
        data.put("vectorString", vector);
        data.put("baseScore", score);
        data.put("baseSeverity", severity);
        data.put("attackVector", word(m.get("AV"), "N", "NETWORK", "A", "ADJACENT", "L", "LOCAL", "P", "PHYSICAL"));
        data.put("attackComplexity", word(m.get("AC"), "L", "LOW", "H", "HIGH"));
        data.put("attackRequirements", word(m.get("AT"), "N", "NONE", "P", "PRESENT"));
        data.put("privilegesRequired", word(m.get("PR"), "N", "NONE", "L", "LOW", "H", "HIGH"));
        data.put("userInteraction", word(m.get("UI"), "N", "NONE", "P", "PASSIVE", "A", "ACTIVE"));
        for (String[] cia : new String[][] {
            {"VC", "vulnConfidentialityImpact"},
            {"VI", "vulnIntegrityImpact"},
            {"VA", "vulnAvailabilityImpact"},
            {"SC", "subConfidentialityImpact"},
            {"SI", "subIntegrityImpact"},
            {"SA", "subAvailabilityImpact"}
        }) {
            data.put(cia[1], word(m.get(cia[0]), "N", "NONE", "L", "LOW", "H", "HIGH"));
        }
        for (String notDefined : List.of(
                "exploitMaturity",
                "confidentialityRequirement",
                "integrityRequirement",
                "availabilityRequirement",
                "modifiedAttackVector",
                "modifiedAttackComplexity",
                "modifiedAttackRequirements",
                "modifiedPrivilegesRequired",
                "modifiedUserInteraction",
                "modifiedVulnConfidentialityImpact",
                "modifiedVulnIntegrityImpact",
                "modifiedVulnAvailabilityImpact",
                "modifiedSubConfidentialityImpact",
                "modifiedSubIntegrityImpact",
                "modifiedSubAvailabilityImpact",
                "Safety",
                "Automatable",
                "Recovery",
                "valueDensity",
                "vulnerabilityResponseEffort",
                "providerUrgency")) {
            data.put(notDefined, "NOT_DEFINED");
        }
        return data;
    }

    private static String word(String code, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(code)) {
                return pairs[i + 1];
            }
        }
        throw new IllegalArgumentException("unknown CVSS metric value: " + code);
    }

    /** The CVSS v3.1 exploitability and impact sub-scores, as NVD publishes them next to the base score. */
    static final class CvssV31 {
        private CvssV31() {}

        static double[] subScores(String vector) {
            Map<String, String> m = parseVector(vector);
            boolean changed = "C".equals(m.get("S"));
            double av = switch (m.get("AV")) {
                case "N" -> 0.85;
                case "A" -> 0.62;
                case "L" -> 0.55;
                default -> 0.2;
            };
            double ac = "L".equals(m.get("AC")) ? 0.77 : 0.44;
            double pr = switch (m.get("PR")) {
                case "N" -> 0.85;
                case "L" -> changed ? 0.68 : 0.62;
                default -> changed ? 0.5 : 0.27;
            };
            double ui = "N".equals(m.get("UI")) ? 0.85 : 0.62;
            double iss = 1 - (1 - cia(m.get("C"))) * (1 - cia(m.get("I"))) * (1 - cia(m.get("A")));
            double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
            double exploitability = 8.22 * av * ac * pr * ui;
            return new double[] {round1(exploitability), round1(Math.max(impact, 0.0))};
        }

        private static double cia(String value) {
            return switch (value) {
                case "H" -> 0.56;
                case "L" -> 0.22;
                default -> 0.0;
            };
        }

        private static double round1(double value) {
            return Math.round(value * 10.0) / 10.0;
        }
    }
}
