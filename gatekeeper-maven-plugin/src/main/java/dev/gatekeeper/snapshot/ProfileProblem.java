package dev.gatekeeper.snapshot;

import java.util.Objects;

/**
 * Why a profile directory cannot be used.
 *
 * @param code    one of the constants below; stable across releases, like {@link dev.gatekeeper.core.Finding#code()}
 * @param message one line naming the path as configured and as resolved
 */
public record ProfileProblem(String code, String message) {
    public ProfileProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
