package dev.gatekeeper.snapshot;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.List;

/**
 * A unified diff (three lines of context) between the committed snapshot and what the product produced now.
 * Texts are compared line by line; line terminators are not compared, so normalise first if they matter.
 */
public final class SnapshotDiff {
    private static final int CONTEXT_LINES = 3;

    private final List<String> lines;
    private final int changedLines;

    private SnapshotDiff(List<String> lines, int changedLines) {
        this.lines = List.copyOf(lines);
        this.changedLines = changedLines;
    }

    /**
     * @param expectedLabel shown after {@code ---}, usually the snapshot file
     * @param actualLabel   shown after {@code +++}, usually "actual output of profile x"
     */
    public static SnapshotDiff between(String expected, String actual, String expectedLabel, String actualLabel) {
        List<String> expectedLines = expected.lines().toList();
        List<String> actualLines = actual.lines().toList();
        Patch<String> patch = DiffUtils.diff(expectedLines, actualLines);
        if (patch.getDeltas().isEmpty()) {
            return new SnapshotDiff(List.of(), 0);
        }
        int changed = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            changed += delta.getSource().size() + delta.getTarget().size();
        }
        return new SnapshotDiff(
                UnifiedDiffUtils.generateUnifiedDiff(expectedLabel, actualLabel, expectedLines, patch, CONTEXT_LINES),
                changed);
    }

    public boolean identical() {
        return lines.isEmpty();
    }

    /** Lines removed from the expected text plus lines added by the actual one; a changed line counts twice. */
    public int changedLines() {
        return changedLines;
    }

    /** The whole diff, one line per {@code \n}-terminated line; empty when {@link #identical()}. */
    public String full() {
        return join(lines);
    }

    /**
     * At most {@code maxLines} lines of the diff (headers included), then, if anything was cut, the line
     * "{@code … N more diff lines in <fullDiffLocation>}"; short enough for a console or a finding.
     */
    public String bounded(int maxLines, String fullDiffLocation) {
        if (maxLines < 0) {
            throw new IllegalArgumentException("maxLines must not be negative, was " + maxLines);
        }
        if (lines.size() <= maxLines) {
            return full();
        }
        int omitted = lines.size() - maxLines;
        return join(lines.subList(0, maxLines)) + "… " + omitted + " more diff line" + (omitted == 1 ? "" : "s")
                + " in " + fullDiffLocation + "\n";
    }

    @Override
    public String toString() {
        return full();
    }

    private static String join(List<String> someLines) {
        return someLines.isEmpty() ? "" : String.join("\n", someLines) + "\n";
    }
}
