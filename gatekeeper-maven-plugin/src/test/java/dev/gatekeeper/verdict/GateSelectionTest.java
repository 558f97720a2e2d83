package dev.gatekeeper.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GateSelectionTest {

    @Test
    void anEmptyListSelectsEveryGate() {
        for (String list : new String[] {null, "", " , "}) {
            GateSelection selection = GateSelection.parse(list);
            assertThat(selection.all()).isTrue();
            assertThat(selection.selects("certify")).isTrue();
            assertThat(selection.gates()).isEmpty();
        }
    }

    @Test
    void selectsOnlyTheNamedGatesInCanonicalOrder() {
        GateSelection selection = GateSelection.parse(" smoke, SBOM ,release-plan");

        assertThat(selection.all()).isFalse();
        assertThat(selection.selects("sbom")).isTrue();
        assertThat(selection.selects("release-plan")).isTrue();
        assertThat(selection.selects("certify")).isFalse();
        assertThat(selection.gates()).containsExactly("smoke", "sbom", "release-plan");
    }

    @Test
    void unknownNamesAreRefusedNamingTheValidOnes() {
        assertThatThrownBy(() -> GateSelection.parse("sbom,smok,tests"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gatekeeper.gates=sbom,smok,tests names unknown gates smok, tests; the gates are "
                        + "certify, snapshot, audit, smoke, sbom, fixtures, docs, release-plan");
    }
}
