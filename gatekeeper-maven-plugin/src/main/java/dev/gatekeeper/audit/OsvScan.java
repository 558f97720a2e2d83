package dev.gatekeeper.audit;

import dev.gatekeeper.audit.osv.AffectedRanges;
import dev.gatekeeper.audit.osv.MavenCoordinates;
import dev.gatekeeper.audit.osv.OsvIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.artifact.versioning.ComparableVersion;

/** Matches resolved dependencies against an {@link OsvIndex}. */
public final class OsvScan {
    private OsvScan() {}

    /**
     * The dependencies at least one advisory affects, in the order given, each with one vulnerability
     * per advisory (an advisory listing the package twice is still one), carrying its aliases and the
     * versions that fix it; not located (see {@link #scanResolved}).
     */
    public static List<VulnerableDependency> scan(OsvIndex index, List<MavenCoordinates> dependencies) {
        return scanResolved(
                index, dependencies.stream().map(ResolvedDependency::unlocated).toList());
    }

    /**
     * As {@link #scan}, each vulnerable dependency located where the reactor's graph has it (the first of
     * the same coordinates given wins).
     */
    public static List<VulnerableDependency> scanResolved(OsvIndex index, List<ResolvedDependency> dependencies) {
        List<VulnerableDependency> vulnerable = new ArrayList<>();
        Set<MavenCoordinates> seen = new HashSet<>();
        for (ResolvedDependency resolved : dependencies) {
            MavenCoordinates dependency = resolved.coordinates();
            if (!seen.add(dependency)) {
                continue;
            }
            Map<String, List<OsvIndex.Entry>> matches = new LinkedHashMap<>();
            for (OsvIndex.Entry entry : index.advisoriesFor(dependency.packageName())) {
                if (entry.ranges().affects(dependency.version())) {
                    matches.computeIfAbsent(entry.id(), id -> new ArrayList<>()).add(entry);
                }
            }
            if (!matches.isEmpty()) {
                List<Vulnerability> vulnerabilities = matches.values().stream()
                        .map(entries -> vulnerability(
                                entries, index.advisoriesFor(dependency.packageName()), dependency.version()))
                        .toList();
                vulnerable.add(new VulnerableDependency(
                        dependency.toString(),
                        "pkg:maven/" + dependency.groupId() + "/" + dependency.artifactId() + "@"
                                + dependency.version(),
                        dependency.artifactId() + "-" + dependency.version() + ".jar",
                        vulnerabilities,
                        resolved.located() ? resolved : null));
            }
        }
        return vulnerable;
    }

    /**
     * One advisory's vulnerability of the dependency at {@code version}, from the listings of the package in
     * it that hold the version ({@code entries}). The fixed versions are the advisory's {@code fixed} versions
     * above the dependency's version, from every listing of the package ({@code packageEntries} with the same
     * id), that the advisory does not affect itself (a {@code fixed} of one range may lie inside another range,
     * or inside another listing), lowest first: the first is the upgrade the finding names.
     */
    private static Vulnerability vulnerability(
            List<OsvIndex.Entry> entries, List<OsvIndex.Entry> packageEntries, String version) {
        OsvIndex.Entry first = entries.get(0);
        List<OsvIndex.Entry> listings = packageEntries.stream()
                .filter(entry -> entry.id().equals(first.id()))
                .toList();
        TreeSet<String> fixes = new TreeSet<>(Comparator.comparing(ComparableVersion::new));
        listings.forEach(entry -> fixes.addAll(entry.ranges().fixedVersionsAbove(version)));
        fixes.removeIf(fix -> listings.stream().anyMatch(entry -> entry.ranges().affects(fix)));
        OsvIndex.Entry rated = entries.stream()
                .max(Comparator.comparingDouble(entry -> entry.cvssScore() == null ? -1 : entry.cvssScore()))
                .orElse(first);
        return new Vulnerability(
                        first.id(),
                        rated.cvssScore(),
                        rated.cvssVersion(),
                        rated.severity(),
                        first.summary(),
                        first.references(),
                        first.aliases(),
                        List.copyOf(fixes))
                .withUnfixed(unfixed(entries, version));
    }

    /**
     * The advisory's word that no release fixes {@code version}'s stretch, over all listings holding it: an
     * open-ended stretch, else the highest {@code last_affected}; null when every stretch holding it is fixed.
     */
    private static Vulnerability.Unfixed unfixed(List<OsvIndex.Entry> entries, String version) {
        List<AffectedRanges.Unfixed> stretches = entries.stream()
                .flatMap(entry -> entry.ranges().unfixedFor(version).stream())
                .toList();
        if (stretches.isEmpty()) {
            return null;
        }
        if (stretches.stream().anyMatch(stretch -> stretch.lastAffected() == null)) {
            return new Vulnerability.Unfixed(null);
        }
        return stretches.stream()
                .map(AffectedRanges.Unfixed::lastAffected)
                .max(Comparator.comparing(ComparableVersion::new))
                .map(Vulnerability.Unfixed::new)
                .orElseThrow();
    }
}
