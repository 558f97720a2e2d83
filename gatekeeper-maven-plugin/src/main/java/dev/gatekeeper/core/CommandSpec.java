package dev.gatekeeper.core;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A command a gate runs: an executable and its arguments, never a shell string, so nothing in an
 * argument is ever interpreted by a shell.
 *
 * @param name             identifies the command in findings; also its log file's name, so it is
 *                         restricted to letters, digits, '.', '_' and '-'
 * @param executable       a program on the PATH, or a path (anything with a separator) resolved
 *                         against {@code workingDirectory}
 * @param arguments        passed to the executable as they are
 * @param workingDirectory where the command runs; null means the gate decides
 * @param environment      added to the environment the build runs with
 * @param timeout          after this the command and every process it started are killed
 * @param allowedExitCodes exit codes that count as success; empty means {0}
 * @param maxOutputBytes   output (standard output and error together) beyond which the command is
 *                         ended and fails; see {@link #DEFAULT_MAX_OUTPUT_BYTES}
 */
public record CommandSpec(
        String name,
        String executable,
        List<String> arguments,
        Path workingDirectory,
        Map<String, String> environment,
        Duration timeout,
        Set<Integer> allowedExitCodes,
        long maxOutputBytes) {

    /** The output cap when none is configured: 1024 MB, {@code gatekeeper.commands.maxOutputMegabytes}. */
    public static final int DEFAULT_MAX_OUTPUT_MEGABYTES = 1024;
    /** The user property of the output cap, shared by every goal that runs commands. */
    public static final String MAX_OUTPUT_PROPERTY = "gatekeeper.commands.maxOutputMegabytes";

    public static final long DEFAULT_MAX_OUTPUT_BYTES = megabytes(DEFAULT_MAX_OUTPUT_MEGABYTES);

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    public CommandSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(executable, "executable");
        Objects.requireNonNull(timeout, "timeout");
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "command name '" + name + "' may only contain letters, digits, '.', '_' and '-'");
        }
        if (executable.isBlank()) {
            throw new IllegalArgumentException("command '" + name + "' has no executable");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("command '" + name + "' needs a positive timeout, got " + timeout);
        }
        if (environment != null
                && environment.entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
            throw new IllegalArgumentException(
                    "command '" + name + "' has an environment variable without a name or value");
        }
        if (maxOutputBytes <= 0) {
            throw new IllegalArgumentException(
                    "command '" + name + "' needs a positive output limit, got " + maxOutputBytes);
        }
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        // LinkedHashMap rather than Map.copyOf: keeps the configured order for display.
        environment = environment == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        allowedExitCodes =
                allowedExitCodes == null || allowedExitCodes.isEmpty() ? Set.of(0) : Set.copyOf(allowedExitCodes);
    }

    /** A command with the default output cap. */
    public CommandSpec(
            String name,
            String executable,
            List<String> arguments,
            Path workingDirectory,
            Map<String, String> environment,
            Duration timeout,
            Set<Integer> allowedExitCodes) {
        this(
                name,
                executable,
                arguments,
                workingDirectory,
                environment,
                timeout,
                allowedExitCodes,
                DEFAULT_MAX_OUTPUT_BYTES);
    }

    public CommandSpec withWorkingDirectory(Path directory) {
        return new CommandSpec(
                name, executable, arguments, directory, environment, timeout, allowedExitCodes, maxOutputBytes);
    }

    public CommandSpec withMaxOutputBytes(long limit) {
        return new CommandSpec(
                name, executable, arguments, workingDirectory, environment, timeout, allowedExitCodes, limit);
    }

    /** Megabytes (MiB) as bytes. */
    public static long megabytes(long megabytes) {
        return megabytes * 1024 * 1024;
    }

    /** How a timeout reads in a message: "800 ms", "60 s". */
    public static String readable(Duration timeout) {
        return timeout.toMillis() < 1000 || timeout.toMillis() % 1000 != 0
                ? timeout.toMillis() + " ms"
                : timeout.toSeconds() + " s";
    }

    /** Whether the executable is a path rather than a name looked up on the PATH. */
    public boolean executableIsPath() {
        return executable.indexOf('/') >= 0 || executable.indexOf(File.separatorChar) >= 0;
    }
}
