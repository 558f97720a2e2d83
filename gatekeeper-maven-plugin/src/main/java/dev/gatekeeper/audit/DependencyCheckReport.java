package dev.gatekeeper.audit;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gatekeeper.core.GatekeeperJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What OWASP Dependency-Check's JSON report says: every dependency it scanned, the vulnerabilities
 * of the vulnerable ones, and how fresh its vulnerability data was.
 *
 * @param scannedDependencies how many dependencies were scanned
 * @param vulnerable          the dependencies with at least one (unsuppressed) vulnerability
 * @param dataSources         data source name → when it was last updated or checked
 * @param fingerprint         a digest-friendly, sorted list of every scanned file's SHA-256 (or name)
 */
public record DependencyCheckReport(
        int scannedDependencies,
        List<VulnerableDependency> vulnerable,
        Map<String, Instant> dataSources,
        String fingerprint) {

    public static DependencyCheckReport read(Path file) throws InvalidReportException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = GatekeeperJson.mapper().readTree(in);
        } catch (JacksonException e) {
            String where =
                    e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
            throw new InvalidReportException(file + where + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidReportException("cannot read the Dependency-Check report " + file + ": " + e.getMessage());
        }
        if (root == null || !root.path("dependencies").isArray()) {
            throw new InvalidReportException(
                    file + " is not a Dependency-Check JSON report (no \"dependencies\" array)");
        }
        List<VulnerableDependency> vulnerable = new ArrayList<>();
        TreeSet<String> fingerprint = new TreeSet<>();
        for (JsonNode dependency : root.path("dependencies")) {
            String fileName = dependency.path("fileName").asText("unknown");
            fingerprint.add(dependency.path("sha256").asText(fileName));
            List<Vulnerability> vulnerabilities = new ArrayList<>();
            for (JsonNode vulnerability : dependency.path("vulnerabilities")) {
                vulnerabilities.add(vulnerability(vulnerability).withCpe(matchedCpe(dependency, vulnerability)));
            }
            if (!vulnerabilities.isEmpty()) {
                Optional<String> purl = mavenPurl(dependency);
                vulnerable.add(new VulnerableDependency(
                        purl.map(DependencyCheckReport::coordinatesOf).orElse(null),
                        purl.orElse(null),
                        fileName,
                        vulnerabilities));
            }
        }
        return new DependencyCheckReport(
                root.path("dependencies").size(), vulnerable, dataSources(root), String.join("\n", fingerprint));
    }

    /**
     * When the vulnerability data was last brought up to date: the newest data-source timestamp,
     * leaving out the "… Last Checked" ones. Those only say when Dependency-Check last looked at the
     * source; a stale mirror it checked a minute ago is still stale.
     */
    public Optional<Instant> dataUpdatedAt() {
        return dataSources.entrySet().stream()
                .filter(source -> !source.getKey().toLowerCase(Locale.ROOT).contains("last checked"))
                .map(Map.Entry::getValue)
                .max(Instant::compareTo);
    }

    private static Vulnerability vulnerability(JsonNode node) {
        Double score = null;
        String version = null;
        String severity = node.path("severity").asText(null);
        // The highest score the report gives, whichever CVSS version it comes from.
        for (String field : List.of("cvssv4", "cvssv3", "cvssv2")) {
            JsonNode cvss = node.path(field);
            JsonNode data = cvss.has("cvssData") ? cvss.path("cvssData") : cvss;
            JsonNode base = data.has("baseScore") ? data.path("baseScore") : data.path("score");
            if (base.isNumber() || (base.isTextual() && isNumber(base.asText()))) {
                double value = base.asDouble();
                if (score == null || value > score) {
                    score = value;
                    version = data.path("version")
                            .asText(field.equals("cvssv4") ? "4.0" : field.equals("cvssv3") ? "3.1" : "2.0");
                    severity = data.path("baseSeverity").asText(severity);
                }
            }
        }
        List<String> references = new ArrayList<>();
        for (JsonNode reference : node.path("references")) {
            if (reference.hasNonNull("url")) {
                references.add(reference.path("url").asText());
            }
        }
        return new Vulnerability(
                node.path("name").asText("unnamed"),
                score,
                version,
                severity,
                node.path("description").asText(""),
                references);
    }

    /**
     * The CPE Dependency-Check identified the dependency as ({@code vulnerabilityIds[].id}) for the
     * product of the vulnerable-software entry that matched, or null when the report does not say.
     */
    static String matchedCpe(JsonNode dependency, JsonNode vulnerability) {
        for (JsonNode software : vulnerability.path("vulnerableSoftware")) {
            JsonNode matched = software.path("software");
            if (!matched.path("vulnerabilityIdMatched").asText("").equals("true")) {
                continue;
            }
            String product = vendorAndProduct(matched.path("id").asText(""));
            for (JsonNode identifier : dependency.path("vulnerabilityIds")) {
                String cpe = identifier.path("id").asText("");
                if (product != null && product.equals(vendorAndProduct(cpe))) {
                    return cpe;
                }
            }
        }
        return null;
    }

    /** {@code cpe:2.3:a:apache:commons_lang:3.12.0:…} → {@code a:apache:commons_lang}, or null for no CPE 2.3 name. */
    private static String vendorAndProduct(String cpe) {
        String[] parts = cpe.split(":");
        return cpe.startsWith("cpe:2.3:") && parts.length > 4 ? parts[2] + ":" + parts[3] + ":" + parts[4] : null;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Optional<String> mavenPurl(JsonNode dependency) {
        for (JsonNode pkg : dependency.path("packages")) {
            String id = pkg.path("id").asText("");
            if (id.startsWith("pkg:maven/")) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** {@code pkg:maven/org.apache.commons/commons-text@1.9?type=jar} → {@code org.apache.commons:commons-text:1.9}. */
    static String coordinatesOf(String purl) {
        String path = purl.substring("pkg:maven/".length());
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        int at = path.lastIndexOf('@');
        String name = at >= 0 ? path.substring(0, at) : path;
        String version = at >= 0 ? path.substring(at + 1) : null;
        String coordinates = name.replace('/', ':');
        return version == null ? coordinates : coordinates + ":" + version;
    }

    private static Map<String, Instant> dataSources(JsonNode root) {
        Map<String, Instant> sources = new LinkedHashMap<>();
        for (JsonNode source : root.path("scanInfo").path("dataSource")) {
            parseTimestamp(source.path("timestamp").asText(""))
                    .ifPresent(t -> sources.put(source.path("name").asText("?"), t));
        }
        return sources;
    }

    static Optional<Instant> parseTimestamp(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                // Dependency-Check writes some timestamps without a zone; they are UTC.
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException ignored) {
                return Optional.empty();
            }
        }
    }
}
