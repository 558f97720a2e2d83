package dev.gatekeeper.certify;

import dev.gatekeeper.certify.IgnoredReport.Reason;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code TEST-*.xml} reports that describe this build. Without {@code mvn clean} the
 * report directories keep files from earlier runs; counting them would certify tests that did
 * not run. Surefire's other files ({@code *.txt}, {@code failsafe-summary.xml}) are not reports.
 */
public final class TestReportScanner {
    private static final Pattern REPORT_NAME = Pattern.compile("TEST-(.+)\\.xml");
    private static final String IDENTIFIER = "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*";
    private static final Pattern JAVA_CLASS_NAME = Pattern.compile(IDENTIFIER + "(?:\\." + IDENTIFIER + ")*");

    private TestReportScanner() {}

    /**
     * @param reportDirectories    directories to look in; missing ones are skipped
     * @param buildStart           reports last modified before this are stale
     * @param testClassesDirectory compiled test classes; when it does not exist, no report is
     *                             judged by its class
     */
    public static ReportScan scan(List<Path> reportDirectories, Instant buildStart, Path testClassesDirectory)
            throws IOException {
        List<Path> counted = new ArrayList<>();
        List<IgnoredReport> ignored = new ArrayList<>();
        boolean canCheckClasses = testClassesDirectory != null && Files.isDirectory(testClassesDirectory);
        for (Path directory : reportDirectories) {
            for (Path report : reportsInIfPresent(directory)) {
                if (isOlderThan(report, buildStart)) {
                    ignored.add(new IgnoredReport(report, Reason.OLDER_THAN_BUILD));
                } else if (canCheckClasses && testClassIsGone(report, testClassesDirectory)) {
                    ignored.add(new IgnoredReport(report, Reason.TEST_CLASS_GONE));
                } else {
                    counted.add(report);
                }
            }
        }
        return new ReportScan(counted, ignored);
    }

    private static List<Path> reportsInIfPresent(Path directory) throws IOException {
        return Files.isDirectory(directory) ? reportsIn(directory) : new ArrayList<>();
    }

    /** The reports of a directory that was seen to exist; its disappearing meanwhile is said in so many words. */
    static List<Path> reportsIn(Path directory) throws IOException {
        List<Path> reports = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "TEST-*.xml")) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    reports.add(file);
                }
            }
        } catch (NoSuchFileException e) {
            throw new IOException(
                    "the test results directory " + directory + " disappeared while certify read it ("
                            + e.getClass().getSimpleName()
                            + "); was it deleted by a parallel build or a 'clean' running at the"
                            + " same time?",
                    e);
        }
        reports.sort(null);
        return reports;
    }

    /** Whole seconds on both sides: many file systems keep mtimes at second resolution or coarser. */
    private static boolean isOlderThan(Path report, Instant buildStart) throws IOException {
        long modifiedSecond;
        try {
            modifiedSecond = Files.getLastModifiedTime(report).toInstant().getEpochSecond();
        } catch (NoSuchFileException e) {
            throw new IOException(
                    "the test report " + report + " disappeared while certify read it ("
                            + e.getClass().getSimpleName()
                            + "); was it deleted by a parallel build or a 'clean' running at the"
                            + " same time?",
                    e);
        }
        return modifiedSecond < buildStart.getEpochSecond();
    }

    private static boolean testClassIsGone(Path report, Path testClassesDirectory) {
        Matcher name = REPORT_NAME.matcher(report.getFileName().toString());
        if (!name.matches() || !JAVA_CLASS_NAME.matcher(name.group(1)).matches()) {
            return false;
        }
        Path classFile = testClassesDirectory.resolve(name.group(1).replace('.', '/') + ".class");
        return !Files.isRegularFile(classFile);
    }
}
