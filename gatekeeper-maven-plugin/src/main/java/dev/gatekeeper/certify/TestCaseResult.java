package dev.gatekeeper.certify;

/**
 * One {@code <testcase>} of a report.
 *
 * @param flaky   the test failed at first but passed on a rerun (surefire's rerunFailingTestsCount)
 * @param message the first line of the failure, error or skip message, or null
 */
public record TestCaseResult(String className, String name, Outcome outcome, boolean flaky, String message) {

    public enum Outcome {
        PASSED,
        FAILED,
        ERROR,
        SKIPPED
    }

    public boolean failed() {
        return outcome == Outcome.FAILED || outcome == Outcome.ERROR;
    }

    /** {@code Class.method}, as a person would name the test. */
    public String displayName() {
        return className == null || className.isEmpty() ? name : className + "." + name;
    }

    /** {@code Class#method}, as surefire's -Dtest selects it. */
    public String selector() {
        String simpleClass = className == null ? "" : className;
        return simpleClass.isEmpty() ? name : simpleClass + "#" + name;
    }
}
