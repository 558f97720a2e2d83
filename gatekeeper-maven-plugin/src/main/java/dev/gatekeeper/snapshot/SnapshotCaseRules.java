package dev.gatekeeper.snapshot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules a configured snapshot case must meet, and the defaults it gets: its name, its profile, its
 * format and where its snapshot file lives. A broken rule is an {@link IllegalArgumentException} whose
 * message names the case and the element to fix; the goal reports it as the build's error.
 */
public final class SnapshotCaseRules {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private SnapshotCaseRules() {}

    /**
     * Whether {@code name} can name a case: letters, digits, '.', '_' and '-', not starting with '.'. The
     * name is a directory under the snapshot directory, so {@code ..} would put the case's files above it.
     */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The case's name, checked; {@code where} names the entry ("snapshot <snapshots> entry 2"). */
    public static String name(String name, String where) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException(
                    where + " needs a <name> of letters, digits, '.', '_' and '-', not starting with '.'"
                            + (name == null ? "" : " (was '" + name + "')"));
        }
        return name;
    }

    /**
     * The fixture directory the product scans: {@code -Dgatekeeper.profile} (relative to the execution root)
     * wins over the case's {@code <profile>} (relative to the module).
     */
    public static Path profile(String override, Path executionRoot, String configured, Path basedir, String where) {
        if (override != null && !override.isBlank()) {
            return executionRoot.resolve(override).normalize();
        }
        if (configured == null || configured.isBlank()) {
            throw new IllegalArgumentException(
                    where + " has no <profile>; name the fixture directory the product scans, "
                            + "or pass -Dgatekeeper.profile=<dir>");
        }
        return basedir.resolve(configured).normalize();
    }

    /** The configured {@code <format>}, or JSON when the snapshot file is {@code .json} or a schema is set, else text. */
    public static SnapshotCase.Format format(String configured, Path snapshotFile, boolean hasSchema, String where) {
        if (configured != null) {
            try {
                return SnapshotCase.Format.valueOf(configured.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        where + " has <format>" + configured + "</format>; use json or text");
            }
        }
        boolean jsonFile =
                snapshotFile != null && snapshotFile.getFileName().toString().endsWith(".json");
        return jsonFile || hasSchema ? SnapshotCase.Format.JSON : SnapshotCase.Format.TEXT;
    }

    /** The configured snapshot file, or {@code <snapshotDirectory>/<name>/<profile's name>.<json|txt>}. */
    public static Path snapshotFile(
            Path configured, Path snapshotDirectory, String name, Path profile, SnapshotCase.Format format) {
        return configured != null
                ? configured
                : snapshotDirectory.resolve(name).resolve(profile.getFileName() + "." + format.extension());
    }

    /** One configured {@code <replacement>}: every match of {@code pattern} becomes {@code with}. */
    public record ReplacementRule(String pattern, String with) {}

    /** The replacements, each pattern compiled; a missing or broken pattern is named. */
    public static List<Normalizer.Replacement> replacements(List<ReplacementRule> rules, String where) {
        List<Normalizer.Replacement> replacements = new ArrayList<>();
        for (ReplacementRule rule : rules) {
            if (rule.pattern() == null || rule.pattern().isEmpty()) {
                throw new IllegalArgumentException(where + " has a <replacement> without a <pattern>");
            }
            try {
                replacements.add(new Normalizer.Replacement(
                        Pattern.compile(rule.pattern()), rule.with() == null ? "" : rule.with()));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(
                        where + " has a <replacement> whose <pattern> is not a regular expression: "
                                + e.getDescription() + " in '" + rule.pattern() + "'");
            }
        }
        return replacements;
    }
}
