package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatekeeper.core.GateStatus;
import org.junit.jupiter.api.Test;

class ConsumerGraphPolicyTest {
    private static GraphDifference difference(GraphDifference.Kind kind) {
        return new GraphDifference("g", "a", null, "2.0", "1.0", kind, "why", null, false);
    }

    @Test
    void unsetIsWarnAndCaseDoesNotMatter() {
        assertThat(ConsumerGraphPolicy.parse(null)).isEqualTo(ConsumerGraphPolicy.WARN);
        assertThat(ConsumerGraphPolicy.parse(" ")).isEqualTo(ConsumerGraphPolicy.WARN);
        assertThat(ConsumerGraphPolicy.parse("hold_downgrades")).isEqualTo(ConsumerGraphPolicy.HOLD_DOWNGRADES);
        assertThat(ConsumerGraphPolicy.parse(" off ")).isEqualTo(ConsumerGraphPolicy.OFF);
    }

    @Test
    void badValueNamesThePropertyAndTheValues() {
        assertThatThrownBy(() -> ConsumerGraphPolicy.parse("FAIL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gatekeeper.smoke.consumerGraph is 'FAIL'; use WARN, HOLD, HOLD_DOWNGRADES or OFF");
    }

    @Test
    void holdDowngradesHoldsOnlyDowngrades() {
        assertThat(ConsumerGraphPolicy.HOLD_DOWNGRADES.severity(difference(GraphDifference.Kind.DOWNGRADE)))
                .isEqualTo(GateStatus.HOLD);
        assertThat(ConsumerGraphPolicy.HOLD_DOWNGRADES.severity(difference(GraphDifference.Kind.UPGRADE)))
                .isEqualTo(GateStatus.WARN);
        assertThat(ConsumerGraphPolicy.HOLD.severity(difference(GraphDifference.Kind.ONLY_FOR_CONSUMERS)))
                .isEqualTo(GateStatus.HOLD);
        assertThat(ConsumerGraphPolicy.WARN.severity(difference(GraphDifference.Kind.DOWNGRADE)))
                .isEqualTo(GateStatus.WARN);
    }
}
