package dev.gatekeeper.mojo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a gate's result depends on, by name, each a SHA-256 or a stable version string: when
 * all of them equal those of the gate's last passing result, that result still holds. A gate that
 * cannot name its inputs completely is {@link #never never} reused.
 */
public final class ReuseInputs {
    private final Map<String, String> digests;
    private final String neverReason;

    private ReuseInputs(Map<String, String> digests, String neverReason) {
        this.digests = Collections.unmodifiableMap(new LinkedHashMap<>(digests));
        this.neverReason = neverReason;
    }

    /** The inputs, in the order the gate named them. */
    public static ReuseInputs of(Map<String, String> digests) {
        digests.forEach((name, value) -> {
            Objects.requireNonNull(name, "input name");
            Objects.requireNonNull(value, () -> "input " + name);
        });
        return new ReuseInputs(digests, null);
    }

    /** A gate that must always run, and why (shown in the log). */
    public static ReuseInputs never(String why) {
        return new ReuseInputs(Map.of(), Objects.requireNonNull(why, "why"));
    }

    public boolean reusable() {
        return neverReason == null;
    }

    /** Why the gate always runs; null for a reusable gate. */
    public String neverReason() {
        return neverReason;
    }

    public Map<String, String> digests() {
        return digests;
    }

    /**
     * The names whose value differs from {@code recorded}, in this gate's order, followed by names only
     * the record has; empty when the inputs are equal.
     */
    public List<String> changedFrom(Map<String, String> recorded) {
        Set<String> changed = new LinkedHashSet<>();
        digests.forEach((name, value) -> {
            if (!value.equals(recorded.get(name))) {
                changed.add(name);
            }
        });
        recorded.keySet().stream().filter(name -> !digests.containsKey(name)).forEach(changed::add);
        return new ArrayList<>(changed);
    }
}
