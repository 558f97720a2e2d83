package dev.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.audit.osv.MavenCoordinates;
import dev.gatekeeper.audit.osv.download.OsvDatabaseDownload;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateLog;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit on the managed OSV database, given as the refresh left it (the download itself is tested in
 * {@code dev.gatekeeper.audit.osv.download}): its source and date in the log and the evidence, a failed
 * refresh with a kept copy as a WARN, no copy as an ERROR that says how to prime the cache.
 */
class AuditGateManagedOsvTest {
    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final URI URL = URI.create("http://ci:s3cret@127.0.0.1:8123/Maven/all.zip");

    @TempDir
    Path root;

    private final List<String> lines = new ArrayList<>();

    private Path zip(String modified) throws IOException {
        Path directory = Files.createDirectories(root.resolve("cache/database"));
        Path zip = directory.resolve(OsvDatabaseDownload.DATABASE_FILE);
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry("GHSA-599f-7c49-w659.json"));
            entries.write("""
                    {"id": "GHSA-599f-7c49-w659", "modified": "%s",
                     "affected": [{"package": {"ecosystem": "Maven", "name": "org.apache.commons:commons-text"},
                       "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "1.5"}, {"fixed": "1.10.0"}]}]}],
                     "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}]}
                    """.formatted(modified).getBytes(StandardCharsets.UTF_8));
            entries.closeEntry();
        }
        return zip;
    }

    private ManagedOsvDatabase copy(OsvDatabaseDownload.Outcome outcome, String warning) throws IOException {
        return copy(outcome, warning, "2026-12-05T22:10:00Z");
    }

    private ManagedOsvDatabase copy(OsvDatabaseDownload.Outcome outcome, String warning, String modified)
            throws IOException {
        Path zip = zip(modified);
        return new ManagedOsvDatabase(
                URL,
                zip.getParent(),
                new OsvDatabaseDownload.Copy(
                        zip,
                        outcome,
                        URL,
                        Instant.parse("2026-12-06T08:01:37Z"),
                        Instant.parse("2026-12-06T11:59:00Z"),
                        "\"v1\"",
                        null,
                        Files.size(zip),
                        "ab12",
                        warning),
                null);
    }

    private GateResult run(ManagedOsvDatabase managed) {
        AuditSettings settings = new AuditSettings(
                root,
                root.resolve("pom.xml"),
                root.resolve("suppressions.json"),
                7.0,
                7,
                null,
                root.resolve("no-dc-data"),
                false,
                Clock.fixed(NOW, ZoneOffset.UTC),
                EnumSet.of(AuditEngine.OSV),
                null,
                root.resolve("cache"),
                managed,
                "engines: osv (managed database); dependency-check not run: no NVD data configured");
        GateLog log = new GateLog() {
            @Override
            public void info(String message) {
                lines.add(message);
            }

            @Override
            public void warn(String message) {
                lines.add(message);
            }

            @Override
            public void debug(String message) {}
        };
        GateEvaluation evaluation = new GateEvaluation(GateId.AUDIT.goal(), "g:root", "b", settings.clock(), log);
        new AuditGate(
                        settings,
                        () -> {
                            throw new IllegalStateException("Dependency-Check must not run");
                        },
                        AuditGate.DependencyGraph.of(
                                List.of(new MavenCoordinates("org.apache.commons", "commons-text", "1.9"))))
                .evaluate(evaluation);
        return evaluation.finish();
    }

    @Test
    void theManagedCopyIsScannedAndItsSourceDateAndOutcomeAreLoggedAndRecordedWithoutCredentials() throws IOException {
        GateResult result = run(copy(OsvDatabaseDownload.Outcome.NOT_MODIFIED, null));

        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        assertThat(result.findings()).extracting(Finding::code).containsExactly("AUDIT_VULNERABILITY");
        assertThat(lines)
                .startsWith("engines: osv (managed database); dependency-check not run: no NVD data configured")
                .contains("OSV database http://127.0.0.1:8123/Maven/all.zip, fetched 2026-12-06T08:01Z"
                        + " (not modified since), newest advisory 2026-12-05");
        assertThat(result.inputs())
                .containsEntry("osv-database-url", "http://127.0.0.1:8123/Maven/all.zip")
                .containsEntry("osv-database-outcome", "not-modified")
                .containsEntry("osv-database-fetched", "2026-12-06T08:01:37Z")
                .containsEntry("osv-database-checked", "2026-12-06T11:59:00Z")
                .containsEntry("osv-database-sha256", "ab12");
        assertThat(String.join("\n", lines) + result.inputs()).doesNotContain("s3cret");
    }

    @Test
    void aFailedRefreshWithAKeptCopyWarnsAndTheScanGoesOn() throws IOException {
        GateResult result = run(copy(OsvDatabaseDownload.Outcome.FAILED_KEPT_COPY, "HTTP 500 from the server"));

        Finding warning = result.findings().stream()
                .filter(f -> f.code().equals("AUDIT_OSV_REFRESH_FAILED"))
                .findFirst()
                .orElseThrow();
        assertThat(warning.severity()).isEqualTo(GateStatus.WARN);
        assertThat(warning.message())
                .isEqualTo("The OSV database could not be refreshed from http://127.0.0.1:8123/Maven/all.zip"
                        + " (HTTP 500 from the server); the copy fetched 2026-12-06T08:01Z was used");
        assertThat(result.findings()).extracting(Finding::code).contains("AUDIT_VULNERABILITY");
        assertThat(result.inputs()).containsEntry("osv-database-outcome", "failed-kept-copy");
    }

    @Test
    void anOfflineCopyIsJudgedByMaxDatabaseAgeDays() throws IOException {
        GateResult fresh = run(copy(OsvDatabaseDownload.Outcome.OFFLINE, null));
        assertThat(fresh.findings()).extracting(Finding::code).doesNotContain("AUDIT_DATABASE_STALE");
        assertThat(lines).anyMatch(line -> line.endsWith("(offline, not checked), newest advisory 2026-12-05"));

        GateResult stale = run(copy(OsvDatabaseDownload.Outcome.OFFLINE, null, "2026-11-20T00:00:00Z"));
        Finding held = stale.findings().stream()
                .filter(f -> f.code().equals("AUDIT_DATABASE_STALE"))
                .findFirst()
                .orElseThrow();
        assertThat(held.severity()).isEqualTo(GateStatus.HOLD);
        assertThat(held.fix()).contains("mvn dev.gatekeeper:gatekeeper-maven-plugin:audit-update");
    }

    @Test
    void noCopyAtAllIsAnErrorSayingHowToPrimeTheCache() {
        GateResult result = run(new ManagedOsvDatabase(
                URL,
                root.resolve("cache/database"),
                null,
                "offline (mvn -o) and no copy in " + root.resolve("cache/database")));

        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
        Finding error = result.findings().get(0);
        assertThat(error.code()).isEqualTo("AUDIT_OSV_NO_DATABASE");
        assertThat(error.message()).startsWith("No OSV database: offline (mvn -o) and no copy in ");
        assertThat(error.fix())
                .contains(
                        "mvn dev.gatekeeper:gatekeeper-maven-plugin:audit-update",
                        "gatekeeper.audit.osv.cacheDirectory");
    }
}
