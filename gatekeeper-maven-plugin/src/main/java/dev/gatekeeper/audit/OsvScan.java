package dev.gatekeeper.audit;

import dev.gatekeeper.audit.osv.MavenCoordinates;
import dev.gatekeeper.audit.osv.OsvIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashSet;
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
                        .map(entries -> vulnerability(entries, dependency.version()))
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

    private static Vulnerability vulnerability(List<OsvIndex.Entry> entries, String version) {
        OsvIndex.Entry first = entries.get(0);
        TreeSet<String> fixes = new TreeSet<>(Comparator.comparing(ComparableVersion::new));
        entries.forEach(entry -> fixes.addAll(entry.ranges().fixedVersionsFor(version)));
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
                List.copyOf(fixes));
    }
}
