package dev.gatekeeper.smoke;

import dev.gatekeeper.core.GateStatus;
import java.util.Locale;

/** {@code gatekeeper.smoke.consumerGraph}: how a difference between the tested and the consumer's graph counts. */
public enum ConsumerGraphPolicy {
    /** The graphs are not compared. */
    OFF,
    /** Every difference warns (the default). */
    WARN,
    /** Every difference holds the merge. */
    HOLD,
    /** A downgrade (the consumer gets a lower version than the tests ran with) holds; other differences warn. */
    HOLD_DOWNGRADES;

    public static final String PROPERTY = "gatekeeper.smoke.consumerGraph";

    /** Blank means WARN; case does not matter. */
    public static ConsumerGraphPolicy parse(String value) {
        if (value == null || value.isBlank()) {
            return WARN;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    PROPERTY + " is '" + value + "'; use WARN, HOLD, HOLD_DOWNGRADES or OFF", e);
        }
    }

    /** How {@code difference} counts under this policy. */
    GateStatus severity(GraphDifference difference) {
        return switch (this) {
            case HOLD -> GateStatus.HOLD;
            case HOLD_DOWNGRADES -> difference.downgrade() ? GateStatus.HOLD : GateStatus.WARN;
            default -> GateStatus.WARN;
        };
    }
}
