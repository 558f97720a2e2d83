package dev.gatekeeper.certify;

import dev.gatekeeper.core.FindingCode;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import java.util.List;

/**
 * Every finding code the certify gate emits, each defined once: its usual severity, what it means and
 * what a user does about it. Sites report a constant with their own message (and a specific fix where
 * they know one); {@code docs/finding-codes.md} is generated from these constants.
 */
public final class CertifyCodes {
    static final String GATE = GateId.Goals.CERTIFY;

    public static final FindingCode COMMAND_FAILED = code(
            "CERTIFY_COMMAND_FAILED",
            GateStatus.FAIL,
            "a certification command exited with a code not allowed; the tail of its output is attached",
            "Run the command shown in its working directory and fix what it reports");

    public static final FindingCode COMMAND_LEFT_PROCESSES = code(
            "CERTIFY_COMMAND_LEFT_PROCESSES",
            GateStatus.WARN,
            "a certification command exited but processes it started still ran; each is named and ended (FAIL if one could not be ended)",
            "Stop or wait for what the command starts before it exits");

    public static final FindingCode COMMAND_NOT_RUNNABLE = code(
            "CERTIFY_COMMAND_NOT_RUNNABLE",
            GateStatus.ERROR,
            "a certification command could not start: its executable is missing or not executable",
            "Correct the command's <executable>");

    public static final FindingCode COMMAND_OUTPUT_TOO_LARGE = code(
            "CERTIFY_COMMAND_OUTPUT_TOO_LARGE",
            GateStatus.FAIL,
            "a certification command printed more than `gatekeeper.commands.maxOutputMegabytes` and was stopped with its processes",
            "Make the command quieter, or raise gatekeeper.commands.maxOutputMegabytes");

    public static final FindingCode COMMAND_PASSED = code(
            "CERTIFY_COMMAND_PASSED",
            GateStatus.PASS,
            "a certification command passed; the finding names its log",
            "Nothing to do (information)");

    public static final FindingCode COMMAND_TIMED_OUT = code(
            "CERTIFY_COMMAND_TIMED_OUT",
            GateStatus.FAIL,
            "a certification command was stopped at its timeout with every process it started",
            "Run it by hand to see where it hangs, or raise its <timeout>");

    public static final FindingCode FLAKY_TEST = code(
            "CERTIFY_FLAKY_TEST",
            GateStatus.WARN,
            "a test failed, then passed on a rerun (HOLD with `allowFlaky=false`)",
            "Reproduce it with -Dsurefire.rerunFailingTestsCount=0 and make the test deterministic");

    public static final FindingCode NO_TESTS_RAN = code(
            "CERTIFY_NO_TESTS_RAN",
            GateStatus.HOLD,
            "the module has test sources, but no test ran in this build",
            "Run mvn clean verify -Pmerge-ready, and check the includes of surefire and failsafe");

    public static final FindingCode REPORT_MALFORMED = code(
            "CERTIFY_REPORT_MALFORMED",
            GateStatus.HOLD,
            "a test report cannot be parsed, claims more tests than it holds, disappeared while it was read, or links to a file outside its directory",
            "Run mvn clean verify; a *.dumpstream file beside the report tells why the test JVM broke");

    public static final FindingCode RESTORED_FROM_BUILD_CACHE = code(
            "CERTIFY_RESTORED_FROM_BUILD_CACHE",
            GateStatus.HOLD,
            "the Maven Build Cache Extension restored the module instead of building it: its tests did not run in this build, and the build that filled the cache is not certified by this one",
            "Run the merge-ready build with -Dmaven.build.cache.skipCache=true: every module is built and tested, and the cache is still filled");

    public static final FindingCode STALE_REPORT_IGNORED = code(
            "CERTIFY_STALE_REPORT_IGNORED",
            GateStatus.PASS,
            "test reports from an earlier build were ignored",
            "Run mvn clean verify");

    public static final FindingCode TESTS_SKIPPED = code(
            "CERTIFY_TESTS_SKIPPED",
            GateStatus.WARN,
            "tests were skipped (`@Disabled`, assumptions, conditions), grouped by reason (HOLD over `maxSkipped`)",
            "Remove @Disabled or delete the tests; for an assumption, run where its environment exists or accept the skips");

    public static final FindingCode TESTS_SKIPPED_BY_FLAG = code(
            "CERTIFY_TESTS_SKIPPED_BY_FLAG",
            GateStatus.HOLD,
            "a switch that skips tests is set",
            "Run without the switch");

    public static final FindingCode TEST_FAILED = code(
            "CERTIFY_TEST_FAILED",
            GateStatus.FAIL,
            "a test failed or errored; one finding per test",
            "Rerun it with mvn [-pl module] verify -Dtest=Class#method (-Dit.test for failsafe) and fix it");

    /** The gate broke with an unexpected exception; reported by the goal, not by a check. */
    public static final FindingCode GATE_ERROR = FindingCode.gateError(GATE);

    private CertifyCodes() {}

    /** Every code above, by code. */
    public static List<FindingCode> all() {
        return FindingCode.declaredIn(CertifyCodes.class);
    }

    private static FindingCode code(String code, GateStatus severity, String meaning, String fix) {
        return new FindingCode(code, GATE, severity, meaning, fix);
    }
}
