package dev.gatekeeper.mojo;

import dev.gatekeeper.snapshot.SnapshotCaseRules;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code <snapshot>} of the snapshot goal, as written in the POM. Exactly one of
 * {@code mainClass}, {@code jar} and {@code executable} says how the product is run.
 */
public class SnapshotCaseConfig {
    /** Names the case: its row in the verdict is {@code snapshot:<name>}. */
    String name;

    /** A main class run on the module's runtime classpath in a forked JVM. */
    String mainClass;

    /** An executable jar run with {@code java -jar}. */
    File jar;

    /** An external program; a relative path with a separator is resolved against the working directory. */
    String executable;

    /** May contain {@code ${profile}} and {@code ${output}} (or {@code @{profile}}, {@code @{output}}). */
    List<String> arguments = new ArrayList<>();

    /** Options for the forked JVM (main class or jar only). */
    List<String> jvmArguments = new ArrayList<>();

    File workingDirectory;

    Map<String, String> environment = new LinkedHashMap<>();

    /** The profile directory, relative to the module; {@code -Dgatekeeper.profile} overrides it. */
    String profile;

    /** Defaults to {@code <snapshotDirectory>/<name>/<profile directory name>.json} (or {@code .txt}). */
    File snapshotFile;

    /** {@code json} or {@code text}; defaults to json when the snapshot file or a schema says so. */
    String format;

    /** A JSON Schema the output must satisfy. */
    File schema;

    String timeout = "2m";

    List<Integer> allowedExitCodes = new ArrayList<>(List.of(0));

    List<ReplacementConfig> replacements = new ArrayList<>();

    /** JSON Pointers removed before comparing, e.g. {@code /generatedAt} or {@code /items/*&#47;id}. */
    List<String> ignoredPointers = new ArrayList<>();

    /** Whether the built-in normalisers (timestamps, durations, UUIDs) apply. */
    boolean defaultNormalizers = true;

    /** Whether {@code name} can name a case ({@link SnapshotCaseRules#isValidName}). */
    static boolean isValidName(String name) {
        return SnapshotCaseRules.isValidName(name);
    }

    /** A {@code <replacement>}: every match of {@code pattern} becomes {@code with} ($1 refers to groups). */
    public static class ReplacementConfig {
        String pattern;
        String with = "";
    }
}
