package dev.gatekeeper.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The sections of a Markdown changelog, found by their headings (any level, ATX or setext). */
final class Changelog {
    private final List<Section> sections;

    private Changelog(List<Section> sections) {
        this.sections = sections;
    }

    static Changelog parse(String markdown) {
        Node document = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build().parse(markdown);
        List<Section> sections = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                collectText(heading, text);
                int line = heading.getSourceSpans().isEmpty() ? 0 : heading.getSourceSpans().get(0).getLineIndex() + 1;
                sections.add(new Section(text.toString().trim(), line));
            }
        });
        return new Changelog(sections);
    }

    /**
     * The first section whose heading names {@code version} as a whole word, optionally with a
     * leading {@code v} or in brackets ({@code ## [1.2.0] - 2026-11-24}, {@code # v1.2.0}); a heading
     * that says "Unreleased" is not a release's section even if it mentions the version.
     */
    Optional<Section> sectionFor(String version) {
        Pattern token = Pattern.compile("(?<![\\w.-])[vV]?" + Pattern.quote(version) + "(?![\\w-]|\\.\\w)");
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
