package dev.gatekeeper.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the reactor's dependencies are: one located dependency per artifact, at the first module in reactor
 * order that has it, and the scanners' findings placed there.
 */
public final class DependencyLocations {
    private DependencyLocations() {}

    /**
     * One entry per {@code groupId:artifactId:version}, in the order given: the first module's (the list is in
     * reactor order), with the later modules that have it listed as its other modules.
     */
    public static List<ResolvedDependency> firstPerArtifact(List<ResolvedDependency> inReactorOrder) {
        Map<String, ResolvedDependency> first = new LinkedHashMap<>();
        for (ResolvedDependency dependency : inReactorOrder) {
            first.merge(
                    dependency.coordinates().toString(),
                    dependency,
                    (kept, later) -> later.module() == null ? kept : kept.alsoIn(List.of(later.module())));
        }
        return List.copyOf(first.values());
    }

    /**
     * The findings, each one the graph holds (by {@code groupId:artifactId:version}) and not located yet placed
     * where the graph has it; the others as they are.
     */
    public static List<VulnerableDependency> locate(
            List<VulnerableDependency> vulnerable, List<ResolvedDependency> graph) {
        Map<String, ResolvedDependency> byCoordinates = new LinkedHashMap<>();
        graph.forEach(d -> byCoordinates.putIfAbsent(d.coordinates().toString(), d));
        List<VulnerableDependency> located = new ArrayList<>();
        for (VulnerableDependency dependency : vulnerable) {
            ResolvedDependency where =
                    dependency.coordinates() == null ? null : byCoordinates.get(dependency.coordinates());
            located.add(
                    dependency.location() == null && where != null && where.located()
                            ? dependency.withLocation(where)
                            : dependency);
        }
        return located;
    }
}
