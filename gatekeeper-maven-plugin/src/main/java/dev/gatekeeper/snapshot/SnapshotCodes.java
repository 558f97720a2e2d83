package dev.gatekeeper.snapshot;

import dev.gatekeeper.core.FindingCode;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import java.util.List;

/**
 * Every finding code the snapshot gate emits, each defined once: its usual severity, what it means and
 * what a user does about it. Sites report a constant with their own message (and a specific fix where
 * they know one); {@code docs/finding-codes.md} is generated from these constants.
 */
public final class SnapshotCodes {
    static final String GATE = GateId.Goals.SNAPSHOT;

    public static final FindingCode COMMITTED_INVALID = code(
            "SNAPSHOT_COMMITTED_INVALID",
            GateStatus.HOLD,
            "the committed JSON snapshot does not parse",
            "Correct the committed snapshot, or regenerate it with -Dgatekeeper.snapshot.update");

    public static final FindingCode COMMITTED_TOO_LARGE = code(
            "SNAPSHOT_COMMITTED_TOO_LARGE",
            GateStatus.HOLD,
            "the committed snapshot is larger than `maxOutputBytes`; not compared",
            "Make the product's output smaller, or raise maxOutputBytes");

    public static final FindingCode EXIT_CODE = code(
            "SNAPSHOT_EXIT_CODE",
            GateStatus.FAIL,
            "a run exited with a code not allowed; its standard error and command line are in the evidence",
            "Run the command shown and fix what it reports, or allow the exit code");

    public static final FindingCode LEFT_PROCESSES = code(
            "SNAPSHOT_LEFT_PROCESSES",
            GateStatus.WARN,
            "the product exited but processes it started still ran; they are named and ended",
            "Stop or wait for what the product starts before it exits");

    public static final FindingCode MISMATCH = code(
            "SNAPSHOT_MISMATCH",
            GateStatus.HOLD,
            "the output differs from the committed snapshot; the diff is logged and attached",
            "Fix the regression, or accept the new output with -Dgatekeeper.snapshot.update and commit it");

    public static final FindingCode MISSING = code(
            "SNAPSHOT_MISSING",
            GateStatus.HOLD,
            "no committed snapshot yet; the fix says how to create one",
            "Create it with -Dgatekeeper.snapshot.update, review it and commit it");

    public static final FindingCode NONDETERMINISTIC = code(
            "SNAPSHOT_NONDETERMINISTIC",
            GateStatus.FAIL,
            "two runs on the same profile differ after normalisation",
            "Make the output deterministic (sorted, no timestamps), or normalise the varying part");

    public static final FindingCode NOT_RUNNABLE = code(
            "SNAPSHOT_NOT_RUNNABLE",
            GateStatus.ERROR,
            "the product could not start",
            "Correct the case's main class, jar or executable");

    public static final FindingCode NO_OUTPUT = code(
            "SNAPSHOT_NO_OUTPUT",
            GateStatus.FAIL,
            "the product was given `${output}` but wrote nothing there",
            "Make the product write its snapshot to the path given for ${output}");

    public static final FindingCode OUTPUT_INVALID = code(
            "SNAPSHOT_OUTPUT_INVALID",
            GateStatus.FAIL,
            "JSON output does not parse (file and line named)",
            "Make the product write valid JSON");

    public static final FindingCode OUTPUT_TOO_LARGE = code(
            "SNAPSHOT_OUTPUT_TOO_LARGE",
            GateStatus.HOLD,
            "output over `maxOutputBytes`; not compared",
            "Make the product's output smaller, or raise maxOutputBytes");

    public static final FindingCode PATH_OUTSIDE = code(
            "SNAPSHOT_PATH_OUTSIDE",
            GateStatus.ERROR,
            "update mode would write outside the snapshot directory; nothing is written",
            "Configure the snapshot file inside the snapshot directory");

    public static final FindingCode PROFILE_ESCAPES_PROJECT = code(
            "SNAPSHOT_PROFILE_ESCAPES_PROJECT",
            GateStatus.ERROR,
            "a case's fixture profile lies outside the project (an absolute or `..` path, or a symbolic link)",
            "Put the fixture profile inside the project");

    public static final FindingCode PROFILE_MISSING = code(
            "SNAPSHOT_PROFILE_MISSING",
            GateStatus.ERROR,
            "a case's fixture profile does not exist",
            "Create the profile directory, or correct its path");

    public static final FindingCode PROFILE_NOT_A_DIRECTORY = code(
            "SNAPSHOT_PROFILE_NOT_A_DIRECTORY",
            GateStatus.ERROR,
            "a case's fixture profile is not a directory",
            "Point the profile at a directory");

    public static final FindingCode READ_OUTSIDE = code(
            "SNAPSHOT_READ_OUTSIDE",
            GateStatus.ERROR,
            "the snapshot file or schema lies outside the project (an absolute or `..` path, or a symbolic link)",
            "Keep snapshots and schemas inside the project");

    public static final FindingCode RUN_OUTPUT_TOO_LARGE = code(
            "SNAPSHOT_RUN_OUTPUT_TOO_LARGE",
            GateStatus.FAIL,
            "a run's output and standard error together grew past `gatekeeper.commands.maxOutputMegabytes`",
            "Make the product quieter, or raise gatekeeper.commands.maxOutputMegabytes");

    public static final FindingCode SCHEMA_UNREADABLE = code(
            "SNAPSHOT_SCHEMA_UNREADABLE",
            GateStatus.ERROR,
            "the schema file is missing or broken",
            "Correct the schema's path or its JSON");

    public static final FindingCode SCHEMA_VIOLATION = code(
            "SNAPSHOT_SCHEMA_VIOLATION",
            GateStatus.FAIL,
            "output violates the schema; every violation listed as `/pointer: problem`",
            "Make the output match the schema, or change the schema");

    public static final FindingCode SYMLINK_NOT_REPLACED = code(
            "SNAPSHOT_SYMLINK_NOT_REPLACED",
            GateStatus.ERROR,
            "update mode found the committed snapshot to be a symbolic link; it neither replaces the link nor writes through it",
            "Replace the link with the file");

    public static final FindingCode TIMED_OUT = code(
            "SNAPSHOT_TIMED_OUT",
            GateStatus.FAIL,
            "a run was stopped at the timeout with every process it started",
            "Run the case by hand to see where it hangs, or raise its timeout");

    public static final FindingCode UPDATED = code(
            "SNAPSHOT_UPDATED",
            GateStatus.WARN,
            "update mode rewrote the snapshot; review and commit it",
            "Review the new snapshot with git diff and commit it");

    /** The gate broke with an unexpected exception; reported by the goal, not by a check. */
    public static final FindingCode GATE_ERROR = FindingCode.gateError(GATE);

    private SnapshotCodes() {}

    /** Every code above, by code. */
    public static List<FindingCode> all() {
        return FindingCode.declaredIn(SnapshotCodes.class);
    }

    private static FindingCode code(String code, GateStatus severity, String meaning, String fix) {
        return new FindingCode(code, GATE, severity, meaning, fix);
    }
}
