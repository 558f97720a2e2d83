package dev.gatekeeper.audit;

import dev.gatekeeper.core.FindingCode;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import java.util.List;

/**
 * Every finding code the audit gate emits, each defined once: its usual severity, what it means and
 * what a user does about it. Sites report a constant with their own message (and a specific fix where
 * they know one); {@code docs/finding-codes.md} is generated from these constants.
 */
public final class AuditCodes {
    static final String GATE = GateId.Goals.AUDIT;

    public static final FindingCode DATABASE_AGE_UNKNOWN = code(
            "AUDIT_DATABASE_AGE_UNKNOWN",
            GateStatus.HOLD,
            "the data's age cannot be told",
            "Point gatekeeper.audit.nvdDatafeedUrl at a mirror whose cache.properties has lastModifiedDate");

    public static final FindingCode DATABASE_STALE = code(
            "AUDIT_DATABASE_STALE",
            GateStatus.HOLD,
            "the data is older than the limit",
            "Update the vulnerability data (let Dependency-Check update, or refresh the NVD mirror), or raise gatekeeper.audit.maxDatabaseAge");

    public static final FindingCode DATA_LOCKED = code(
            "AUDIT_DATA_LOCKED",
            GateStatus.ERROR,
            "a leftover update lock in the Dependency-Check data directory",
            "Make sure no other build updates the data, then delete the lock file the message names");

    public static final FindingCode FEED_CORRUPT = code(
            "AUDIT_FEED_CORRUPT",
            GateStatus.ERROR,
            "Dependency-Check failed and a `nvdcve-*.json.gz` file of the local (`file:`) NVD mirror is damaged",
            "Download the named file of the mirror again");

    public static final FindingCode NO_DATA_SOURCE = code(
            "AUDIT_NO_DATA_SOURCE",
            GateStatus.ERROR,
            "no mirror and no database, or the mirror cannot be read",
            "Set gatekeeper.audit.nvdDatafeedUrl to an NVD mirror, or give Dependency-Check an NVD API key or an existing database");

    public static final FindingCode OSV_DATABASE_EMPTY = code(
            "AUDIT_OSV_DATABASE_EMPTY",
            GateStatus.ERROR,
            "the OSV database holds no advisory (an empty directory, a zip of other files), so a scan against it would pass everything",
            "Point the OSV database setting at a directory or zip of OSV advisories (for example an ecosystem's all.zip)");

    public static final FindingCode OSV_DATABASE_PROBLEMS = code(
            "AUDIT_OSV_DATABASE_PROBLEMS",
            GateStatus.WARN,
            "files of the OSV database could not be used (the first ones named, counts as attributes)",
            "Download the OSV database again; the named files did not parse");

    public static final FindingCode OSV_DATABASE_UNREADABLE = code(
            "AUDIT_OSV_DATABASE_UNREADABLE",
            GateStatus.ERROR,
            "the OSV database cannot be read at all",
            "Check that the configured OSV database path exists and is readable");

    public static final FindingCode OSV_NO_DATABASE = code(
            "AUDIT_OSV_NO_DATABASE",
            GateStatus.ERROR,
            "the managed OSV database has no copy in its cache directory and none could be downloaded (offline, or the download failed; the message says which)",
            "Run 'mvn dev.gatekeeper:gatekeeper-maven-plugin:audit-update' once with network access, or restore gatekeeper.audit.osv.cacheDirectory from a CI cache");

    public static final FindingCode OSV_REFRESH_FAILED = code(
            "AUDIT_OSV_REFRESH_FAILED",
            GateStatus.WARN,
            "the managed OSV database could not be refreshed; the cached copy was scanned (its age is still judged by gatekeeper.audit.maxDatabaseAgeDays)",
            "Check that the database URL (gatekeeper.audit.osv.url) is reachable: proxies come from the Maven settings, a mirror's credentials from the <server> gatekeeper.audit.osv.serverId names");

    public static final FindingCode REPORT_UNREADABLE = code(
            "AUDIT_REPORT_UNREADABLE",
            GateStatus.ERROR,
            "the Dependency-Check report cannot be read",
            "Run the build again with -e; the report named in the message is damaged or missing");

    public static final FindingCode SCAN_FAILED = code(
            "AUDIT_SCAN_FAILED",
            GateStatus.ERROR,
            "Dependency-Check failed",
            "Run 'mvn verify -Pmerge-ready -Dgatekeeper.audit.skip=false -X' and read Dependency-Check's log");

    public static final FindingCode SUPPRESSED = code(
            "AUDIT_SUPPRESSED",
            GateStatus.PASS,
            "accepted by a suppression, with its reason and expiry",
            "Nothing to do until the suppression expires; upgrade the dependency to drop the suppression");

    public static final FindingCode SUPPRESSIONS_INVALID = code(
            "AUDIT_SUPPRESSIONS_INVALID",
            GateStatus.ERROR,
            "the suppression file is malformed (file, entry and problem named)",
            "Correct the named entry of the suppression file");

    public static final FindingCode SUPPRESSION_EXPIRED = code(
            "AUDIT_SUPPRESSION_EXPIRED",
            GateStatus.HOLD,
            "a needed suppression has expired",
            "Upgrade the dependency, or renew the suppression with a new reason and expiry date");

    public static final FindingCode SUPPRESSION_UNUSED = code(
            "AUDIT_SUPPRESSION_UNUSED",
            GateStatus.WARN,
            "a suppression matched nothing",
            "Delete the suppression from the suppression file");

    public static final FindingCode VULNERABILITY = code(
            "AUDIT_VULNERABILITY",
            GateStatus.FAIL,
            "a dependency has a known vulnerability (FAIL at or above the configured CVSS threshold, WARN below); the rule id is the vulnerability id",
            "Upgrade the dependency to a fixed version (replace it where no fixed release exists), or suppress the vulnerability with a reason and an expiry date");

    /** The gate broke with an unexpected exception; reported by the goal, not by a check. */
    public static final FindingCode GATE_ERROR = FindingCode.gateError(GATE);

    /** Reported by the goal when the build covers only part of the reactor. */
    public static final FindingCode PARTIAL_REACTOR = FindingCode.partialReactor(GATE, GateStatus.PASS);

    private AuditCodes() {}

    /** Every code above, by code. */
    public static List<FindingCode> all() {
        return FindingCode.declaredIn(AuditCodes.class);
    }

    private static FindingCode code(String code, GateStatus severity, String meaning, String fix) {
        return new FindingCode(code, GATE, severity, meaning, fix);
    }
}
