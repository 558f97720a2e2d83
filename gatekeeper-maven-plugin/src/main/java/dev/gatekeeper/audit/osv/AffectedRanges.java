package dev.gatekeeper.audit.osv;

import dev.gatekeeper.audit.osv.RangeEvent.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * The versions of one Maven package an OSV advisory affects: its {@code ECOSYSTEM} ranges and its
 * explicit {@code versions} list, evaluated as the OSV schema's "Evaluation" section says, with Maven's
 * own version order ({@link ComparableVersion}), so {@code 1.0-SNAPSHOT < 1.0-alpha1 < 1.0-rc1 < 1.0 == 1.0.0 == 1.0.Final}.
 *
 * @param ranges   each range's events, in the order the advisory lists them
 * @param versions versions affected one by one
 */
public record AffectedRanges(List<List<RangeEvent>> ranges, List<String> versions) {

    public AffectedRanges {
        ranges = ranges.stream().map(List::copyOf).toList();
        versions = List.copyOf(versions);
    }

    /** Whether {@code version} is in the explicit list or in any of the ranges (they are ORed). */
    public boolean affects(String version) {
        ComparableVersion candidate = new ComparableVersion(version);
        if (versions.stream().anyMatch(listed -> new ComparableVersion(listed).equals(candidate))) {
            return true;
        }
        return ranges.stream().anyMatch(range -> inRange(candidate, range));
    }

    /**
     * The versions that fix {@code version}: for each range holding it, the first {@code fixed} event
     * above it. Empty when no range gives one (only {@code last_affected}, or only an explicit list).
     */
    public List<String> fixedVersionsFor(String version) {
        ComparableVersion candidate = new ComparableVersion(version);
        TreeSet<String> fixes = new TreeSet<>(Comparator.comparing(ComparableVersion::new));
        for (List<RangeEvent> range : ranges) {
            if (inRange(candidate, range)) {
                sorted(range).stream()
                        .filter(event -> event.kind() == Kind.FIXED)
                        .filter(event -> new ComparableVersion(event.version()).compareTo(candidate) > 0)
                        .findFirst()
                        .ifPresent(event -> fixes.add(event.version()));
            }
        }
        return new ArrayList<>(fixes);
    }

    /**
     * The schema's {@code IncludedInRanges} for one range: walk the events in version order; an
     * {@code introduced} at or below the version opens the range, a {@code fixed} at or below it, or a
     * {@code last_affected} strictly below it, closes it again. A range without any {@code introduced}
     * event breaks the schema ("There must be at least one introduced object in the events array") and,
     * walked this way, affects nothing: a lone {@code fixed} does not imply {@code introduced: "0"}.
     */
    static boolean inRange(ComparableVersion version, List<RangeEvent> range) {
        if (!beforeLimits(version, range)) {
            return false;
        }
        boolean vulnerable = false;
        for (RangeEvent event : sorted(range)) {
            switch (event.kind()) {
                case INTRODUCED -> {
                    if (event.isBeginning() || version.compareTo(new ComparableVersion(event.version())) >= 0) {
                        vulnerable = true;
                    }
                }
                case FIXED -> {
                    if (version.compareTo(new ComparableVersion(event.version())) >= 0) {
                        vulnerable = false;
                    }
                }
                case LAST_AFFECTED -> {
                    if (version.compareTo(new ComparableVersion(event.version())) > 0) {
                        vulnerable = false;
                    }
                }
                case LIMIT -> {}
            }
        }
        return vulnerable;
    }

    /** The schema's {@code BeforeLimits}: no limit means an implicit {@code "*"}; otherwise below at least one. */
    private static boolean beforeLimits(ComparableVersion version, List<RangeEvent> range) {
        List<RangeEvent> limits =
                range.stream().filter(event -> event.kind() == Kind.LIMIT).toList();
        return limits.isEmpty()
                || limits.stream()
                        .anyMatch(limit ->
                                limit.isInfinity() || version.compareTo(new ComparableVersion(limit.version())) < 0);
    }

    /**
     * The events in version order ({@code introduced: "0"} first), as the schema's evaluation sorts them:
     * advisories are only recommended, not required, to list them sorted. The sort is stable, so events
     * at the same version keep the advisory's order.
     */
    private static List<RangeEvent> sorted(List<RangeEvent> range) {
        return range.stream()
                .sorted(Comparator.comparing(RangeEvent::isBeginning)
                        .reversed()
                        .thenComparing(event -> event.isBeginning()
                                ? new ComparableVersion("")
                                : new ComparableVersion(event.version())))
                .toList();
    }
}
