package dev.gatekeeper.audit;

import dev.gatekeeper.audit.osv.InvalidOsvDatabaseException;
import dev.gatekeeper.audit.osv.OsvIndex;
import dev.gatekeeper.audit.osv.OsvIndexCache;
import dev.gatekeeper.audit.osv.OsvProblem;
import dev.gatekeeper.audit.osv.download.OsvDatabaseDownload;
import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.UserDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The audit's OSV engine: the database checked and indexed, the resolved graph matched against it. */
final class OsvEngineRun {
    static final int PROBLEMS_LISTED = 5;

    /** How to get a first copy of the managed database, for a build with none. */
    static final String PRIME_CACHE_FIX =
            "Run 'mvn dev.gatekeeper:gatekeeper-maven-plugin:audit-update' once with network access (behind a proxy:"
                    + " the <proxies> of the Maven settings; through a repository manager: gatekeeper.audit.osv.url and"
                    + " gatekeeper.audit.osv.serverId), or restore gatekeeper.audit.osv.cacheDirectory from a CI cache;"
                    + " a database on disk can be given with gatekeeper.audit.osv.database";

    /**
     * What the OSV engine found, or null (with an ERROR finding recorded) when it could not scan.
     *
     * @param packagesNamed the {@code groupId:artifactId} of every package an advisory of the database names
     */
    record Result(
            List<VulnerableDependency> vulnerable,
            int scannedDependencies,
            Instant dataUpdatedAt,
            Set<String> packagesNamed) {}

    private OsvEngineRun() {}

    static Result run(AuditSettings settings, AuditGate.DependencyGraph graph, GateEvaluation evaluation) {
        Path database = settings.osvDatabase();
        ManagedOsvDatabase managed = database == null ? settings.osvManaged() : null;
        if (managed != null) {
            if (!managed.available()) {
                evaluation.add(Finding.of(
                                AuditCodes.OSV_NO_DATABASE, GateStatus.ERROR, "No OSV database: " + managed.failure())
                        .withFile(settings.display(managed.directory()), null)
                        .withFix(PRIME_CACHE_FIX));
                return null;
            }
            database = managed.copy().zip();
            if (managed.copy().outcome() == OsvDatabaseDownload.Outcome.FAILED_KEPT_COPY) {
                evaluation.add(Finding.of(
                                AuditCodes.OSV_REFRESH_FAILED,
                                GateStatus.WARN,
                                "The OSV database could not be refreshed from " + managed.displayUrl() + " ("
                                        + managed.copy().warning() + "); the copy fetched "
                                        + ManagedOsvDatabase.minute(
                                                managed.copy().fetchedAt()) + " was used")
                        .withFile(settings.display(managed.directory()), null)
                        .withFix("Check that " + managed.displayUrl()
                                + " is reachable from this machine (proxy: the <proxies> of the Maven settings;"
                                + " a mirror: gatekeeper.audit.osv.url and gatekeeper.audit.osv.serverId)"));
            }
        }
        if (database == null || !Files.exists(database)) {
            evaluation.add(Finding.of(
                            AuditCodes.NO_DATA_SOURCE,
                            GateStatus.ERROR,
                            database == null
                                    ? "No OSV database: gatekeeper.audit.osv.database is not set"
                                    : "The OSV database gatekeeper.audit.osv.database=" + settings.display(database)
                                            + " does not exist")
                    .withFix("Download https://osv-vulnerabilities.storage.googleapis.com/Maven/all.zip and point"
                            + " gatekeeper.audit.osv.database at it, as "
                            + UserDocs.page("audit-osv", "getting-and-sharing-the-database") + " describes"));
            return null;
        }
        OsvIndexCache.Loaded loaded;
        try {
            loaded = new OsvIndexCache(settings.osvCacheDirectory()).load(database);
        } catch (InvalidOsvDatabaseException e) {
            evaluation.add(Finding.of(AuditCodes.OSV_DATABASE_UNREADABLE, GateStatus.ERROR, e.getMessage())
                    .withFile(settings.display(database), null)
                    .withFix("Download the OSV database again, as "
                            + UserDocs.page("audit-osv", "getting-and-sharing-the-database") + " describes"));
            return null;
        }
        OsvIndex index = loaded.index();
        if (index.advisoriesRead() == 0) {
            // An empty directory, or a zip of something else, would find nothing and so pass every dependency.
            evaluation.add(Finding.of(
                            AuditCodes.OSV_DATABASE_EMPTY,
                            GateStatus.ERROR,
                            "The OSV database " + settings.display(database)
                                    + " holds no advisory"
                                    + (index.advisoriesSkipped() == 0
                                            ? ""
                                            : " (" + index.advisoriesSkipped()
                                                    + " files could not be read as advisories)")
                                    + "; a scan against it would find nothing")
                    .withFile(settings.display(database), null)
                    .withFix("Download the OSV database again, as "
                            + UserDocs.page("audit-osv", "getting-and-sharing-the-database") + " describes"));
            return null;
        }
        List<ResolvedDependency> dependencies;
        try {
            dependencies = evaluation.timeTool(AuditGate.RESOLVER_TOOL, graph::resolve);
        } catch (Exception e) {
            evaluation.add(Finding.of(
                            AuditCodes.SCAN_FAILED,
                            GateStatus.ERROR,
                            "The reactor's dependencies cannot be resolved for the OSV scan: " + AuditGate.messageOf(e))
                    .withFix("Run 'mvn dependency:tree' and fix the resolution problem it shows"));
            return null;
        }
        evaluation
                .log()
                .info("matching " + dependencies.size() + " dependencies against the OSV database "
                        + settings.display(database) + " (" + index.advisoriesRead() + " advisories, index "
                        + (loaded.origin() == OsvIndexCache.Origin.CACHE ? "from the cache" : "built") + ")");
        if (managed != null) {
            evaluation.log().info(managed.describe(index.dataUpdatedAt()));
            recordManaged(managed, evaluation);
        }
        recordDatabase(settings, database, index, evaluation);
        evaluation.input(
                "osv-dependencies",
                Digests.sha256(dependencies.stream()
                        .map(dependency -> dependency.coordinates().toString())
                        .sorted()
                        .collect(Collectors.joining("\n"))));
        return new Result(
                OsvScan.scanResolved(index, dependencies),
                dependencies.size(),
                index.dataUpdatedAt(),
                index.packages());
    }

    private static void recordManaged(ManagedOsvDatabase managed, GateEvaluation evaluation) {
        OsvDatabaseDownload.Copy copy = managed.copy();
        evaluation.input("osv-database-url", managed.displayUrl());
        evaluation.input(
                "osv-database-outcome",
                copy.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (copy.fetchedAt() != null) {
            evaluation.input("osv-database-fetched", copy.fetchedAt().toString());
        }
        if (copy.checkedAt() != null) {
            evaluation.input("osv-database-checked", copy.checkedAt().toString());
        }
        evaluation.input("osv-database-bytes", Long.toString(copy.bytes()));
        if (copy.sha256() != null) {
            evaluation.input("osv-database-sha256", copy.sha256());
        }
    }

    private static void recordDatabase(
            AuditSettings settings, Path database, OsvIndex index, GateEvaluation evaluation) {
        evaluation.input("osv-database", index.databaseDigest());
        evaluation.input("osv-advisories-read", Integer.toString(index.advisoriesRead()));
        evaluation.input("osv-advisories-skipped", Integer.toString(index.advisoriesSkipped()));
        evaluation.input("osv-advisories-withdrawn", Integer.toString(index.withdrawn()));
        if (index.problems().isEmpty()) {
            return;
        }
        List<OsvProblem> problems = index.problems();
        String listed = problems.stream()
                .limit(PROBLEMS_LISTED)
                .map(OsvProblem::toString)
                .collect(Collectors.joining("; "));
        evaluation.add(Finding.of(
                        AuditCodes.OSV_DATABASE_PROBLEMS,
                        GateStatus.WARN,
                        "The OSV database " + settings.display(database) + " has " + problems.size() + " problem"
                                + (problems.size() == 1 ? "" : "s") + ", the rest of it was used: " + listed
                                + (problems.size() > PROBLEMS_LISTED ? "; …" : ""))
                .withFile(settings.display(database), null)
                .withFix("Download the OSV database again, or remove the files named from it")
                .withDetail(problems.stream().map(OsvProblem::toString).collect(Collectors.joining("\n")))
                .withAttribute("advisoriesRead", Integer.toString(index.advisoriesRead()))
                .withAttribute("advisoriesSkipped", Integer.toString(index.advisoriesSkipped()))
                .withAttribute("advisoriesWithdrawn", Integer.toString(index.withdrawn())));
    }
}
