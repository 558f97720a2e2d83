package dev.gatekeeper.sbom;

import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.IoProblems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;

/**
 * Runbook step 5: verifies that a CycloneDX SBOM describes exactly what Maven resolved. It parses
 * and schema-validates with the CycloneDX library, then checks the subject, completeness in both
 * directions, file hashes, purls, references and licenses, each under its own finding code. Every
 * check is one pass over the components with hash-map look-ups, so the time is linear in the size
 * of the SBOM and the graph (plus reading each resolved file once).
 */
public final class SbomVerifier {
    /** How many schema violations a finding lists; the count says how many there were in all. */
    static final int LISTED_SCHEMA_PROBLEMS = 20;

    private static final String REGENERATE =
            "Regenerate the SBOM from this build with 'make sbom', then run 'make sbom-verify'";

    private final SbomDocument document;
    private final Bom bom;
    private final SbomExpectations expected;
    private final String shown;
    private final GateEvaluation evaluation;
    private final List<SbomComponents.Entry> components;
    private final Map<MavenGav, GraphArtifact> graph = new LinkedHashMap<>();

    private SbomVerifier(SbomDocument document, SbomExpectations expected, String shown, GateEvaluation evaluation) {
        this.document = document;
        this.bom = document.bom();
        this.expected = expected;
        this.shown = shown;
        this.evaluation = evaluation;
        this.components = SbomComponents.of(bom);
        expected.runtimeGraph().forEach(artifact -> graph.putIfAbsent(artifact.gav(), artifact));
    }

    /**
     * Verifies {@code sbomFile} against what Maven resolved and records every finding, the inputs'
     * digests and, for a clean SBOM, a one-line summary in {@code evaluation}.
     *
     * @param shown how findings name the SBOM file (relative to the execution root)
     */
    public static void verify(Path sbomFile, SbomExpectations expected, String shown, GateEvaluation evaluation) {
        Objects.requireNonNull(expected, "expected");
        evaluation.input("runtime-graph", expected.graphDigest());
        SbomDocument document;
        try {
            SbomReader.refuseUnusual(sbomFile);
            evaluation.input("sbom", Digests.sha256(sbomFile));
            document = SbomReader.read(sbomFile, true);
        } catch (IOException e) {
            evaluation.add(Finding.of(
                            SbomCodes.UNREADABLE, GateStatus.FAIL, shown + " cannot be read: " + IoProblems.describe(e))
                    .withFile(shown, null)
                    .withFix(REGENERATE));
            return;
        } catch (UnreadableSbomException e) {
            evaluation.add(Finding.of(SbomCodes.UNREADABLE, GateStatus.FAIL, shown + " " + e.getMessage())
                    .withFile(shown, e.line())
                    .withFix(REGENERATE + "; the CycloneDX Maven plugin writes CycloneDX JSON or XML"));
            return;
        }
        if (!document.schemaProblems().isEmpty()) {
            evaluation.add(schemaInvalid(document, shown));
        }
        if (document.bom() == null) {
            return;
        }
        new SbomVerifier(document, expected, shown, evaluation).checkAll();
    }

    private void checkAll() {
        checkSubject();
        checkBomRefs();
        checkPurls();
        int incomplete = checkCompleteness();
        SbomIntegrity.Outcome integrity = new SbomIntegrity(expected, graph, shown, evaluation).check(components);
        checkLicenses();
        evaluation.summary(components.size() + " components, "
                + (incomplete == 0 ? "complete" : incomplete + " completeness problems") + ", "
                + (integrity.mismatches() > 0
                        ? integrity.mismatches() + " hash mismatches"
                        : integrity.filesChecked() == 0 ? "no hash checked" : "hashes match"));
        evaluation
                .log()
                .info(shown + ": CycloneDX " + document.specVersion().getVersionString() + " " + document.format()
                        + ", " + components.size() + " components, " + integrity.filesChecked() + " files hashed");
    }

    private static Finding schemaInvalid(SbomDocument document, String shown) {
        List<String> problems = document.schemaProblems();
        String listed = problems.stream()
                .limit(LISTED_SCHEMA_PROBLEMS)
                .map(p -> "- " + p)
                .collect(Collectors.joining("\n"));
        if (problems.size() > LISTED_SCHEMA_PROBLEMS) {
            listed += "\n- … and " + (problems.size() - LISTED_SCHEMA_PROBLEMS) + " more";
        }
        return Finding.of(
                        SbomCodes.SCHEMA_INVALID,
                        GateStatus.FAIL,
                        shown + " is not valid CycloneDX "
                                + document.specVersion().getVersionString() + " " + document.format() + ": "
                                + problems.size()
                                + (problems.size() == 1 ? " schema violation: " : " schema violations, the first: ")
                                + problems.get(0))
                .withFile(shown, null)
                .withFix(REGENERATE + "; never edit the SBOM by hand")
                .withDetail(listed)
                .withAttribute("specVersion", document.specVersion().getVersionString())
                .withAttribute("violations", Integer.toString(problems.size()));
    }

    private void checkSubject() {
        Component subject = bom.getMetadata() == null ? null : bom.getMetadata().getComponent();
        String project = expected.projectGroupAndArtifact() + ":" + expected.version();
        if (subject == null) {
            evaluation.add(Finding.of(
                            SbomCodes.WRONG_SUBJECT,
                            GateStatus.FAIL,
                            shown + " has no metadata.component, so it does not say it describes " + project)
                    .withFile(shown, null)
                    .withFix(REGENERATE));
            return;
        }
        if (!expected.groupId().equals(subject.getGroup())
                || !expected.artifactId().equals(subject.getName())
                || !expected.version().equals(subject.getVersion())) {
            evaluation.add(Finding.of(
                            SbomCodes.WRONG_SUBJECT,
                            GateStatus.FAIL,
                            shown + " describes " + SbomComponents.nameOf(subject) + ", not this project " + project)
                    .withFile(shown, null)
                    .withFix(REGENERATE + "; an SBOM left over from another module or version must not ship")
                    .withAttribute("expected", project)
                    .withAttribute("actual", SbomComponents.nameOf(subject)));
        }
        if (subject.getHashes() == null || subject.getHashes().isEmpty()) {
            // Information, not a warning: no CycloneDX Maven plugin version records it, so it would mark every SBOM.
            evaluation.add(Finding.of(
                            SbomCodes.PROJECT_HASH_MISSING,
                            GateStatus.PASS,
                            shown + " records no hash of the project's own artifact " + project)
                    .withFile(shown, null)
                    .withDetail(
                            "The CycloneDX Maven plugin leaves metadata.component without hashes. Gatekeeper reports"
                                    + " this rather than editing the SBOM, which would break its provenance.")
                    .withFix("Nothing to do before merging; publish checksums of the released artifact next to the SBOM"
                            + " (the repository's .sha256/.sha512 files)"));
        }
    }

    private void checkBomRefs() {
        Map<String, Integer> uses = new LinkedHashMap<>();
        Component subject = bom.getMetadata() == null ? null : bom.getMetadata().getComponent();
        if (subject != null && subject.getBomRef() != null) {
            uses.merge(subject.getBomRef(), 1, Integer::sum);
        }
        for (SbomComponents.Entry entry : components) {
            if (entry.component().getBomRef() != null) {
                uses.merge(entry.component().getBomRef(), 1, Integer::sum);
            }
        }
        uses.forEach((ref, count) -> {
            if (count > 1) {
                evaluation.add(Finding.of(
                                SbomCodes.DUPLICATE_BOM_REF,
                                GateStatus.FAIL,
                                shown + " gives the bom-ref '" + ref + "' to " + count
                                        + " components; a reference must name one")
                        .withFile(shown, null)
                        .withFix(REGENERATE)
                        .withAttribute("bomRef", ref));
            }
        });
        checkReferences(uses.keySet());
    }

    private void checkReferences(Set<String> bomRefs) {
        Map<String, String> dangling = new LinkedHashMap<>();
        if (bom.getDependencies() != null) {
            for (Dependency dependency : bom.getDependencies()) {
                if (dependency.getRef() != null && !bomRefs.contains(dependency.getRef())) {
                    dangling.putIfAbsent(dependency.getRef(), "dependencies[].ref");
                }
                if (dependency.getDependencies() != null) {
                    for (Dependency dependsOn : dependency.getDependencies()) {
                        if (dependsOn.getRef() != null && !bomRefs.contains(dependsOn.getRef())) {
                            dangling.putIfAbsent(dependsOn.getRef(), "the dependsOn of '" + dependency.getRef() + "'");
                        }
                    }
                }
            }
        }
        dangling.forEach((ref, where) -> evaluation.add(Finding.of(
                        SbomCodes.DANGLING_REFERENCE,
                        GateStatus.FAIL,
                        shown + ": '" + ref + "' in " + where + " is the bom-ref of no component")
                .withFile(shown, null)
                .withFix(REGENERATE)
                .withAttribute("bomRef", ref)));
    }

    private void checkPurls() {
        Component subject = bom.getMetadata() == null ? null : bom.getMetadata().getComponent();
        if (subject != null) {
            reportInvalidPurl(SbomComponents.entry(subject), "metadata.component");
        }
        for (SbomComponents.Entry entry : components) {
            if (entry.purl() == null && entry.purlProblem() == null && entry.isLibrary()) {
                evaluation.add(Finding.of(
                                SbomCodes.PURL_INVALID,
                                GateStatus.FAIL,
                                shown + ": component " + entry.displayName()
                                        + " has no purl, so it cannot be matched to Maven's graph")
                        .withFile(shown, null)
                        .withFix(REGENERATE));
            }
            reportInvalidPurl(entry, "component " + entry.displayName());
        }
    }

    private void reportInvalidPurl(SbomComponents.Entry entry, String what) {
        if (entry.purlProblem() != null) {
            evaluation.add(Finding.of(
                            SbomCodes.PURL_INVALID,
                            GateStatus.FAIL,
                            shown + ": " + what + " has the malformed purl '"
                                    + entry.component().getPurl() + "': " + entry.purlProblem())
                    .withFile(shown, null)
                    .withFix(REGENERATE + "; a purl reads pkg:maven/<groupId>/<artifactId>@<version>")
                    .withAttribute("purl", entry.component().getPurl()));
        }
    }

    /** Returns how many artifacts are missing or extra. */
    private int checkCompleteness() {
        Map<MavenGav, SbomComponents.Entry> listed = new HashMap<>();
        Map<String, Set<String>> listedVersions = new HashMap<>();
        for (SbomComponents.Entry entry : components) {
            entry.gav().ifPresent(gav -> {
                listed.putIfAbsent(gav, entry);
                listedVersions
                        .computeIfAbsent(gav.groupAndArtifact(), ga -> new TreeSet<>())
                        .add(gav.version());
            });
        }
        int problems = 0;
        for (Map.Entry<MavenGav, GraphArtifact> resolved : graph.entrySet()) {
            MavenGav gav = resolved.getKey();
            if (expected.isReactorModule(gav.groupAndArtifact()) || listed.containsKey(gav)) {
                continue;
            }
            Set<String> otherVersions = listedVersions.getOrDefault(gav.groupAndArtifact(), Set.of());
            evaluation.add(Finding.of(
                            SbomCodes.COMPONENT_MISSING,
                            GateStatus.FAIL,
                            shown + " does not list " + gav
                                    + ", which Maven resolves at runtime"
                                    + (otherVersions.isEmpty()
                                            ? ""
                                            : " (it lists version " + String.join(", ", otherVersions) + ")"))
                    .withFile(shown, null)
                    .withFix(REGENERATE + "; if it stays missing, check the CycloneDX plugin's includeRuntimeScope and"
                            + " excludeTypes settings")
                    .withAttribute("dependency", gav.toString())
                    .withAttribute("purl", gav.purl()));
            problems++;
        }
        for (SbomComponents.Entry entry : components) {
            if (!entry.isLibrary() || (entry.purl() == null)) {
                continue;
            }
            Optional<MavenGav> gav = entry.gav();
            if (gav.isPresent()
                    && (expected.isReactorModule(gav.get().groupAndArtifact()) || graph.containsKey(gav.get()))) {
                continue;
            }
            evaluation.add(Finding.of(
                            SbomCodes.COMPONENT_EXTRA,
                            GateStatus.FAIL,
                            shown + " lists " + entry.displayName()
                                    + (gav.isPresent()
                                            ? ", which is not in Maven's resolved runtime graph"
                                            : ", which is not a Maven artifact ("
                                                    + entry.purl().getType() + ") of the runtime graph"))
                    .withFile(shown, null)
                    .withFix(
                            "Run 'mvn dependency:tree -Dscope=runtime' to compare; if the SBOM includes test or provided"
                                    + " dependencies, set the CycloneDX plugin's includeTestScope/includeProvidedScope to false and "
                                    + "regenerate with 'make sbom'")
                    .withAttribute("purl", entry.component().getPurl()));
            problems++;
        }
        return problems;
    }

    private void checkLicenses() {
        GateStatus missingSeverity = expected.requireLicenses() ? GateStatus.HOLD : GateStatus.WARN;
        for (SbomComponents.Entry entry : components) {
            if (entry.gav()
                    .map(gav -> expected.isReactorModule(gav.groupAndArtifact()))
                    .orElse(false)) {
                continue;
            }
            List<String> licenses = Licenses.of(entry.component().getLicenses());
            if (licenses.isEmpty()) {
                evaluation.add(Finding.of(
                                SbomCodes.LICENSE_MISSING,
                                missingSeverity,
                                shown + ": component " + entry.displayName() + " has no license information")
                        .withFile(shown, null)
                        .withFix(
                                "Find the license in the artifact's POM or project site; if its POM lacks one, ask upstream to"
                                        + " declare it, and meanwhile review it by hand before relying on the component")
                        .withAttribute("component", entry.displayName()));
                continue;
            }
            Set<String> denied = Licenses.denied(entry.component().getLicenses(), expected.deniedLicenses());
            if (!denied.isEmpty()) {
                evaluation.add(Finding.of(
                                SbomCodes.LICENSE_DENIED,
                                GateStatus.HOLD,
                                "Component " + entry.displayName()
                                        + " is licensed under " + String.join(" / ", licenses)
                                        + ", which names the denied license "
                                        + String.join(", ", denied))
                        .withFile(shown, null)
                        .withFix("Replace the dependency, or have the license use approved and remove "
                                + String.join(", ", denied) + " from the denied licenses")
                        .withAttribute("component", entry.displayName())
                        .withAttribute("license", String.join(" / ", licenses)));
            }
        }
    }
}
