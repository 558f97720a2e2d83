package dev.gatekeeper.core;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One finding code a gate can emit, defined once, in its gate's catalogue (e.g. {@code SmokeCodes}).
 * The catalogue is what {@code docs/finding-codes.md} is generated from; a site that reports the
 * finding names the constant and adds its own message and, where it knows better, its own fix.
 *
 * @param code     stable identifier: upper case with underscores, the gate's prefix first ({@code SMOKE_…})
 * @param gate     the gate that emits it, as its goal is named ({@code release-plan})
 * @param severity the status the finding usually implies; a site may report another one
 *                 (a policy that holds, information that is PASS)
 * @param meaning  one line: what happened
 * @param fix      one line: what a user does about it in their own project
 */
public record FindingCode(String code, String gate, GateStatus severity, String meaning, String fix) {

    public FindingCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(fix, "fix");
    }

    /** The prefix every code of {@code gate} starts with, followed by '_': "RELEASE_PLAN" for release-plan. */
    public static String prefix(String gate) {
        return gate.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** {@code <GATE>_GATE_ERROR}: the gate broke with an unexpected exception, reported instead of a stack trace. */
    public static FindingCode gateError(String gate) {
        return new FindingCode(
                prefix(gate) + "_GATE_ERROR",
                gate,
                GateStatus.ERROR,
                "the gate could not run: an unexpected problem, named in the message",
                "Run 'mvn verify -Pmerge-ready -e' for the stack trace and report it if the cause is not your configuration");
    }

    /**
     * {@code <GATE>_PARTIAL_REACTOR}: a gate that judges the whole reactor ran in a build of part of it
     * ({@code -pl}, {@code -rf}). PASS: it judged the modules in the build; SKIPPED: it cannot judge part of it.
     */
    public static FindingCode partialReactor(String gate, GateStatus severity) {
        String meaning = severity == GateStatus.SKIPPED
                ? "the build covers only part of the reactor (`-pl`, `-rf`), and the gate judges the whole reactor: not judged"
                : "the build covers only part of the reactor (`-pl`, `-rf`): the gate judged the modules in it, the others not";
        return new FindingCode(
                prefix(gate) + "_PARTIAL_REACTOR",
                gate,
                severity,
                meaning,
                "Build the whole reactor (without -pl or -rf, or add -am so that every module is built) to judge every module");
    }

    /** The codes a catalogue class declares as {@code public static final FindingCode} constants, by code. */
    public static List<FindingCode> declaredIn(Class<?> catalogue) {
        List<FindingCode> codes = new ArrayList<>();
        for (Field field : catalogue.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.getType() == FindingCode.class
                    && Modifier.isPublic(modifiers)
                    && Modifier.isStatic(modifiers)
                    && Modifier.isFinal(modifiers)) {
                try {
                    codes.add((FindingCode) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(catalogue.getName() + "." + field.getName() + " cannot be read", e);
                }
            }
        }
        codes.sort(Comparator.comparing(FindingCode::code));
        return List.copyOf(codes);
    }
}
