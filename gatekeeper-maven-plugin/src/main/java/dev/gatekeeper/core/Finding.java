package dev.gatekeeper.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
 * @param ruleId   what a code-scanning tool groups the finding by, when that is not the code: the
 *                 vulnerability id of an audit finding; null means the code
 * @param attributes structured facts a tool may want (the CVSS score, the dependency's coordinates)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Finding(
        String code,
        GateStatus severity,
        String message,
        String file,
        Integer line,
        String fix,
        String detail,
        String ruleId,
        Map<String, String> attributes) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        // Messages quote inputs (test names, tool output): no escape sequence reaches a console or report.
        message = PrintableText.of(message);
        file = PrintableText.of(file);
        fix = PrintableText.of(fix);
        detail = PrintableText.of(detail);
        ruleId = PrintableText.of(ruleId);
        TreeMap<String, String> printable = new TreeMap<>();
        if (attributes != null) {
            attributes.forEach((name, value) -> printable.put(PrintableText.of(name), PrintableText.of(value)));
        }
        attributes = Collections.unmodifiableMap(printable);
    }

    public static Finding of(String code, GateStatus severity, String message) {
        return new Finding(code, severity, message, null, null, null, null, null, null);
    }

    /** A finding of {@code code} with the severity the site judged (which may differ from the code's usual one). */
    public static Finding of(FindingCode code, GateStatus severity, String message) {
        return of(code.code(), severity, message);
    }

    /** A finding of {@code code} with the code's usual severity. */
    public static Finding of(FindingCode code, String message) {
        return of(code.code(), code.severity(), message);
    }

    public Finding withFile(String newFile, Integer newLine) {
        return new Finding(code, severity, message, newFile, newLine, fix, detail, ruleId, attributes);
    }

    public Finding withFix(String newFix) {
        return new Finding(code, severity, message, file, line, newFix, detail, ruleId, attributes);
    }

    public Finding withDetail(String newDetail) {
        return new Finding(code, severity, message, file, line, fix, newDetail, ruleId, attributes);
    }

    public Finding withRuleId(String newRuleId) {
        return new Finding(code, severity, message, file, line, fix, detail, newRuleId, attributes);
    }

    public Finding withAttribute(String name, String value) {
        Map<String, String> more = new TreeMap<>(attributes);
        more.put(name, value);
        return new Finding(code, severity, message, file, line, fix, detail, ruleId, more);
    }

    /** The id a code-scanning report groups this finding under. */
    public String effectiveRuleId() {
        return ruleId == null ? code : ruleId;
    }
}
