package dev.gatekeeper.smoke;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What running an {@link EntryPoint} showed.
 *
 * @param passed        started, finished in time, allowed exit code, expected output present
 * @param failureReason one line saying why it did not pass, or null
 * @param commandLine   the command as it may be shown in evidence
 * @param exitCode      the exit code, or null when killed or never started
 * @param timedOut      whether the JVM was killed at the timeout
 * @param output        merged stdout and stderr, redacted and bounded to {@link EntryPointRun#MAX_OUTPUT_LINES}
 * @param omittedLines  how many lines between the head and the tail of {@code output} were left out
 * @param logFile       the complete, redacted output
 * @param duration      wall time of the run
 * @param jdkVersion    the version of the JDK it ran on, "unknown" when neither its release file nor
 *                      {@code java -version} said
 * @param missingClass  the output names {@code NoClassDefFoundError} or {@code ClassNotFoundException}
 * @param usageText     the output reads like usage text ("Usage:", "Options:", an option list)
 */
public record EntryPointResult(
        boolean passed,
        String failureReason,
        String commandLine,
        Integer exitCode,
        boolean timedOut,
        List<String> output,
        int omittedLines,
        Path logFile,
        Duration duration,
        String jdkVersion,
        boolean missingClass,
        boolean usageText) {

    public EntryPointResult {
        output = output == null ? List.of() : List.copyOf(output);
    }

    public String outputText() {
        return String.join("\n", output);
    }

    /** The first {@code count} lines of the output. */
    public List<String> firstLines(int count) {
        return output.subList(0, Math.min(count, output.size()));
    }
}
