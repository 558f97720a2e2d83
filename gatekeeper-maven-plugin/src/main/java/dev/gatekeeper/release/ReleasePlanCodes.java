package dev.gatekeeper.release;

import dev.gatekeeper.core.FindingCode;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import java.util.List;

/**
 * Every finding code the release-plan gate emits, each defined once: its usual severity, what it means and
 * what a user does about it. Sites report a constant with their own message (and a specific fix where
 * they know one); {@code docs/finding-codes.md} is generated from these constants.
 */
public final class ReleasePlanCodes {
    static final String GATE = GateId.Goals.RELEASE_PLAN;

    public static final FindingCode BRANCH_UNKNOWN = code(
            "RELEASE_PLAN_BRANCH_UNKNOWN",
            GateStatus.WARN,
            "a detached HEAD and no CI variable names the branch; nothing was checked",
            "Name the branch with -Dgatekeeper.releasePlan.branch=<branch>, or check anyway with -Dgatekeeper.releasePlan.force");

    public static final FindingCode CHANGELOG_UNREADABLE = code(
            "RELEASE_PLAN_CHANGELOG_UNREADABLE",
            GateStatus.HOLD,
            "src/changes/changes.xml is not well-formed XML; the problem and line are named",
            "Correct the XML at the named line");

    public static final FindingCode DIRTY_TREE = code(
            "RELEASE_PLAN_DIRTY_TREE",
            GateStatus.HOLD,
            "the working tree has uncommitted changes; up to 20 are listed in the detail",
            "Commit or stash the changes (git status --short lists them)");

    public static final FindingCode INVALID_VERSION = code(
            "RELEASE_PLAN_INVALID_VERSION",
            GateStatus.HOLD,
            "the planned version is not a release version; the tag, order and changelog checks are skipped",
            "Set the project version to <release>-SNAPSHOT, e.g. 1.4.0-SNAPSHOT");

    public static final FindingCode NOT_A_REPOSITORY = code(
            "RELEASE_PLAN_NOT_A_REPOSITORY",
            GateStatus.ERROR,
            "the build does not run in a git working tree",
            "Run the build in a git clone of the project (with its tags: git fetch --tags)");

    public static final FindingCode NOT_PAST_LATEST = code(
            "RELEASE_PLAN_NOT_PAST_LATEST",
            GateStatus.HOLD,
            "the planned version is not after the highest release tag; the fix names the next versions",
            "Set the version to one of the next versions the finding names");

    public static final FindingCode NO_CHANGELOG = code(
            "RELEASE_PLAN_NO_CHANGELOG",
            GateStatus.WARN,
            "no changelog under any usual name (HOLD with `requireChangelog=true`), or the configured one does not exist",
            "Add a CHANGELOG.md with a section for the planned version, or configure its path");

    public static final FindingCode NO_CHANGELOG_ENTRY = code(
            "RELEASE_PLAN_NO_CHANGELOG_ENTRY",
            GateStatus.HOLD,
            "the changelog has no section for the planned version",
            "Add the section the finding shows, in the changelog's own format");

    public static final FindingCode NO_PLANNED_VERSION = code(
            "RELEASE_PLAN_NO_PLANNED_VERSION",
            GateStatus.WARN,
            "the project version plans no release (`HEAD-SNAPSHOT`, `999-SNAPSHOT`); the tag, order and changelog checks are skipped",
            "Set the version to the release you plan, e.g. 1.4.0-SNAPSHOT");

    public static final FindingCode REPOSITORY_UNREADABLE = code(
            "RELEASE_PLAN_REPOSITORY_UNREADABLE",
            GateStatus.ERROR,
            "the git repository is damaged or incomplete (a missing object, a garbage `packed-refs`)",
            "Repair or clone the repository again (git fsck names the damage)");

    public static final FindingCode SHALLOW_CLONE = code(
            "RELEASE_PLAN_SHALLOW_CLONE",
            GateStatus.WARN,
            "the clone is shallow: tags may be missing",
            "Fetch the whole history and the tags: git fetch --unshallow --tags (in CI: fetch-depth: 0)");

    public static final FindingCode SNAPSHOT_ALLOWED = code(
            "RELEASE_PLAN_SNAPSHOT_ALLOWED",
            GateStatus.WARN,
            "a SNAPSHOT reference that `allowedSnapshots` accepts; `attributes.kind` is the code it would have had",
            "Release the dependency before releasing, then remove it from allowedSnapshots");

    public static final FindingCode SNAPSHOT_BOM = code(
            "RELEASE_PLAN_SNAPSHOT_BOM",
            GateStatus.HOLD,
            "an `import`-scoped BOM is a SNAPSHOT or a version range",
            "Use a released version of the BOM");

    public static final FindingCode SNAPSHOT_DEPENDENCY = code(
            "RELEASE_PLAN_SNAPSHOT_DEPENDENCY",
            GateStatus.HOLD,
            "a dependency is a SNAPSHOT or a version range",
            "Use a released version of the dependency");

    public static final FindingCode SNAPSHOT_EXTENSION = code(
            "RELEASE_PLAN_SNAPSHOT_EXTENSION",
            GateStatus.HOLD,
            "a build extension is a SNAPSHOT or a version range",
            "Use a released version of the extension");

    public static final FindingCode SNAPSHOT_GATEKEEPER = code(
            "RELEASE_PLAN_SNAPSHOT_GATEKEEPER",
            GateStatus.WARN,
            "Gatekeeper's own plugin at a SNAPSHOT, declared in an active profile (`attributes.profile`)",
            "Nothing to do until Gatekeeper is released; then use its released version");

    public static final FindingCode SNAPSHOT_MANAGED_DEPENDENCY = code(
            "RELEASE_PLAN_SNAPSHOT_MANAGED_DEPENDENCY",
            GateStatus.HOLD,
            "a managed dependency (also one an imported BOM brings in) is a SNAPSHOT or a version range",
            "Use a released version in dependencyManagement");

    public static final FindingCode SNAPSHOT_PARENT = code(
            "RELEASE_PLAN_SNAPSHOT_PARENT",
            GateStatus.HOLD,
            "the parent POM is a SNAPSHOT outside the reactor",
            "Use a released version of the parent POM");

    public static final FindingCode SNAPSHOT_PLUGIN = code(
            "RELEASE_PLAN_SNAPSHOT_PLUGIN",
            GateStatus.HOLD,
            "a build plugin is a SNAPSHOT or a version range",
            "Use a released version of the plugin");

    public static final FindingCode SNAPSHOT_PLUGIN_DEPENDENCY = code(
            "RELEASE_PLAN_SNAPSHOT_PLUGIN_DEPENDENCY",
            GateStatus.HOLD,
            "a build plugin's dependency is a SNAPSHOT or a version range, even when the plugin never runs in this build",
            "Use a released version of the plugin's dependency");

    public static final FindingCode TAG_AT_HEAD = code(
            "RELEASE_PLAN_TAG_AT_HEAD",
            GateStatus.PASS,
            "the tag for the planned version already points at HEAD (information)",
            "Nothing to do (information)");

    public static final FindingCode TAG_EXISTS = code(
            "RELEASE_PLAN_TAG_EXISTS",
            GateStatus.HOLD,
            "a tag for the planned version points at another commit; the tag and the commit are named",
            "Plan the next version, or delete the tag if it was made by mistake");

    public static final FindingCode TAG_FORMAT_UNUSABLE = code(
            "RELEASE_PLAN_TAG_FORMAT_UNUSABLE",
            GateStatus.WARN,
            "the maven-release-plugin's `tagNameFormat` cannot be read; the default format was used",
            "Correct the maven-release-plugin's tagNameFormat");

    public static final FindingCode VERSION_MISMATCH = code(
            "RELEASE_PLAN_VERSION_MISMATCH",
            GateStatus.HOLD,
            "a module's version differs from the execution root's; its `pom.xml` is named",
            "Give the module the execution root's version (mvn versions:set)");

    /** The gate broke with an unexpected exception; reported by the goal, not by a check. */
    public static final FindingCode GATE_ERROR = FindingCode.gateError(GATE);

    /** Reported by the goal when the build covers only part of the reactor. */
    public static final FindingCode PARTIAL_REACTOR = FindingCode.partialReactor(GATE, GateStatus.PASS);

    private ReleasePlanCodes() {}

    /** Every code above, by code. */
    public static List<FindingCode> all() {
        return FindingCode.declaredIn(ReleasePlanCodes.class);
    }

    private static FindingCode code(String code, GateStatus severity, String meaning, String fix) {
        return new FindingCode(code, GATE, severity, meaning, fix);
    }
}
