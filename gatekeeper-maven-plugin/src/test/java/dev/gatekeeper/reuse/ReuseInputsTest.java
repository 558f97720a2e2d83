package dev.gatekeeper.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a gate's inputs compare: by name and value, in the gate's order, whatever order the record kept them in. */
class ReuseInputsTest {
    @Test
    void equalInputsInAnotherOrderAreUnchanged() {
        ReuseInputs inputs = ReuseInputs.of(ordered("configuration", "c1", "dependency-graph", "d1", "java", "17"));

        assertThat(inputs.changedFrom(ordered("java", "17", "dependency-graph", "d1", "configuration", "c1")))
                .isEmpty();
    }

    @Test
    void everyChangedValueIsNamedInTheGatesOrderThenTheNamesOnlyTheRecordHas() {
        ReuseInputs inputs =
                ReuseInputs.of(ordered("configuration", "c2", "dependency-graph", "d1", "java", "21", "poms", "p1"));

        assertThat(inputs.changedFrom(
                        ordered("sbom", "s1", "java", "17", "dependency-graph", "d1", "configuration", "c1")))
                .containsExactly("configuration", "java", "poms", "sbom");
    }

    @Test
    void aValueIsComparedExactly() {
        ReuseInputs inputs = ReuseInputs.of(ordered("dependency-graph", "abc"));

        assertThat(inputs.changedFrom(ordered("dependency-graph", "ABC"))).containsExactly("dependency-graph");
        assertThat(inputs.changedFrom(ordered("dependency-graph", "abc "))).containsExactly("dependency-graph");
    }

    @Test
    void anInputWithoutAValueIsAProgrammingErrorNamingIt() {
        Map<String, String> digests = new HashMap<>();
        digests.put("poms", null);

        assertThatThrownBy(() -> ReuseInputs.of(digests))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("input poms");
        assertThatThrownBy(() -> ReuseInputs.never(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aGateThatNeverReusesSaysWhyAndHasNoInputs() {
        ReuseInputs never = ReuseInputs.never("it does not name its inputs");

        assertThat(never.reusable()).isFalse();
        assertThat(never.neverReason()).isEqualTo("it does not name its inputs");
        assertThat(never.digests()).isEmpty();
        assertThat(ReuseInputs.of(ordered("a", "1")).neverReason()).isNull();
    }

    @Test
    void afterARunOnlyTheGatesOwnOutputsMayHaveChanged() {
        ReuseInputs before = ReuseInputs.of(ordered("configuration", "c1", "sbom", "old"), Set.of("sbom"));

        ReuseInputs written =
                before.afterRun(ReuseInputs.of(ordered("configuration", "c1", "sbom", "new"), Set.of("sbom")));
        ReuseInputs edited =
                before.afterRun(ReuseInputs.of(ordered("configuration", "c2", "sbom", "new"), Set.of("sbom")));

        assertThat(written.reusable()).isTrue();
        assertThat(written.digests()).containsEntry("sbom", "new");
        assertThat(edited.reusable()).isFalse();
        assertThat(edited.neverReason()).isEqualTo("its inputs changed while it ran: configuration, sbom");
    }

    @Test
    void aGateWithoutOutputsKeepsTheInputsItWasJudgedOn() {
        ReuseInputs before = ReuseInputs.of(ordered("configuration", "c1"));

        assertThat(before.afterRun(ReuseInputs.of(ordered("configuration", "c2"))))
                .isSameAs(before);
    }

    @Test
    void theInputsCannotBeChangedAfterwards() {
        Map<String, String> digests = ordered("a", "1");
        ReuseInputs inputs = ReuseInputs.of(digests);

        digests.put("a", "2");

        assertThat(inputs.digests()).containsEntry("a", "1");
        assertThatThrownBy(() -> inputs.digests().put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Map<String, String> ordered(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
