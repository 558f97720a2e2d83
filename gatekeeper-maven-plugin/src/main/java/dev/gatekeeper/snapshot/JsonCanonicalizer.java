package dev.gatekeeper.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One canonical text per JSON value: ignored parts removed, object keys sorted (by UTF-16 code units,
 * recursively), array order kept, two-space indentation, {@code \n} line endings and a final newline.
 * Two outputs are then equal as JSON exactly when their canonical texts are equal.
 *
 * <p>Nothing here recurses: removal walks the pointer's segments and printing keeps its own stack, so
 * the depth a document may have is limited only by Jackson's stream limits.
 */
public final class JsonCanonicalizer {
    private static final String INDENT = "  ";
    private static final String WILDCARD = "*";

    /**
     * @param text              the canonical JSON
     * @param unmatchedPointers the ignored pointers that removed nothing, in the order given (likely typos)
     */
    public record Canonical(String text, List<String> unmatchedPointers) {
        public Canonical {
            unmatchedPointers = List.copyOf(unmatchedPointers);
        }
    }

    private JsonCanonicalizer() {}

    /** The canonical text; see {@link #canonicalizeAndReport} for the pointer semantics. */
    public static String canonicalize(String json, List<String> ignoredPointers) throws InvalidJsonException {
        return canonicalizeAndReport(json, ignoredPointers).text();
    }

    /**
     * Parses {@code json} (exactly one value; trailing text, repeated keys and malformed input are
     * {@link InvalidJsonException}s), removes every node each pointer addresses, and prints the rest canonically.
     *
     * <p>Pointers follow RFC 6901 ({@code ~1} is "/", {@code ~0} is "~") with one addition: a segment
     * {@code *} matches every member of an object or element of an array, so {@code /items/*}{@code /id}
     * removes the id of every item. Consequently a key that is literally "*" cannot be addressed alone.
     * Removing an array element removes it from the array (later elements move up). Pointers are applied in
     * the order given, each to the result of the previous ones. A pointer that matches nothing is not an error.
     *
     * @throws IllegalArgumentException if a pointer is not a JSON Pointer (does not start with "/", or has a
     *                                  "~" not followed by 0 or 1); the root itself cannot be ignored
     */
    public static Canonical canonicalizeAndReport(String json, List<String> ignoredPointers)
            throws InvalidJsonException {
        List<List<String>> parsedPointers = new ArrayList<>();
        for (String pointer : ignoredPointers) {
            parsedPointers.add(segments(pointer));
        }
        JsonNode root = StrictJson.parse(json);
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < parsedPointers.size(); i++) {
            if (remove(root, parsedPointers.get(i)) == 0) {
                unmatched.add(ignoredPointers.get(i));
            }
        }
        return new Canonical(print(root), unmatched);
    }

    private static List<String> segments(String pointer) {
        if (pointer == null || !pointer.startsWith("/")) {
            throw new IllegalArgumentException("ignored JSON pointer '" + pointer
                    + "' must start with '/' (RFC 6901), e.g. /generatedAt or /items/*/id");
        }
        List<String> segments = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            segments.add(unescape(raw, pointer));
        }
        return segments;
    }

    private static String unescape(String segment, String pointer) {
        StringBuilder result = new StringBuilder(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '~') {
                result.append(c);
                continue;
            }
            char next = i + 1 < segment.length() ? segment.charAt(i + 1) : ' ';
            if (next != '0' && next != '1') {
                throw new IllegalArgumentException("ignored JSON pointer '" + pointer
                        + "' has '~' not followed by 0 or 1; write ~0 for '~' and ~1 for '/'");
            }
            result.append(next == '0' ? '~' : '/');
            i++;
        }
        return result.toString();
    }

    /** Removes what the segments address below root; returns how many nodes were removed. */
    private static int remove(JsonNode root, List<String> segments) {
        List<JsonNode> parents = List.of(root);
        for (String segment : segments.subList(0, segments.size() - 1)) {
            List<JsonNode> children = new ArrayList<>();
            for (JsonNode parent : parents) {
                if (WILDCARD.equals(segment)) {
                    parent.elements().forEachRemaining(children::add);
                } else {
                    JsonNode child = child(parent, segment);
                    if (child != null) {
                        children.add(child);
                    }
                }
            }
            parents = children;
        }
        String last = segments.get(segments.size() - 1);
        int removed = 0;
        for (JsonNode parent : parents) {
            if (WILDCARD.equals(last)) {
                removed += parent.size();
                if (parent instanceof ObjectNode object) {
                    object.removeAll();
                } else if (parent instanceof ArrayNode array) {
                    array.removeAll();
                }
            } else if (child(parent, last) != null) {
                if (parent instanceof ObjectNode object) {
                    object.remove(last);
                } else {
                    ((ArrayNode) parent).remove(arrayIndex(last));
                }
                removed++;
            }
        }
        return removed;
    }

    private static JsonNode child(JsonNode parent, String segment) {
        if (parent.isObject()) {
            return parent.get(segment);
        }
        if (parent.isArray()) {
            int index = arrayIndex(segment);
            return index >= 0 ? parent.get(index) : null;
        }
        return null;
    }

    /** RFC 6901 array index: digits without leading zeros; anything else (including "-") addresses nothing. */
    private static int arrayIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 9 || (segment.length() > 1 && segment.charAt(0) == '0')) {
            return -1;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(segment);
    }

    /** An open array or object being printed: its remaining children and the depth of those children. */
    private static final class Open {
        final Iterator<Map.Entry<String, JsonNode>> children;
        final boolean object;
        final int depth;
        boolean first = true;

        Open(Iterator<Map.Entry<String, JsonNode>> children, boolean object, int depth) {
            this.children = children;
            this.object = object;
            this.depth = depth;
        }
    }

    private static String print(JsonNode root) {
        StringBuilder out = new StringBuilder();
        Deque<Open> stack = new ArrayDeque<>();
        printValue(root, 1, out, stack);
        while (!stack.isEmpty()) {
            Open open = stack.peek();
            if (open.children.hasNext()) {
                Map.Entry<String, JsonNode> child = open.children.next();
                out.append(open.first ? "\n" : ",\n").append(INDENT.repeat(open.depth));
                open.first = false;
                if (open.object) {
                    appendString(child.getKey(), out).append(": ");
                }
                printValue(child.getValue(), open.depth + 1, out, stack);
            } else {
                stack.pop();
                out.append('\n').append(INDENT.repeat(open.depth - 1)).append(open.object ? '}' : ']');
            }
        }
        return out.append('\n').toString();
    }

    /** Prints a scalar or empty container whole; opens a non-empty container and pushes it. */
    private static void printValue(JsonNode node, int childDepth, StringBuilder out, Deque<Open> stack) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.properties().forEach(property -> sorted.put(property.getKey(), property.getValue()));
            out.append('{');
            stack.push(new Open(sorted.entrySet().iterator(), true, childDepth));
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            List<Map.Entry<String, JsonNode>> elements = new ArrayList<>(node.size());
            node.elements().forEachRemaining(element -> elements.add(Map.entry("", element)));
            out.append('[');
            stack.push(new Open(elements.iterator(), false, childDepth));
        } else if (node.isTextual()) {
            appendString(node.textValue(), out);
        } else {
            // Numbers print as read (BigDecimal keeps "1.50"); true, false and null print as themselves.
            out.append(node.asText());
        }
    }

    private static StringBuilder appendString(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
