package dev.gatekeeper.sbom;

import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.IoProblems;
import dev.gatekeeper.core.ShellWords;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.artifact.versioning.ComparableVersion;
import org.cyclonedx.model.Component;

/**
 * The local equivalent of a CI dependency-review job: what a change adds, removes and changes
 * among the components of the SBOM. Drift is information unless the {@link DriftPolicy} says a
 * kind of change holds the merge.
 */
public final class SbomDrift {
    private SbomDrift() {}

    /** A component as drift compares it. */
    private record Described(String version, List<String> licenses, Component component) {}

    /**
     * Compares two SBOMs and records a finding per changed component; an unreadable SBOM is an
     * {@link SbomVerifier#UNREADABLE} finding and an empty report.
     *
     * @return the changes, for a Markdown listing
     */
    public static DriftReport compare(Path baseline, Path current, DriftPolicy policy, GateEvaluation evaluation) {
        Map<String, Described> before = read(baseline, "baseline", evaluation);
        Map<String, Described> after = read(current, "current", evaluation);
        if (before == null || after == null) {
            return new DriftReport(List.of());
        }
        List<DriftReport.Change> changes = new ArrayList<>();
        after.forEach((key, now) -> {
            Described then = before.get(key);
            if (then == null) {
                changes.add(new DriftReport.Change(
                        DriftReport.Kind.ADDED, key, null, now.version(), null, now.licenses(), false));
            } else if (!Objects.equals(then.version(), now.version())
                    || !then.licenses().equals(now.licenses())) {
                changes.add(new DriftReport.Change(
                        DriftReport.Kind.CHANGED,
                        key,
                        then.version(),
                        now.version(),
                        then.licenses(),
                        now.licenses(),
                        isDowngrade(then.version(), now.version())));
            }
        });
        before.forEach((key, then) -> {
            if (!after.containsKey(key)) {
                changes.add(new DriftReport.Change(
                        DriftReport.Kind.REMOVED, key, then.version(), null, then.licenses(), null, false));
            }
        });
        changes.sort(Comparator.comparing(DriftReport.Change::component).thenComparing(DriftReport.Change::kind));
        DriftReport report = new DriftReport(changes);
        for (DriftReport.Change change : changes) {
            Component component = change.kind() == DriftReport.Kind.REMOVED
                    ? null
                    : after.get(change.component()).component();
            evaluation.add(finding(change, component, policy));
        }
        String verified = evaluation.currentSummary();
        evaluation.summary((verified == null ? "" : verified + "; ") + "since the baseline: " + report.summary());
        return report;
    }

    private static Finding finding(DriftReport.Change change, Component component, DriftPolicy policy) {
        Set<String> denied =
                component == null ? Set.of() : Licenses.denied(component.getLicenses(), policy.deniedLicenses());
        boolean licenseNew = change.kind() == DriftReport.Kind.ADDED || change.licensesChanged();
        Finding finding = switch (change.kind()) {
            case ADDED ->
                Finding.of(
                        SbomCodes.DRIFT_ADDED,
                        policy.holdOnAdded() ? GateStatus.HOLD : GateStatus.PASS,
                        "New dependency " + change.component() + " " + change.toVersion()
                                + licensesText(change.toLicenses()));
            case REMOVED ->
                Finding.of(
                        SbomCodes.DRIFT_REMOVED,
                        GateStatus.PASS,
                        "Dependency " + change.component() + " " + change.fromVersion() + " is gone");
            case CHANGED ->
                Finding.of(
                        SbomCodes.DRIFT_CHANGED,
                        change.downgrade() && policy.holdOnDowngrade() ? GateStatus.HOLD : GateStatus.PASS,
                        changedText(change));
        };
        if (licenseNew && !denied.isEmpty()) {
            finding = new Finding(
                    finding.code(),
                    GateStatus.HOLD,
                    finding.message() + ", under the denied license " + String.join(", ", denied),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        if (finding.severity() == GateStatus.HOLD) {
            finding = finding.withFix(
                    change.downgrade()
                            ? "Find what pins " + change.component() + " back with '"
                                    + ShellWords.join(
                                            List.of("mvn", "dependency:tree", "-Dincludes=" + change.component()))
                                    + "', or accept the downgrade in review"
                            : "Review the new dependency and its license; replace it or have the policy changed");
        }
        finding = finding.withAttribute("component", change.component());
        if (change.fromVersion() != null) {
            finding = finding.withAttribute("fromVersion", change.fromVersion());
        }
        if (change.toVersion() != null) {
            finding = finding.withAttribute("toVersion", change.toVersion());
        }
        return finding;
    }

    private static String changedText(DriftReport.Change change) {
        List<String> parts = new ArrayList<>();
        if (change.versionChanged()) {
            parts.add((change.downgrade() ? "downgraded from " : "upgraded from ") + change.fromVersion() + " to "
                    + change.toVersion());
        }
        if (change.licensesChanged()) {
            parts.add("license changed from " + orNone(change.fromLicenses()) + " to " + orNone(change.toLicenses()));
        }
        return "Dependency " + change.component() + " " + String.join(", ", parts);
    }

    private static String licensesText(List<String> licenses) {
        return licenses.isEmpty() ? " (no license information)" : " (" + String.join(" / ", licenses) + ")";
    }

    private static String orNone(List<String> licenses) {
        return licenses.isEmpty() ? "none" : String.join(" / ", licenses);
    }

    static boolean isDowngrade(String from, String to) {
        return from != null && to != null && new ComparableVersion(to).compareTo(new ComparableVersion(from)) < 0;
    }

    /** The components by {@code groupId:artifactId[:classifier]}, or null after recording why the file is unreadable. */
    private static Map<String, Described> read(Path file, String role, GateEvaluation evaluation) {
        SbomDocument document;
        try {
            SbomReader.refuseUnusual(file);
            evaluation.input("sbom-" + role, Digests.sha256(file));
            document = SbomReader.read(file, false);
        } catch (IOException | UnreadableSbomException e) {
            Integer line = e instanceof UnreadableSbomException unreadable ? unreadable.line() : null;
            evaluation.add(Finding.of(
                            SbomCodes.UNREADABLE,
                            GateStatus.FAIL,
                            "The " + role + " SBOM " + file + " "
                                    + (e instanceof IOException io
                                            ? "cannot be read: " + IoProblems.describe(io)
                                            : e.getMessage()))
                    .withFile(file.toString(), line)
                    .withFix("Generate both SBOMs with 'make sbom' (the baseline on the target branch)"));
            return null;
        }
        Map<String, Described> components = new TreeMap<>();
        for (SbomComponents.Entry entry : SbomComponents.of(document.bom())) {
            Component component = entry.component();
            String key = entry.gav()
                    .map(gav -> gav.groupAndArtifact() + (gav.classifier() == null ? "" : ":" + gav.classifier()))
                    .orElseGet(() -> (component.getGroup() == null
                                            || component.getGroup().isBlank()
                                    ? ""
                                    : component.getGroup() + ":")
                            + component.getName());
            String version = entry.gav().map(MavenGav::version).orElse(component.getVersion());
            components.putIfAbsent(key, new Described(version, Licenses.of(component.getLicenses()), component));
        }
        return components;
    }
}
