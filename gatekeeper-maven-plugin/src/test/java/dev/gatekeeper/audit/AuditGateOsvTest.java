package dev.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.audit.osv.MavenCoordinates;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateLog;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditGateOsvTest {
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @TempDir
    Path root;

    private final AtomicInteger dependencyCheckScans = new AtomicInteger();

    private static String advisory(String modified) {
        return """
                {"id": "GHSA-599f-7c49-w659", "modified": "%s", "aliases": ["CVE-2022-42889"],
                 "summary": "Arbitrary code execution in Apache Commons Text",
                 "affected": [{"package": {"ecosystem": "Maven", "name": "org.apache.commons:commons-text"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "1.5"}, {"fixed": "1.10.0"}]}]}],
                 "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}]}
                """.formatted(modified);
    }

    private Path database(String... files) throws IOException {
        Path directory = Files.createDirectories(root.resolve("osv-db"));
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(directory.resolve(files[i]), files[i + 1]);
        }
        return directory;
    }

    private GateResult run(Path database) {
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
                database,
                root.resolve("cache"));
        GateEvaluation evaluation =
                new GateEvaluation(GateId.AUDIT.goal(), "g:root", "b", settings.clock(), GateLog.silent());
        new AuditGate(
                        settings,
                        () -> {
                            dependencyCheckScans.incrementAndGet();
                            throw new IllegalStateException("Dependency-Check must not run");
                        },
                        AuditGate.DependencyGraph.of(List.of(
                                new MavenCoordinates("org.apache.commons", "commons-text", "1.9"),
                                new MavenCoordinates("org.apache.commons", "commons-lang3", "3.12.0"))))
                .evaluate(evaluation);
        return evaluation.finish();
    }

    @Test
    void osvAloneFindsTheVulnerabilityWithoutDependencyCheckOrNvdData() throws IOException {
        GateResult result = run(database("GHSA-599f-7c49-w659.json", advisory("2026-11-20T00:00:00Z")));

        assertThat(dependencyCheckScans).hasValue(0);
        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("AUDIT_VULNERABILITY");
            assertThat(finding.ruleId()).isEqualTo("GHSA-599f-7c49-w659");
            assertThat(finding.attributes()).containsEntry("engines", "osv").containsEntry("cvssScore", "9.8");
            assertThat(finding.fix()).startsWith("Upgrade org.apache.commons:commons-text to 1.10.0");
        });
    }

    @Test
    void aMissingDatabaseIsAnErrorNamingTheParameter() {
        GateResult result = run(null);

        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("AUDIT_NO_DATA_SOURCE");
            assertThat(finding.message()).contains("gatekeeper.audit.osv.database");
        });
    }

    @Test
    void aStaleDatabaseHolds() throws IOException {
        GateResult result = run(database("GHSA-599f-7c49-w659.json", advisory("2026-10-01T00:00:00Z")));

        assertThat(result.findings()).extracting(Finding::code).contains("AUDIT_DATABASE_STALE", "AUDIT_VULNERABILITY");
    }

    @Test
    void databaseProblemsWarnOnceWithTheFileAndCounts() throws IOException {
        GateResult result = run(database(
                "GHSA-599f-7c49-w659.json",
                advisory("2026-11-20T00:00:00Z"),
                "broken.json",
                "{ not json",
                "other.json",
                "[1, 2]"));

        assertThat(result.findings())
                .filteredOn(f -> f.code().equals("AUDIT_OSV_DATABASE_PROBLEMS"))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(GateStatus.WARN);
                    assertThat(finding.message()).contains("broken.json").contains("other.json");
                    assertThat(finding.attributes())
                            .containsEntry("advisoriesRead", "1")
                            .containsEntry("advisoriesSkipped", "2");
                });
        assertThat(result.findings()).extracting(Finding::code).contains("AUDIT_VULNERABILITY");
    }

    @Test
    void withBothEnginesTheEvidenceCountsWhereTheyAgree() throws Exception {
        Path database = database("GHSA-599f-7c49-w659.json", advisory("2026-11-20T00:00:00Z"));
        String feed = IntegrationTestFeeds.feed(NOW)
                .endYear(2026)
                .writeTo(root.resolve("feed"))
                .toUri()
                .toString();
        AuditSettings settings = new AuditSettings(
                root,
                root.resolve("pom.xml"),
                root.resolve("suppressions.json"),
                7.0,
                7,
                feed,
                Files.createDirectories(root.resolve("dc-data")),
                false,
                Clock.fixed(NOW, ZoneOffset.UTC),
                EnumSet.of(AuditEngine.DEPENDENCY_CHECK, AuditEngine.OSV),
                database,
                root.resolve("cache"));
        GateEvaluation evaluation =
                new GateEvaluation(GateId.AUDIT.goal(), "g:root", "b", settings.clock(), GateLog.silent());
        new AuditGate(
                        settings,
                        () -> DependencyCheckReportTest.copySample(
                                Files.createDirectories(root.resolve("dc")).resolve("report.json")),
                        AuditGate.DependencyGraph.of(List.of(
                                new MavenCoordinates("org.apache.commons", "commons-text", "1.9"),
                                new MavenCoordinates("org.apache.commons", "commons-lang3", "3.12.0"))))
                .evaluate(evaluation);
        GateResult result = evaluation.finish();

        // the sample has CVE-2022-42889 (GHSA-599f-7c49-w659 in OSV) and two commons-lang3 CVEs OSV has no advisory for
        assertThat(result.inputs())
                .containsEntry("engines-both", "1")
                .containsEntry("engines-dependency-check-only", "2")
                .containsEntry("engines-osv-only", "0");
        assertThat(result.findings())
                .filteredOn(f -> f.code().equals("AUDIT_VULNERABILITY"))
                .extracting(f -> f.ruleId() + " " + f.attributes().get("engines") + " "
                        + f.attributes().get("unconfirmedBy"))
                .containsExactlyInAnyOrder(
                        "CVE-2026-99002 dependency-check osv",
                        "CVE-2025-99001 dependency-check osv",
                        "CVE-2022-42889 dependency-check,osv null");
    }
}
