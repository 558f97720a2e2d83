package dev.gatekeeper.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

    @Test
    void identicalTextsHaveAnEmptyDiff() {
        SnapshotDiff diff = SnapshotDiff.between("a\nb\n", "a\nb\n", "expected.json", "actual");

        assertThat(diff.identical()).isTrue();
        assertThat(diff.full()).isEmpty();
        assertThat(diff.bounded(5, "target/diff.txt")).isEmpty();
        assertThat(diff.changedLines()).isZero();
    }

    @Test
    void changedLineIsShownWithThreeLinesOfContextAndLabelledHeaders() {
        String expected = numberedLines(1, 10);
        String actual = expected.replace("line 5\n", "line five\n");

        SnapshotDiff diff = SnapshotDiff.between(expected, actual, "src/test/snapshots/demo.json", "demo (actual)");

        assertThat(diff.identical()).isFalse();
        assertThat(diff.full()).isEqualTo("""
                --- src/test/snapshots/demo.json
                +++ demo (actual)
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8
                """);
        assertThat(diff.changedLines()).isEqualTo(2);
    }

    @Test
    void changedLinesCountsAddedAndRemovedLines() {
        SnapshotDiff diff = SnapshotDiff.between("a\nb\nc\n", "a\nx\ny\nc\nd\n", "e", "a");

        assertThat(diff.changedLines()).as("-b, +x, +y, +d").isEqualTo(4);
        assertThat(diff.full()).contains("-b\n", "+x\n", "+y\n", "+d\n");
    }

    @Test
    void distantChangesGetSeparateHunks() {
        String expected = numberedLines(1, 30);
        String actual = expected.replace("line 2\n", "line two\n").replace("line 28\n", "line twenty-eight\n");

        String full = SnapshotDiff.between(expected, actual, "e", "a").full();

        assertThat(full.lines().filter(line -> line.startsWith("@@"))).hasSize(2);
    }

    @Test
    void boundedDiffStopsAfterMaxLinesAndSaysWhereTheRestIs() {
        SnapshotDiff diff = SnapshotDiff.between(numberedLines(1, 20), numberedLines(101, 120), "e", "a");
        int total = diff.full().lines().toList().size();

        String bounded = diff.bounded(5, "target/gatekeeper/snapshot/demo.diff");

        assertThat(total).isEqualTo(3 + 40);
        assertThat(bounded).isEqualTo("""
                --- e
                +++ a
                @@ -1,20 +1,20 @@
                -line 1
                -line 2
                … 38 more diff lines in target/gatekeeper/snapshot/demo.diff
                """);
    }

    @Test
    void boundedDiffThatFitsIsTheFullDiff() {
        SnapshotDiff diff = SnapshotDiff.between("a\n", "b\n", "e", "a");

        assertThat(diff.full().lines()).hasSize(5);
        assertThat(diff.bounded(5, "x.diff")).isEqualTo(diff.full());
        assertThat(diff.bounded(4, "x.diff")).endsWith("-a\n… 1 more diff line in x.diff\n");
    }

    @Test
    void negativeBoundIsRejected() {
        SnapshotDiff diff = SnapshotDiff.between("a", "b", "e", "a");

        assertThatThrownBy(() -> diff.bounded(-1, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingExpectedTextShowsEveryActualLineAsAdded() {
        SnapshotDiff diff = SnapshotDiff.between("", "{\n}\n", "none", "actual");

        assertThat(diff.changedLines()).isEqualTo(2);
        assertThat(diff.full()).contains("+{\n", "+}\n");
    }

    private static String numberedLines(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
    }
}
