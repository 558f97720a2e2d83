package dev.gatekeeper.audit.osv;

import dev.gatekeeper.audit.osv.RangeEvent.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * The versions of one Maven package an OSV advisory affects: its {@code ECOSYSTEM} ranges and its
 * explicit {@code versions} list, evaluated as the OSV schema's "Evaluation" section says, with Maven's
 * own version order ({@link ComparableVersion}), so {@code 1.0-SNAPSHOT < 1.0-alpha1 < 1.0-rc1 < 1.0 == 1.0.0 == 1.0.Final},
 * except that flavours of one release ({@code 29.0-jre}, {@code 29.0-android}) count as that release when
 * compared with a bound in another flavour or without one ({@link VersionFlavour}).
 *
 * @param ranges   each range's events, in the order the advisory lists them
 * @param versions versions affected one by one
 */
public record AffectedRanges(List<List<RangeEvent>> ranges, List<String> versions) {

    public AffectedRanges {
        ranges = ranges.stream().map(List::copyOf).toList();
        versions = List.copyOf(versions);
    }

    /**
     * Whether {@code version} is in the explicit list or in any of the ranges (they are ORed), comparing
     * flavours of one release as that release ({@link VersionFlavour#compare}).
     */
    public boolean affects(String version) {
        if (versions.stream().anyMatch(listed -> VersionFlavour.compare(version, listed) == 0)) {
            return true;
        }
        return ranges.stream().anyMatch(range -> inRange(version, range));
    }

    /**
     * Every {@code fixed} version of every range above {@code version}, lowest first. Which of them fix
     * it for good (are not themselves affected, here or by another listing of the package) the caller
     * decides: see {@code OsvScan}.
     */
    public List<String> fixedVersionsAbove(String version) {
        TreeSet<String> fixes = new TreeSet<>(Comparator.comparing(ComparableVersion::new));
        for (List<RangeEvent> range : ranges) {
            range.stream()
                    .filter(event -> event.kind() == Kind.FIXED)
                    .filter(event -> VersionFlavour.compare(version, event.version()) < 0)
                    .forEach(event -> fixes.add(event.version()));
        }
        return new ArrayList<>(fixes);
    }

    /**
     * A stretch of affected versions no {@code fixed} event ends: it ends at a {@code last_affected}, or never.
     *
     * @param lastAffected the {@code last_affected} version it ends at, or null when it never ends
     */
    public record Unfixed(String lastAffected) {}

    /**
     * Whether a range holding {@code version} has no {@code fixed} event closing it above the version: the
     * stretch it is in ends at a {@code last_affected}, or never ends. Empty when every range holding the
     * version is closed by a {@code fixed} (or a {@code limit}), or when none holds it (only the explicit list
     * names it); otherwise the open-ended stretch if there is one, else the highest {@code last_affected}.
     */
    public Optional<Unfixed> unfixedFor(String version) {
        String through = null;
        for (List<RangeEvent> range : ranges) {
            if (!inRange(version, range)) {
                continue;
            }
            RangeEvent closing = sorted(range).stream()
                    .filter(event -> switch (event.kind()) {
                        case FIXED, LIMIT -> VersionFlavour.compare(version, event.version()) < 0;
                        case LAST_AFFECTED -> VersionFlavour.compare(version, event.version()) <= 0;
                        case INTRODUCED -> false;
                    })
                    .findFirst()
                    .orElse(null);
            if (closing == null) {
                return Optional.of(new Unfixed(null));
            }
            if (closing.kind() == Kind.LAST_AFFECTED
                    && (through == null
                            || new ComparableVersion(closing.version()).compareTo(new ComparableVersion(through))
                                    > 0)) {
                through = closing.version();
            }
        }
        return Optional.ofNullable(through).map(Unfixed::new);
    }

    /**
     * The schema's {@code IncludedInRanges} for one range: walk the events in version order; an
     * {@code introduced} at or below the version opens the range, a {@code fixed} at or below it, or a
     * {@code last_affected} strictly below it, closes it again. A range without any {@code introduced}
     * event breaks the schema ("There must be at least one introduced object in the events array") and,
     * walked this way, affects nothing: a lone {@code fixed} does not imply {@code introduced: "0"}.
     */
    static boolean inRange(String version, List<RangeEvent> range) {
        if (!beforeLimits(version, range)) {
            return false;
        }
        boolean vulnerable = false;
        for (RangeEvent event : sorted(range)) {
            switch (event.kind()) {
                case INTRODUCED -> {
                    if (event.isBeginning() || VersionFlavour.compare(version, event.version()) >= 0) {
                        vulnerable = true;
                    }
                }
                case FIXED -> {
                    if (VersionFlavour.compare(version, event.version()) >= 0) {
                        vulnerable = false;
                    }
                }
                case LAST_AFFECTED -> {
                    if (VersionFlavour.compare(version, event.version()) > 0) {
                        vulnerable = false;
                    }
                }
                case LIMIT -> {}
            }
        }
        return vulnerable;
    }

    /** The schema's {@code BeforeLimits}: no limit means an implicit {@code "*"}; otherwise below at least one. */
    private static boolean beforeLimits(String version, List<RangeEvent> range) {
        List<RangeEvent> limits =
                range.stream().filter(event -> event.kind() == Kind.LIMIT).toList();
        return limits.isEmpty()
                || limits.stream()
                        .anyMatch(limit -> limit.isInfinity() || VersionFlavour.compare(version, limit.version()) < 0);
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
