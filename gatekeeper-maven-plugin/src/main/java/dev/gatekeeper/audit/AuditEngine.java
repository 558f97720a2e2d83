package dev.gatekeeper.audit;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A scanner the audit gate can run; several can run together and their findings are merged. */
public enum AuditEngine {
    DEPENDENCY_CHECK("dependency-check"),
    OSV("osv");

    private final String id;

    AuditEngine(String id) {
        this.id = id;
    }

    /** How the engine is named in {@code gatekeeper.audit.engines} and in findings' {@code engines} attribute. */
    public String id() {
        return id;
    }

    /** Parses a comma-separated list such as {@code dependency-check,osv}; an unknown or empty list is rejected. */
    public static Set<AuditEngine> parseList(String list) {
        Set<AuditEngine> engines = EnumSet.noneOf(AuditEngine.class);
        for (String name : (list == null ? "" : list).split(",")) {
            String trimmed = name.trim().toLowerCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            engines.add(Arrays.stream(values())
                    .filter(engine -> engine.id.equals(trimmed))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("gatekeeper.audit.engines names an unknown engine '"
                            + name.trim() + "'; valid engines are " + validNames())));
        }
        if (engines.isEmpty()) {
            throw new IllegalArgumentException(
                    "gatekeeper.audit.engines names no engine; valid engines are " + validNames());
        }
        return engines;
    }

    private static String validNames() {
        return Arrays.stream(values()).map(AuditEngine::id).collect(Collectors.joining(", "));
    }
}
