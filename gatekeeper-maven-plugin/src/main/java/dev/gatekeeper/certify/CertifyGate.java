package dev.gatekeeper.certify;

import static dev.gatekeeper.certify.TestReportCheck.plural;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Certifies that a module's tests really ran and passed in this build: no skip flags, no failed,
 * stale or broken reports, and every configured certify command passing within its timeout.
 */
public final class CertifyGate implements Gate {

    private final CertifySettings settings;

    public CertifyGate(CertifySettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return GateId.CERTIFY.goal();
    }

    @Override
    public void evaluate(GateEvaluation evaluation) throws Exception {
        reportSkipFlags(evaluation);
        // Commands first: one may write reports (an extra test suite) that must then be counted.
        int commandsPassed = new CommandCheck(settings).runAll(evaluation);
        TestReportCheck.Totals totals = new TestReportCheck(settings).check(evaluation);
        reportNoTestsRan(totals, evaluation);
        evaluation.summary(summary(totals, commandsPassed));
    }

    private void reportSkipFlags(GateEvaluation evaluation) {
        for (Map.Entry<String, String> flag : settings.testSkipFlags().entrySet()) {
            evaluation.add(Finding.of(
                            CertifyCodes.TESTS_SKIPPED_BY_FLAG,
                            GateStatus.HOLD,
                            "Tests were skipped with -D" + flag.getKey() + "=" + flag.getValue()
                                    + "; a merge-ready build must run them")
                    .withFix("Run 'mvn verify -Pmerge-ready' without -D" + flag.getKey()));
        }
    }

    private void reportNoTestsRan(TestReportCheck.Totals totals, GateEvaluation evaluation) {
        // A skip flag or a malformed report already holds the merge and says why no tests were counted.
        if (!settings.hasTestSources()
                || totals.executed() > 0
                || !settings.testSkipFlags().isEmpty()
                || totals.malformed() > 0) {
            return;
        }
        if (totals.reports() == 0 && settings.buildCacheActive()) {
            reportRestored(totals, evaluation);
            return;
        }
        String why;
        if (totals.reports() == 0) {
            why = totals.ignored() > 0
                    ? "no test report was written by this build (" + plural(totals.ignored(), "older report")
                            + " ignored)"
                    : "no test report was written";
        } else if (totals.tests() == 0) {
            why = plural(totals.reports(), "report") + " list no test that ran"
                    + (totals.skippedClasses() > 0
                            ? " (" + plural(totals.skippedClasses(), "test class") + " skipped as a whole)"
                            : "");
        } else {
            why = "all " + plural(totals.tests(), "test") + " in " + plural(totals.reports(), "report")
                    + " were skipped";
        }
        evaluation.add(Finding.of(
                        CertifyCodes.NO_TESTS_RAN,
                        GateStatus.HOLD,
                        "The module has test sources but no test ran: " + why)
                .withFix("Run 'mvn clean verify -Pmerge-ready' and check that surefire finds the tests "
                        + "(its includes and test framework provider)"));
    }

    /**
     * The build cache extension skips surefire and failsafe in a module it restores: no report is written,
     * and the reports of the build that filled the cache are not this build's. Said as what it is, not as a
     * test set-up that finds no tests; it still holds, since nothing ran here to certify.
     */
    private void reportRestored(TestReportCheck.Totals totals, GateEvaluation evaluation) {
        evaluation.add(Finding.of(
                        CertifyCodes.RESTORED_FROM_BUILD_CACHE,
                        GateStatus.HOLD,
                        "No test ran in this build: the Maven Build Cache Extension restored the module from its cache"
                                + " instead of building it"
                                + (totals.ignored() > 0
                                        ? " (" + plural(totals.ignored(), "older report") + " not counted)"
                                        : ""))
                .withFix("Run the merge-ready build with -Dmaven.build.cache.skipCache=true: the extension then"
                        + " builds and tests every module and still fills its cache"));
    }

    private String summary(TestReportCheck.Totals totals, int commandsPassed) {
        List<String> parts = new ArrayList<>();
        if (totals.reports() > 0) {
            String tests = plural(totals.passed(), "test") + " passed in " + plural(totals.reports(), "report");
            if (totals.skipped() > 0) {
                tests += ", " + totals.skipped() + " skipped";
            }
            if (totals.flaky() > 0) {
                tests += ", " + totals.flaky() + " flaky";
            }
            parts.add(tests);
        } else if (!settings.hasTestSources()) {
            parts.add("no test sources");
        } else if (settings.buildCacheActive()) {
            parts.add("no test ran in this build (restored from the build cache)");
        } else {
            parts.add("no test reports");
        }
        if (!settings.commands().isEmpty()) {
            parts.add(commandsPassed + " of " + plural(settings.commands().size(), "command") + " passed");
        }
        return String.join("; ", parts);
    }
}
