package dev.gatekeeper.certify;

import static dev.gatekeeper.certify.TestReportCheck.plural;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The tests of a module that did not run, grouped by why. A test class that surefire reports as an
 * empty suite ({@code tests="0"}, no {@code <testcase>}) was skipped as a whole: JUnit 5 aborted it
 * before any test, typically with an assumption in {@code @BeforeAll}, and surefire 3.x records
 * neither its tests nor the assumption's message.
 */
final class SkippedTests {
    /** Why tests did not run decides what the user can do about it. */
    enum Kind {
        /** An assumption or an environment condition (Docker, an OS, a JRE, an env var): needs that environment. */
        ENVIRONMENT,
        /** {@code @Disabled}, {@code @Ignore}, or no reason given: someone switched the test off. */
        DISABLED
    }

    static final String WHOLE_CLASS_REASON = "it aborted before any test ran (an assumption or a condition in "
            + "@BeforeAll or a class-level extension); surefire's report does not record its message";

    /** Listed in the detail; the rest are counted. */
    private static final int MAX_LISTED = 50;

    private static final String NO_REASON = "no reason given";

    /** The thrown assumption's class, as surefire puts it before the message in a {@code <skipped>} body. */
    private static final Pattern ASSUMPTION =
            Pattern.compile("^(?:[\\w.$]*(?:TestAbortedException|AssumptionViolatedException|SkipException):\\s*)");

    /** Words of JUnit 5's, Testcontainers' and common conditions that depend on the machine. */
    private static final Pattern ENVIRONMENT_CONDITION = Pattern.compile(
            "docker|operating system|environment variable|system property|\\bjre\\b|java version|architecture"
                    + "|native image|disabledWithout|evaluated to false|not available|assumption",
            Pattern.CASE_INSENSITIVE);

    private record Skip(String name, String reason, Kind kind) {}

    /** A class skipped as a whole; {@code tests} is 0 when its class file does not tell. */
    private record WholeClass(String className, int tests) {}

    private final List<Skip> skips = new ArrayList<>();
    private final List<WholeClass> wholeClasses = new ArrayList<>();

    void collect(TestSuiteReport report, Path testClassesDirectory) {
        if (report.cases().isEmpty()) {
            if (report.tests() == 0 && report.skipped() == 0 && report.failures() == 0 && report.errors() == 0) {
                wholeClasses.add(new WholeClass(
                        report.suiteName(), TestMethodCounter.count(testClassesDirectory, report.suiteName())));
                return;
            }
            for (int i = 0; i < report.skipped(); i++) {
                skips.add(new Skip("a test in " + report.suiteName(), NO_REASON, Kind.DISABLED));
            }
            return;
        }
        for (TestCaseResult test : report.cases()) {
            if (test.outcome() == TestCaseResult.Outcome.SKIPPED) {
                skips.add(classify(test.displayName(), test.message()));
            }
        }
    }

    static Skip classify(String name, String message) {
        if (message == null || message.isBlank()) {
            return new Skip(name, NO_REASON, Kind.DISABLED);
        }
        var assumption = ASSUMPTION.matcher(message);
        if (assumption.find()) {
            String rest = message.substring(assumption.end()).strip();
            return new Skip(name, rest.isEmpty() ? "an assumption failed" : rest, Kind.ENVIRONMENT);
        }
        if (message.endsWith(" is @Disabled")) {
            return new Skip(name, message, Kind.DISABLED);
        }
        return new Skip(
                name, message, ENVIRONMENT_CONDITION.matcher(message).find() ? Kind.ENVIRONMENT : Kind.DISABLED);
    }

    boolean isEmpty() {
        return skips.isEmpty() && wholeClasses.isEmpty();
    }

    /** Skipped tests, counting the test methods of classes skipped as a whole where known. */
    int tests() {
        return skips.size() + wholeClassTests();
    }

    /** The known test methods of classes skipped as a whole; their reports count none. */
    int wholeClassTests() {
        return wholeClasses.stream().mapToInt(WholeClass::tests).sum();
    }

    int wholeClasses() {
        return wholeClasses.size();
    }

    /** What a limit on skipped tests compares: a class whose count is unknown counts as one. */
    int forLimit() {
        return tests() + (int) wholeClasses.stream().filter(c -> c.tests() == 0).count();
    }

    /** "4 tests skipped, 2 of them in a test class skipped as a whole (X)". */
    String message() {
        List<WholeClass> counted =
                wholeClasses.stream().filter(c -> c.tests() > 0).toList();
        List<WholeClass> uncounted =
                wholeClasses.stream().filter(c -> c.tests() == 0).toList();
        StringBuilder text = new StringBuilder();
        if (tests() > 0) {
            text.append(plural(tests(), "test")).append(" skipped");
        }
        if (!counted.isEmpty()) {
            int inClasses = counted.stream().mapToInt(WholeClass::tests).sum();
            text.append(", ")
                    .append(inClasses == 1 ? "1" : inClasses + " of them")
                    .append(" in ")
                    .append(counted.size() == 1 ? "a test class" : counted.size() + " test classes")
                    .append(" skipped as a whole (")
                    .append(names(counted))
                    .append(')');
        }
        if (!uncounted.isEmpty()) {
            text.append(text.isEmpty() ? "" : ", and ")
                    .append(uncounted.size() == 1 ? "a test class was" : uncounted.size() + " test classes were")
                    .append(" skipped as a whole (")
                    .append(names(uncounted))
                    .append(')');
        }
        String message = text.toString();
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    /** Skips grouped by reason, the classes skipped as a whole last. */
    String detail() {
        Map<String, List<Skip>> byReason = new LinkedHashMap<>();
        skips.forEach(skip ->
                byReason.computeIfAbsent(skip.reason(), r -> new ArrayList<>()).add(skip));
        StringBuilder detail = new StringBuilder();
        int listed = 0;
        for (Map.Entry<String, List<Skip>> group : byReason.entrySet()) {
            detail.append(plural(group.getValue().size(), "test"))
                    .append(": ")
                    .append(group.getKey())
                    .append('\n');
            for (Skip skip : group.getValue()) {
                if (listed == MAX_LISTED) {
                    detail.append("  … and ")
                            .append(group.getValue().size() - group.getValue().indexOf(skip))
                            .append(" more\n");
                    break;
                }
                detail.append("  ").append(skip.name()).append('\n');
                listed++;
            }
        }
        for (WholeClass wholeClass : wholeClasses) {
            detail.append(
                            wholeClass.tests() > 0
                                    ? wholeClass.className() + " (" + plural(wholeClass.tests(), "test")
                                            + "): the class was skipped as a whole: "
                                    : "a test class was skipped as a whole: " + wholeClass.className() + ": ")
                    .append(WHOLE_CLASS_REASON)
                    .append('\n');
        }
        return detail.toString().stripTrailing();
    }

    /** A fix for each kind of reason present; only explicitly disabled tests are told to drop the annotation. */
    String fix() {
        int environmentTests =
                (int) skips.stream().filter(s -> s.kind() == Kind.ENVIRONMENT).count()
                        + wholeClasses.stream().mapToInt(WholeClass::tests).sum();
        long uncountedClasses =
                wholeClasses.stream().filter(c -> c.tests() == 0).count();
        int disabled =
                (int) skips.stream().filter(s -> s.kind() == Kind.DISABLED).count();
        List<String> fixes = new ArrayList<>();
        if (environmentTests > 0 || uncountedClasses > 0) {
            List<String> subjects = new ArrayList<>();
            if (environmentTests > 0) {
                subjects.add(plural(environmentTests, "test"));
            }
            if (uncountedClasses > 0) {
                subjects.add(uncountedClasses == 1 ? "a test class" : uncountedClasses + " test classes");
            }
            boolean one = environmentTests + uncountedClasses == 1;
            fixes.add(String.join(" and ", subjects) + (one ? " needs" : " need")
                    + " an environment this build did not have (Docker, an operating system, an environment "
                    + "variable, what an assumption checks): run on a machine that has it, or accept these skips");
        }
        if (disabled > 0) {
            fixes.add(plural(disabled, "test")
                    + (disabled == 1
                            ? " is disabled explicitly: remove @Disabled/@Ignore from it or delete it"
                            : " are disabled explicitly: remove @Disabled/@Ignore from them or delete them"));
        }
        return String.join("; ", fixes);
    }

    private static String names(List<WholeClass> classes) {
        return classes.stream().map(WholeClass::className).collect(Collectors.joining(", "));
    }
}
