package dev.gatekeeper.audit.osv;

import java.util.Objects;

/**
 * One event of an OSV range: the version where the vulnerability starts, is fixed, was last seen,
 * or a limit above which the range does not reach.
 */
public record RangeEvent(Kind kind, String version) {
    public enum Kind {
        INTRODUCED,
        FIXED,
        LAST_AFFECTED,
        LIMIT
    }

    public RangeEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
    }

    /** OSV's special {@code introduced: "0"}: before every version. */
    boolean isBeginning() {
        return kind == Kind.INTRODUCED && version.equals("0");
    }

    /** OSV's special limit containing {@code "*"}: infinity. */
    boolean isInfinity() {
        return kind == Kind.LIMIT && version.contains("*");
    }
}
