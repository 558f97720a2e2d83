package dev.gatekeeper.verdict;

import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.ReactorScope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * All gate results of one build merged into a single READY or HOLD. Results are kept module by
 * module in the order given (the reactor order) and, within a module, in the order the gates are
 * meant to be read: the cheap, decisive gates first.
 */
public final class Verdict {
    public static final String READY = "READY";
    public static final String HOLD = "HOLD";

    private static final Comparator<GateResult> CANONICAL_GATE_ORDER =
            Comparator.comparingInt((GateResult r) -> gateRank(r.gate())).thenComparing(GateResult::label);

    private final BuildInfo build;
    private final List<GateResult> results;
    private final List<EvidencePart> imported;
    private final ReactorScope reactor;

    private Verdict(BuildInfo build, List<GateResult> results, List<EvidencePart> imported, ReactorScope reactor) {
        this.build = build;
        this.results = results;
        this.imported = imported;
        this.reactor = reactor;
    }

    /**
     * Merges {@code results} into a verdict. Every result must carry a build id and start time:
     * without them the evidence could not show that the result belongs to this build.
     */
    public static Verdict of(BuildInfo build, List<GateResult> results) {
        Objects.requireNonNull(build, "build");
        Map<String, List<GateResult>> byModule = new LinkedHashMap<>();
        for (GateResult result : results) {
            requireTraceable(result);
            byModule.computeIfAbsent(result.module(), module -> new ArrayList<>())
                    .add(result);
        }
        List<GateResult> ordered = new ArrayList<>(results.size());
        for (List<GateResult> moduleResults : byModule.values()) {
            moduleResults.sort(CANONICAL_GATE_ORDER);
            ordered.addAll(moduleResults);
        }
        return new Verdict(build, List.copyOf(ordered), List.of(), null);
    }

    /** The same verdict, recording the evidence of other builds (CI jobs) some of its results were imported from. */
    public Verdict withImported(List<EvidencePart> parts) {
        return new Verdict(build, results, List.copyOf(parts), reactor);
    }

    /** The same verdict, recording which modules of the reactor the build covered. */
    public Verdict withReactor(ReactorScope scope) {
        return new Verdict(build, results, imported, scope);
    }

    /** The modules this build covered when it covered only part of the reactor ({@code -pl}, {@code -rf}); else empty. */
    public Optional<ReactorScope> partialReactor() {
        return reactor != null && reactor.partial() ? Optional.of(reactor) : Optional.empty();
    }

    /** The parts imported with {@code gatekeeper.evidence.import}; empty when every result is this build's. */
    public List<EvidencePart> imported() {
        return imported;
    }

    private static void requireTraceable(GateResult result) {
        if (result.buildId() == null || result.startedAt() == null) {
            throw new IllegalArgumentException("the " + result.gate() + " result for " + result.module()
                    + " has no build id or start time, so it cannot be traced to a build");
        }
    }

    /** The gate's place in the registry ({@link GateId#order()}); results of other names (the verdict's own) follow. */
    private static int gateRank(String gate) {
        return GateId.of(gate).map(GateId::order).orElse(GateId.values().length);
    }

    public BuildInfo build() {
        return build;
    }

    /** Module by module in reactor order, gates in canonical order within a module. */
    public List<GateResult> results() {
        return results;
    }

    public boolean ready() {
        return results.stream().noneMatch(result -> result.status().blocksMerge());
    }

    /** {@value #READY} or {@value #HOLD}. */
    public String outcome() {
        return ready() ? READY : HOLD;
    }

    /** The results that keep the change from merging, in verdict order. */
    public List<GateResult> blocking() {
        return results.stream().filter(result -> result.status().blocksMerge()).toList();
    }

    /** How many results have each status; every status is present, most with 0. */
    public EnumMap<GateStatus, Integer> counts() {
        EnumMap<GateStatus, Integer> counts = new EnumMap<>(GateStatus.class);
        for (GateStatus status : GateStatus.values()) {
            counts.put(status, 0);
        }
        for (GateResult result : results) {
            counts.merge(result.status(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The counts in words, most severe first, leaving out statuses no result has: "1 failed, 1 held,
     * 5 passed". "no gates ran" when there are no results.
     */
    public String tally() {
        EnumMap<GateStatus, Integer> counts = counts();
        StringJoiner words = new StringJoiner(", ");
        for (GateStatus status : List.of(
                GateStatus.ERROR,
                GateStatus.FAIL,
                GateStatus.HOLD,
                GateStatus.PASS,
                GateStatus.WARN,
                GateStatus.SKIPPED)) {
            int count = counts.get(status);
            if (count > 0) {
                words.add(count + " " + describe(status, count));
            }
        }
        return words.length() == 0 ? "no gates ran" : words.toString();
    }

    private static String describe(GateStatus status, int count) {
        return switch (status) {
            case ERROR -> count == 1 ? "error" : "errors";
            case FAIL -> "failed";
            case HOLD -> "held";
            case PASS -> "passed";
            case WARN -> count == 1 ? "warning" : "warnings";
            case SKIPPED -> "skipped";
        };
    }

    /** "READY: 7 passed, 1 warning, 2 skipped", with "(partial reactor: 1 of 4 modules)" after a partial build. */
    public String headline() {
        return outcome() + ": " + tally()
                + partialReactor().map(scope -> " (" + scope.headline() + ")").orElse("");
    }
}
