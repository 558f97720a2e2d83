package dev.gatekeeper.core;

/**
 * A merge-readiness check. Gates are plain classes that know nothing of Maven: a mojo maps its
 * parameters and the build's state into a gate's constructor, then calls {@link #evaluate}.
 */
public interface Gate {
    /** The gate's name, equal to its goal name; it prefixes every log line and finding code. */
    String name();

    /** What within the module this gate instance judges (a snapshot case), or null for the whole module. */
    default String subject() {
        return null;
    }

    /**
     * Judges the module and records every finding in {@code evaluation}. Problems with the input
     * (a malformed report, a command that will not start) are findings, never exceptions; an
     * exception means the gate itself is broken and becomes an ERROR result.
     */
    void evaluate(GateEvaluation evaluation) throws Exception;
}
