package dev.gatekeeper.release;

import dev.gatekeeper.core.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The sections of a changelog: the headings of a Markdown file (any level, ATX or setext), the
 * {@code <release version="…">} elements of the maven-changes-plugin's {@code changes.xml}, or, in
 * a plain-text or AsciiDoc file, the lines that start with the version, after heading markers
 * ({@code #}, {@code =}, {@code *}) and up to three of the words release, version, changes, in,
 * for, of ({@code == 1.2.3}, {@code Version 1.2.3}, {@code *** Release 1.2.3 ***}).
 */
final class Changelog {
    private static final String VERSION_END = "(?![\\w-]|\\.\\w)";

    private final List<Section> sections;
    private final Function<String, Pattern> patternFor;

    private Changelog(List<Section> sections, Function<String, Pattern> patternFor) {
        this.sections = sections;
        this.patternFor = patternFor;
    }

    /**
     * Reads {@code file} by its kind: {@code .md} and {@code .markdown} as Markdown, {@code .xml} as
     * a changes.xml, anything else ({@code .txt}, {@code .adoc}, {@code .rst}, no extension) as plain text.
     *
     * @throws IllegalArgumentException when a changes.xml is not well-formed XML, naming the problem and line
     */
    static Changelog read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml")) {
            try (InputStream in = Files.newInputStream(file)) {
                return changesXml(in);
            }
        }
        // read leniently: a changelog in ISO-8859-1 (commons-lang's RELEASE-NOTES.txt) has ASCII version headings all
        // the same
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return name.endsWith(".md") || name.endsWith(".markdown") ? parse(text) : plain(text);
    }

    /** Whether the file named {@code name} is read as a changes.xml. */
    static boolean isChangesXml(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    /**
     * A section for {@code version} written as the file named {@code name} is read, for a fix: a
     * Markdown heading, a changes.xml {@code <release>}, an AsciiDoc or reStructuredText heading, or
     * a plain line; never a Markdown heading in a file that is not Markdown.
     */
    static String sectionExample(String name, String version) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return "a section '## [" + version + "] - <date>'";
        }
        if (isChangesXml(lower)) {
            return "a section <release version=\"" + version + "\" date=\"YYYY-MM-DD\">";
        }
        if (lower.endsWith(".adoc") || lower.endsWith(".asciidoc")) {
            return "a section '== " + version + "'";
        }
        if (lower.endsWith(".rst")) {
            return "a section '" + version + "' (the version on its own line, underlined with -----)";
        }
        return "a line 'Release " + version + "' (the version at the start of a line)";
    }

    static Changelog plain(String text) {
        List<Section> sections = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                sections.add(new Section(lines[i].trim(), i + 1));
            }
        }
        return new Changelog(
                sections,
                version -> Pattern.compile(
                        "^(?:[#=*]+\\s*)?(?:(?:release|version|changes|in|for|of)\\s+){0,3}\\[?[vV]?"
                                + Pattern.quote(version) + VERSION_END,
                        Pattern.CASE_INSENSITIVE));
    }

    static Changelog changesXml(InputStream in) {
        List<Section> sections = new ArrayList<>();
        try {
            XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT
                            && reader.getLocalName().equals("release")) {
                        String version = reader.getAttributeValue(null, "version");
                        Integer line = SafeXml.lineOf(reader.getLocation());
                        if (version != null) {
                            sections.add(new Section(
                                    "<release version=\"" + version.trim() + "\">", line == null ? 0 : line));
                        }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            Integer line = SafeXml.lineOf(e.getLocation());
            throw new IllegalArgumentException(
                    "it is not well-formed XML" + (line == null ? "" : " (line " + line + ")") + ": "
                            + SafeXml.problemOf(e),
                    e);
        }
        return new Changelog(sections, version -> Pattern.compile("version=\"" + Pattern.quote(version) + "\""));
    }

    static Changelog parse(String markdown) {
        Node document = Parser.builder()
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .build()
                .parse(markdown);
        List<Section> sections = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                collectText(heading, text);
                int line = heading.getSourceSpans().isEmpty()
                        ? 0
                        : heading.getSourceSpans().get(0).getLineIndex() + 1;
                sections.add(new Section(text.toString().trim(), line));
            }
        });
        return new Changelog(sections, Changelog::tokenPattern);
    }

    private static Pattern tokenPattern(String version) {
        return Pattern.compile("(?<![\\w.-])[vV]?" + Pattern.quote(version) + VERSION_END);
    }

    /**
     * The first section whose heading names {@code version} as a whole word, optionally with a
     * leading {@code v} or in brackets ({@code ## [1.2.0] - 2026-11-24}, {@code # v1.2.0}); a heading
     * that says "Unreleased" is not a release's section even if it mentions the version.
     */
    Optional<Section> sectionFor(String version) {
        Pattern token = patternFor.apply(version);
        return sections.stream()
                .filter(section -> !section.heading().toLowerCase(Locale.ROOT).contains("unreleased"))
                .filter(section -> token.matcher(section.heading()).find())
                .findFirst();
    }

    private static void collectText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text literal) {
                text.append(literal.getLiteral());
            } else if (child instanceof Code code) {
                text.append(code.getLiteral());
            } else if (child instanceof SoftLineBreak) {
                text.append(' ');
            } else {
                collectText(child, text);
            }
        }
    }

    /** @param line 1-based line of the heading */
    record Section(String heading, int line) {}
}
