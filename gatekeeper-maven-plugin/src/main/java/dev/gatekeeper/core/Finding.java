package dev.gatekeeper.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One thing a gate noticed. {@code code} is stable across releases so that CI rules and
 * suppressions can refer to it; {@code fix} is the command or edit that resolves it.
 *
 * @param code     stable identifier, upper case with underscores, prefixed by the gate (CERTIFY_…)
 * @param severity the gate status this finding implies on its own (PASS for pure information)
 * @param message  one line a person can act on
 * @param file     the file the finding is about, relative to the execution root where possible
 * @param line     1-based line in {@code file}, or null
 * @param fix      the command or edit that resolves or explains the finding, or null
 * @param detail   optional multi-line context (a diff, the tail of a command's output)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(
        String code, GateStatus severity, String message, String file, Integer line, String fix, String detail) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Finding of(String code, GateStatus severity, String message) {
        return new Finding(code, severity, message, null, null, null, null);
    }

    public Finding withFile(String newFile, Integer newLine) {
        return new Finding(code, severity, message, newFile, newLine, fix, detail);
    }

    public Finding withFix(String newFix) {
        return new Finding(code, severity, message, file, line, newFix, detail);
    }

    public Finding withDetail(String newDetail) {
        return new Finding(code, severity, message, file, line, fix, newDetail);
    }
}
