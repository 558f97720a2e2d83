package dev.gatekeeper.docs;

import dev.gatekeeper.core.IoProblems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * One Markdown file, read as UTF-8 and parsed with commonmark: its lines (for markers and line
 * numbers), its links and images, its inline code spans, the lines inside code blocks, and the anchors
 * a link can point to. The original text is kept so an update can rewrite bytes exactly where it must.
 */
final class MarkdownDoc {
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern HTML_ID =
            Pattern.compile("\\b(?:id|name)\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final char BOM = '\uFEFF';
    /** Larger than any document a person writes; a larger file is not read. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    /** A link or image destination as written, and the 1-based line it is on. */
    record Reference(String destination, int line) {}

    /** An inline code span's text and its 1-based line. */
    record CodeSpan(String text, int line) {}

    private final Path path;
    private final String text;
    private final boolean bom;
    private final String lineSeparator;
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> lineStarts = new ArrayList<>();
    private final Set<Integer> codeBlockLines = new HashSet<>();
    private final List<Reference> links = new ArrayList<>();
    private final List<CodeSpan> codeSpans = new ArrayList<>();
    private final Set<String> anchors = new LinkedHashSet<>();

    private MarkdownDoc(Path path, String decoded) {
        this.path = path;
        this.bom = !decoded.isEmpty() && decoded.charAt(0) == BOM;
        this.text = bom ? decoded.substring(1) : decoded;
        this.lineSeparator = firstLineSeparator(text);
        splitLines();
        collect(PARSER.parse(String.join("\n", lines)));
    }

    static MarkdownDoc read(Path path) throws UnreadableDocException {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new UnreadableDocException(
                        "is " + size / (1024 * 1024) + " MB, larger than any document (the limit is "
                                + MAX_BYTES / (1024 * 1024) + " MB); it was not read");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UnreadableDocException("cannot be read: " + IoProblems.describe(e));
        }
        try {
            return new MarkdownDoc(
                    path,
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes))
                            .toString());
        } catch (CharacterCodingException e) {
            throw new UnreadableDocException("is not UTF-8 text");
        }
    }

    static MarkdownDoc of(Path path, String text) {
        return new MarkdownDoc(path, text);
    }

    Path path() {
        return path;
    }

    /** The text without a byte order mark, with its original line separators. */
    String text() {
        return text;
    }

    /** The file's bytes for {@code newText}: the byte order mark is kept if the file had one. */
    byte[] encode(String newText) {
        return ((bom ? String.valueOf(BOM) : "") + newText).getBytes(StandardCharsets.UTF_8);
    }

    /** The file's line separator ({@code \r\n} or {@code \n}), from its first line. */
    String lineSeparator() {
        return lineSeparator;
    }

    /** The lines without their separators; index 0 is line 1. */
    List<String> lines() {
        return lines;
    }

    /** Offset in {@link #text()} where the 0-based {@code index}th line starts; the text's length past the last. */
    int lineStart(int index) {
        return index < lineStarts.size() ? lineStarts.get(index) : text.length();
    }

    /** Whether the 0-based line is inside a fenced or indented code block. */
    boolean inCodeBlock(int index) {
        return codeBlockLines.contains(index);
    }

    List<Reference> links() {
        return links;
    }

    List<CodeSpan> codeSpans() {
        return codeSpans;
    }

    /** The ids a fragment may name: heading ids as GitHub generates them, and ids or names in raw HTML. */
    Set<String> anchors() {
        return anchors;
    }

    private static String firstLineSeparator(String text) {
        int newline = text.indexOf('\n');
        return newline > 0 && text.charAt(newline - 1) == '\r' ? "\r\n" : "\n";
    }

    private void splitLines() {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                lineStarts.add(start);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        lineStarts.add(start);
    }

    private void collect(Node document) {
        IdGenerator ids = IdGenerator.builder().build();
        walk(document, node -> {
            if (node instanceof Link link) {
                links.add(new Reference(link.getDestination(), lineOf(link)));
            } else if (node instanceof Image image) {
                links.add(new Reference(image.getDestination(), lineOf(image)));
            } else if (node instanceof Code code) {
                codeSpans.add(new CodeSpan(code.getLiteral(), lineOf(code)));
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                markCodeLines(node);
                return false;
            } else if (node instanceof Heading heading) {
                anchors.add(ids.generateId(headingText(heading)));
            } else if (node instanceof HtmlBlock html) {
                addHtmlIds(html.getLiteral());
            } else if (node instanceof HtmlInline html) {
                addHtmlIds(html.getLiteral());
            }
            return true;
        });
    }

    /**
     * Visits {@code root} and its descendants in document order, into the children of those for which
     * {@code visit} returns true. A loop, not commonmark's recursive visitor: 50,000 nested block
     * quotes are a few hundred kilobytes of Markdown and would overflow the stack.
     */
    private static void walk(Node root, Predicate<Node> visit) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        List<Node> children = new ArrayList<>();
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (!visit.test(node)) {
                continue;
            }
            children.clear();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                children.add(child);
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
    }

    private void markCodeLines(Node block) {
        for (SourceSpan span : block.getSourceSpans()) {
            codeBlockLines.add(span.getLineIndex());
        }
    }

    private void addHtmlIds(String html) {
        Matcher m = HTML_ID.matcher(html);
        while (m.find()) {
            anchors.add(m.group(1));
        }
    }

    /** The heading's text as commonmark's heading-anchor extension reads it: its text and code literals. */
    private static String headingText(Heading heading) {
        StringBuilder words = new StringBuilder();
        walk(heading, node -> {
            if (node instanceof Text text) {
                words.append(text.getLiteral());
            } else if (node instanceof Code code) {
                words.append(code.getLiteral());
            }
            return true;
        });
        return words.toString();
    }

    private static int lineOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
    }
}
