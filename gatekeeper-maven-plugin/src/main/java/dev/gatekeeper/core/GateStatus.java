package dev.gatekeeper.core;

/**
 * The outcome of one gate in one module. Declared from least to most severe, so that the
 * status of a gate is the most severe status any of its findings implies.
 */
public enum GateStatus {
    /**
     * The gate did not judge anything: it was switched off ({@code gatekeeper.skip} or
     * {@code gatekeeper.<gate>.skip}), it is not configured in this module, or the module has nothing
     * it judges (no Markdown for the docs gate). The reason says which.
     */
    SKIPPED,
    PASS,
    /** Passed, with findings worth reading. Does not block a merge. */
    WARN,
    /** A merge-hold criterion is met: nothing is broken, but the change must not merge yet. */
    HOLD,
    /** The gate found a real failure. */
    FAIL,
    /** The gate itself could not run (bad configuration, a tool that would not start). */
    ERROR;

    /** Whether this status keeps a change from merging. */
    public boolean blocksMerge() {
        return this == HOLD || this == FAIL || this == ERROR;
    }

    public GateStatus worst(GateStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
