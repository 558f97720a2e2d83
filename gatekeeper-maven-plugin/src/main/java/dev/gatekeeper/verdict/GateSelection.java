package dev.gatekeeper.verdict;

import dev.gatekeeper.core.GateId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which gates a build runs, from {@code gatekeeper.gates} ({@code sbom,smoke}): a CI job that runs a
 * subset of the gates, so that several jobs together cover them all. Empty means every gate bound.
 */
public final class GateSelection {
    public static final String PROPERTY = "gatekeeper.gates";

    private final Set<String> selected;

    private GateSelection(Set<String> selected) {
        this.selected = selected;
    }

    /**
     * Parses a comma-separated list of gate names; blank or null selects every gate.
     *
     * @throws IllegalArgumentException naming the unknown gates and the valid ones
     */
    public static GateSelection parse(String list) {
        Set<String> names = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        if (list != null) {
            for (String part : list.split(",")) {
                String name = part.trim().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                if (GateId.of(name).isPresent()) {
                    names.add(name);
                } else {
                    unknown.add(part.trim());
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    PROPERTY + "=" + list + " names unknown gate" + (unknown.size() == 1 ? " " : "s ")
                            + String.join(", ", unknown) + "; the gates are " + String.join(", ", GateId.goals()));
        }
        return new GateSelection(Set.copyOf(names));
    }

    /** Whether the list selected every gate (it was empty). */
    public boolean all() {
        return selected.isEmpty();
    }

    public boolean selects(String gate) {
        return selected.isEmpty() || selected.contains(gate);
    }

    /** The gates named, in the canonical gate order; empty when every gate is selected. */
    public List<String> gates() {
        return GateId.goals().stream().filter(selected::contains).toList();
    }
}
