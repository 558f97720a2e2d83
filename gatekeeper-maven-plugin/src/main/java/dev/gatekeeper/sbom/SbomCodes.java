package dev.gatekeeper.sbom;

import dev.gatekeeper.core.FindingCode;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import java.util.List;

/**
 * Every finding code the sbom gate emits, each defined once: its usual severity, what it means and
 * what a user does about it. Sites report a constant with their own message (and a specific fix where
 * they know one); {@code docs/finding-codes.md} is generated from these constants.
 */
public final class SbomCodes {
    static final String GATE = GateId.Goals.SBOM;

    public static final FindingCode BASELINE_MISSING = code(
            "SBOM_BASELINE_MISSING",
            GateStatus.HOLD,
            "drift is judged against a baseline SBOM that does not exist",
            "Commit a baseline SBOM at the configured path (a copy of the current target/bom.json), or remove the baseline setting");

    public static final FindingCode COMPONENT_EXTRA = code(
            "SBOM_COMPONENT_EXTRA",
            GateStatus.FAIL,
            "a library component of the SBOM is not in Maven's resolved compile and runtime graph",
            "Generate the SBOM from this build (the CycloneDX plugin in the same run), not from another one");

    public static final FindingCode COMPONENT_MISSING = code(
            "SBOM_COMPONENT_MISSING",
            GateStatus.FAIL,
            "an artifact of Maven's resolved compile and runtime graph is not a component of the SBOM",
            "Generate the SBOM from this build, with the runtime and compile scopes included");

    public static final FindingCode DANGLING_REFERENCE = code(
            "SBOM_DANGLING_REFERENCE",
            GateStatus.FAIL,
            "a `dependencies` reference names no component",
            "Generate the SBOM again with the CycloneDX plugin; do not edit it by hand");

    public static final FindingCode DRIFT_ADDED = code(
            "SBOM_DRIFT_ADDED",
            GateStatus.PASS,
            "a component was added since the baseline SBOM (HOLD when the drift policy holds on additions)",
            "Review the added component, then update the baseline SBOM");

    public static final FindingCode DRIFT_CHANGED = code(
            "SBOM_DRIFT_CHANGED",
            GateStatus.PASS,
            "a component's version or licenses changed since the baseline SBOM (HOLD on a downgrade when the policy says so)",
            "Review the change, then update the baseline SBOM");

    public static final FindingCode DRIFT_REMOVED = code(
            "SBOM_DRIFT_REMOVED",
            GateStatus.PASS,
            "a component was removed since the baseline SBOM",
            "Update the baseline SBOM");

    public static final FindingCode DUPLICATE_BOM_REF = code(
            "SBOM_DUPLICATE_BOM_REF",
            GateStatus.FAIL,
            "two components share a `bom-ref`",
            "Generate the SBOM again with the CycloneDX plugin; do not edit it by hand");

    public static final FindingCode GENERATION_FAILED = code(
            "SBOM_GENERATION_FAILED",
            GateStatus.ERROR,
            "the CycloneDX plugin that Gatekeeper runs failed to generate the SBOM",
            "Run mvn cyclonedx:makeAggregateBom -e to see why, or configure the SBOM file the build already makes");

    public static final FindingCode HASH_MISMATCH = code(
            "SBOM_HASH_MISMATCH",
            GateStatus.FAIL,
            "a component's recorded hash differs from the hash of the file Maven resolved",
            "Generate the SBOM from this build; a mismatch that stays means the artifact differs from what was resolved");

    public static final FindingCode HASH_MISSING = code(
            "SBOM_HASH_MISSING",
            GateStatus.WARN,
            "components carry no hash",
            "Let the CycloneDX plugin record hashes (its includeHashes setting)");

    public static final FindingCode LICENSE_DENIED = code(
            "SBOM_LICENSE_DENIED",
            GateStatus.HOLD,
            "a component is under a license of `gatekeeper.sbom.deniedLicenses` (also inside an expression)",
            "Replace the component, or take the license off the denied list");

    public static final FindingCode LICENSE_MISSING = code(
            "SBOM_LICENSE_MISSING",
            GateStatus.WARN,
            "a component has no license information (HOLD with `gatekeeper.sbom.requireLicenses`)",
            "Let the CycloneDX plugin include licenses, or ask the component's project to declare one");

    public static final FindingCode PROJECT_HASH_MISSING = code(
            "SBOM_PROJECT_HASH_MISSING",
            GateStatus.PASS,
            "the project's own artifact carries no hash (the CycloneDX plugin leaves it out); information",
            "Nothing to do (information)");

    public static final FindingCode PURL_INVALID = code(
            "SBOM_PURL_INVALID",
            GateStatus.FAIL,
            "a package URL is malformed",
            "Generate the SBOM again with the CycloneDX plugin; do not edit it by hand");

    public static final FindingCode SCHEMA_INVALID = code(
            "SBOM_SCHEMA_INVALID",
            GateStatus.FAIL,
            "the SBOM is not valid against the CycloneDX schema of its own spec version",
            "Generate the SBOM again with a current CycloneDX plugin");

    public static final FindingCode UNREADABLE = code(
            "SBOM_UNREADABLE",
            GateStatus.FAIL,
            "the SBOM file is missing or not a CycloneDX document (JSON or XML; a DTD, a directory, device or pipe, a file over 512 MB are refused)",
            "Generate the SBOM before the sbom gate runs (the CycloneDX plugin in package), or correct its configured path");

    public static final FindingCode WRONG_SUBJECT = code(
            "SBOM_WRONG_SUBJECT",
            GateStatus.FAIL,
            "`metadata.component` is not this project's groupId, artifactId and version",
            "Generate the SBOM from this project in this build");

    /** The gate broke with an unexpected exception; reported by the goal, not by a check. */
    public static final FindingCode GATE_ERROR = FindingCode.gateError(GATE);

    /** Reported by the goal when the build covers only part of the reactor. */
    public static final FindingCode PARTIAL_REACTOR = FindingCode.partialReactor(GATE, GateStatus.SKIPPED);

    private SbomCodes() {}

    /** Every code above, by code. */
    public static List<FindingCode> all() {
        return FindingCode.declaredIn(SbomCodes.class);
    }

    private static FindingCode code(String code, GateStatus severity, String meaning, String fix) {
        return new FindingCode(code, GATE, severity, meaning, fix);
    }
}
