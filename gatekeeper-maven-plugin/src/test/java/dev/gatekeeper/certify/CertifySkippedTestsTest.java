package dev.gatekeeper.certify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateLog;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Skipped tests as surefire 3.5.4 really reports them (the reports under
 * {@code surefire-3.5.4/} were written by surefire for JUnit 5 test classes; only their
 * {@code <property>} lines were removed).
 */
class CertifySkippedTestsTest {
    private static final String REPORTS = "surefire-3.5.4/";

    @TempDir
    Path root;

    private Path module;
    private Path surefire;
    private Path testClasses;
    private Instant buildStart;

    @BeforeEach
    void createModule() throws Exception {
        module = Files.createDirectories(root.resolve("app"));
        surefire = Files.createDirectories(module.resolve("target/surefire-reports"));
        testClasses = Files.createDirectories(module.resolve("target/test-classes/com/example"))
                .getParent()
                .getParent();
        buildStart = Instant.now().minusSeconds(1);
    }

    /**
     * What spring-petclinic's PostgresIntegrationTests does without Docker: it aborts before any test.
     * Abstract, so that no test run (even one selecting this package with -Dtest) runs it here.
     */
    abstract static class PostgresIntegrationTests {
        @BeforeAll
        static void dockerIsAvailable() {
            Assumptions.assumeTrue(false, "docker not available");
        }

        @Test
        void ownerDetails() {}

        @Test
        void vetList() {}
    }

    @Test
    void classAbortedByAnAssumptionInBeforeAllCountsItsTestMethodsAsSkipped() throws Exception {
        reported("PostgresIntegrationTests", PostgresIntegrationTests.class);
        reported("GreeterTest", CertifySkippedTestsTest.class);

        GateResult result = evaluate();

        Finding skipped = finding(result, "CERTIFY_TESTS_SKIPPED");
        assertThat(skipped.message())
                .isEqualTo(
                        "4 tests skipped, 2 of them in a test class skipped as a whole (com.example.PostgresIntegrationTests)");
        assertThat(skipped.detail())
                .contains("com.example.PostgresIntegrationTests (2 tests): the class was skipped as a whole");
        // The certify row shows the warning's message.
        assertThat(result.status()).isEqualTo(GateStatus.WARN);
        assertThat(result.summary()).isEqualTo(skipped.message());
    }

    @Test
    void classAbortedAsAWholeWithoutItsClassFileIsStillNamed() throws Exception {
        copyReport("PostgresIntegrationTests");
        reported("GreeterTest", CertifySkippedTestsTest.class);
        // Without target/test-classes nothing tells how many tests the class has.
        Files.walk(testClasses)
                .sorted(java.util.Comparator.reverseOrder())
                .forEach(p -> p.toFile().delete());

        GateResult result = evaluate();

        Finding skipped = finding(result, "CERTIFY_TESTS_SKIPPED");
        assertThat(skipped.message())
                .isEqualTo(
                        "2 tests skipped, and a test class was skipped as a whole (com.example.PostgresIntegrationTests)");
        assertThat(skipped.detail())
                .contains("a test class was skipped as a whole: com.example.PostgresIntegrationTests");
    }

    @Test
    void testsOfAClassSkippedAsAWholeCountAgainstTheLimit() throws Exception {
        reported("PostgresIntegrationTests", PostgresIntegrationTests.class);
        reported("GreeterTest", CertifySkippedTestsTest.class);

        GateResult result = evaluate(3);

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        Finding skipped = finding(result, "CERTIFY_TESTS_SKIPPED");
        assertThat(skipped.message()).endsWith("(at most 3 allowed)");
        assertThat(skipped.fix()).endsWith("; at most 3 may be skipped (gatekeeper.certify.maxSkipped)");
    }

    @Test
    void onlyAClassSkippedAsAWholeMeansNoTestRan() throws Exception {
        reported("PostgresIntegrationTests", PostgresIntegrationTests.class);

        GateResult result = evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        assertThat(finding(result, "CERTIFY_NO_TESTS_RAN").message()).endsWith("all 2 tests in 1 report were skipped");
    }

    @Test
    void dockerConditionSkipsAskForDockerNotForRemovingAnnotations() throws Exception {
        reported("MySqlIntegrationTests", CertifySkippedTestsTest.class);
        reported("GreeterTest", CertifySkippedTestsTest.class);

        GateResult result = evaluate();
        Finding skipped = finding(result, "CERTIFY_TESTS_SKIPPED");

        assertThat(skipped.detail())
                .contains("2 tests: disabledWithoutDocker is true and Docker is not available\n"
                        + "  com.example.MySqlIntegrationTests.a\n"
                        + "  com.example.MySqlIntegrationTests.b");
        assertThat(skipped.detail())
                .contains("1 test: Assumption failed: needs linux\n  com.example.GreeterTest.assumedPerMethod");
        assertThat(skipped.detail())
                .contains("1 test: void com.example.GreeterTest.plainDisabled() is @Disabled\n"
                        + "  com.example.GreeterTest.plainDisabled");
        assertThat(skipped.fix())
                .contains(
                        "3 tests need an environment this build did not have (Docker, an operating system, "
                                + "an environment variable, what an assumption checks): run on a machine that has it, or accept these skips")
                .contains("1 test is disabled explicitly: remove @Disabled/@Ignore from it or delete it");
    }

    @Test
    void environmentOnlySkipsNeverSayRemoveDisabled() throws Exception {
        reported("MySqlIntegrationTests", CertifySkippedTestsTest.class);
        reported("WindowsOnlyTests", CertifySkippedTestsTest.class);
        reported("PostgresIntegrationTests", PostgresIntegrationTests.class);

        GateResult result = evaluate();
        Finding skipped = finding(result, "CERTIFY_TESTS_SKIPPED");

        assertThat(skipped.fix())
                .doesNotContain("@Disabled")
                .doesNotContain("@Ignore")
                .startsWith("5 tests need an environment this build did not have");
        assertThat(skipped.detail())
                .contains("1 test: Disabled on operating system: Linux\n  com.example.WindowsOnlyTests.a");
    }

    @Test
    void explicitlyDisabledTestsStillSayRemoveTheAnnotation() throws Exception {
        reported("DisabledTests", CertifySkippedTestsTest.class);
        reported("GreeterTest", CertifySkippedTestsTest.class);

        GateResult result = evaluate();
        Finding skipped = finding(result, "CERTIFY_TESTS_SKIPPED");

        // @Disabled("waiting for MySQL") carries its own words; they name no environment.
        assertThat(skipped.detail())
                .contains("2 tests: waiting for MySQL\n  com.example.DisabledTests.a\n  com.example.DisabledTests.b");
        assertThat(skipped.fix())
                .contains("3 tests are disabled explicitly: remove @Disabled/@Ignore from them or delete them");
    }

    /** Surefire's report for com.example.simpleName, and a compiled class under that name. */
    private void reported(String simpleName, Class<?> compiled) throws Exception {
        copyReport(simpleName);
        compiledTestClass(compiled, "com/example/" + simpleName + ".class");
    }

    private void copyReport(String simpleName) throws Exception {
        String file = "TEST-com.example." + simpleName + ".xml";
        try (InputStream in = getClass().getResourceAsStream(REPORTS + file)) {
            assertThat(in).as(file).isNotNull();
            Files.copy(in, surefire.resolve(file));
        }
    }

    /** A real class file, compiled by javac, under the name surefire reported. */
    private void compiledTestClass(Class<?> type, String path) throws Exception {
        String resource = type.getName().substring(type.getPackageName().length() + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, testClasses.resolve(path));
        }
    }

    private GateResult evaluate() throws Exception {
        return evaluate(null);
    }

    private GateResult evaluate(Integer maxSkipped) throws Exception {
        GateEvaluation evaluation =
                new GateEvaluation("certify", "dev.example:app", "build-1", Clock.systemUTC(), GateLog.silent());
        new CertifyGate(CertifySettings.builder(module, buildStart)
                        .executionRoot(root)
                        .testClassesDirectory(testClasses)
                        .hasTestSources(true)
                        .maxSkipped(maxSkipped)
                        .build())
                .evaluate(evaluation);
        return evaluation.finish();
    }

    private static Finding finding(GateResult result, String code) {
        return result.findings().stream()
                .filter(f -> f.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + result.findings()));
    }
}
