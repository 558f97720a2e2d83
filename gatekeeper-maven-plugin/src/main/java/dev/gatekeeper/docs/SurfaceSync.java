package dev.gatekeeper.docs;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Compares a surface block with the surface's current rendering, and rewrites stale blocks. Only the
 * text strictly between the marker lines is compared (line ends and surrounding blank lines aside)
 * and only that text is ever rewritten.
 */
final class SurfaceSync {
    private static final int CONTEXT_LINES = 3;

    /** A stale block, its current rendering, and a unified diff of the doc whose line numbers are the doc's. */
    record Stale(SurfaceMarkers.Block block, String rendered, List<String> diff, int changedLines) {}

    private SurfaceSync() {}

    /** The block's difference from {@code rendered}, or null when it is in sync. */
    static Stale compare(
            MarkdownDoc doc, SurfaceMarkers.Block block, String rendered, String docLabel, String surfaceLabel) {
        List<String> lines = doc.lines();
        int first = block.openLine() + 1;
        int last = block.closeLine() - 1;
        while (first <= last && lines.get(first).isBlank()) {
            first++;
        }
        while (last >= first && lines.get(last).isBlank()) {
            last--;
        }
        String current = String.join("\n", lines.subList(first, last + 1));
        if (current.equals(rendered)) {
            return null;
        }
        List<String> revised = new ArrayList<>(lines.subList(0, first));
        revised.addAll(List.of(rendered.split("\n", -1)));
        revised.addAll(lines.subList(last + 1, lines.size()));
        Patch<String> patch = DiffUtils.diff(lines, revised);
        int changed = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            changed += delta.getSource().size() + delta.getTarget().size();
        }
        List<String> diff =
                UnifiedDiffUtils.generateUnifiedDiff(docLabel, "current " + surfaceLabel, lines, patch, CONTEXT_LINES);
        return new Stale(block, rendered, diff, changed);
    }

    /**
     * The doc's text with every stale block replaced by a blank line, its rendering and a blank line,
     * in the file's own line separator; everything outside the blocks is kept byte for byte.
     */
    static String rewrite(MarkdownDoc doc, List<Stale> stale) {
        String text = doc.text();
        String separator = doc.lineSeparator();
        List<Stale> lastFirst = new ArrayList<>(stale);
        lastFirst.sort(
                Comparator.comparingInt((Stale s) -> s.block().openLine()).reversed());
        for (Stale block : lastFirst) {
            int from = doc.lineStart(block.block().openLine() + 1);
            int to = doc.lineStart(block.block().closeLine());
            String between = separator + block.rendered().replace("\n", separator) + separator + separator;
            text = text.substring(0, from) + between + text.substring(to);
        }
        return text;
    }

    /** At most {@code maxLines} lines of the diff, then where the rest is. */
    static String bounded(List<String> diff, int maxLines, String fullDiffLocation) {
        if (diff.size() <= maxLines) {
            return String.join("\n", diff);
        }
        int omitted = diff.size() - maxLines;
        return String.join("\n", diff.subList(0, maxLines)) + "\n… " + omitted + " more diff line"
                + (omitted == 1 ? "" : "s") + " in " + fullDiffLocation;
    }
}
