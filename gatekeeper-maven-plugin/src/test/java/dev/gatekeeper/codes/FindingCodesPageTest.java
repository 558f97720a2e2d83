package dev.gatekeeper.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.FindingCode;
import dev.gatekeeper.core.GateStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated page: a table per gate, in the catalogue's order, with cells that cannot break a row. */
class FindingCodesPageTest {

    @Test
    void aTablePerGateWithCodeSeverityMeaningAndFix() {
        String page = FindingCodesPage.render(List.of(
                List.of(new FindingCode("SMOKE_X", "smoke", GateStatus.HOLD, "a | b", "run it\nagain")),
                List.of(new FindingCode("RELEASE_PLAN_Y", "release-plan", GateStatus.WARN, "m", "f"))));

        assertThat(page).isEqualTo("""
                ### smoke

                | Code | Severity | Meaning | Fix |
                | --- | --- | --- | --- |
                | `SMOKE_X` | HOLD | a \\| b | run it again |

                ### release-plan

                | Code | Severity | Meaning | Fix |
                | --- | --- | --- | --- |
                | `RELEASE_PLAN_Y` | WARN | m | f |
                """);
    }

    @Test
    void angleBracketsOutsideCodeSpansAreShownNotReadAsHtml() {
        assertThat(FindingCodesPage.cell("Correct <executable>; `<timeout>` & `a|b`"))
                .isEqualTo("Correct &lt;executable&gt;; `<timeout>` &amp; `a\\|b`");
    }

    @Test
    void thePageListsEveryCatalogueGateByGate() {
        String page = FindingCodesPage.render(FindingCatalogue.byGate());

        assertThat(page)
                .startsWith("### certify\n")
                .contains(
                        "\n### release-plan\n",
                        "\n### guard\n",
                        "| `SMOKE_NOT_PACKAGED` | ERROR |",
                        "| `SMOKE_GATE_ERROR` | ERROR |",
                        "| `SBOM_PARTIAL_REACTOR` | SKIPPED |");
        for (FindingCode code : FindingCatalogue.all()) {
            assertThat(page).contains("| `" + code.code() + "` |");
        }
    }
}
