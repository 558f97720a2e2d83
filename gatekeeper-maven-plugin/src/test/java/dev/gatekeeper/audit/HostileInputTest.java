package dev.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.audit.osv.MavenCoordinates;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.HostileRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vulnerability data and reports written by someone hostile (or cut short by a failed download): an OSV
 * database, a Dependency-Check report, a suppression file, an NVD mirror. Each is a finding naming the
 * input, never a stack trace, and nothing is written into the project or next to the data.
 */
class HostileInputTest {
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final String ADVISORY = """
            {"id": "GHSA-599f-7c49-w659", "modified": "2026-11-20T00:00:00Z",
             "affected": [{"package": {"ecosystem": "Maven", "name": "org.apache.commons:commons-text"},
               "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "1.5"}, {"fixed": "1.10.0"}]}]}],
             "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}]}
            """;

    @TempDir
    Path temp;

    private Path project;
    private Map<String, String> projectBefore;

    @BeforeEach
    void project() throws IOException {
        project = Files.createDirectories(temp.resolve("project"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        projectBefore = HostileRun.tree(project);
    }

    private HostileRun osv(Path database) {
        return run(EnumSet.of(AuditEngine.OSV), database, () -> {
            throw new IllegalStateException("Dependency-Check must not run");
        });
    }

    private HostileRun run(EnumSet<AuditEngine> engines, Path database, AuditGate.Scanner scanner) {
        AuditSettings settings = new AuditSettings(
                project,
                project.resolve("pom.xml"),
                project.resolve("suppressions.json"),
                7.0,
                7,
                null,
                dataDirectory(),
                false,
                Clock.fixed(NOW, ZoneOffset.UTC),
                engines,
                database,
                temp.resolve("cache"));
        HostileRun run = HostileRun.of(new AuditGate(
                settings,
                scanner,
                AuditGate.DependencyGraph.of(List.of(new MavenCoordinates("org.apache.commons", "commons-text", "1.9")))));
        assertThat(HostileRun.tree(project)).as("the project").isEqualTo(projectBefore);
        return run;
    }

    private Path dataDirectory() {
        try {
            Path data = Files.createDirectories(temp.resolve("dc-data"));
            if (!Files.exists(data.resolve(VulnerabilityData.DATABASE_FILE))) {
                Files.writeString(data.resolve(VulnerabilityData.DATABASE_FILE), "h2");
            }
            return data;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path zip = temp.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void truncatedOsvZipIsNamedAndTheEntriesBeforeTheDamageAreUsed() throws IOException {
        Path whole = zip(
                "whole.zip",
                Map.of(
                        "GHSA-1.json",
                        ADVISORY.getBytes(StandardCharsets.UTF_8),
                        "GHSA-2.json",
                        ("{\"id\": \"GHSA-2\", \"details\": \"" + "x".repeat(50_000) + "\"}")
                                .getBytes(StandardCharsets.UTF_8)));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(temp.resolve("all.zip"), java.util.Arrays.copyOf(bytes, bytes.length - 200));

        HostileRun run = osv(cut).namesInputWithoutStackTrace("all.zip");

        assertThat(run.result().findings()).anyMatch(f -> f.code().equals("AUDIT_OSV_DATABASE_PROBLEMS"));
    }

    @Test
    void osvZipEntryNamedOutsideItsDirectoryIsReadAsDataAndNothingIsExtracted() throws IOException {
        Path zip = zip(
                "all.zip",
                Map.of(
                        "../../../../escaped.json",
                        ADVISORY.getBytes(StandardCharsets.UTF_8),
                        "/abs/escaped2.json",
                        "{ broken".getBytes(StandardCharsets.UTF_8)));

        HostileRun run = osv(zip).namesInputWithoutStackTrace("all.zip");

        assertThat(run.messages()).contains("escaped2.json");
        for (Path directory = temp; directory != null; directory = directory.getParent()) {
            assertThat(directory.resolve("escaped.json")).doesNotExist();
        }
        try (var walk = Files.walk(temp)) {
            assertThat(walk.filter(p -> p.getFileName().toString().startsWith("escaped")))
                    .isEmpty();
        }
    }

    @Test
    void oversizedOsvEntryIsSkippedAndNamed() throws IOException {
        Path zip = temp.resolve("all.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("huge.json"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 17; i++) {
                out.write(spaces);
            }
            out.closeEntry();
            out.putNextEntry(new ZipEntry("GHSA-1.json"));
            out.write(ADVISORY.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        HostileRun run = osv(zip).namesInput("huge.json");

        assertThat(run.result().findings()).anyMatch(f -> f.message().contains("larger than"));
    }

    @Test
    void osvAdvisoryWithWrongTypesIsSkippedAndNamed() throws IOException {
        Path database = Files.createDirectories(temp.resolve("osv-db"));
        Files.writeString(database.resolve("GHSA-1.json"), ADVISORY);
        Files.writeString(
                database.resolve("wrong-types.json"),
                "{\"id\": 5, \"modified\": [1], \"affected\": \"everything\", \"severity\": {\"x\": null}}");
        Files.writeString(
                database.resolve("wrong-ranges.json"),
                "{\"id\": \"GHSA-3\", \"modified\": \"yesterday\","
                        + " \"affected\": [{\"package\": {\"ecosystem\": \"Maven\", \"name\": 7}, \"ranges\": [{\"events\": \"1.0\"}]}]}");
        Files.writeString(database.resolve("nested.json"), "[".repeat(100_000) + "]".repeat(100_000));

        HostileRun run = osv(database).namesInput("wrong-types.json");

        assertThat(run.messages()).contains("nested.json");
    }

    @Test
    void emptyOsvZipIsAnErrorNamingIt() throws IOException {
        Path empty = Files.write(temp.resolve("all.zip"), new byte[0]);

        osv(empty).namesInputWithoutStackTrace("all.zip");
    }

    @Test
    void osvDirectoryWithoutAdvisoriesIsAnErrorNotAPass() throws IOException {
        Path database = Files.createDirectories(temp.resolve("osv-db"));

        HostileRun run = osv(database).namesInputWithoutStackTrace("osv-db");

        assertThat(run.result().status()).isEqualTo(GateStatus.ERROR);
        assertThat(run.result().findings()).extracting(f -> f.code()).containsExactly("AUDIT_OSV_DATABASE_EMPTY");
    }

    @Test
    void osvZipOfOtherFilesIsAnErrorNotAPass() throws IOException {
        Path zip = zip("all.zip", Map.of("README.txt", "not advisories".getBytes(StandardCharsets.UTF_8)));

        HostileRun run = osv(zip).namesInputWithoutStackTrace("all.zip");

        assertThat(run.result().findings()).extracting(f -> f.code()).containsExactly("AUDIT_OSV_DATABASE_EMPTY");
    }

    @Test
    void osvDatabaseOfBinaryGarbageIsNamed() throws IOException {
        byte[] garbage = new byte[256 * 1024];
        new java.util.Random(16).nextBytes(garbage);
        Path database = Files.write(temp.resolve("all.zip"), garbage);

        osv(database).namesInputWithoutStackTrace("all.zip");
    }

    @Test
    void malformedDependencyCheckReportIsNamed() throws IOException {
        Path report =
                Files.writeString(temp.resolve("dependency-check-report.json"), "{\"dependencies\": [ {\"fileName\": ");

        run(EnumSet.of(AuditEngine.DEPENDENCY_CHECK), null, () -> report)
                .namesInputWithoutStackTrace("dependency-check-report.json");
    }

    @Test
    void dependencyCheckReportWithWrongTypesIsNamedOrRead() throws IOException {
        Path report = Files.writeString(temp.resolve("dependency-check-report.json"), """
                {"projectInfo": {"reportDate": 17}, "dataSource": "nvd",
                 "dependencies": [{"fileName": ["a"], "packages": "x", "vulnerabilities": [
                   {"name": {"id": 1}, "cvssv3": {"baseScore": "high"}, "severity": 9, "references": 3}]}]}
                """);

        HostileRun run = run(EnumSet.of(AuditEngine.DEPENDENCY_CHECK), null, () -> report);

        assertThat(run.crash()).as("what the gate threw").isNull();
        run.noStackTrace();
    }

    @Test
    void suppressionFileNestedTooDeeplyIsNamed() throws IOException {
        Files.writeString(project.resolve("suppressions.json"), "{\"suppressions\": " + "[".repeat(50_000));
        projectBefore = HostileRun.tree(project);

        osv(temp.resolve("absent")).namesInputWithoutStackTrace("suppressions.json");
    }

    @Test
    void nvdMirrorWithoutALastModifiedDateIsNamed() throws IOException {
        Path mirror = Files.createDirectories(temp.resolve("mirror"));
        Files.write(mirror.resolve("cache.properties"), new byte[] {(byte) 0xff, 0, 1, 2, '\\', 'u', 'z', 'z'});

        VulnerabilityData.Check check = VulnerabilityData.check(mirror.toUri().toString(), dataDirectory(), false);

        assertThat(check.usable()).isFalse();
        assertThat(check.problem()).contains(mirror.toString()).doesNotContain("Exception");
    }

    @Test
    void osvDatabaseGivenAsADeviceIsNamed() {
        HostileRun run = osv(Path.of("/dev/null"));

        assertThat(run.result().status()).isNotEqualTo(GateStatus.PASS);
        run.namesInput("/dev/null");
    }
}
