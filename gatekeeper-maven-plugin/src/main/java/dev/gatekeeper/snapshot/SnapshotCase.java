package dev.gatekeeper.snapshot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One named snapshot case: how to run the product, on which profile, and how to judge its output.
 *
 * @param name             names the case in the verdict ({@code snapshot:<name>}) and its files
 * @param executable       the program (for a main class or a jar, the forked JVM's {@code java})
 * @param arguments        its arguments; {@code ${profile}} and {@code ${output}} (or {@code @{…}}) are
 *                         replaced by the profile directory and the file the run must write
 * @param workingDirectory where the product runs
 * @param environment      added to the inherited environment
 * @param timeout          a run that takes longer is killed with its process tree
 * @param allowedExitCodes exit codes that count as a healthy run
 * @param profile          the profile directory the product scans
 * @param snapshotFile     the committed snapshot this case's output must equal (fixture profiles)
 * @param format           how the output is parsed, normalised and compared
 * @param schema           a JSON Schema the output must satisfy, or null
 * @param normalization    what is rewritten or removed before outputs are compared
 */
public record SnapshotCase(
        String name,
        String executable,
        List<String> arguments,
        Path workingDirectory,
        Map<String, String> environment,
        Duration timeout,
        Set<Integer> allowedExitCodes,
        Path profile,
        Path snapshotFile,
        Format format,
        Path schema,
        Normalization normalization) {

    public enum Format {
        JSON,
        TEXT;

        public String extension() {
            return this == JSON ? "json" : "txt";
        }
    }

    /**
     * @param replacements   regular-expression replacements applied to the output, in order
     * @param ignoredPointers JSON Pointers removed from JSON output ({@code *} matches any key or index)
     * @param defaults       whether the built-in replacements (timestamps, durations, UUIDs) apply too
     */
    public record Normalization(
            List<Normalizer.Replacement> replacements, List<String> ignoredPointers, boolean defaults) {
        public Normalization {
            replacements = List.copyOf(replacements);
            ignoredPointers = List.copyOf(ignoredPointers);
        }
    }

    public SnapshotCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(executable, "executable");
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
        // Sorted, so that messages listing them read the same on every run.
        allowedExitCodes = Collections.unmodifiableSortedSet(
                new TreeSet<>(allowedExitCodes.isEmpty() ? Set.of(0) : allowedExitCodes));
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(snapshotFile, "snapshotFile");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(normalization, "normalization");
    }

    /** Whether the product writes its snapshot to {@code ${output}} rather than to standard output. */
    public boolean writesOutputFile() {
        return arguments.stream().anyMatch(a -> a.contains(OUTPUT) || a.contains(OUTPUT_AT));
    }

    /** The arguments with the placeholders filled in. */
    public List<String> argumentsFor(Path profileDirectory, Path outputFile) {
        return arguments.stream()
                .map(a -> a.replace(PROFILE, profileDirectory.toString())
                        .replace(PROFILE_AT, profileDirectory.toString())
                        .replace(OUTPUT, outputFile.toString())
                        .replace(OUTPUT_AT, outputFile.toString()))
                .toList();
    }

    /** Whether {@code argument} is exactly one of the placeholders the gate fills in. */
    public static boolean isPlaceholder(String argument) {
        return List.of(PROFILE, OUTPUT, PROFILE_AT, OUTPUT_AT).contains(argument.trim());
    }

    static final String PROFILE = "${profile}";
    static final String OUTPUT = "${output}";
    static final String PROFILE_AT = "@{profile}";
    static final String OUTPUT_AT = "@{output}";
}
