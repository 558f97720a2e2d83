package dev.gatekeeper.smoke;

import java.util.regex.Pattern;

/**
 * Checks Maven coordinate parts before they become directory names or POM text. Anything outside
 * the strict set could climb out of a repository ({@code ..}, separators) or break out of the XML
 * it is written into ({@code <}, {@code &}), so it is refused rather than escaped.
 */
final class Coordinates {
    private static final Pattern SAFE_PART = Pattern.compile("[A-Za-z0-9_.-]+");

    private Coordinates() {}

    /** Returns {@code value} when it is a safe coordinate part, else throws naming {@code what}. */
    static String requireSafe(String what, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        if (!SAFE_PART.matcher(value).matches()
                || value.contains("..")
                || value.startsWith(".")
                || value.endsWith(".")) {
            throw new IllegalArgumentException(
                    what + " '" + value + "' may only contain letters, digits, '_', '.' and '-',"
                            + " and may neither start nor end with '.' nor contain '..'");
        }
        return value;
    }

    /** Like {@link #requireSafe} but null (or empty) means "absent" and comes back as null. */
    static String optionalSafe(String what, String value) {
        return value == null || value.isEmpty() ? null : requireSafe(what, value);
    }
}
