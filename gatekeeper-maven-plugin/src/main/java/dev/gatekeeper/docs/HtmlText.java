package dev.gatekeeper.docs;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Descriptions from a plugin descriptor as plain text: HTML tags removed, entities decoded, white
 * space collapsed. Only real HTML element names count as tags, so a placeholder such as
 * {@code <goal-name>} in a description survives.
 */
final class HtmlText {
    private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)(?:\\s[^<>]*)?/?>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]+);");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?:^|[^A-Za-z])(?:e\\.g|i\\.e|etc|vs|cf)\\.$");
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "big", "cite", "code", "em", "i", "kbd", "q", "s", "samp", "small", "span", "strong",
            "sub", "sup", "tt", "u", "var");
    private static final Set<String> BLOCK = Set.of(
            "address",
            "blockquote",
            "br",
            "caption",
            "dd",
            "div",
            "dl",
            "dt",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "img",
            "li",
            "ol",
            "p",
            "pre",
            "table",
            "tbody",
            "td",
            "th",
            "thead",
            "tr",
            "ul");

    private HtmlText() {}

    static String plain(String html) {
        if (html == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(java.util.Locale.ROOT);
            String replacement = INLINE.contains(name) ? "" : BLOCK.contains(name) ? " " : tag.group();
            tag.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        tag.appendTail(out);
        return decodeEntities(out.toString()).replaceAll("\\s+", " ").strip();
    }

    /** Up to and including the first sentence's full stop; common abbreviations do not end a sentence. */
    static String firstSentence(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find()) {
            String sentence = text.substring(0, end.end());
            if (!ABBREVIATION.matcher(sentence).find()) {
                return sentence;
            }
        }
        return text;
    }

    private static String decodeEntities(String text) {
        StringBuilder out = new StringBuilder();
        Matcher entity = ENTITY.matcher(text);
        while (entity.find()) {
            entity.appendReplacement(out, Matcher.quoteReplacement(decode(entity.group(1), entity.group())));
        }
        entity.appendTail(out);
        return out.toString();
    }

    private static String decode(String name, String whole) {
        if (name.startsWith("#")) {
            int codePoint = name.startsWith("#x") || name.startsWith("#X")
                    ? Integer.parseInt(name.substring(2), 16)
                    : Integer.parseInt(name.substring(1));
            return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : whole;
        }
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "mdash" -> "\u2014";
            case "ndash" -> "\u2013";
            case "hellip" -> "\u2026";
            default -> whole;
        };
    }
}
