package dev.gatekeeper.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.artifact.versioning.ComparableVersion;

/** What counts as a release version, which version is planned, and which versions could come next. */
public final class ReleaseVersions {
    static final String SNAPSHOT_SUFFIX = "-SNAPSHOT";
    private static final Pattern RELEASE = Pattern.compile("\\d+(\\.\\d+)*([.-][0-9A-Za-z]+)*");
    /** A segment that stands for any number, as in {@code 1.5.x} or {@code 2.x}: a line of versions, a branch. */
    private static final Pattern WILDCARD_SEGMENT = Pattern.compile("(?:^|[.-])[xX](?=$|[.-])");

    private static final Pattern NUMERIC_PART = Pattern.compile("^(\\d+(?:\\.\\d+)*)(.*)$");

    private ReleaseVersions() {}

    /** The explicit version when given, else the project version without {@code -SNAPSHOT}. */
    public static String planned(String explicit, String projectVersion) {
        if (explicit != null && !explicit.isBlank()) {
            return explicit.trim();
        }
        if (projectVersion == null) {
            return "";
        }
        return projectVersion.endsWith(SNAPSHOT_SUFFIX)
                ? projectVersion.substring(0, projectVersion.length() - SNAPSHOT_SUFFIX.length())
                : projectVersion;
    }

    /**
     * Whether a project version says that its branch plans no release: a SNAPSHOT whose first
     * segment (up to the first '.' or '-') is not a number ({@code HEAD-SNAPSHOT},
     * {@code master-SNAPSHOT}, {@code LATEST-SNAPSHOT}) or is a run of three or more nines
     * ({@code 999-SNAPSHOT}, {@code 9999.0-SNAPSHOT}), the usual "newest, never released" versions.
     */
    public static boolean plansNoRelease(String projectVersion) {
        if (projectVersion == null || !projectVersion.endsWith(SNAPSHOT_SUFFIX)) {
            return false;
        }
        String first = projectVersion.substring(0, projectVersion.length() - SNAPSHOT_SUFFIX.length())
                .split("[.-]", 2)[0];
        return !first.isEmpty()
                && !first.contains("${")
                && (!first.chars().allMatch(Character::isDigit) || first.matches("9{3,}"));
    }

    /**
     * Whether {@code version} can be released as it is: starts with a digit, uses only letters,
     * digits, '.' and '-', is not a SNAPSHOT, holds no unresolved expression and has no segment
     * {@code x} that stands for any number ({@code 1.5.x}, {@code 2.x}: a maintenance line, a
     * branch). Pre-releases ({@code 2.0.0-RC1}, {@code 3.0.0.M1}) and qualified releases
     * ({@code 5.0.0.RELEASE}, {@code 1.2.0.Final}) are release versions; so are {@code 1.5} and {@code 1}.
     */
    public static boolean isRelease(String version) {
        return version != null
                && RELEASE.matcher(version).matches()
                && !version.toUpperCase(Locale.ROOT).contains("SNAPSHOT")
                && !namesABranch(version);
    }

    /** Whether {@code version} has a segment {@code x} or {@code X} that stands for any number. */
    static boolean namesABranch(String version) {
        return WILDCARD_SEGMENT.matcher(version).find();
    }

    /** Why {@code version} is not a release version, for the finding's message. */
    static String whyNotRelease(String version) {
        if (version == null || version.isEmpty()) {
            return "it is empty";
        }
        if (version.contains("${")) {
            return "it holds an unresolved expression";
        }
        if (version.toUpperCase(Locale.ROOT).contains("SNAPSHOT")) {
            return "it is still a SNAPSHOT";
        }
        if (!Character.isDigit(version.charAt(0))) {
            return "it does not start with a digit";
        }
        if (!version.matches("[0-9A-Za-z.-]+")) {
            return "only letters, digits, '.' and '-' are allowed";
        }
        if (namesABranch(version)) {
            return "'x' stands for any number: " + version + " names a line of versions (a branch), not one release";
        }
        return "it is not of the form 1.2.3 or 1.2.3-qualifier";
    }

    public static int compare(String left, String right) {
        return new ComparableVersion(left).compareTo(new ComparableVersion(right));
    }

    /**
     * The smallest sensible versions after {@code latest}: the next patch and the next minor
     * version (1.3.0 → 1.3.1, 1.4.0), or the plain version a pre-release leads to (1.3.0-rc1 → 1.3.0).
     */
    static List<String> nextAfter(String latest) {
        Matcher matcher = NUMERIC_PART.matcher(latest);
        if (!matcher.matches()) {
            return List.of();
        }
        List<Long> numbers = new ArrayList<>();
        for (String part : matcher.group(1).split("\\.")) {
            numbers.add(Long.parseLong(part));
        }
        while (numbers.size() < 3) {
            numbers.add(0L);
        }
        List<String> next = new ArrayList<>();
        String base = join(numbers);
        if (!matcher.group(2).isEmpty() && compare(base, latest) > 0) {
            next.add(base);
        } else {
            List<Long> patch = new ArrayList<>(numbers);
            patch.set(patch.size() - 1, patch.get(patch.size() - 1) + 1);
            next.add(join(patch));
        }
        List<Long> minor = new ArrayList<>(numbers.subList(0, 2));
        minor.set(1, minor.get(1) + 1);
        for (int i = 2; i < numbers.size(); i++) {
            minor.add(0L);
        }
        next.add(join(minor));
        return next;
    }

    private static String join(List<Long> numbers) {
        return String.join(".", numbers.stream().map(String::valueOf).toList());
    }
}
