package dev.gatekeeper.certify;

import static dev.gatekeeper.certify.Reports.errored;
import static dev.gatekeeper.certify.Reports.failed;
import static dev.gatekeeper.certify.Reports.flaky;
import static dev.gatekeeper.certify.Reports.passed;
import static dev.gatekeeper.certify.Reports.skipped;
import static dev.gatekeeper.certify.Reports.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateLog;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertifyGateTest {
    @TempDir
    Path root;

    private Path module;
    private Path surefire;
    private Path failsafe;
    private Instant buildStart;
    private final List<String> logLines = new ArrayList<>();

    @BeforeEach
    void createModule() throws Exception {
        module = Files.createDirectories(root.resolve("app"));
        surefire = module.resolve("target/surefire-reports");
        failsafe = module.resolve("target/failsafe-reports");
        // A second back, so that reports written by the test are newer even on second-resolution mtimes.
        buildStart = Instant.now().minusSeconds(1);
    }

    @Test
    void allGreenModulePassesWithACountingSummary() throws Exception {
        Reports.write(
                surefire,
                "TEST-com.x.ATest.xml",
                suite("com.x.ATest", passed("com.x.ATest", "one"), passed("com.x.ATest", "two")));
        Reports.write(failsafe, "TEST-com.x.AIT.xml", suite("com.x.AIT", passed("com.x.AIT", "three")));

        GateResult result = evaluate(settings().hasTestSources(true));

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.summary()).isEqualTo("3 tests passed in 2 reports");
        assertThat(result.findings()).isEmpty();
        assertThat(logLines)
                .anyMatch(line -> line.contains("read 2 test reports"))
                .noneMatch(line -> line.startsWith("certify"));
    }

    @Test
    void countedReportsAreRecordedAsInputDigestsByRelativePath() throws Exception {
        Path report = Reports.write(surefire, "TEST-A.xml", suite("A", passed("A", "t")));

        GateResult result = evaluate(settings().hasTestSources(true));

        assertThat(result.inputs())
                .containsExactly(Map.entry("app/target/surefire-reports/TEST-A.xml", Digests.sha256(report)));
        assertThat(Digests.sha256(report))
                .hasSize(64)
                .isNotEqualTo(Digests.sha256(Files.writeString(root.resolve("x"), "x")));
    }

    @Test
    void skipFlagHoldsTheMergeAndExplainsTheMissingTests() throws Exception {
        GateResult result = evaluate(settings().hasTestSources(true).testSkipFlag("skipTests", "true"));

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        assertThat(codes(result)).containsExactly("CERTIFY_TESTS_SKIPPED_BY_FLAG");
        Finding finding = result.findings().get(0);
        assertThat(finding.message()).contains("-DskipTests=true");
        assertThat(finding.fix()).isEqualTo("Run 'mvn verify -Pmerge-ready' without -DskipTests");
    }

    @Test
    void testSourcesWithoutAnyReportHoldBecauseNoTestRan() throws Exception {
        GateResult result = evaluate(settings().hasTestSources(true));

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        assertThat(codes(result)).containsExactly("CERTIFY_NO_TESTS_RAN");
        assertThat(result.summary()).contains("no test report was written");
    }

    @Test
    void moduleWithoutTestSourcesNeedsNoReports() throws Exception {
        GateResult result = evaluate(settings().hasTestSources(false));

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.summary()).isEqualTo("no test sources");
    }

    @Test
    void everyFailedOrErroredTestIsAFailFindingWithAReproduceCommand() throws Exception {
        Reports.write(
                surefire,
                "TEST-com.x.FooTest.xml",
                suite(
                        "com.x.FooTest",
                        passed("com.x.FooTest", "fine"),
                        failed("com.x.FooTest", "adds", "expected: &lt;3&gt; but was: &lt;4&gt;"),
                        errored("com.x.FooTest", "connects", "refused")));

        GateResult result = evaluate(settings().hasTestSources(true));

        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        assertThat(result.findings())
                .extracting(Finding::code, Finding::message, Finding::file, Finding::fix)
                .containsExactly(
                        tuple(
                                "CERTIFY_TEST_FAILED",
                                "com.x.FooTest.adds failed: expected: <3> but was: <4>",
                                "app/target/surefire-reports/TEST-com.x.FooTest.xml",
                                "Run 'mvn -pl app verify -Dtest=com.x.FooTest#adds' to reproduce"),
                        tuple(
                                "CERTIFY_TEST_FAILED",
                                "com.x.FooTest.connects failed with an error: refused",
                                "app/target/surefire-reports/TEST-com.x.FooTest.xml",
                                "Run 'mvn -pl app verify -Dtest=com.x.FooTest#connects' to reproduce"));
    }

    @Test
    void failedIntegrationTestIsReproducedWithItTest() throws Exception {
        Reports.write(failsafe, "TEST-com.x.DbIT.xml", suite("com.x.DbIT", failed("com.x.DbIT", "migrates", "boom")));

        GateResult result = evaluate(settings().hasTestSources(true));

        assertThat(result.findings())
                .singleElement()
                .extracting(Finding::fix)
                .isEqualTo("Run 'mvn -pl app verify -Dit.test=com.x.DbIT#migrates' to reproduce");
    }

    @Test
    void reproduceCommandNamesNoModuleWhenTheModuleIsTheExecutionRoot() throws Exception {
        Reports.write(
                surefire, "TEST-com.x.FooTest.xml", suite("com.x.FooTest", failed("com.x.FooTest", "adds", "no")));

        GateResult result = evaluate(settings().executionRoot(module).hasTestSources(true));

        assertThat(result.findings())
                .singleElement()
                .extracting(Finding::fix)
                .isEqualTo("Run 'mvn verify -Dtest=com.x.FooTest#adds' to reproduce");
    }

    @Test
    void suiteClaimingTestsWithoutTestCasesIsMalformedNotPassed() throws Exception {
        Reports.write(
                surefire,
                "TEST-A.xml",
                "<testsuite name=\"A\" tests=\"5\" failures=\"0\" errors=\"0\" skipped=\"0\"/>");

        GateResult result = evaluate(settings().hasTestSources(true));

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        assertThat(codes(result)).containsExactly("CERTIFY_REPORT_MALFORMED");
        assertThat(result.findings().get(0).message())
                .contains("TEST-A.xml line 1 is malformed: <testsuite tests=\"5\">"
                        + " disagrees with the 0 <testcase> elements it holds");
    }

    @Test
    void skippedTestsWarnWhenThereIsNoLimit() throws Exception {
        Reports.write(
                surefire, "TEST-A.xml", suite("A", passed("A", "t"), skipped("A", "later", "waiting for JIRA-1")));

        GateResult result = evaluate(settings().hasTestSources(true));

        assertThat(result.status()).isEqualTo(GateStatus.WARN);
        Finding finding = result.findings().get(0);
        assertThat(finding.code()).isEqualTo("CERTIFY_TESTS_SKIPPED");
        assertThat(finding.message()).isEqualTo("1 test skipped");
        assertThat(finding.detail()).isEqualTo("1 test: waiting for JIRA-1\n  A.later");
    }

    @Test
    void skippedTestsWithinTheLimitWarn() throws Exception {
        Reports.write(
                surefire, "TEST-A.xml", suite("A", passed("A", "t"), skipped("A", "s1", "x"), skipped("A", "s2", "y")));

        GateResult result = evaluate(settings().hasTestSources(true).maxSkipped(2));

        assertThat(result.status()).isEqualTo(GateStatus.WARN);
        assertThat(result.findings())
                .singleElement()
                .extracting(Finding::message)
                .isEqualTo("2 tests skipped (at most 2 allowed)");
    }

    @Test
    void moreSkippedTestsThanTheLimitHold() throws Exception {
        Reports.write(
                surefire, "TEST-A.xml", suite("A", passed("A", "t"), skipped("A", "s1", "x"), skipped("A", "s2", "y")));

        GateResult result = evaluate(settings().hasTestSources(true).maxSkipped(1));

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        assertThat(codes(result)).containsExactly("CERTIFY_TESTS_SKIPPED");
    }

    @Test
    void flakyTestWarnsByDefault() throws Exception {
        Reports.write(surefire, "TEST-A.xml", suite("A", flaky("A", "racy", "timing"), passed("A", "t")));

        GateResult result = evaluate(settings().hasTestSources(true));

        assertThat(result.status()).isEqualTo(GateStatus.WARN);
        Finding finding = result.findings().get(0);
        assertThat(finding.code()).isEqualTo("CERTIFY_FLAKY_TEST");
        assertThat(finding.message()).startsWith("A.racy is flaky").contains("timing");
        assertThat(finding.fix()).contains("-Dtest=A#racy", "-Dsurefire.rerunFailingTestsCount=0");
    }

    @Test
    void flakyTestHoldsWhenFlakesAreNotAllowed() throws Exception {
        Reports.write(surefire, "TEST-A.xml", suite("A", flaky("A", "racy", "timing")));

        GateResult result = evaluate(settings().hasTestSources(true).allowFlaky(false));

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        assertThat(codes(result)).containsExactly("CERTIFY_FLAKY_TEST");
    }

    @Test
    void truncatedReportHoldsNamingTheFileWhileOtherReportsStillCount() throws Exception {
        String complete = suite("B", passed("B", "one"), passed("B", "two"));
        Reports.write(surefire, "TEST-B.xml", complete.substring(0, complete.length() / 2 + 10));
        Reports.write(surefire, "TEST-A.xml", suite("A", failed("A", "broken", "nope"), passed("A", "ok")));

        GateResult result = evaluate(settings().hasTestSources(true));

        assertThat(result.findings())
                .extracting(Finding::code)
                .containsExactlyInAnyOrder("CERTIFY_TEST_FAILED", "CERTIFY_REPORT_MALFORMED");
        Finding malformed = result.findings().stream()
                .filter(f -> f.code().equals("CERTIFY_REPORT_MALFORMED"))
                .findFirst()
                .orElseThrow();
        assertThat(malformed.severity()).isEqualTo(GateStatus.HOLD);
        assertThat(malformed.file()).isEqualTo("app/target/surefire-reports/TEST-B.xml");
        assertThat(malformed.line()).isNotNull();
        assertThat(malformed.message()).contains("TEST-B.xml", "unexpected end of file");
        assertThat(result.inputs())
                .containsKeys("app/target/surefire-reports/TEST-A.xml", "app/target/surefire-reports/TEST-B.xml");
    }

    @Test
    void staleReportIsNotCountedAndIsMentioned() throws Exception {
        Path old = Reports.write(surefire, "TEST-Old.xml", suite("Old", failed("Old", "t", "from last week")));
        Files.setLastModifiedTime(old, FileTime.from(buildStart.minusSeconds(3600)));
        Reports.write(surefire, "TEST-New.xml", suite("New", passed("New", "t")));

        GateResult result = evaluate(settings().hasTestSources(true));

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.summary()).isEqualTo("1 test passed in 1 report");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("CERTIFY_STALE_REPORT_IGNORED");
            assertThat(f.severity()).isEqualTo(GateStatus.PASS);
            assertThat(f.message()).isEqualTo("Ignored 1 test report not from this build: 1 older than this build");
            assertThat(f.detail()).isEqualTo("app/target/surefire-reports/TEST-Old.xml: older than this build");
        });
        assertThat(result.inputs()).doesNotContainKey("app/target/surefire-reports/TEST-Old.xml");
    }

    @Test
    void onlyStaleReportsMeanNoTestRanInThisBuild() throws Exception {
        Path old = Reports.write(surefire, "TEST-Old.xml", suite("Old", passed("Old", "t")));
        Files.setLastModifiedTime(old, FileTime.from(buildStart.minusSeconds(3600)));

        GateResult result = evaluate(settings().hasTestSources(true));

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        assertThat(codes(result)).containsExactlyInAnyOrder("CERTIFY_NO_TESTS_RAN", "CERTIFY_STALE_REPORT_IGNORED");
    }

    @Test
    void reportOfADeletedTestClassIsNotCounted() throws Exception {
        Path classes = Files.createDirectories(module.resolve("target/test-classes/com/x"))
                .getParent()
                .getParent();
        Files.write(classes.resolve("com/x/KeptTest.class"), new byte[] {1});
        Reports.write(surefire, "TEST-com.x.KeptTest.xml", suite("com.x.KeptTest", passed("com.x.KeptTest", "t")));
        Reports.write(
                surefire,
                "TEST-com.x.DeletedTest.xml",
                suite("com.x.DeletedTest", failed("com.x.DeletedTest", "t", "stale failure")));

        GateResult result = evaluate(settings().hasTestSources(true));

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("CERTIFY_STALE_REPORT_IGNORED");
            assertThat(f.message()).contains("1 its test class no longer exists");
            assertThat(f.detail()).contains("TEST-com.x.DeletedTest.xml");
        });
    }

    private CertifySettings.Builder settings() {
        return CertifySettings.builder(module, buildStart).executionRoot(root);
    }

    private GateResult evaluate(CertifySettings.Builder settings) throws Exception {
        GateEvaluation evaluation =
                new GateEvaluation("certify", "dev.example:app", "build-1", Clock.systemUTC(), recordingLog());
        CertifyGate gate = new CertifyGate(settings.build());
        assertThat(gate.name()).isEqualTo("certify");
        gate.evaluate(evaluation);
        return evaluation.finish();
    }

    private GateLog recordingLog() {
        return new GateLog() {
            @Override
            public void info(String message) {
                logLines.add(message);
            }

            @Override
            public void warn(String message) {
                logLines.add(message);
            }

            @Override
            public void debug(String message) {
                logLines.add(message);
            }
        };
    }

    private static List<String> codes(GateResult result) {
        return result.findings().stream().map(Finding::code).toList();
    }
}
