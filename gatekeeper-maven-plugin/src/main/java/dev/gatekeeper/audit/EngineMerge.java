package dev.gatekeeper.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges what Dependency-Check and OSV found into one row per vulnerability and dependency: the same
 * dependency (same {@code groupId:artifactId:version}) with a vulnerability whose ids or aliases
 * intersect is one vulnerability, the higher-scored report of it, found by both engines.
 */
public final class EngineMerge {
    private EngineMerge() {}

    /** Tags every vulnerability with the engine that reported it. */
    public static List<VulnerableDependency> reportedBy(AuditEngine engine, List<VulnerableDependency> dependencies) {
        return dependencies.stream()
                .map(dependency -> new VulnerableDependency(
                        dependency.coordinates(),
                        dependency.purl(),
                        dependency.fileName(),
                        dependency.vulnerabilities().stream()
                                .map(v -> v.withEngines(List.of(engine.id())))
                                .toList(),
                        dependency.location()))
                .toList();
    }

    /** Dependency-Check's dependencies first, in its order, then those only OSV reported. */
    public static List<VulnerableDependency> merge(
            List<VulnerableDependency> dependencyCheck, List<VulnerableDependency> osv) {
        Map<String, List<Vulnerability>> osvByCoordinates = new LinkedHashMap<>();
        List<VulnerableDependency> osvOnly = new ArrayList<>();
        for (VulnerableDependency dependency : osv) {
            if (dependency.coordinates() == null) {
                osvOnly.add(dependency);
            } else {
                osvByCoordinates
                        .computeIfAbsent(dependency.coordinates(), c -> new ArrayList<>())
                        .addAll(dependency.vulnerabilities());
            }
        }
        List<VulnerableDependency> merged = new ArrayList<>();
        Set<String> mergedCoordinates = new LinkedHashSet<>();
        for (VulnerableDependency dependency : dependencyCheck) {
            List<Vulnerability> osvVulnerabilities = dependency.coordinates() == null
                    ? new ArrayList<>()
                    : osvByCoordinates.getOrDefault(dependency.coordinates(), new ArrayList<>());
            if (dependency.coordinates() != null) {
                mergedCoordinates.add(dependency.coordinates());
            }
            List<Vulnerability> vulnerabilities = new ArrayList<>();
            for (Vulnerability found : dependency.vulnerabilities()) {
                Vulnerability same = osvVulnerabilities.stream()
                        .filter(other -> !Collections.disjoint(found.names(), other.names()))
                        .findFirst()
                        .orElse(null);
                if (same == null) {
                    vulnerabilities.add(found);
                } else {
                    osvVulnerabilities.remove(same);
                    vulnerabilities.add(both(found, same));
                }
            }
            vulnerabilities.addAll(osvVulnerabilities);
            merged.add(new VulnerableDependency(
                    dependency.coordinates(),
                    dependency.purl(),
                    dependency.fileName(),
                    vulnerabilities,
                    dependency.location()));
        }
        for (VulnerableDependency dependency : osv) {
            if (dependency.coordinates() != null && !mergedCoordinates.contains(dependency.coordinates())) {
                merged.add(dependency);
            }
        }
        merged.addAll(osvOnly);
        return merged;
    }

    /**
     * The higher-scored report (Dependency-Check's on a tie), with OSV's aliases and fixed versions and
     * Dependency-Check's CPE added.
     */
    private static Vulnerability both(Vulnerability dependencyCheck, Vulnerability osv) {
        Vulnerability kept = osv.effectiveScore() > dependencyCheck.effectiveScore() ? osv : dependencyCheck;
        Set<String> aliases = new LinkedHashSet<>(dependencyCheck.names());
        aliases.addAll(osv.names());
        aliases.remove(kept.id());
        List<String> fixed = kept.fixedVersions().isEmpty() ? osv.fixedVersions() : kept.fixedVersions();
        return new Vulnerability(
                kept.id(),
                kept.cvssScore(),
                kept.cvssVersion(),
                kept.severity(),
                kept.description(),
                kept.references(),
                List.copyOf(aliases),
                fixed,
                List.of(AuditEngine.DEPENDENCY_CHECK.id(), AuditEngine.OSV.id()),
                dependencyCheck.cpe());
    }
}
