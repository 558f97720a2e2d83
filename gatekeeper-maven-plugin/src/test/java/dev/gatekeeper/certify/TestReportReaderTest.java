package dev.gatekeeper.certify;

import static dev.gatekeeper.certify.Reports.errored;
import static dev.gatekeeper.certify.Reports.failed;
import static dev.gatekeeper.certify.Reports.flaky;
import static dev.gatekeeper.certify.Reports.passed;
import static dev.gatekeeper.certify.Reports.skipped;
import static dev.gatekeeper.certify.Reports.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gatekeeper.certify.TestCaseResult.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestReportReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryOutcomeWithItsFirstMessageLine() throws Exception {
        Path file = Reports.write(
                dir,
                "TEST-com.x.FooTest.xml",
                suite(
                        "com.x.FooTest",
                        passed("com.x.FooTest", "ok"),
                        failed("com.x.FooTest", "wrong", "expected: &lt;1&gt; but was: &lt;2&gt;"),
                        errored("com.x.FooTest", "broken", "no connection&#10;second line"),
                        skipped("com.x.FooTest", "later", "not yet")));

        TestSuiteReport report = TestReportReader.read(file);

        assertThat(report.file()).isEqualTo(file);
        assertThat(report.suiteName()).isEqualTo("com.x.FooTest");
        assertThat(report.cases())
                .containsExactly(
                        new TestCaseResult("com.x.FooTest", "ok", Outcome.PASSED, false, null),
                        new TestCaseResult(
                                "com.x.FooTest", "wrong", Outcome.FAILED, false, "expected: <1> but was: <2>"),
                        new TestCaseResult("com.x.FooTest", "broken", Outcome.ERROR, false, "no connection"),
                        new TestCaseResult("com.x.FooTest", "later", Outcome.SKIPPED, false, "not yet"));
        assertThat(report.tests()).isEqualTo(4);
        assertThat(report.failures()).isEqualTo(1);
        assertThat(report.errors()).isEqualTo(1);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.passed()).isEqualTo(1);
    }

    @Test
    void aTestCountThatDisagreesWithTheTestCasesIsMalformed() throws Exception {
        Path file = Reports.write(
                dir,
                "TEST-A.xml",
                "<testsuite name=\"A\" tests=\"99\" failures=\"0\" errors=\"0\" skipped=\"0\">"
                        + failed("A", "t", "boom") + passed("A", "u") + "</testsuite>");

        assertThatThrownBy(() -> TestReportReader.read(file))
                .isInstanceOf(MalformedReportException.class)
                .extracting(e -> ((MalformedReportException) e).problem())
                .isEqualTo("<testsuite tests=\"99\"> disagrees with the 2 <testcase> elements it holds;"
                        + " the counts cannot be trusted");
    }

    @Test
    void surefiresReportOfAClassWithNestedClassesCountsTheTestCasesItHolds() throws Exception {
        // spring-petclinic's PetControllerTests (JUnit 5 @Nested): surefire 3 writes tests="0" on the outer class's
        // report and every test case of it and its nested classes inside; it was held as malformed
        Path file = Reports.write(
                dir,
                "TEST-A.xml",
                "<testsuite name=\"A\" tests=\"0\" failures=\"0\" errors=\"0\" skipped=\"0\">" + passed("A", "t")
                        + passed("A$Nested", "u") + failed("A$Nested", "v", "boom") + "</testsuite>");

        TestSuiteReport report = TestReportReader.read(file);

        assertThat(report.tests()).isEqualTo(3);
        assertThat(report.failures()).isEqualTo(1);
        assertThat(report.passed()).isEqualTo(2);
    }

    @Test
    void testsClaimedWithoutAnyTestCaseAreMalformedNotPassed() throws Exception {
        Path file = Reports.write(
                dir, "TEST-A.xml", "<testsuite name=\"A\" tests=\"5\" failures=\"0\" errors=\"0\" skipped=\"0\"/>");

        assertThatThrownBy(() -> TestReportReader.read(file))
                .isInstanceOf(MalformedReportException.class)
                .hasMessageContaining(file.toString())
                .extracting(e -> ((MalformedReportException) e).line())
                .isEqualTo(1);
    }

    @Test
    void anEmptySuiteWithoutTestCasesStillReads() throws Exception {
        Path file = Reports.write(
                dir, "TEST-A.xml", "<testsuite name=\"A\" tests=\"0\" failures=\"0\" errors=\"0\" skipped=\"0\"/>");

        TestSuiteReport report = TestReportReader.read(file);

        assertThat(report.cases()).isEmpty();
        assertThat(report.tests()).isZero();
    }

    @Test
    void testThatPassedOnARerunIsFlakyAndPassed() throws Exception {
        Path file = Reports.write(dir, "TEST-A.xml", suite("A", flaky("A", "sometimes", "timing")));

        TestSuiteReport report = TestReportReader.read(file);

        assertThat(report.cases())
                .containsExactly(new TestCaseResult("A", "sometimes", Outcome.PASSED, true, "timing"));
        assertThat(report.flaky()).isEqualTo(1);
        assertThat(report.failures()).isZero();
    }

    @Test
    void testThatFailedOnEveryRerunIsAFailureNotAFlake() throws Exception {
        Path file = Reports.write(
                dir,
                "TEST-A.xml",
                suite(
                        "A",
                        "<testcase name=\"never\" classname=\"A\">"
                                + "<failure message=\"first\" type=\"E\">trace</failure>"
                                + "<rerunFailure message=\"second\" type=\"E\"><stackTrace>t</stackTrace></rerunFailure>"
                                + "</testcase>"));

        TestSuiteReport report = TestReportReader.read(file);

        assertThat(report.cases()).containsExactly(new TestCaseResult("A", "never", Outcome.FAILED, false, "first"));
        assertThat(report.flaky()).isZero();
    }

    @Test
    void messageFallsBackToTheFirstLineOfTheElementText() throws Exception {
        Path file = Reports.write(
                dir,
                "TEST-A.xml",
                suite(
                        "A",
                        "<testcase name=\"t\" classname=\"A\"><failure type=\"E\">\n\n  java.lang.AssertionError: nope\n"
                                + "\tat A.t(A.java:3)\n</failure></testcase>"));

        assertThat(TestReportReader.read(file).cases().get(0).message()).isEqualTo("java.lang.AssertionError: nope");
    }

    @Test
    void truncatedReportIsMalformedAndTheMessageNamesFileAndLine() throws Exception {
        String complete = suite("A", passed("A", "one"), passed("A", "two"));
        Path file = Reports.write(dir, "TEST-A.xml", complete.substring(0, complete.indexOf("two") + 8));

        MalformedReportException e =
                catchThrowableOfType(() -> TestReportReader.read(file), MalformedReportException.class);

        assertThat(e.file()).isEqualTo(file);
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.problem()).startsWith("unexpected end of file");
        assertThat(e.getMessage())
                .startsWith(file + " line 7: unexpected end of file")
                .doesNotContain("\tat ", "Exception");
    }

    @Test
    void emptyFileIsMalformed() throws Exception {
        Path file = Reports.write(dir, "TEST-A.xml", "");

        assertThatThrownBy(() -> TestReportReader.read(file))
                .isInstanceOf(MalformedReportException.class)
                .hasMessage(file + ": the file is empty, expected a <testsuite> report");
    }

    @Test
    void blankFileIsMalformed() throws Exception {
        Path file = Reports.write(dir, "TEST-A.xml", "\n   \n");

        assertThatThrownBy(() -> TestReportReader.read(file))
                .isInstanceOf(MalformedReportException.class)
                .hasMessageContaining("unexpected end of file");
    }

    @Test
    void rootElementOtherThanTestsuiteIsMalformed() throws Exception {
        Path file = Reports.write(
                dir, "TEST-A.xml", "<?xml version=\"1.0\"?>\n<testsuites><testsuite name=\"A\"/></testsuites>");

        assertThatThrownBy(() -> TestReportReader.read(file))
                .isInstanceOf(MalformedReportException.class)
                .hasMessage(file + " line 2: root element is <testsuites>, expected <testsuite>");
    }

    @Test
    void textThatIsNotXmlIsMalformed() throws Exception {
        Path file = Reports.write(dir, "TEST-A.xml", "Tests run: 3, Failures: 0");

        assertThatThrownBy(() -> TestReportReader.read(file))
                .isInstanceOf(MalformedReportException.class)
                .hasMessageStartingWith(file + " line 1: ")
                .hasMessageNotContaining("ParseError");
    }

    @Test
    void garbageAfterTheSuiteIsMalformed() throws Exception {
        Path file = Reports.write(dir, "TEST-A.xml", suite("A", passed("A", "t")) + "<testsuite name=\"B\"/>");

        assertThatThrownBy(() -> TestReportReader.read(file)).isInstanceOf(MalformedReportException.class);
    }

    @Test
    void nonNumericCountWithoutTestCasesIsMalformed() throws Exception {
        Path file = Reports.write(dir, "TEST-A.xml", "<testsuite name=\"A\" tests=\"many\"/>");

        assertThatThrownBy(() -> TestReportReader.read(file))
                .isInstanceOf(MalformedReportException.class)
                .hasMessage(file + " line 1: <testsuite tests=\"many\"> is not a whole number");
    }

    @Test
    void externalEntityIsRejectedWithoutReadingTheFile() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret-file-content");
        Path file = Reports.write(
                dir,
                "TEST-A.xml",
                "<?xml version=\"1.0\"?>\n"
                        + "<!DOCTYPE testsuite [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n"
                        + "<testsuite name=\"A\"><testcase name=\"t\" classname=\"A\"><failure message=\"&e;\"/></testcase></testsuite>");

        MalformedReportException e =
                catchThrowableOfType(() -> TestReportReader.read(file), MalformedReportException.class);

        assertThat(e.getMessage()).contains("DTD").doesNotContain("secret-file-content");
    }

    @Test
    void etcPasswdEntityDoesNotLeak() throws Exception {
        Path file = Reports.write(
                dir, "TEST-A.xml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><testsuite name=\"&e;\"/>");

        MalformedReportException e =
                catchThrowableOfType(() -> TestReportReader.read(file), MalformedReportException.class);

        assertThat(e.getMessage()).doesNotContain("root:");
    }
}
