package dev.gatekeeper.docs;

import dev.gatekeeper.core.FindingCode;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import java.util.List;

/**
 * Every finding code the docs gate emits, each defined once: its usual severity, what it means and
 * what a user does about it. Sites report a constant with their own message (and a specific fix where
 * they know one); {@code docs/finding-codes.md} is generated from these constants.
 */
public final class DocsCodes {
    static final String GATE = GateId.Goals.DOCS;

    public static final FindingCode BROKEN_ANCHOR = code(
            "DOCS_BROKEN_ANCHOR",
            GateStatus.HOLD,
            "a `#fragment` names no heading of the target Markdown file; the detail lists its anchors",
            "Link to one of the anchors the detail lists, or rename the heading back");

    public static final FindingCode BROKEN_LINK = code(
            "DOCS_BROKEN_LINK",
            GateStatus.HOLD,
            "a relative link or image points to nothing",
            "Correct the link's path, or restore the file it points to");

    public static final FindingCode BROKEN_PATH_REFERENCE = code(
            "DOCS_BROKEN_PATH_REFERENCE",
            GateStatus.HOLD,
            "a repository path in inline code does not exist",
            "Correct the path, or add it to <ignoredPaths> when it names a file of the reader's project");

    public static final FindingCode FILE_URL = code(
            "DOCS_FILE_URL",
            GateStatus.HOLD,
            "a `file:` link, which only works on its author's machine",
            "Use a relative link to a file in the repository, or an https: link");

    public static final FindingCode LINK_OUTSIDE_REPOSITORY = code(
            "DOCS_LINK_OUTSIDE_REPOSITORY",
            GateStatus.HOLD,
            "a link leads out of the repository (by `..` or through a symbolic link)",
            "Link to a file inside the repository, or to the other project's https address");

    public static final FindingCode NO_FILES = code(
            "DOCS_NO_FILES",
            GateStatus.WARN,
            "no Markdown file matches the `<includes>` (or `<directory>`) of this module",
            "Correct <includes> or <directory>, or skip the docs gate in this module");

    public static final FindingCode READ_OUTSIDE = code(
            "DOCS_READ_OUTSIDE",
            GateStatus.ERROR,
            "a matched Markdown file is a symbolic link whose real path lies outside the repository; it is not read",
            "Replace the link with the file, or exclude it");

    public static final FindingCode SURFACE_STALE = code(
            "DOCS_SURFACE_STALE",
            GateStatus.HOLD,
            "an embedded surface block differs from the surface's current rendering; the detail is a unified diff",
            "Run the build with -Dgatekeeper.docs.update, review the rewritten blocks with git diff and commit them");

    public static final FindingCode SURFACE_UNAVAILABLE = code(
            "DOCS_SURFACE_UNAVAILABLE",
            GateStatus.ERROR,
            "a surface cannot be rendered: its command failed or timed out, its descriptor or file is missing or malformed or lies outside the repository, or its goal does not exist",
            "Make the surface's command, descriptor or file available before the docs gate runs, or correct its configuration");

    public static final FindingCode SURFACE_UNUSED = code(
            "DOCS_SURFACE_UNUSED",
            GateStatus.WARN,
            "a configured surface is embedded in no doc",
            "Embed the surface in a doc between its markers, or remove it from <surfaces>");

    public static final FindingCode SURFACE_UPDATED = code(
            "DOCS_SURFACE_UPDATED",
            GateStatus.PASS,
            "update mode rewrote a block (information); review and commit it",
            "Review the rewritten block with git diff and commit it");

    public static final FindingCode SYMLINK_NOT_REWRITTEN = code(
            "DOCS_SYMLINK_NOT_REWRITTEN",
            GateStatus.HOLD,
            "update mode would rewrite a doc that is a symbolic link; it neither replaces the link nor writes through it",
            "Include the link's target instead, or replace the link with the file");

    public static final FindingCode UNCLOSED_SURFACE = code(
            "DOCS_UNCLOSED_SURFACE",
            GateStatus.HOLD,
            "surface markers that do not pair up: an opening marker without a closing one, a nested one, or a closing one without an opening one",
            "Give every <!-- gatekeeper:surface NAME --> line its own <!-- /gatekeeper:surface --> line after it");

    public static final FindingCode UNDOCUMENTED_OPTION = code(
            "DOCS_UNDOCUMENTED_OPTION",
            GateStatus.HOLD,
            "coverage: an option of a command surface is mentioned nowhere outside the blocks",
            "Mention the option in the docs, outside the generated blocks");

    public static final FindingCode UNDOCUMENTED_PARAMETER = code(
            "DOCS_UNDOCUMENTED_PARAMETER",
            GateStatus.HOLD,
            "coverage: a plugin parameter is mentioned nowhere outside the blocks",
            "Mention the parameter in the docs, outside the generated blocks");

    public static final FindingCode UNKNOWN_SURFACE = code(
            "DOCS_UNKNOWN_SURFACE",
            GateStatus.HOLD,
            "a marker names a surface that is not configured; the message lists the configured ones",
            "Name one of the configured surfaces in the marker, or configure the surface");

    public static final FindingCode UNREADABLE = code(
            "DOCS_UNREADABLE",
            GateStatus.ERROR,
            "a Markdown file cannot be read, is not UTF-8, or is larger than 16 MB (not read)",
            "Make the file readable UTF-8 under 16 MB, or exclude it");

    /** The gate broke with an unexpected exception; reported by the goal, not by a check. */
    public static final FindingCode GATE_ERROR = FindingCode.gateError(GATE);

    private DocsCodes() {}

    /** Every code above, by code. */
    public static List<FindingCode> all() {
        return FindingCode.declaredIn(DocsCodes.class);
    }

    private static FindingCode code(String code, GateStatus severity, String meaning, String fix) {
        return new FindingCode(code, GATE, severity, meaning, fix);
    }
}
