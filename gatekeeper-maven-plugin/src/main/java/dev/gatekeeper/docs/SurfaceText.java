package dev.gatekeeper.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How surface content becomes Markdown, in one place so that every run renders it byte for byte the same. */
final class SurfaceText {
    /** CSI sequences (colours, cursor moves), OSC sequences (titles, hyperlinks), and other two-character escapes. */
    private static final Pattern ANSI = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)|\u001B[@-Z\\\\-_]");

    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private SurfaceText() {}

    /**
     * Text as a block shows it: ANSI escapes removed, line ends made LF, trailing whitespace removed
     * from every line, trailing blank lines dropped.
     */
    static String clean(String raw) {
        String text = ANSI.matcher(raw).replaceAll("").replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }

    /** A fenced code block, its fence longer than any run of backticks inside so the content cannot close it. */
    static String fenced(String language, String content) {
        int longest = 0;
        Matcher m = BACKTICKS.matcher(content);
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + language + "\n" + (content.isEmpty() ? "" : content + "\n") + fence;
    }

    /** The code block language for a file: from its extension, text when unknown. */
    static String languageOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String extension = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "json" -> "json";
            case "xml" -> "xml";
            case "yaml", "yml" -> "yaml";
            case "properties" -> "properties";
            default -> "text";
        };
    }

    /** A Markdown table row; cells are already escaped. */
    static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    /** Plain text made safe for a table cell: a '|' would end the cell and a '<' could start an HTML tag. */
    static String cell(String text) {
        return text.replace("|", "\\|").replace("<", "\\<");
    }

    /** Inline code, for a table cell. */
    static String code(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String escaped = text.replace("|", "\\|");
        return escaped.contains("`") ? "`` " + escaped + " ``" : "`" + escaped + "`";
    }
}
