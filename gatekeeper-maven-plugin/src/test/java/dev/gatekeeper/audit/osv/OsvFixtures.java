package dev.gatekeeper.audit.osv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** OSV advisories as the Maven export holds them (GitHub-reviewed advisories), and zips of them. */
public final class OsvFixtures {
    private OsvFixtures() {}

    public static final String TEXT4SHELL = """
            {
              "schema_version": "1.6.0",
              "id": "GHSA-599f-7c49-w659",
              "modified": "2024-03-01T12:00:00Z",
              "published": "2022-10-13T19:00:17Z",
              "aliases": ["CVE-2022-42889"],
              "summary": "Arbitrary code execution in Apache Commons Text",
              "affected": [{
                "package": {"ecosystem": "Maven", "name": "org.apache.commons:commons-text"},
                "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "1.5"}, {"fixed": "1.10.0"}]}],
                "database_specific": {"source": "https://github.com/github/advisory-database"}
              }],
              "references": [{"type": "ADVISORY", "url": "https://nvd.nist.gov/vuln/detail/CVE-2022-42889"}],
              "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
              "database_specific": {"severity": "CRITICAL", "github_reviewed": true}
            }
            """;

    /** Only GitHub's word for the severity, and a last_affected range. */
    public static final String H2_CONSOLE = """
            {
              "id": "GHSA-22wj-vf5f-wrvj",
              "modified": "2024-05-20T08:30:00Z",
              "aliases": ["CVE-2022-45868"],
              "summary": "Password exposure in H2 Database",
              "affected": [{
                "package": {"ecosystem": "Maven", "name": "com.h2database:h2"},
                "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"last_affected": "2.1.214"}]}]
              }],
              "database_specific": {"severity": "MODERATE"}
            }
            """;

    public static final String WITHDRAWN = """
            {
              "id": "GHSA-wdrw-0000-0000",
              "modified": "2023-01-01T00:00:00Z",
              "withdrawn": "2023-01-02T00:00:00Z",
              "affected": [{
                "package": {"ecosystem": "Maven", "name": "org.apache.commons:commons-text"},
                "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}]}]
              }]
            }
            """;

    static final String UNKNOWN_RANGE_TYPE = """
            {
              "id": "GHSA-odd0-0000-0000",
              "modified": "2023-06-01T00:00:00Z",
              "affected": [{
                "package": {"ecosystem": "Maven", "name": "org.example:odd"},
                "ranges": [{"type": "CALVER", "events": [{"introduced": "0"}]},
                           {"type": "GIT", "repo": "https://example.org/odd.git", "events": [{"introduced": "0"}]}],
                "versions": ["1.0"]
              }]
            }
            """;

    static String advisory(String id, String packageName, String rangeEventsJson) {
        return """
                {"id": "%s", "modified": "2023-02-03T04:05:06Z",
                 "affected": [{"package": {"ecosystem": "Maven", "name": "%s"},
                               "ranges": [{"type": "ECOSYSTEM", "events": %s}]}]}
                """.formatted(id, packageName, rangeEventsJson);
    }

    public static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    static Path directory(Path directory, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = directory.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return directory;
    }

    static void write(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        }
    }
}
