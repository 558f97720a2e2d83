package dev.gatekeeper.audit.osv;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatekeeper.audit.NvdFeedGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a synthetic OSV Maven database shaped like the real {@code Maven/all.zip}: GHSA-like ids with CVE
 * aliases, 1-3 affected packages, 1-2 ECOSYSTEM ranges (introduced/fixed or last_affected), some
 * {@code versions} lists, CVSS v3.1 vectors on most, some v4, some only {@code database_specific.severity},
 * some withdrawn. Most packages are made up; a share ({@link #REACTOR_SHARE}) names the benchmark reactor's
 * {@code groupId:artifactId}, about half of them with a range that includes the reactor's version.
 * Optionally writes the same vulnerabilities as an NVD feed (CPE vendor and product from the package name)
 * so that Dependency-Check and OSV judge the same data. Deterministic for the same arguments and time.
 *
 * <pre>
 * java -cp &lt;test classpath&gt; dev.gatekeeper.audit.osv.OsvDatabaseGenerator OUT.zip ADVISORIES [REACTOR_DEPENDENCIES.txt [NVD_DIR]]
 * </pre>
 */
public final class OsvDatabaseGenerator {
    static final double REACTOR_SHARE = 0.04;
    private static final String GHSA_ALPHABET = "23456789cfghjmpqrvwx";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[][] CVSS_V3 = {
        {"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "9.8", "CRITICAL"},
        {"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", "7.5", "HIGH"},
        {"CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N", "6.5", "MEDIUM"},
        {"CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:N", "5.4", "MEDIUM"},
        {"CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N", "3.1", "LOW"},
    };
    private static final String[] CVSS_V4 = {
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N",
    };
    private static final String[] GITHUB_SEVERITY = {"CRITICAL", "HIGH", "MODERATE", "LOW"};

    private final Random random;
    private final List<String[]> reactor;
    private final Instant now;
    private final NvdFeedGenerator nvd;
    private final Set<String> cveIds = new LinkedHashSet<>();
    private int reactorAdvisories;

    /** What was written: advisories, those naming a reactor package, and the withdrawn ones. */
    public record Written(int advisories, int namingReactor, int withdrawn, int nvdCves) {}

    OsvDatabaseGenerator(long seed, List<String> reactorCoordinates, Instant now, boolean withNvd) {
        this.random = new Random(seed);
        this.reactor = reactorCoordinates.stream()
                .map(line -> line.split(":"))
                .filter(parts -> parts.length == 3)
                .toList();
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.nvd = withNvd ? NvdFeedGenerator.feed(this.now) : null;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: OsvDatabaseGenerator OUT.zip ADVISORIES [REACTOR_DEPENDENCIES.txt [NVD_DIR]]");
            System.exit(2);
        }
        List<String> coordinates = args.length > 2 ? Files.readAllLines(Path.of(args[2])) : List.of();
        OsvDatabaseGenerator generator = new OsvDatabaseGenerator(42, coordinates, Instant.now(), args.length > 3);
        Written written = generator.writeZip(Path.of(args[0]), Integer.parseInt(args[1]));
        if (args.length > 3) {
            generator.writeNvd(Path.of(args[3]));
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %,d advisories (%,d naming a reactor package, %,d withdrawn), %,d bytes%s%n",
                args[0],
                written.advisories(),
                written.namingReactor(),
                written.withdrawn(),
                Files.size(Path.of(args[0])),
                args.length > 3 ? "; NVD feed with " + written.nvdCves() + " CVEs in " + args[3] : "");
    }

    Written writeZip(Path zip, int advisories) throws IOException {
        int withdrawn = 0;
        Files.createDirectories(zip.toAbsolutePath().getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < advisories; i++) {
                ObjectNode advisory = advisory(i);
                withdrawn += advisory.has("withdrawn") ? 1 : 0;
                out.putNextEntry(new ZipEntry(advisory.get("id").asText() + ".json"));
                out.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(advisory));
                out.closeEntry();
            }
        }
        return new Written(advisories, reactorAdvisories, withdrawn, cveIds.size());
    }

    void writeNvd(Path directory) throws IOException {
        nvd.writeTo(directory);
    }

    private ObjectNode advisory(int index) {
        ObjectNode advisory = MAPPER.createObjectNode();
        String id = ghsaId(index);
        int year = 2015 + random.nextInt(11);
        Instant published = Instant.parse(year + "-01-01T00:00:00Z").plus(Duration.ofMinutes(random.nextInt(525_000)));
        // The newest advisory is from the last day, as in a database fetched daily; the rest spread over years.
        Instant revised = published.plus(Duration.ofDays(random.nextInt(400)));
        Instant modified = index == 0
                ? now.minus(Duration.ofHours(3))
                : revised.isAfter(now) ? now.minus(Duration.ofDays(2)) : revised;
        advisory.put("schema_version", "1.6.0");
        advisory.put("id", id);
        advisory.put("modified", modified.toString());
        advisory.put("published", published.toString());
        String cve = random.nextInt(10) < 9 ? "CVE-" + year + "-" + (10_000 + index) : null;
        ArrayNode aliases = advisory.putArray("aliases");
        if (cve != null) {
            aliases.add(cve);
        }
        boolean isWithdrawn = random.nextInt(100) < 2;
        if (isWithdrawn) {
            advisory.put("withdrawn", modified.toString());
        }
        String[] v3 = CVSS_V3[random.nextInt(CVSS_V3.length)];
        int scoring = random.nextInt(100);
        advisory.put("summary", "Synthetic vulnerability " + index + " (" + v3[2].toLowerCase(Locale.ROOT) + ")");
        advisory.put("details", "A generated advisory for Gatekeeper's OSV benchmark; it describes no real software.");
        ArrayNode affected = advisory.putArray("affected");
        int packages = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(2) + 1);
        boolean namesReactor = !reactor.isEmpty() && random.nextDouble() < REACTOR_SHARE;
        String firstPackage = null;
        String[] firstRange = null;
        for (int p = 0; p < packages; p++) {
            String[] target = p == 0 && namesReactor ? reactor.get(random.nextInt(reactor.size())) : madeUpPackage();
            String[] range = affectedEntry(affected.addObject(), target);
            if (p == 0) {
                firstPackage = target[0] + ":" + target[1];
                firstRange = range;
            }
        }
        reactorAdvisories += namesReactor ? 1 : 0;
        ArrayNode severity = advisory.putArray("severity");
        String githubSeverity =
                scoring < 15 ? GITHUB_SEVERITY[random.nextInt(GITHUB_SEVERITY.length)] : githubWord(v3[2]);
        if (scoring >= 15) {
            severity.addObject().put("type", "CVSS_V3").put("score", v3[0]);
        }
        if (scoring >= 85) {
            severity.addObject().put("type", "CVSS_V4").put("score", CVSS_V4[random.nextInt(CVSS_V4.length)]);
        }
        advisory.putObject("database_specific")
                .put("severity", githubSeverity)
                .put("github_reviewed", true)
                .put("cwe_ids", MAPPER.createArrayNode().add("CWE-" + (20 + random.nextInt(900))));
        ArrayNode references = advisory.putArray("references");
        references.addObject().put("type", "ADVISORY").put("url", "https://github.com/advisories/" + id);
        if (cve != null) {
            references.addObject().put("type", "ADVISORY").put("url", "https://nvd.nist.gov/vuln/detail/" + cve);
        }
        if (nvd != null && cve != null && !isWithdrawn && cveIds.add(cve)) {
            nvd.cve(NvdFeedGenerator.Cve.of(
                            cve,
                            Double.parseDouble(v3[1]),
                            v3[2],
                            cpe(firstPackage),
                            firstRange[0],
                            firstRange[1],
                            "Synthetic vulnerability " + index)
                    .withCvssV31Vector(v3[0])
                    .withDates(published, modified.isBefore(published) ? published : modified));
        }
        return advisory;
    }

    /** Fills one affected[] entry; returns {introduced, fixed-or-null} of its first range, for the NVD twin. */
    private String[] affectedEntry(ObjectNode entry, String[] target) {
        entry.putObject("package").put("ecosystem", "Maven").put("name", target[0] + ":" + target[1]);
        ArrayNode ranges = entry.putArray("ranges");
        String[] first = null;
        int count = random.nextInt(10) < 8 ? 1 : 2;
        for (int r = 0; r < count; r++) {
            String introduced;
            String closing;
            String closingKind = random.nextInt(10) < 8 ? "fixed" : "last_affected";
            if (target[2] != null && r == 0) {
                // A reactor package: about half the ranges include its version, the others end just before it.
                boolean hits = random.nextBoolean();
                introduced = random.nextBoolean() ? "0" : target[2];
                closing = hits ? (closingKind.equals("fixed") ? target[2] + ".1" : target[2]) : target[2];
                if (!hits) {
                    introduced = "0";
                    closingKind = "fixed";
                }
            } else {
                int major = 1 + random.nextInt(6);
                int minor = random.nextInt(20);
                introduced = random.nextInt(4) == 0 ? "0" : major + "." + minor + ".0";
                closing = major + "." + (minor + 1 + random.nextInt(3)) + "." + random.nextInt(10);
            }
            ObjectNode range = ranges.addObject().put("type", "ECOSYSTEM");
            ArrayNode events = range.putArray("events");
            events.addObject().put("introduced", introduced);
            events.addObject().put(closingKind, closing);
            if (first == null) {
                first = new String[] {
                    introduced.equals("0") ? null : introduced, closingKind.equals("fixed") ? closing : null
                };
            }
        }
        if (random.nextInt(10) == 0) {
            ArrayNode versions = entry.putArray("versions");
            for (int v = 0; v < 3; v++) {
                versions.add("1." + v + "." + random.nextInt(10));
            }
        }
        entry.putObject("database_specific").put("source", "https://github.com/github/advisory-database");
        return first;
    }

    /** A package that is in no reactor: about 8,000 names over 400 groups, so packages have several advisories. */
    private String[] madeUpPackage() {
        int n = random.nextInt(8_000);
        return new String[] {"org.synthetic" + (n % 400) + ".vendor", "lib-" + n, null};
    }

    private String ghsaId(int index) {
        StringBuilder id = new StringBuilder("GHSA-");
        long value = index * 2_654_435_761L + 12_345;
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                id.append('-');
            }
            id.append(GHSA_ALPHABET.charAt((int) (value % GHSA_ALPHABET.length())));
            value /= GHSA_ALPHABET.length();
        }
        return id.toString();
    }

    private static String githubWord(String cvssSeverity) {
        return cvssSeverity.equals("MEDIUM") ? "MODERATE" : cvssSeverity;
    }

    /** CPE vendor from the groupId's second part ({@code org.apache.commons} → {@code apache}), product from the artifactId. */
    static String cpe(String packageName) {
        String[] ga = packageName.split(":");
        String[] group = ga[0].split("\\.");
        String vendor = group.length > 1 ? group[1] : group[0];
        return "cpe:2.3:a:" + cpeText(vendor) + ":" + cpeText(ga[1]) + ":*:*:*:*:*:*:*:*";
    }

    private static String cpeText(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }
}
