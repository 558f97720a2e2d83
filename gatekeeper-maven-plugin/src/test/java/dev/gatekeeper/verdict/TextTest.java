package dev.gatekeeper.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0 ms",
        "850, 850 ms",
        "999, 999 ms",
        "1000, 1.0 s",
        "3240, 3.2 s",
        "59940, 59.9 s",
        "59960, 1 min 0 s",
        "125000, 2 min 5 s",
        "3599400, 59 min 59 s",
        "3723000, 1 h 2 min"
    })
    void formatsDurationsTheWayPeopleSayThem(long millis, String expected) {
        assertThat(Text.duration(millis)).isEqualTo(expected);
    }

    @Test
    void truncatesToTheLimitEndingInAnEllipsis() {
        String cut = Text.truncate("a".repeat(150), 100);

        assertThat(cut).hasSize(100).endsWith("…").startsWith("a".repeat(99));
        assertThat(Text.truncate("short", 100)).isEqualTo("short");
        assertThat(Text.truncate("a".repeat(100), 100)).isEqualTo("a".repeat(100));
    }

    @Test
    void truncationNeverSplitsACharacterOutsideTheBasicPlane() {
        String emoji = "\uD83D\uDE00";

        String cut = Text.truncate(emoji.repeat(10), 5);

        assertThat(cut).isEqualTo(emoji.repeat(4) + "…");
    }

    @Test
    void oneLineCollapsesLineBreaks() {
        assertThat(Text.oneLine("first\r\nsecond\n\tthird ")).isEqualTo("first second third");
    }
}
