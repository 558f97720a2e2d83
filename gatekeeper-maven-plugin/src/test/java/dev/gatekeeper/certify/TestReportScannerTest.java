package dev.gatekeeper.certify;

import static dev.gatekeeper.certify.Reports.passed;
import static dev.gatekeeper.certify.Reports.suite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.certify.IgnoredReport.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestReportScannerTest {
    private static final Instant BUILD_START = Instant.parse("2030-01-01T10:00:00.600Z");

    @TempDir
    Path dir;

    @Test
    void onlyTestXmlFilesAreReports() throws Exception {
        Path reports = dir.resolve("surefire-reports");
        Path report = fresh(Reports.write(reports, "TEST-A.xml", suite("A", passed("A", "t"))));
        fresh(Reports.write(reports, "A.txt", "Tests run: 1"));
        fresh(Reports.write(reports, "failsafe-summary.xml", "<failsafe-summary result=\"0\"/>"));
        fresh(Reports.write(reports, "testsuites.xml", "<testsuites/>"));
        fresh(Reports.write(reports, "A-output.txt", "out"));

        ReportScan scan = TestReportScanner.scan(List.of(reports), BUILD_START, dir.resolve("no-classes"));

        assertThat(scan.counted()).containsExactly(report);
        assertThat(scan.ignored()).isEmpty();
    }

    @Test
    void reportFromBeforeTheBuildStartedIsStale() throws Exception {
        Path reports = dir.resolve("surefire-reports");
        Path old = Reports.write(reports, "TEST-Old.xml", suite("Old"));
        Files.setLastModifiedTime(old, FileTime.from(BUILD_START.minusSeconds(1)));
        Path current = fresh(Reports.write(reports, "TEST-New.xml", suite("New")));

        ReportScan scan = TestReportScanner.scan(List.of(reports), BUILD_START, dir.resolve("no-classes"));

        assertThat(scan.counted()).containsExactly(current);
        assertThat(scan.ignored()).containsExactly(new IgnoredReport(old, Reason.OLDER_THAN_BUILD));
    }

    @Test
    void reportWhoseMtimeWasTruncatedToTheBuildStartSecondStillCounts() throws Exception {
        Path reports = dir.resolve("surefire-reports");
        Path report = Reports.write(reports, "TEST-A.xml", suite("A"));
        // Written 0.1s after a build start at .600, but the file system kept only whole seconds.
        Files.setLastModifiedTime(report, FileTime.from(Instant.parse("2030-01-01T10:00:00Z")));

        ReportScan scan = TestReportScanner.scan(List.of(reports), BUILD_START, dir.resolve("no-classes"));

        assertThat(scan.counted()).containsExactly(report);
    }

    @Test
    void reportOfATestClassThatNoLongerExistsIsIgnored() throws Exception {
        Path classes = dir.resolve("test-classes");
        Files.createDirectories(classes.resolve("com/x"));
        Files.write(classes.resolve("com/x/KeptTest.class"), new byte[] {1});
        Files.write(classes.resolve("com/x/OuterTest$Inner.class"), new byte[] {1});
        Path reports = dir.resolve("surefire-reports");
        Path kept = fresh(Reports.write(reports, "TEST-com.x.KeptTest.xml", suite("com.x.KeptTest")));
        Path nested = fresh(Reports.write(reports, "TEST-com.x.OuterTest$Inner.xml", suite("com.x.OuterTest$Inner")));
        Path gone = fresh(Reports.write(reports, "TEST-com.x.GoneTest.xml", suite("com.x.GoneTest")));

        ReportScan scan = TestReportScanner.scan(List.of(reports), BUILD_START, classes);

        assertThat(scan.counted()).containsExactlyInAnyOrder(kept, nested);
        assertThat(scan.ignored()).containsExactly(new IgnoredReport(gone, Reason.TEST_CLASS_GONE));
    }

    @Test
    void reportNamedLikeNoJavaClassIsKept() throws Exception {
        Files.createDirectories(dir.resolve("test-classes"));
        Path reports = dir.resolve("surefire-reports");
        Path report =
                fresh(Reports.write(reports, "TEST-Calculator adds numbers.xml", suite("Calculator adds numbers")));

        ReportScan scan = TestReportScanner.scan(List.of(reports), BUILD_START, dir.resolve("test-classes"));

        assertThat(scan.counted()).containsExactly(report);
    }

    @Test
    void withoutATestClassesDirectoryNoReportIsJudgedByItsClass() throws Exception {
        Path reports = dir.resolve("surefire-reports");
        Path report = fresh(Reports.write(reports, "TEST-com.x.AnyTest.xml", suite("com.x.AnyTest")));

        ReportScan scan = TestReportScanner.scan(List.of(reports), BUILD_START, dir.resolve("missing"));

        assertThat(scan.counted()).containsExactly(report);
    }

    @Test
    void missingReportDirectoriesAreSkippedAndOthersReadInOrder() throws Exception {
        Path surefire = dir.resolve("surefire-reports");
        Path failsafe = dir.resolve("failsafe-reports");
        Path b = fresh(Reports.write(surefire, "TEST-B.xml", suite("B")));
        Path a = fresh(Reports.write(surefire, "TEST-A.xml", suite("A")));
        Path it = fresh(Reports.write(failsafe, "TEST-AIT.xml", suite("AIT")));

        ReportScan scan = TestReportScanner.scan(
                List.of(dir.resolve("nowhere"), surefire, failsafe), BUILD_START, dir.resolve("missing"));

        assertThat(scan.counted()).containsExactly(a, b, it);
    }

    private static Path fresh(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(BUILD_START.plusSeconds(5)));
        return file;
    }

    @Test
    void aResultsDirectoryThatDisappearsWhileItIsReadIsNamedWithWhatHappened() throws Exception {
        Path reports = dir.resolve("surefire-reports");
        fresh(Reports.write(reports, "TEST-A.xml", suite("A", passed("A", "t"))));
        // What the scan meets when a parallel 'mvn clean' removes the directory after it was seen to exist.
        java.nio.file.Files.delete(reports.resolve("TEST-A.xml"));
        java.nio.file.Files.delete(reports);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestReportScanner.reportsIn(reports))
                .isInstanceOf(java.io.IOException.class)
                .hasMessage("the test results directory " + reports
                        + " disappeared while certify read it (NoSuchFileException); was it deleted by a parallel build"
                        + " or a 'clean' running at the same time?");
    }
}
