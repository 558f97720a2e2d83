package dev.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateLog;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.ManualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditGateTest {
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final int MAX_AGE_DAYS = 7;

    @TempDir
    Path root;

    private Path suppressionFile;
    private Path dataDirectory;
    private final AtomicInteger scans = new AtomicInteger();

    @BeforeEach
    void setUp() throws IOException {
        suppressionFile = root.resolve("gatekeeper-suppressions.json");
        dataDirectory = Files.createDirectories(root.resolve("dc-data"));
    }

    /** A feed written by the generator, last modified at {@code lastModified}; returns its file: URL. */
    private String feed(Instant lastModified) throws IOException {
        return IntegrationTestFeeds.feed(lastModified)
                .endYear(2026)
                .writeTo(root.resolve("feed-" + lastModified.getEpochSecond()))
                .toUri()
                .toString();
    }

    private AuditSettings settings(String feedUrl) {
        return new AuditSettings(
                root,
                root.resolve("pom.xml"),
                suppressionFile,
                7.0,
                MAX_AGE_DAYS,
                feedUrl,
                dataDirectory,
                false,
                CLOCK);
    }

    private AuditSettings settings(String feedUrl, Clock clock) {
        return new AuditSettings(
                root,
                root.resolve("pom.xml"),
                suppressionFile,
                7.0,
                MAX_AGE_DAYS,
                feedUrl,
                dataDirectory,
                false,
                clock);
    }

    /** A scanner that counts its calls and "writes" the committed Dependency-Check sample as its report. */
    private AuditGate.Scanner sampleScanner() {
        return () -> {
            scans.incrementAndGet();
            return DependencyCheckReportTest.copySample(
                    Files.createDirectories(root.resolve("target/dc")).resolve("report.json"));
        };
    }

    private AuditGate.Scanner scannerReturning(Path report) {
        return () -> {
            scans.incrementAndGet();
            return report;
        };
    }

    private GateResult run(AuditSettings settings, AuditGate.Scanner scanner) {
        GateEvaluation evaluation = new GateEvaluation(
                GateId.AUDIT.goal(), "com.example:root", "build-1", settings.clock(), GateLog.silent());
        new AuditGate(settings, scanner).evaluate(evaluation);
        return evaluation.finish();
    }

    private Path cleanReport(int dependencies) throws IOException {
        StringBuilder json = new StringBuilder("{\"scanInfo\": {\"dataSource\": []}, \"dependencies\": [");
        for (int i = 0; i < dependencies; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"fileName\": \"lib-")
                    .append(i)
                    .append(".jar\", \"sha256\": \"")
                    .append(Integer.toHexString(i + 10).repeat(4))
                    .append("\", \"packages\": [{\"id\": \"pkg:maven/com.example/lib-")
                    .append(i)
                    .append("@1.0\"}]}");
        }
        return Files.writeString(
                root.resolve("clean-report.json"), json.append("]}").toString());
    }

    @Test
    void vulnerableDependenciesFailWithAFindingPerVulnerability() throws Exception {
        GateResult result = run(settings(feed(NOW.minus(Duration.ofDays(1)))), sampleScanner());

        assertThat(scans).hasValue(1);
        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        assertThat(result.findings())
                .extracting(Finding::code, Finding::ruleId, Finding::severity)
                .containsExactlyInAnyOrder(
                        tuple("AUDIT_VULNERABILITY", "CVE-2022-42889", GateStatus.FAIL),
                        tuple("AUDIT_VULNERABILITY", "CVE-2026-99002", GateStatus.FAIL),
                        tuple("AUDIT_VULNERABILITY", "CVE-2025-99001", GateStatus.WARN));
        assertThat(result.findings())
                .filteredOn(f -> "CVE-2022-42889".equals(f.ruleId()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.message())
                            .isEqualTo(
                                    "org.apache.commons:commons-text:1.9 has CVE-2022-42889 (CVSS 9.8 v3.1, CRITICAL)");
                    assertThat(f.file()).isEqualTo("pom.xml");
                });
    }

    @Test
    void validSuppressionsPassAndAreShownAsSuppressed() throws Exception {
        Files.writeString(suppressionFile, """
                {"suppressions": [
                  {"id": "CVE-2022-42889", "package": "org.apache.commons:commons-text", "reason": "no untrusted input", "expires": "2026-12-31"},
                  {"id": "CVE-2026-99002", "package": "org.apache.commons:commons-lang3:3.11", "reason": "test only", "expires": "2026-11-24"},
                  {"id": "CVE-2025-99001", "reason": "synthetic", "expires": "2027-01-31"}
                ]}""");

        GateResult result = run(settings(feed(NOW.minus(Duration.ofDays(1)))), sampleScanner());

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.findings())
                .extracting(Finding::code)
                .containsOnly("AUDIT_SUPPRESSED")
                .hasSize(3);
        assertThat(result.summary()).isEqualTo("4 dependencies scanned, no vulnerability, 3 suppressed");
    }

    @Test
    void staleFeedHoldsInAdditionToTheVulnerabilities() throws Exception {
        Instant monthOld = NOW.minus(Duration.ofDays(30));

        GateResult result = run(settings(feed(monthOld)), sampleScanner());

        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        assertThat(result.findings()).extracting(Finding::code).contains("AUDIT_VULNERABILITY");
        assertThat(result.findings())
                .filteredOn(f -> f.code().equals("AUDIT_DATABASE_STALE"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(GateStatus.HOLD);
                    assertThat(f.message())
                            .startsWith("The vulnerability data was last updated 30 days ago (" + monthOld + ")")
                            .contains("gatekeeper.audit.maxDatabaseAgeDays=7");
                });
    }

    @Test
    void staleFeedWithACleanReportHolds() throws Exception {
        GateResult result = run(settings(feed(NOW.minus(Duration.ofDays(30)))), scannerReturning(cleanReport(2)));

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        assertThat(result.findings()).extracting(Finding::code).containsExactly("AUDIT_DATABASE_STALE");
    }

    @Test
    void dataExactlyMaxDatabaseAgeDaysOldIsFreshAndOneSecondOlderIsStale() throws Exception {
        // "older than N days holds": an age of exactly N days does not.
        Instant fed = NOW.minus(Duration.ofDays(30));
        String url = feed(fed);
        Clock atLimit = Clock.fixed(fed.plus(Duration.ofDays(MAX_AGE_DAYS)), ZoneOffset.UTC);
        Clock pastLimit = Clock.fixed(fed.plus(Duration.ofDays(MAX_AGE_DAYS)).plusSeconds(1), ZoneOffset.UTC);

        GateResult exactly = run(settings(url, atLimit), scannerReturning(cleanReport(1)));
        GateResult justOver = run(settings(url, pastLimit), scannerReturning(cleanReport(1)));

        assertThat(exactly.status()).isEqualTo(GateStatus.PASS);
        assertThat(justOver.status()).isEqualTo(GateStatus.HOLD);
        assertThat(justOver.findings()).extracting(Finding::code).containsExactly("AUDIT_DATABASE_STALE");
    }

    @Test
    void withoutAFeedTheReportsDataModificationTimeIsJudged() throws Exception {
        // Data directory mode: the age comes from the report. The sample's data was modified
        // 2026-11-24T01:55:00Z (and checked 40 s later).
        Files.writeString(dataDirectory.resolve(VulnerabilityData.DATABASE_FILE), "h2");
        Instant modified = Instant.parse("2026-11-24T01:55:00Z");
        Clock atLimit = Clock.fixed(modified.plus(Duration.ofDays(MAX_AGE_DAYS)), ZoneOffset.UTC);
        Clock pastLimit =
                Clock.fixed(modified.plus(Duration.ofDays(MAX_AGE_DAYS)).plusSeconds(1), ZoneOffset.UTC);

        GateResult fresh = run(settings(null, atLimit), sampleScanner());
        GateResult stale = run(settings(null, pastLimit), sampleScanner());

        assertThat(fresh.findings()).extracting(Finding::code).doesNotContain("AUDIT_DATABASE_STALE");
        assertThat(fresh.inputs()).containsEntry("vulnerability-data", "2026-11-24T01:55:00Z");
        assertThat(stale.findings()).extracting(Finding::code).contains("AUDIT_DATABASE_STALE");
    }

    @Test
    void dataOfUnknownAgeHolds() throws Exception {
        Files.writeString(dataDirectory.resolve(VulnerabilityData.DATABASE_FILE), "h2");

        GateResult result = run(settings(null), scannerReturning(cleanReport(1)));

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        assertThat(result.findings()).extracting(Finding::code).containsExactly("AUDIT_DATABASE_AGE_UNKNOWN");
        assertThat(result.inputs()).doesNotContainKey("vulnerability-data");
    }

    @Test
    void invalidSuppressionFileIsAnErrorAndNothingIsScanned() throws Exception {
        Files.writeString(suppressionFile, "{\"suppressions\": [{\"id\": \"CVE-2022-42889\", \"reason\": \"r\"}]}");

        GateResult result = run(settings(feed(NOW)), sampleScanner());

        assertThat(scans).hasValue(0);
        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("AUDIT_SUPPRESSIONS_INVALID");
            assertThat(f.message()).contains("suppression 1 has no \"expires\"");
            assertThat(f.file()).isEqualTo("gatekeeper-suppressions.json");
        });
    }

    @Test
    void missingDataSourceIsAnErrorAndNothingIsScanned() throws Exception {
        GateResult result = run(settings(null), sampleScanner());

        assertThat(scans).hasValue(0);
        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("AUDIT_NO_DATA_SOURCE");
            assertThat(f.message()).contains("gatekeeper.audit.nvdDatafeedUrl").doesNotContain("docs/audit.md");
            // what a new user can act on: the published page, the OSV alternative, and skipping the sweep visibly
            assertThat(f.fix())
                    .contains("https://github.com/gatekeeper-dev/gatekeeper/blob/main/docs/audit.md#")
                    .contains("gatekeeper.audit.engines=osv")
                    .contains("-Dgatekeeper.audit.skip");
        });
    }

    @Test
    void lockedDataDirectoryIsAnErrorAndNothingIsScanned() throws Exception {
        Files.writeString(dataDirectory.resolve(VulnerabilityData.UPDATE_LOCK_FILE), "0123");

        GateResult result = run(settings(feed(NOW)), sampleScanner());

        assertThat(scans).hasValue(0);
        assertThat(result.findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("AUDIT_DATA_LOCKED", GateStatus.ERROR));
    }

    @Test
    void theScanIsRecordedAsDependencyCheckTimeAndTheRestAsGatekeepersOwn() throws Exception {
        AuditSettings settings = settings(feed(NOW.minus(Duration.ofDays(1))));
        ManualClock gateClock = new ManualClock(NOW);
        GateEvaluation evaluation =
                new GateEvaluation(GateId.AUDIT.goal(), "com.example:root", "build-1", gateClock, GateLog.silent());
        Path report = cleanReport(3);

        new AuditGate(settings, () -> {
                    gateClock.advance(Duration.ofSeconds(42));
                    return report;
                })
                .evaluate(evaluation);
        GateResult result = evaluation.finish();

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.durationMillis()).isEqualTo(42_000);
        assertThat(result.toolTimes()).containsExactly(Map.entry("dependency-check", 42_000L));
        assertThat(result.toolMillis()).isEqualTo(42_000);
    }

    @Test
    void scannerFailureIsAnErrorCarryingTheNestedCausesMessage() throws Exception {
        AuditGate.Scanner failing = () -> {
            throw new IllegalStateException(
                    "One or more exceptions occurred during dependency-check analysis",
                    new IOException("Unable to obtain the update lock, skipping the database update"));
        };

        GateResult result = run(settings(feed(NOW)), failing);

        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("AUDIT_SCAN_FAILED");
            assertThat(f.message())
                    .startsWith("Dependency-Check could not scan the reactor: ")
                    .contains("Unable to obtain the update lock, skipping the database update");
        });
    }

    @Test
    void scanFailureOnACorruptMirrorFileNamesTheFileInsteadOfTheExceptionChain() throws Exception {
        String feed = feed(NOW);
        Path year = Path.of(java.net.URI.create(feed)).resolve("nvdcve-2026.json.gz");
        byte[] whole = Files.readAllBytes(year);
        Files.write(year, java.util.Arrays.copyOf(whole, whole.length / 2));
        AuditGate.Scanner failing = () -> {
            throw new IllegalStateException(
                    "One or more exceptions occurred during dependency-check analysis",
                    new IOException(
                            "Error updating the NVD Data",
                            new java.io.EOFException("Unexpected end of ZLIB input stream")));
        };

        GateResult result = run(settings(feed), failing);

        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("AUDIT_FEED_CORRUPT");
            assertThat(f.message())
                    .isEqualTo("The NVD data-feed mirror is damaged: " + year
                            + " is a truncated gzip file (it ends in the middle of the compressed data)");
            assertThat(f.message()).doesNotContain("ZLIB").doesNotContain("Exception");
            assertThat(f.file()).isEqualTo(root.relativize(year).toString());
            assertThat(f.fix()).contains("nvdcve-2026.json.gz");
        });
    }

    @Test
    void scannerFailureWrappingACauseWithoutItsOwnMessageIsNotShownAsAClassName() throws Exception {
        AuditGate.Scanner failing = () -> {
            throw new RuntimeException(new IOException("No documents exist"));
        };

        GateResult result = run(settings(feed(NOW)), failing);

        assertThat(result.findings())
                .singleElement()
                .extracting(Finding::message)
                .isEqualTo("Dependency-Check could not scan the reactor: No documents exist");
    }

    @Test
    void scannerFailureWithoutAnyMessageIsNamedByItsType() throws Exception {
        GateResult result = run(settings(feed(NOW)), () -> {
            throw new NullPointerException();
        });

        assertThat(result.findings())
                .singleElement()
                .extracting(Finding::message)
                .isEqualTo("Dependency-Check could not scan the reactor: NullPointerException");
    }

    @Test
    void scannerReturningAMissingReportIsUnreadable() throws Exception {
        Path absent = root.resolve("target/dc/dependency-check-report.json");

        GateResult result = run(settings(feed(NOW)), scannerReturning(absent));

        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("AUDIT_REPORT_UNREADABLE");
            assertThat(f.file()).isEqualTo("target/dc/dependency-check-report.json");
        });
    }

    @Test
    void scannerReturningGarbageIsUnreadable() throws Exception {
        Path garbage = Files.writeString(root.resolve("garbage.json"), "<html>502 Bad Gateway</html>");

        GateResult result = run(settings(feed(NOW)), scannerReturning(garbage));

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("AUDIT_REPORT_UNREADABLE");
            assertThat(f.severity()).isEqualTo(GateStatus.ERROR);
            assertThat(f.message()).contains("is not valid JSON");
        });
    }

    @Test
    void inputsRecordDependenciesVulnerabilityDataAndSuppressions() throws Exception {
        Files.writeString(suppressionFile, "{\"suppressions\": []}");
        Instant fed = NOW.minus(Duration.ofDays(2));

        GateResult result = run(settings(feed(fed)), sampleScanner());

        String expectedFingerprint = DependencyCheckReport.read(root.resolve("target/dc/report.json"))
                .fingerprint();
        assertThat(result.inputs())
                .containsEntry("dependencies", Digests.sha256(expectedFingerprint))
                .containsEntry("vulnerability-data", fed.toString())
                .containsEntry("suppressions", Digests.sha256(suppressionFile))
                .containsEntry("scopes", "compile,runtime")
                .hasSize(4);
    }

    @Test
    void withoutASuppressionFileNoSuppressionsInputIsRecorded() throws Exception {
        GateResult result = run(settings(feed(NOW)), scannerReturning(cleanReport(1)));

        assertThat(result.inputs())
                .containsKeys("dependencies", "vulnerability-data")
                .doesNotContainKey("suppressions");
    }

    @Test
    void cleanReportSummarySaysHowManyWereScannedAndThatNothingWasFound() throws Exception {
        GateResult result = run(settings(feed(NOW.minus(Duration.ofHours(3)))), scannerReturning(cleanReport(12)));

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.findings()).isEmpty();
        assertThat(result.summary()).isEqualTo("12 dependencies scanned, no vulnerability");
    }
}
