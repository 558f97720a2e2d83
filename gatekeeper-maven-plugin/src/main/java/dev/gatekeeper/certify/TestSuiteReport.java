package dev.gatekeeper.certify;

import java.nio.file.Path;
import java.util.List;

/**
 * One {@code TEST-*.xml} report. The counts come from its test cases; only a report without any
 * {@code <testcase>} falls back to the suite's attributes.
 */
public record TestSuiteReport(
        Path file,
        String suiteName,
        List<TestCaseResult> cases,
        int tests,
        int failures,
        int errors,
        int skipped,
        int flaky) {

    public TestSuiteReport {
        cases = List.copyOf(cases);
    }

    public int passed() {
        return tests - failures - errors - skipped;
    }

    /** Tests that actually ran, passed or not. */
    public int executed() {
        return tests - skipped;
    }
}
