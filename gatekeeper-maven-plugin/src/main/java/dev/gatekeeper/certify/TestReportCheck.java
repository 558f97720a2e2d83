package dev.gatekeeper.certify;

import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the module's test reports and records failures, skips, flakes and broken reports. */
final class TestReportCheck {
    private final CertifySettings settings;

    TestReportCheck(CertifySettings settings) {
        this.settings = settings;
    }

    /** What the counted reports add up to. */
    /** {@code skippedClasses}: test classes skipped as a whole, their known test methods counted in tests and skipped. */
    record Totals(
            int reports,
            int malformed,
            int ignored,
            int tests,
            int failed,
            int skipped,
            int skippedClasses,
            int flaky) {
        int executed() {
            return tests - skipped;
        }

        int passed() {
            return tests - failed - skipped;
        }
    }

    Totals check(GateEvaluation evaluation) throws IOException {
        ReportScan scan = TestReportScanner.scan(
                settings.reportDirectories(), settings.buildStart(), settings.testClassesDirectory());
        reportIgnored(scan.ignored(), evaluation);

        List<TestSuiteReport> reports = new ArrayList<>();
        int malformed = 0;
        for (Path file : scan.counted()) {
            try {
                evaluation.input(settings.display(file), Digests.sha256(file));
                reports.add(TestReportReader.read(file));
            } catch (MalformedReportException e) {
                malformed++;
                evaluation.add(malformedFinding(file, e.line(), e.problem()));
            } catch (NoSuchFileException e) {
                malformed++;
                evaluation.add(
                        malformedFinding(file, null, "it disappeared while certify read it (NoSuchFileException)"));
            } catch (IOException e) {
                malformed++;
                evaluation.add(malformedFinding(file, null, "cannot be read: " + e.getMessage()));
            }
        }

        int tests = 0;
        int failed = 0;
        int flaky = 0;
        SkippedTests skipped = new SkippedTests();
        for (TestSuiteReport report : reports) {
            tests += report.tests();
            failed += report.failures() + report.errors();
            flaky += report.flaky();
            reportFailures(report, evaluation);
            reportFlakes(report, evaluation);
            skipped.collect(report, settings.testClassesDirectory());
        }
        // A class skipped as a whole adds its test methods: its report says tests="0".
        tests += skipped.wholeClassTests();
        int skippedCount = skipped.tests();
        reportSkips(skipped, evaluation);
        evaluation
                .log()
                .info("read " + plural(reports.size(), "test report")
                        + (malformed > 0 ? ", " + malformed + " malformed" : "")
                        + (scan.ignored().isEmpty()
                                ? ""
                                : ", ignored " + scan.ignored().size() + " not from this build"));
        return new Totals(
                reports.size(),
                malformed,
                scan.ignored().size(),
                tests,
                failed,
                skippedCount,
                skipped.wholeClasses(),
                flaky);
    }

    private void reportFailures(TestSuiteReport report, GateEvaluation evaluation) {
        String file = settings.display(report.file());
        for (TestCaseResult test : report.cases()) {
            if (test.failed()) {
                String how = test.outcome() == TestCaseResult.Outcome.ERROR ? " failed with an error" : " failed";
                evaluation.add(Finding.of(
                                CertifyCodes.TEST_FAILED,
                                GateStatus.FAIL,
                                test.displayName() + how + (test.message() == null ? "" : ": " + test.message()))
                        .withFile(file, null)
                        .withFix(reproduce(report, test.selector())));
            }
        }
        int unnamed = report.cases().isEmpty() ? report.failures() + report.errors() : 0;
        if (unnamed > 0) {
            evaluation.add(Finding.of(
                            CertifyCodes.TEST_FAILED,
                            GateStatus.FAIL,
                            "Suite " + report.suiteName() + " reports " + plural(unnamed, "failed test")
                                    + " without naming them")
                    .withFile(file, null)
                    .withFix(reproduce(report, report.suiteName())));
        }
    }

    private void reportFlakes(TestSuiteReport report, GateEvaluation evaluation) {
        GateStatus severity = settings.allowFlaky() ? GateStatus.WARN : GateStatus.HOLD;
        String file = settings.display(report.file());
        String rerunProperty = (isFailsafe(report) ? "failsafe" : "surefire") + ".rerunFailingTestsCount";
        for (TestCaseResult test : report.cases()) {
            if (test.flaky()) {
                evaluation.add(Finding.of(
                                CertifyCodes.FLAKY_TEST,
                                severity,
                                test.displayName() + " is flaky: it failed, then passed on a rerun"
                                        + (test.message() == null ? "" : " (first failure: " + test.message() + ")"))
                        .withFile(file, null)
                        .withFix("Run '"
                                + settings.mvn(
                                        "verify",
                                        "-D" + testProperty(report) + "=" + test.selector(),
                                        "-D" + rerunProperty + "=0")
                                + "' until it fails, then make the test deterministic"));
            }
        }
        if (report.cases().isEmpty() && report.flaky() > 0) {
            evaluation.add(Finding.of(
                            CertifyCodes.FLAKY_TEST,
                            severity,
                            "Suite " + report.suiteName() + " reports " + plural(report.flaky(), "flaky test"))
                    .withFile(file, null)
                    .withFix("Run '"
                            + settings.mvn(
                                    "verify",
                                    "-D" + testProperty(report) + "=" + report.suiteName(),
                                    "-D" + rerunProperty + "=0")
                            + "' until it fails, then make the tests deterministic"));
        }
    }

    private void reportSkips(SkippedTests skipped, GateEvaluation evaluation) {
        if (skipped.isEmpty()) {
            return;
        }
        Integer limit = settings.maxSkipped();
        boolean overLimit = limit != null && skipped.forLimit() > limit;
        String fix = skipped.fix();
        if (overLimit) {
            fix += "; at most " + limit + " may be skipped (gatekeeper.certify.maxSkipped)";
        }
        evaluation.add(Finding.of(
                        CertifyCodes.TESTS_SKIPPED,
                        overLimit ? GateStatus.HOLD : GateStatus.WARN,
                        skipped.message() + (limit == null ? "" : " (at most " + limit + " allowed)"))
                .withFix(fix)
                .withDetail(skipped.detail()));
    }

    private void reportIgnored(List<IgnoredReport> ignored, GateEvaluation evaluation) {
        if (ignored.isEmpty()) {
            return;
        }
        Map<IgnoredReport.Reason, Integer> byReason = new EnumMap<>(IgnoredReport.Reason.class);
        ignored.forEach(report -> byReason.merge(report.reason(), 1, Integer::sum));
        String reasons = byReason.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().explanation())
                .collect(Collectors.joining(", "));
        evaluation.add(Finding.of(
                        CertifyCodes.STALE_REPORT_IGNORED,
                        GateStatus.PASS,
                        "Ignored " + plural(ignored.size(), "test report") + " not from this build: " + reasons)
                .withFix("Run 'mvn clean verify' to remove reports left by earlier builds")
                .withDetail(ignored.stream()
                        .map(r -> settings.display(r.file()) + ": " + r.reason().explanation())
                        .collect(Collectors.joining("\n"))));
    }

    private Finding malformedFinding(Path file, Integer line, String problem) {
        String shown = settings.display(file);
        return Finding.of(
                        CertifyCodes.REPORT_MALFORMED,
                        GateStatus.HOLD,
                        "Test report " + shown + (line == null ? "" : " line " + line) + " is malformed: " + problem)
                .withFile(shown, line)
                .withFix("Run 'mvn clean verify' to write it again; if it stays broken the test JVM probably "
                        + "crashed (look for *.dumpstream files in " + settings.display(file.getParent()) + ")");
    }

    private static boolean isFailsafe(TestSuiteReport report) {
        Path parent = report.file().getParent();
        return parent != null && parent.getFileName().toString().contains("failsafe");
    }

    private String reproduce(TestSuiteReport report, String selector) {
        return "Run '" + settings.mvn("verify", "-D" + testProperty(report) + "=" + selector) + "' to reproduce";
    }

    /** Failsafe selects tests with it.test; surefire with test. */
    private static String testProperty(TestSuiteReport report) {
        return isFailsafe(report) ? "it.test" : "test";
    }

    static String plural(int count, String noun) {
        if (count == 1) {
            return count + " " + noun;
        }
        return count + " " + noun + (noun.endsWith("s") ? "es" : "s");
    }
}
