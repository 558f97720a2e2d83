package dev.gatekeeper.core;

import java.util.regex.Pattern;

/**
 * Text from inputs (a test name, a report's message, a command's output) made safe for a terminal and
 * for every file it is copied into: terminal escape sequences and every other control character but
 * newline and tab are removed (as the JUnit XML writer already drops what XML cannot hold). A test named {@code t\u001b]0;pwned\u0007}
 * would otherwise retitle, clear or recolour the console of whoever reads the build log.
 */
public final class PrintableText {
    /** CSI (colours, cursor moves, clearing) and OSC (titles, hyperlinks) sequences, and lone escapes. */
    private static final Pattern ESCAPE_SEQUENCE = Pattern.compile(
            "\\u001b\\[[0-?]*[ -/]*[@-~]|\\u001b\\][^\\u0007\\u001b]*(?:\\u0007|\\u001b\\\\)?|\\u009b[0-?]*[ -/]*[@-~]");

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private PrintableText() {}

    /** {@code text} without escape sequences and other control characters; null stays null. */
    public static String of(String text) {
        if (text == null || !needsCleaning(text)) {
            return text;
        }
        String withoutSequences =
                ESCAPE_SEQUENCE.matcher(text.replace("\r\n", "\n")).replaceAll("");
        return CONTROL.matcher(withoutSequences).replaceAll("");
    }

    private static boolean needsCleaning(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\t' && Character.isISOControl(c)) {
                return true;
            }
        }
        return false;
    }
}
