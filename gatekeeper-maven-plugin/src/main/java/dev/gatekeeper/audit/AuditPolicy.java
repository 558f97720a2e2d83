package dev.gatekeeper.audit;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.ShellWords;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * Gatekeeper's one policy over what a scanner found: a vulnerability at or above the CVSS threshold
 * fails the gate, one below it warns, a valid suppression accepts it (and says so), an expired
 * suppression accepts nothing and holds the merge, and an unused suppression is reported so the file
 * stays clean.
 *
 * @param failOnCvss      the threshold
 * @param suppressions    the suppressions in force
 * @param suppressionFile how findings name the suppression file
 * @param declaringFile   where a finding not located in the reactor's graph is placed (the reactor's root POM)
 * @param today           the day expiry is judged against
 * @param agreement       which engines ran, so a finding can say which of them did not report it
 */
public record AuditPolicy(
        double failOnCvss,
        List<Suppression> suppressions,
        String suppressionFile,
        String declaringFile,
        LocalDate today,
        EngineAgreement agreement) {

    private static final int DESCRIPTION_LIMIT = 500;

    public AuditPolicy {
        suppressions = List.copyOf(suppressions);
    }

    /** The policy over one engine's findings, which say nothing about agreement. */
    public AuditPolicy(
            double failOnCvss,
            List<Suppression> suppressions,
            String suppressionFile,
            String declaringFile,
            LocalDate today) {
        this(failOnCvss, suppressions, suppressionFile, declaringFile, today, EngineAgreement.SINGLE_ENGINE);
    }

    /** Records a finding for every vulnerability and suppression; returns how many vulnerabilities count. */
    public int apply(List<VulnerableDependency> dependencies, GateEvaluation evaluation) {
        Set<Suppression> used = new LinkedHashSet<>();
        Set<Suppression> expiredAndNeeded = new LinkedHashSet<>();
        int counted = 0;
        for (VulnerableDependency dependency : dependencies) {
            for (Vulnerability vulnerability : dependency.vulnerabilities()) {
                Suppression valid = null;
                for (Suppression suppression : suppressions) {
                    if (suppression.matches(vulnerability, dependency)) {
                        used.add(suppression);
                        if (suppression.expiredOn(today)) {
                            expiredAndNeeded.add(suppression);
                        } else if (valid == null) {
                            valid = suppression;
                        }
                    }
                }
                if (valid != null) {
                    evaluation.add(suppressed(dependency, vulnerability, valid));
                } else {
                    evaluation.add(vulnerabilityFinding(dependency, vulnerability));
                    counted++;
                }
            }
        }
        for (Suppression suppression : suppressions) {
            if (expiredAndNeeded.contains(suppression)) {
                evaluation.add(Finding.of(
                                AuditCodes.SUPPRESSION_EXPIRED,
                                GateStatus.HOLD,
                                "The suppression of " + suppression.describe() + " expired on " + suppression.expires()
                                        + " and no longer applies")
                        .withFile(suppressionFile, null)
                        .withFix("Upgrade the dependency, or review the risk again and move \"expires\" of suppression "
                                + suppression.index() + " in " + suppressionFile + " with a current reason"));
            } else if (!used.contains(suppression)) {
                evaluation.add(Finding.of(
                                AuditCodes.SUPPRESSION_UNUSED,
                                GateStatus.WARN,
                                "The suppression of " + suppression.describe() + " matched nothing in this scan")
                        .withFile(suppressionFile, null)
                        .withFix("Delete suppression " + suppression.index() + " from " + suppressionFile));
            }
        }
        return counted;
    }

    private Finding vulnerabilityFinding(VulnerableDependency dependency, Vulnerability vulnerability) {
        double score = vulnerability.effectiveScore();
        GateStatus severity = score >= failOnCvss ? GateStatus.FAIL : GateStatus.WARN;
        String scoreText = vulnerability.cvssScore() == null
                ? "unscored, " + vulnerability.severity()
                : "CVSS " + formatScore(score)
                        + (vulnerability.cvssVersion() == null ? "" : " v" + vulnerability.cvssVersion()) + ", "
                        + vulnerability.severity();
        String ga = dependency.groupAndArtifact();
        String suppress =
                "suppress " + vulnerability.id() + " in " + suppressionFile + " with a reason and an expiry date";
        String upgrade = upgradeTarget(dependency, vulnerability);
        String fix = upgrade != null
                ? "Upgrade " + ga + " to " + upgrade + " (run '" + dependencyTree(ga)
                        + "' to see what brings it in), or " + suppress
                : (ga == null
                                ? "Find what brings in " + dependency.fileName()
                                : "Run '" + dependencyTree(ga) + "' to see what brings it in")
                        + ", upgrade past the affected versions, or " + suppress;
        String explanation = agreement.explanation(dependency, vulnerability);
        Finding finding = Finding.of(
                        AuditCodes.VULNERABILITY,
                        severity,
                        dependency.displayName() + " has " + vulnerability.id() + " (" + scoreText + ")"
                                + (located(dependency) ? " via " + dependency.location().shortPath() : "")
                                + (severity == GateStatus.WARN
                                        ? ", below the threshold " + formatScore(failOnCvss)
                                        : ""))
                .withFile(
                        located(dependency) ? dependency.location().declaration().file() : declaringFile,
                        located(dependency) ? dependency.location().declaration().line() : null)
                .withFix(fix)
                .withRuleId(vulnerability.id())
                .withDetail((explanation == null ? "" : explanation + "\n")
                        + vulnerability.description()
                        + (vulnerability.references().isEmpty()
                                ? ""
                                : "\n" + String.join("\n", vulnerability.references())))
                .withAttribute("cvssScore", formatScore(score))
                .withAttribute("cvssSeverity", vulnerability.severity())
                .withAttribute("dependency", dependency.displayName())
                .withAttribute("file", dependency.fileName())
                .withAttribute("description", truncate(vulnerability.description()));
        if (vulnerability.cvssVersion() != null) {
            finding = finding.withAttribute("cvssVersion", vulnerability.cvssVersion());
        }
        if (dependency.purl() != null) {
            finding = finding.withAttribute("purl", dependency.purl());
        }
        return withEngines(withLocation(finding, dependency), vulnerability);
    }

    private static boolean located(VulnerableDependency dependency) {
        return dependency.location() != null
                && dependency.location().located()
                && dependency.location().declaration() != null;
    }

    /** The module, the whole path, the declaring POM line and the other modules that have the dependency. */
    private static Finding withLocation(Finding finding, VulnerableDependency dependency) {
        if (!located(dependency)) {
            return finding;
        }
        ResolvedDependency location = dependency.location();
        Finding located = finding.withAttribute("module", location.module())
                .withAttribute("path", location.fullPath())
                .withAttribute("declaredAt", location.declaration().describe());
        if (location.scope() != null) {
            located = located.withAttribute("scope", location.scope());
        }
        if (location.declaration().inheritedFrom() != null) {
            located = located.withAttribute("inheritedFrom", location.declaration().inheritedFrom());
        }
        if (!location.otherModules().isEmpty()) {
            located = located.withAttribute("otherModules", String.join(",", location.otherModules()));
        }
        return located;
    }

    /** Which engines reported it, which one that ran did not, its other ids, and the CPE it was matched by. */
    private Finding withEngines(Finding finding, Vulnerability vulnerability) {
        Finding attributed = finding;
        if (!vulnerability.engines().isEmpty()) {
            attributed = attributed.withAttribute("engines", String.join(",", vulnerability.engines()));
        }
        String unconfirmedBy = agreement.unconfirmedBy(vulnerability);
        if (unconfirmedBy != null) {
            attributed = attributed.withAttribute("unconfirmedBy", unconfirmedBy);
        }
        if (!vulnerability.aliases().isEmpty()) {
            attributed = attributed.withAttribute("aliases", String.join(",", vulnerability.aliases()));
        }
        if (vulnerability.cpe() != null) {
            attributed = attributed.withAttribute("cpe", vulnerability.cpe());
        }
        return attributed;
    }

    private Finding suppressed(VulnerableDependency dependency, Vulnerability vulnerability, Suppression suppression) {
        String explanation = agreement.explanation(dependency, vulnerability);
        Finding finding = Finding.of(
                        AuditCodes.SUPPRESSED,
                        GateStatus.PASS,
                        vulnerability.id() + " in " + dependency.displayName() + " is suppressed until "
                                + suppression.expires() + ": " + suppression.reason())
                .withFile(suppressionFile, null)
                .withRuleId(vulnerability.id())
                .withAttribute("cvssScore", formatScore(vulnerability.effectiveScore()))
                .withAttribute("dependency", dependency.displayName())
                .withAttribute("expires", suppression.expires().toString());
        return withEngines(explanation == null ? finding : finding.withDetail(explanation), vulnerability);
    }

    /** The lowest fixed version above the dependency's own, or null when none is known. */
    static String upgradeTarget(VulnerableDependency dependency, Vulnerability vulnerability) {
        String ga = dependency.groupAndArtifact();
        if (ga == null
                || vulnerability.fixedVersions().isEmpty()
                || ga.length() >= dependency.coordinates().length()) {
            return null;
        }
        ComparableVersion current =
                new ComparableVersion(dependency.coordinates().substring(ga.length() + 1));
        return vulnerability.fixedVersions().stream()
                .filter(fixed -> new ComparableVersion(fixed).compareTo(current) > 0)
                .min(Comparator.comparing(ComparableVersion::new))
                .orElse(null);
    }

    static String formatScore(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }

    private static String truncate(String text) {
        return text.length() <= DESCRIPTION_LIMIT ? text : text.substring(0, DESCRIPTION_LIMIT - 1) + "…";
    }

    /** The command that shows what brings {@code ga} in, quoted for a shell: coordinates come from POMs. */
    private static String dependencyTree(String ga) {
        return ShellWords.join(List.of("mvn", "dependency:tree", "-Dincludes=" + ga));
    }
}
