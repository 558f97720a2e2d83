package dev.gatekeeper.certify;

import dev.gatekeeper.core.FindingCode;
import dev.gatekeeper.core.GateStatus;
import java.util.List;

/**
 * Every finding code the certify gate emits, each defined once: its usual severity, what it means and
 * what a user does about it. Sites report a constant with their own message (and a specific fix where
 * they know one); {@code docs/finding-codes.md} is generated from these constants.
 */
public final class CertifyCodes {
    static final String GATE = CertifyGate.NAME;

    public static final FindingCode COMMAND_FAILED = code("CERTIFY_COMMAND_FAILED", GateStatus.FAIL,
            "exit code not allowed; output tail attached",
            "run the command shown in its working directory");

    public static final FindingCode COMMAND_LEFT_PROCESSES = code("CERTIFY_COMMAND_LEFT_PROCESSES", GateStatus.WARN,
            "the command exited but processes it started still ran; each named (pid and redacted command line) and ended",
            "stop or `wait` for what the script starts before it exits");

    public static final FindingCode COMMAND_NOT_RUNNABLE = code("CERTIFY_COMMAND_NOT_RUNNABLE", GateStatus.ERROR,
            "the executable is missing or not executable",
            "fix `<executable>`");

    public static final FindingCode COMMAND_OUTPUT_TOO_LARGE = code("CERTIFY_COMMAND_OUTPUT_TOO_LARGE", GateStatus.FAIL,
            "printed more than `gatekeeper.commands.maxOutputMegabytes`; stopped with its processes, tail attached",
            "make the command quieter, or raise the cap");

    public static final FindingCode COMMAND_PASSED = code("CERTIFY_COMMAND_PASSED", GateStatus.PASS,
            "a certification command passed; the finding names its log",
            "Nothing to do (information)");

    public static final FindingCode COMMAND_TIMED_OUT = code("CERTIFY_COMMAND_TIMED_OUT", GateStatus.FAIL,
            "killed at the timeout with its process tree",
            "run it by hand, or raise `<timeout>`");

    public static final FindingCode FLAKY_TEST = code("CERTIFY_FLAKY_TEST", GateStatus.WARN,
            "failed, then passed on a rerun",
            "reproduce with `-Dsurefire.rerunFailingTestsCount=0`");

    public static final FindingCode NO_TESTS_RAN = code("CERTIFY_NO_TESTS_RAN", GateStatus.HOLD,
            "test sources, but no test ran in this build",
            "`mvn clean verify -Pmerge-ready`; check surefire's includes");

    public static final FindingCode REPORT_MALFORMED = code("CERTIFY_REPORT_MALFORMED", GateStatus.HOLD,
            "a report cannot be parsed (names file and line), its `tests` count claims more than the `<testcase>` elements it holds (`tests=\"5\"` and none is not five passed tests; fewer, as surefire writes for a class with `@Nested` classes, is fine: the test cases are counted) or is negative, it disappeared while certify read it, or it is a symbolic link to a file outside its reports directory (not read)",
            "`mvn clean verify`; look for `*.dumpstream`");

    public static final FindingCode STALE_REPORT_IGNORED = code("CERTIFY_STALE_REPORT_IGNORED", GateStatus.PASS,
            "reports from an earlier build were ignored",
            "`mvn clean verify`");

    public static final FindingCode TESTS_SKIPPED = code("CERTIFY_TESTS_SKIPPED", GateStatus.WARN,
            "tests were skipped (`@Disabled`, assumptions, conditions), or a test class was skipped as a whole (its report lists no test); grouped by reason",
            "for an assumption or environment condition: run where that environment exists, or accept the skips; for `@Disabled`/`@Ignore`: remove the annotation or delete the tests");

    public static final FindingCode TESTS_SKIPPED_BY_FLAG = code("CERTIFY_TESTS_SKIPPED_BY_FLAG", GateStatus.HOLD,
            "a test-skipping switch is set",
            "run without the switch");

    public static final FindingCode TEST_FAILED = code("CERTIFY_TEST_FAILED", GateStatus.FAIL,
            "one per failed or errored test",
            "`mvn [-pl module] verify -Dtest=Class#method` (`-Dit.test` for failsafe)");

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
