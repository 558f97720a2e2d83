package dev.gatekeeper.core;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A command printed for a person to paste into a POSIX shell, built from its words: each word the
 * shell would read differently is single-quoted, so a test name, module path or coordinate that
 * holds {@code ;}, {@code $( )}, a space or a glob is passed as it is and runs nothing else.
 */
public final class ShellWords {
    /** Characters no POSIX shell gives a meaning to; '#' starts a comment only at the start of a word. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-][A-Za-z0-9_@%+=:,./#-]*");

    private ShellWords() {}

    /** The words joined by spaces, each quoted when it needs to be: {@code mvn verify '-Dtest=A#b c'}. */
    public static String join(List<String> words) {
        return String.join(" ", words.stream().map(ShellWords::quote).toList());
    }

    /** The word as a shell reads it back: as it is when plain, else in single quotes. */
    public static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
