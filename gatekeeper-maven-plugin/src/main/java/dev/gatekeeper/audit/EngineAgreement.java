package dev.gatekeeper.audit;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the engines that ran agree, when more than one ran. A vulnerability only one of them reports
 * is the one to look at: Dependency-Check alone usually means a CPE guess that no advisory naming the
 * package confirms, OSV alone a package Dependency-Check did not recognise.
 *
 * @param ran              the engines that scanned
 * @param packagesOsvNames the {@code groupId:artifactId} of every package an advisory of the OSV database names
 */
public record EngineAgreement(Set<AuditEngine> ran, Set<String> packagesOsvNames) {
    /** One engine ran: there is nothing to compare, and findings say nothing about agreement. */
    public static final EngineAgreement SINGLE_ENGINE =
            new EngineAgreement(EnumSet.noneOf(AuditEngine.class), Set.of());

    /** How many merged vulnerabilities each side reported. */
    public record Counts(int both, int dependencyCheckOnly, int osvOnly) {}

    public EngineAgreement {
        ran = ran.isEmpty() ? EnumSet.noneOf(AuditEngine.class) : EnumSet.copyOf(ran);
        packagesOsvNames = Set.copyOf(packagesOsvNames);
    }

    public boolean compared() {
        return ran.size() > 1;
    }

    /** The engines that ran but did not report it (comma-separated), or null when all did or only one ran. */
    public String unconfirmedBy(Vulnerability vulnerability) {
        if (!compared() || vulnerability.engines().isEmpty()) {
            return null;
        }
        String missing = ran.stream()
                .map(AuditEngine::id)
                .filter(id -> !vulnerability.engines().contains(id))
                .collect(Collectors.joining(","));
        return missing.isEmpty() ? null : missing;
    }

    /** One sentence saying which engine alone reports it and what the other one knows, or null. */
    public String explanation(VulnerableDependency dependency, Vulnerability vulnerability) {
        String unconfirmedBy = unconfirmedBy(vulnerability);
        if (unconfirmedBy == null) {
            return null;
        }
        String ga = dependency.groupAndArtifact();
        if (unconfirmedBy.equals(AuditEngine.OSV.id())) {
            String only = "Only Dependency-Check reports this"
                    + (vulnerability.cpe() == null ? "" : ", from its CPE match " + vulnerability.cpe());
            if (ga == null) {
                return only + "; it gives no Maven coordinates for " + dependency.fileName()
                        + ", so the OSV database could not be searched for it.";
            }
            String version = dependency.coordinates().length() > ga.length()
                    ? " " + dependency.coordinates().substring(ga.length() + 1)
                    : "";
            return only
                    + (packagesOsvNames.contains(ga)
                            ? "; the OSV database has advisories for " + ga
                                    + ", but none says this vulnerability affects"
                                    + (version.isEmpty() ? " it." : " version" + version + ".")
                            : "; the OSV database has no advisory naming " + ga + ".");
        }
        return "Only OSV reports this, from an advisory naming " + (ga == null ? dependency.displayName() : ga)
                + "; Dependency-Check reported no vulnerability with this id or an alias of it for this dependency.";
    }

    public Counts count(List<VulnerableDependency> dependencies) {
        int both = 0;
        int dependencyCheckOnly = 0;
        int osvOnly = 0;
        for (VulnerableDependency dependency : dependencies) {
            for (Vulnerability vulnerability : dependency.vulnerabilities()) {
                List<String> engines = vulnerability.engines();
                boolean dependencyCheck = engines.contains(AuditEngine.DEPENDENCY_CHECK.id());
                boolean osv = engines.contains(AuditEngine.OSV.id());
                if (dependencyCheck && osv) {
                    both++;
                } else if (dependencyCheck) {
                    dependencyCheckOnly++;
                } else if (osv) {
                    osvOnly++;
                }
            }
        }
        return new Counts(both, dependencyCheckOnly, osvOnly);
    }
}
