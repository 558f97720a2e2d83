package dev.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NvdFeedGeneratorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String COMMONS_TEXT = "cpe:2.3:a:apache:commons_text:*:*:*:*:*:*:*:*";
    private static final Instant LAST_MODIFIED = Instant.parse("2026-11-24T00:26:44Z");

    @TempDir
    Path dir;

    @Test
    void writesCachePropertiesWithEscapedColonsForEveryYearWritten() throws IOException {
        NvdFeedGenerator.feed(LAST_MODIFIED)
                .cve("CVE-2022-42889", 9.8, "CRITICAL", COMMONS_TEXT, "1.5", "1.10.0", "interpolation")
                .startYear(2020)
                .endYear(2026)
                .writeTo(dir);

        String raw = Files.readString(dir.resolve("cache.properties"), StandardCharsets.ISO_8859_1);
        assertThat(raw)
                .startsWith("lastModifiedDate=2026-11-24T00\\:26\\:44Z\n")
                .contains("lastModifiedDate.modified=2026-11-24T00\\:26\\:44Z\n")
                .contains("lastModifiedDate.2022=2026-11-24T00\\:26\\:44Z\n");

        Properties properties = new Properties();
        properties.load(new StringReader(raw));
        List<String> expectedKeys = new ArrayList<>(List.of("lastModifiedDate", "lastModifiedDate.modified"));
        IntStream.rangeClosed(2020, 2026).forEach(y -> expectedKeys.add("lastModifiedDate." + y));
        assertThat(properties.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(expectedKeys);
        assertThat(properties.values()).allMatch("2026-11-24T00:26:44Z"::equals);

        try (Stream<Path> files = Files.list(dir)) {
            List<String> expectedFiles = new ArrayList<>(List.of("cache.properties", "nvdcve-modified.json.gz"));
            IntStream.rangeClosed(2020, 2026).forEach(y -> expectedFiles.add("nvdcve-" + y + ".json.gz"));
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expectedFiles);
        }
    }

    @Test
    void writesRealisticNvdApi20CveRecordsInTheFileOfTheirYear() throws IOException {
        NvdFeedGenerator.feed(LAST_MODIFIED)
                .cve(
                        "CVE-2022-42889",
                        9.8,
                        "CRITICAL",
                        COMMONS_TEXT,
                        "1.5",
                        "1.10.0",
                        "Apache Commons Text performs variable interpolation")
                .startYear(2021)
                .endYear(2026)
                .writeTo(dir);

        JsonNode feed2022 = readGzipJson(dir.resolve("nvdcve-2022.json.gz"));
        assertThat(feed2022.path("format").asText()).isEqualTo("NVD_CVE");
        assertThat(feed2022.path("version").asText()).isEqualTo("2.0");
        assertThat(feed2022.path("timestamp").asText()).isEqualTo("2026-11-24T00:26:44Z");
        assertThat(feed2022.path("vulnerabilities")).hasSize(1);

        JsonNode cve = feed2022.path("vulnerabilities").get(0).path("cve");
        assertThat(cve.path("id").asText()).isEqualTo("CVE-2022-42889");
        assertThat(cve.path("sourceIdentifier").asText()).isEqualTo("security@apache.org");
        assertThat(cve.path("published").asText()).isEqualTo("2022-01-15T12:00:00.000");
        assertThat(cve.path("lastModified").asText()).isEqualTo("2026-11-24T00:26:44.000");
        assertThat(cve.path("vulnStatus").asText()).isEqualTo("Analyzed");
        assertThat(cve.path("descriptions").get(0).path("lang").asText()).isEqualTo("en");
        assertThat(cve.path("descriptions").get(0).path("value").asText())
                .isEqualTo("Apache Commons Text performs variable interpolation");

        JsonNode v31 = cve.path("metrics").path("cvssMetricV31").get(0);
        assertThat(v31.path("source").asText()).isEqualTo("nvd@nist.gov");
        assertThat(v31.path("type").asText()).isEqualTo("Primary");
        assertThat(v31.path("exploitabilityScore").asDouble()).isEqualTo(3.9);
        assertThat(v31.path("impactScore").asDouble()).isEqualTo(5.9);
        JsonNode data = v31.path("cvssData");
        assertThat(data.path("version").asText()).isEqualTo("3.1");
        assertThat(data.path("vectorString").asText()).isEqualTo("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        assertThat(data.path("baseScore").asDouble()).isEqualTo(9.8);
        assertThat(data.path("baseSeverity").asText()).isEqualTo("CRITICAL");
        assertThat(data.path("attackVector").asText()).isEqualTo("NETWORK");
        assertThat(data.path("attackComplexity").asText()).isEqualTo("LOW");
        assertThat(data.path("privilegesRequired").asText()).isEqualTo("NONE");
        assertThat(data.path("userInteraction").asText()).isEqualTo("NONE");
        assertThat(data.path("scope").asText()).isEqualTo("UNCHANGED");
        assertThat(data.path("confidentialityImpact").asText()).isEqualTo("HIGH");
        assertThat(cve.path("metrics").has("cvssMetricV40")).isFalse();

        JsonNode weakness = cve.path("weaknesses").get(0);
        assertThat(weakness.path("description").get(0).path("value").asText()).startsWith("CWE-");

        JsonNode node = cve.path("configurations").get(0).path("nodes").get(0);
        assertThat(node.path("operator").asText()).isEqualTo("OR");
        assertThat(node.path("negate").isBoolean()).isTrue();
        assertThat(node.path("negate").asBoolean()).isFalse();
        JsonNode match = node.path("cpeMatch").get(0);
        assertThat(match.path("vulnerable").asBoolean()).isTrue();
        assertThat(match.path("criteria").asText()).isEqualTo(COMMONS_TEXT);
        assertThat(match.path("versionStartIncluding").asText()).isEqualTo("1.5");
        assertThat(match.path("versionEndExcluding").asText()).isEqualTo("1.10.0");
        assertThat(UUID.fromString(match.path("matchCriteriaId").asText())).isNotNull();

        JsonNode reference = cve.path("references").get(0);
        assertThat(reference.path("url").asText()).startsWith("https://");
        assertThat(reference.path("source").asText()).isEqualTo("security@apache.org");

        assertThat(readGzipJson(dir.resolve("nvdcve-2021.json.gz")).path("vulnerabilities"))
                .isEmpty();
        JsonNode modified = readGzipJson(dir.resolve("nvdcve-modified.json.gz"));
        assertThat(modified.path("vulnerabilities")).hasSize(1);
        assertThat(modified.path("vulnerabilities")
                        .get(0)
                        .path("cve")
                        .path("id")
                        .asText())
                .isEqualTo("CVE-2022-42889");
    }

    @Test
    void addsCvssV40AndKeepsOldChangesOutOfTheModifiedFile() throws IOException {
        NvdFeedGenerator.feed(LAST_MODIFIED)
                .cve(NvdFeedGenerator.Cve.of("CVE-2024-00001", 7.5, "high", COMMONS_TEXT, null, "1.12.0", "newer")
                        .withCvssV40(8.7, "HIGH"))
                .cve(NvdFeedGenerator.Cve.of("CVE-2024-00002", 5.4, "MEDIUM", COMMONS_TEXT, null, null, "older")
                        .withDates(Instant.parse("2024-03-01T10:00:00Z"), Instant.parse("2025-01-02T03:04:05.678Z")))
                .startYear(2024)
                .endYear(2026)
                .writeTo(dir);

        JsonNode vulnerabilities =
                readGzipJson(dir.resolve("nvdcve-2024.json.gz")).path("vulnerabilities");
        assertThat(vulnerabilities).hasSize(2);
        JsonNode first = vulnerabilities.get(0).path("cve");
        JsonNode v40 = first.path("metrics").path("cvssMetricV40").get(0).path("cvssData");
        assertThat(v40.path("version").asText()).isEqualTo("4.0");
        assertThat(v40.path("vectorString").asText()).startsWith("CVSS:4.0/AV:N/");
        assertThat(v40.path("baseScore").asDouble()).isEqualTo(8.7);
        assertThat(v40.path("baseSeverity").asText()).isEqualTo("HIGH");
        assertThat(v40.path("attackRequirements").asText()).isEqualTo("NONE");
        assertThat(v40.path("vulnAvailabilityImpact").asText()).isEqualTo("HIGH");
        assertThat(first.path("metrics")
                        .path("cvssMetricV31")
                        .get(0)
                        .path("cvssData")
                        .path("baseSeverity")
                        .asText())
                .isEqualTo("HIGH");
        assertThat(first.path("configurations")
                        .get(0)
                        .path("nodes")
                        .get(0)
                        .path("cpeMatch")
                        .get(0)
                        .has("versionStartIncluding"))
                .isFalse();

        JsonNode second = vulnerabilities.get(1).path("cve");
        assertThat(second.path("published").asText()).isEqualTo("2024-03-01T10:00:00.000");
        assertThat(second.path("lastModified").asText()).isEqualTo("2025-01-02T03:04:05.678");
        assertThat(second.path("metrics")
                        .path("cvssMetricV31")
                        .get(0)
                        .path("exploitabilityScore")
                        .asDouble())
                .isEqualTo(2.8);
        assertThat(second.path("metrics")
                        .path("cvssMetricV31")
                        .get(0)
                        .path("impactScore")
                        .asDouble())
                .isEqualTo(2.5);

        JsonNode modified = readGzipJson(dir.resolve("nvdcve-modified.json.gz")).path("vulnerabilities");
        assertThat(modified).hasSize(1);
        assertThat(modified.get(0).path("cve").path("id").asText()).isEqualTo("CVE-2024-00001");
    }

    @Test
    void aStaleFeedStillCoversTheYearsUpToTheCurrentOne() throws IOException {
        Instant stale = Instant.parse("2020-06-01T00:00:00Z");
        NvdFeedGenerator.feed(stale).startYear(2019).writeTo(dir);

        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(dir.resolve("cache.properties"), StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        assertThat(properties.getProperty("lastModifiedDate")).isEqualTo("2020-06-01T00:00:00Z");
        int thisYear = Instant.now().atZone(java.time.ZoneOffset.UTC).getYear();
        assertThat(properties).containsKey("lastModifiedDate." + thisYear);
        assertThat(dir.resolve("nvdcve-" + thisYear + ".json.gz")).exists();
        assertThat(readGzipJson(dir.resolve("nvdcve-modified.json.gz")).path("vulnerabilities"))
                .isEmpty();
    }

    @Test
    void isDeterministic(@TempDir Path other) throws IOException {
        NvdFeedGenerator a = NvdFeedGenerator.feed(LAST_MODIFIED)
                .endYear(2026)
                .cve("CVE-2022-42889", 9.8, "CRITICAL", COMMONS_TEXT, "1.5", "1.10.0", "x");
        a.writeTo(dir);
        a.writeTo(other);
        for (String name : List.of("cache.properties", "nvdcve-2022.json.gz", "nvdcve-modified.json.gz")) {
            assertThat(Files.readAllBytes(dir.resolve(name))).isEqualTo(Files.readAllBytes(other.resolve(name)));
        }
    }

    @Test
    void rejectsMalformedInput() {
        assertThatThrownBy(() -> NvdFeedGenerator.Cve.of("GHSA-1234", 9.8, "CRITICAL", COMMONS_TEXT, null, null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> NvdFeedGenerator.Cve.of("CVE-2022-42889", 11, "CRITICAL", COMMONS_TEXT, null, null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> NvdFeedGenerator.Cve.of("CVE-2022-42889", 9.8, "SEVERE", COMMONS_TEXT, null, null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        NvdFeedGenerator.Cve.of("CVE-2022-42889", 9.8, "CRITICAL", "commons-text", null, null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static JsonNode readGzipJson(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return MAPPER.readTree(in);
        }
    }
}
