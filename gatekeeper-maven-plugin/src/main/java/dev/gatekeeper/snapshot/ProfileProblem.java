package dev.gatekeeper.snapshot;

import java.util.Objects;

/**
 * Why a profile directory cannot be used.
 *
 * @param code    one of the constants below; stable across releases, like {@link dev.gatekeeper.core.Finding#code()}
 * @param message one line naming the path as configured and as resolved
 */
public record ProfileProblem(String code, String message) {
    public static final String MISSING = SnapshotCodes.PROFILE_MISSING.code();
    public static final String NOT_A_DIRECTORY = SnapshotCodes.PROFILE_NOT_A_DIRECTORY.code();
    public static final String ESCAPES_PROJECT = SnapshotCodes.PROFILE_ESCAPES_PROJECT.code();

    public ProfileProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
