package dev.gatekeeper.snapshot;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes what legitimately differs between two runs of the product (absolute paths, timestamps,
 * durations, UUIDs) so that the rest can be compared byte for byte.
 *
 * <p>Order of work: line endings become {@code \n}; literal paths become their placeholders (longest
 * first); the replacements run in the order given; finally a non-empty text is made to end with exactly
 * the newline it had or one added, so that {@code "a\n"} and {@code "a"} normalise to the same text.
 */
public final class Normalizer {

    /**
     * One regular-expression rewrite.
     *
     * @param pattern what to find
     * @param with    the replacement; {@code $1} refers to a group of {@code pattern}, {@code \$} is a dollar
     */
    public record Replacement(Pattern pattern, String with) {
        public Replacement {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(with, "with");
        }

        public static Replacement of(String regex, String with) {
            return new Replacement(Pattern.compile(regex), with);
        }
    }

    /** A date with a time of day, optional seconds, fraction, zone offset and Java's {@code [Region/City]}. */
    private static final String TIMESTAMP = "\\b\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?"
            + "(?:Z|[+-]\\d{2}(?::?\\d{2})?)?(?:\\[[A-Za-z0-9_/+-]+])?(?![\\w:])";

    /** {@code java.time.Duration#toString()}: PT1.5S, PT2H3M, PT-0.25S, P2DT3H. */
    private static final String ISO_DURATION = "\\bP(?:\\d+D)?T(?:-?\\d+(?:\\.\\d+)?[HMS]){1,3}\\b";

    /**
     * A number directly followed by a time unit. A bare "m" is left out on purpose: "5 m" is as likely
     * metres as minutes. The look-behind keeps "1.2.3s", "v2s" and "item-3s" intact.
     */
    private static final String NUMBER_WITH_TIME_UNIT = "(?<![\\w./-])\\d+(?:\\.\\d+)?\\s?"
            + "(?:ns|[µμu]s|ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?)(?![\\w-])";

    private static final String UUID =
            "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b";

    /** A literal path ends where the path ends, not inside a longer name: /work/app must not hit /work/apple. */
    private static final String PATH_END = "(?![\\w-])";

    private final List<Replacement> replacements;
    private final Pattern literalPaths;
    private final Map<String, String> placeholderByPath;

    /**
     * @param replacements applied in this order after the literal paths
     * @param literalPaths absolute path (as text) to placeholder, e.g. {@code /work/app/profiles/demo} to
     *                     {@code <profile>}; a path written with backslashes is also matched with forward slashes
     */
    public Normalizer(List<Replacement> replacements, Map<String, String> literalPaths) {
        this.replacements = List.copyOf(replacements);
        this.placeholderByPath = withForwardSlashVariants(literalPaths);
        this.literalPaths = placeholderByPath.isEmpty()
                ? null
                : Pattern.compile(placeholderByPath.keySet().stream()
                        .sorted(Comparator.comparingInt(String::length)
                                .reversed()
                                .thenComparing(Comparator.naturalOrder()))
                        .map(Pattern::quote)
                        .collect(Collectors.joining("|", "(?:", ")" + PATH_END)));
    }

    /** The {@link #defaults()} replacements plus the given literal paths. */
    public static Normalizer withDefaults(Map<String, String> literalPaths) {
        return new Normalizer(defaults(), literalPaths);
    }

    /**
     * Conservative rewrites of values that change from run to run: ISO-8601 timestamps to {@code <timestamp>}
     * (a date alone stays), ISO durations and numbers with a time unit to {@code <duration>}, UUIDs to
     * {@code <uuid>}. Ordinary numbers, version strings and counts such as "5 items" are left alone.
     */
    public static List<Replacement> defaults() {
        return List.of(
                Replacement.of(UUID, "<uuid>"),
                Replacement.of(TIMESTAMP, "<timestamp>"),
                Replacement.of(ISO_DURATION, "<duration>"),
                Replacement.of(NUMBER_WITH_TIME_UNIT, "<duration>"));
    }

    public String normalize(String text) {
        String result = text.replace("\r\n", "\n").replace('\r', '\n');
        if (literalPaths != null) {
            result = literalPaths
                    .matcher(result)
                    .replaceAll(match -> Matcher.quoteReplacement(placeholderByPath.get(match.group())));
        }
        for (Replacement replacement : replacements) {
            result = replacement.pattern().matcher(result).replaceAll(replacement.with());
        }
        return result.isEmpty() || result.endsWith("\n") ? result : result + "\n";
    }

    private static Map<String, String> withForwardSlashVariants(Map<String, String> literalPaths) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : literalPaths.entrySet()) {
            String path = Objects.requireNonNull(entry.getKey(), "literal path");
            String placeholder = Objects.requireNonNull(entry.getValue(), "placeholder for " + path);
            if (path.isEmpty()) {
                throw new IllegalArgumentException(
                        "an empty literal path would match everywhere (placeholder " + placeholder + ")");
            }
            all.put(path, placeholder);
        }
        // Windows tools print C:\work\app as well as C:/work/app; an explicit entry for the variant wins.
        for (Map.Entry<String, String> entry : literalPaths.entrySet()) {
            if (entry.getKey().indexOf('\\') >= 0) {
                all.putIfAbsent(entry.getKey().replace('\\', '/'), entry.getValue());
            }
        }
        return all;
    }
}
