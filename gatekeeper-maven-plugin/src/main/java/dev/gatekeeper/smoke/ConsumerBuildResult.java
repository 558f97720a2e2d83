package dev.gatekeeper.smoke;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a forked consumer build did.
 *
 * @param success        the build exited 0 and everything it resolved lies in the clean repository
 * @param exitCode       Maven's exit code, or null when it timed out or never started
 * @param timedOut       whether the build was killed at its timeout
 * @param classpath      the resolved runtime classpath (empty for plugin goals and failures)
 * @param logFile        the build's complete, redacted output
 * @param logTail        the last lines of that output
 * @param errorLines     Maven's {@code [ERROR]} lines, the first ones, for findings
 * @param duration       wall time of the forked build
 * @param failureReason  one line saying why the build did not succeed, or null
 */
public record ConsumerBuildResult(
        boolean success,
        Integer exitCode,
        boolean timedOut,
        List<Path> classpath,
        Path logFile,
        List<String> logTail,
        List<String> errorLines,
        Duration duration,
        String failureReason) {

    public ConsumerBuildResult {
        classpath = classpath == null ? List.of() : List.copyOf(classpath);
        logTail = logTail == null ? List.of() : List.copyOf(logTail);
        errorLines = errorLines == null ? List.of() : List.copyOf(errorLines);
    }

    public String logTailText() {
        return String.join("\n", logTail);
    }
}
