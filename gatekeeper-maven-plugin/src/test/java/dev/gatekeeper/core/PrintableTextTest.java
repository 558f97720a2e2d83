package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTextTest {
    @Test
    void colourTitleAndClearSequencesAreRemoved() {
        assertThat(PrintableText.of("t\u001b[2J\u001b]0;pwned\u0007 \u001b[31mred\u001b[0m"))
                .isEqualTo("t red");
    }

    @Test
    void otherControlCharactersAreDroppedButLinesAndTabsStay() {
        assertThat(PrintableText.of("a\u0000b\rc\r\nd\te\u0008")).isEqualTo("abc\nd\te");
    }

    @Test
    void findingsCarryNoControlCharacterInAnyField() {
        Finding finding = Finding.of("X_Y", GateStatus.FAIL, "m\u001b[1m")
                .withFix("f\u0007")
                .withDetail("d\u001b")
                .withFile("a\u0000b", 1)
                .withAttribute("k", "v\u001b[0m");

        assertThat(finding.message()).isEqualTo("m");
        assertThat(finding.fix()).isEqualTo("f");
        assertThat(finding.detail()).isEqualTo("d");
        assertThat(finding.file()).isEqualTo("ab");
        assertThat(finding.attributes()).containsEntry("k", "v");
    }
}
