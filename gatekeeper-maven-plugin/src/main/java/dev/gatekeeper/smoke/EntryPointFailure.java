package dev.gatekeeper.smoke;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateStatus;
import java.util.Set;

/**
 * The finding for an entry point that did not pass, with a fix that fits what its output shows: a class
 * missing at run time blames the published classpath, usage text after an unexpected exit code suggests
 * {@code expectedExitCodes}, anything else asks to read the output.
 */
final class EntryPointFailure {
    /** How many lines of the output the finding shows. */
    static final int FIRST_LINES = 10;

    private EntryPointFailure() {}

    /**
     * @param command      the command as shown (shell-quoted, without the classpath)
     * @param expected     the exit codes that would have passed
     * @param logFileShown the complete output's file, as findings show it
     */
    static Finding finding(EntryPointResult result, String command, Set<Integer> expected, String logFileShown) {
        Integer exit = result.exitCode();
        boolean unexpectedExit = exit != null && !expected.contains(exit);
        boolean usage = unexpectedExit && !result.missingClass() && result.usageText();
        String firstLine = result.output().stream()
                .filter(line -> !line.isBlank())
                .findFirst()
                .orElse("");
        String message = "The entry point failed on JDK " + result.jdkVersion() + ": " + result.failureReason()
                + (usage ? "; its output looks like usage text: " + firstLine : "");
        String fix;
        if (result.missingClass()) {
            fix = "A class is missing at run time: a dependency the entry point needs is scoped provided or test, or "
                    + "missing from the published POM; run it with the published runtime classpath and read the error: "
                    + command;
        } else if (usage) {
            fix = "If printing usage and exiting " + exit + " is on purpose, add <expectedExitCodes><expectedExitCode>"
                    + exit
                    + "</expectedExitCode></expectedExitCodes> to the gatekeeper-maven-plugin's <configuration> "
                    + "(or -Dgatekeeper.smoke.expectedExitCodes=" + exit + "), or set <arguments> to ones that exit "
                    + ExitCodes.describe(expected) + "; the command: " + command;
        } else if (unexpectedExit) {
            fix = "If exit code " + exit
                    + " is intended, add it to <expectedExitCodes> in the gatekeeper-maven-plugin's "
                    + "<configuration>; otherwise run it with the published runtime classpath and read its output: "
                    + command;
        } else {
            fix = "Run it with the published runtime classpath and read its output: " + command;
        }
        String shown = String.join("\n", result.firstLines(FIRST_LINES));
        int more =
                result.output().size() - Math.min(FIRST_LINES, result.output().size()) + result.omittedLines();
        String detail = more > 0 ? shown + "\n[… " + more + " more lines in " + logFileShown + "]" : shown;
        Finding finding = Finding.of(SmokeCodes.ENTRY_POINT_FAILED, GateStatus.FAIL, message)
                .withFix(fix)
                .withDetail(detail)
                .withAttribute("command", result.commandLine())
                .withAttribute("expectedExitCodes", ExitCodes.describe(expected));
        return exit == null ? finding : finding.withAttribute("exitCode", String.valueOf(exit));
    }
}
