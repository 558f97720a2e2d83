package dev.gatekeeper.reuse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a gate's result depends on, by name, each a SHA-256 or a stable version string: when
 * all of them equal those of the gate's last passing result, that result still holds. A gate that
 * cannot name its inputs completely is {@link #never never} reused.
 */
public final class ReuseInputs {
    /** The value of an input naming a file or directory that does not exist, so that creating it is a change. */
    public static final String MISSING = "missing";

    private final Map<String, String> digests;
    private final Map<String, Path> outputs; // a null path: an output whose file is not known
    private final String neverReason;

    private ReuseInputs(Map<String, String> digests, Map<String, Path> outputs, String neverReason) {
        this.digests = Collections.unmodifiableMap(new LinkedHashMap<>(digests));
        this.outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        this.neverReason = neverReason;
    }

    /** The inputs, in the order the gate named them. */
    public static ReuseInputs of(Map<String, String> digests) {
        return of(digests, Set.of());
    }

    /**
     * The inputs, some of which ({@code outputs}) the gate itself writes: their digests are taken again
     * after it ran (a reused result must find them as the run left them).
     */
    public static ReuseInputs of(Map<String, String> digests, Set<String> outputs) {
        Map<String, Path> unknownFiles = new LinkedHashMap<>();
        outputs.forEach(name -> unknownFiles.put(name, null));
        return withOutputFiles(digests, unknownFiles);
    }

    /**
     * The inputs, some of which the gate writes itself into the files {@code outputFiles} names (a null file: not
     * known): a shared store carries those files with the result, so that a fresh clone gets them back.
     */
    public static ReuseInputs withOutputFiles(Map<String, String> digests, Map<String, Path> outputFiles) {
        digests.forEach((name, value) -> {
            Objects.requireNonNull(name, "input name");
            Objects.requireNonNull(value, () -> "input " + name);
        });
        outputFiles.keySet().forEach(name -> {
            if (!digests.containsKey(name)) {
                throw new IllegalArgumentException("output " + name + " is not an input");
            }
        });
        return new ReuseInputs(digests, outputFiles, null);
    }

    /** A gate that must always run, and why (shown in the log). */
    public static ReuseInputs never(String why) {
        return new ReuseInputs(Map.of(), Map.of(), Objects.requireNonNull(why, "why"));
    }

    /** The names of the inputs the gate writes itself. */
    public Set<String> outputs() {
        return Collections.unmodifiableSet(outputs.keySet());
    }

    /** The file the gate writes the output {@code name} into, when known. */
    public Optional<Path> outputFile(String name) {
        return Optional.ofNullable(outputs.get(name));
    }

    /**
     * The inputs without the gate's own outputs: what a build judges before the gate ran, the same in a fresh
     * clone, which has no outputs yet.
     */
    public Map<String, String> withoutOutputs() {
        Map<String, String> judged = new LinkedHashMap<>(digests);
        judged.keySet().removeAll(outputs.keySet());
        return judged;
    }

    /**
     * The inputs to keep with the result once the gate ran, given {@code afterRun} (taken again then):
     * those, when only outputs changed meanwhile; otherwise a gate that is not reused next time.
     */
    public ReuseInputs afterRun(ReuseInputs afterRun) {
        if (outputs.isEmpty() || !reusable()) {
            return this;
        }
        List<String> changed = afterRun.changedFrom(digests);
        return changed.stream().allMatch(outputs::containsKey)
                ? afterRun
                : never("its inputs changed while it ran: " + String.join(", ", changed));
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
