package dev.gatekeeper.verdict;

import dev.gatekeeper.core.GateResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict as an aligned plain-text table for the build log, followed by the headline. The caller
 * adds its own log prefix to each line.
 */
public final class VerdictTable {
    /** Longest reason shown in full; longer ones end in an ellipsis. */
    public static final int MAX_REASON_LENGTH = 100;

    private static final List<String> HEADER = List.of("GATE", "MODULE", "STATUS", "DURATION", "REASON");
    private static final String COLUMN_GAP = "  ";

    private VerdictTable() {}

    public static List<String> render(Verdict verdict) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (GateResult result : verdict.results()) {
            rows.add(List.of(
                    Text.oneLine(result.label()),
                    Text.oneLine(result.moduleName()),
                    Text.status(result),
                    Text.duration(result.durationMillis()),
                    Text.truncate(Text.oneLine(Text.reason(result)), MAX_REASON_LENGTH)));
        }
        int[] widths = columnWidths(rows);
        List<String> lines = new ArrayList<>(rows.size() + 1);
        for (List<String> row : rows) {
            lines.add(layOut(row, widths));
        }
        lines.add(verdict.headline());
        return lines;
    }

    private static int[] columnWidths(List<List<String>> rows) {
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], displayLength(row.get(column)));
            }
        }
        return widths;
    }

    private static String layOut(List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < row.size(); column++) {
            String cell = row.get(column);
            line.append(cell);
            if (column < row.size() - 1) {
                line.append(" ".repeat(widths[column] - displayLength(cell))).append(COLUMN_GAP);
            }
        }
        // An empty reason would otherwise leave the padding of the previous columns behind.
        return line.toString().stripTrailing();
    }

    private static int displayLength(String cell) {
        return cell.codePointCount(0, cell.length());
    }
}
