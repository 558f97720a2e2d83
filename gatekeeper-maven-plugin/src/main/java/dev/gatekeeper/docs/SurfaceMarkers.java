package dev.gatekeeper.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the surface blocks of a doc: an opening marker {@code <!-- gatekeeper:surface NAME -->} and a
 * closing marker {@code <!-- /gatekeeper:surface -->}, each alone on its line. Markers inside code
 * blocks are examples, not markers.
 */
final class SurfaceMarkers {
    private static final Pattern OPEN = Pattern.compile("<!--\\s*gatekeeper:surface(?:\\s+(\\S*?))?\\s*-->");
    private static final Pattern CLOSE = Pattern.compile("<!--\\s*/gatekeeper:surface\\s*-->");

    /** A block: the surface it names and the 0-based lines of its markers. */
    record Block(String name, int openLine, int closeLine) {
        /** Whether the 0-based line lies between the markers or on one of them. */
        boolean covers(int line) {
            return line >= openLine && line <= closeLine;
        }
    }

    /** Markers that do not pair up; {@code line} is 0-based. */
    record Problem(int line, String message) {}

    record Markers(List<Block> blocks, List<Problem> problems) {}

    private SurfaceMarkers() {}

    static Markers find(MarkdownDoc doc) {
        List<Block> blocks = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Integer openLine = null;
        String openName = null;
        List<String> lines = doc.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (doc.inCodeBlock(i)) {
                continue;
            }
            String line = lines.get(i).strip();
            Matcher open = OPEN.matcher(line);
            if (open.matches()) {
                if (openLine != null) {
                    problems.add(new Problem(
                            openLine,
                            "The block of surface '" + openName + "' is not closed before the next "
                                    + "opening marker on line " + (i + 1) + "; blocks cannot nest"));
                }
                openLine = i;
                openName = open.group(1) == null ? "" : open.group(1);
            } else if (CLOSE.matcher(line).matches()) {
                if (openLine == null) {
                    problems.add(new Problem(i, "A closing surface marker has no opening marker before it"));
                } else {
                    blocks.add(new Block(openName, openLine, i));
                    openLine = null;
                }
            }
        }
        if (openLine != null) {
            problems.add(new Problem(
                    openLine,
                    "The block of surface '" + openName + "' has no closing marker <!-- /gatekeeper:surface -->"));
        }
        return new Markers(blocks, problems);
    }
}
