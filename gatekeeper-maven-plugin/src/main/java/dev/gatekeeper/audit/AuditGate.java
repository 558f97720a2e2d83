package dev.gatekeeper.audit;

import dev.gatekeeper.audit.osv.MavenCoordinates;
import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.UserDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Runbook step 3, the dependency vulnerability sweep: checks the vulnerability data is there and
 * fresh, has the scanner scan the whole reactor once, and applies Gatekeeper's policy to its report.
 */
public final class AuditGate implements Gate {
    /** The tool names the scan's and the dependency resolution's time are recorded under. */
    static final String DEPENDENCY_CHECK_TOOL = "dependency-check";

    static final String RESOLVER_TOOL = "maven-resolver";
    /**
     * Without vulnerability data the sweep cannot run, and a sweep that did not run is no pass: the
     * finding stays blocking, and the way to merge without one is to skip it visibly.
     */
    static final String NO_DATA_FIX =
            "Point gatekeeper.audit.nvdDatafeedUrl at an NVD mirror (file:///… or https://…) or"
                    + " gatekeeper.audit.dataDirectory at a Dependency-Check data directory, or use the OSV engine"
                    + " (gatekeeper.audit.engines=osv, or no gatekeeper.audit.engines at all); see "
                    + GateId.AUDIT.docsUrl("vulnerability-data-offline-first")
                    + ". To merge without a vulnerability sweep, skip it visibly: -Dgatekeeper.audit.skip (a SKIPPED row)";

    /** Runs the scanner and returns its JSON report; a failure's message says what went wrong. */
    @FunctionalInterface
    public interface Scanner {
        Path scan() throws Exception;
    }

    /**
     * The reactor's resolved dependencies, reactor modules aside, each once and located at the first module in
     * reactor order that has it, for the OSV engine (and to locate Dependency-Check's findings).
     */
    @FunctionalInterface
    public interface DependencyGraph {
        List<ResolvedDependency> resolve() throws Exception;

        /** The scopes the graph holds, as the evidence's {@code scopes} input records them. */
        default List<String> scopes() {
            return List.of("compile", "runtime");
        }

        /** A graph of bare coordinates, located nowhere. */
        static DependencyGraph of(List<MavenCoordinates> coordinates) {
            return () -> coordinates.stream().map(ResolvedDependency::unlocated).toList();
        }
    }

    /** The graph resolved at most once per evaluation: the OSV engine matches it, the findings are located by it. */
    private static final class ResolvedOnce implements DependencyGraph {
        private final DependencyGraph graph;
        private List<ResolvedDependency> resolved;

        ResolvedOnce(DependencyGraph graph) {
            this.graph = graph;
        }

        @Override
        public List<ResolvedDependency> resolve() throws Exception {
            if (resolved == null) {
                resolved = graph.resolve();
            }
            return resolved;
        }

        @Override
        public List<String> scopes() {
            return graph.scopes();
        }

        /** What it resolved, or nothing when nobody asked. */
        List<ResolvedDependency> resolvedSoFar() {
            return resolved == null ? List.of() : resolved;
        }
    }

    private final AuditSettings settings;
    private final Scanner scanner;
    private final DependencyGraph graph;

    public AuditGate(AuditSettings settings, Scanner scanner) {
        this(settings, scanner, List::of);
    }

    public AuditGate(AuditSettings settings, Scanner scanner, DependencyGraph graph) {
        this.settings = settings;
        this.scanner = scanner;
        this.graph = graph;
    }

    @Override
    public String name() {
        return GateId.AUDIT.goal();
    }

    @Override
    public void evaluate(GateEvaluation evaluation) {
        String suppressionFile = settings.display(settings.suppressionFile());
        List<Suppression> suppressions;
        try {
            suppressions = SuppressionFile.read(settings.suppressionFile());
        } catch (InvalidSuppressionsException e) {
            evaluation.add(Finding.of(AuditCodes.SUPPRESSIONS_INVALID, GateStatus.ERROR, e.getMessage())
                    .withFile(suppressionFile, null)
                    .withFix("Fix " + suppressionFile + "; its format is described in "
                            + GateId.AUDIT.docsUrl("suppressions")));
            return;
        }
        if (settings.enginesChosen() != null) {
            evaluation.log().info(settings.enginesChosen());
        }
        List<VulnerableDependency> vulnerable = List.of();
        ResolvedOnce graph = new ResolvedOnce(this.graph);
        evaluation.input("scopes", String.join(",", graph.scopes()));
        EngineAgreement agreement = EngineAgreement.SINGLE_ENGINE;
        int scanned = 0;
        Path reportFile = null;
        if (settings.runs(AuditEngine.DEPENDENCY_CHECK)) {
            ScannedReportHolder report = scanWithDependencyCheck(evaluation);
            if (report == null) {
                return;
            }
            reportFile = report.file();
            vulnerable = EngineMerge.reportedBy(
                    AuditEngine.DEPENDENCY_CHECK, report.report().vulnerable());
            scanned = report.report().scannedDependencies();
        }
        if (settings.runs(AuditEngine.OSV)) {
            OsvEngineRun.Result osv = OsvEngineRun.run(settings, graph, evaluation);
            if (osv == null) {
                return;
            }
            checkFreshness(
                    osv.dataUpdatedAt(),
                    settings.osvDatabase() == null && settings.osvManaged() != null
                            ? "the managed OSV database (run 'mvn dev.gatekeeper:gatekeeper-maven-plugin:audit-update' with network access)"
                            : "the OSV database (see " + UserDocs.page("audit-osv", "getting-and-sharing-the-database")
                                    + ")",
                    evaluation);
            List<VulnerableDependency> found = EngineMerge.reportedBy(AuditEngine.OSV, osv.vulnerable());
            if (settings.runs(AuditEngine.DEPENDENCY_CHECK)) {
                vulnerable = EngineMerge.merge(vulnerable, found);
                agreement = new EngineAgreement(settings.engines(), osv.packagesNamed());
                recordAgreement(agreement.count(vulnerable), evaluation);
            } else {
                vulnerable = found;
            }
            scanned = Math.max(scanned, osv.scannedDependencies());
        }
        // Dependency-Check's findings are located where the graph the OSV engine resolved has them.
        vulnerable = DependencyLocations.locate(vulnerable, graph.resolvedSoFar());
        AuditPolicy policy = new AuditPolicy(
                settings.failOnCvss(),
                suppressions,
                suppressionFile,
                settings.display(settings.declaringPom()),
                LocalDate.ofInstant(settings.clock().instant(), ZoneOffset.UTC),
                agreement);
        int counted = policy.apply(vulnerable, evaluation);
        long suppressed = evaluation.findings().stream()
                .filter(f -> f.code().equals(AuditCodes.SUPPRESSED.code()))
                .count();
        // Shown when nothing warns or fails; otherwise the table shows the most severe finding.
        evaluation.summary(scanned + " dependencies scanned, "
                + (counted == 0 ? "no vulnerability" : counted + " vulnerabilities")
                + (suppressed == 0 ? "" : ", " + suppressed + " suppressed"));
        recordSuppressions(evaluation);
        if (reportFile != null) {
            evaluation.log().info("report: " + settings.display(reportFile));
        }
    }

    private static String dataFix(String problemCode) {
        return AuditCodes.NO_DATA_SOURCE.code().equals(problemCode)
                ? NO_DATA_FIX
                : "See " + GateId.AUDIT.docsUrl("vulnerability-data-offline-first");
    }

    private record ScannedReportHolder(Path file, DependencyCheckReport report) {}

    /** Dependency-Check's report, or null when an ERROR finding says why there is none. */
    private ScannedReportHolder scanWithDependencyCheck(GateEvaluation evaluation) {
        VulnerabilityData.Check data = VulnerabilityData.check(
                settings.nvdDatafeedUrl(), settings.dataDirectory(), settings.onlineUpdateAllowed());
        if (!data.usable()) {
            evaluation.add(Finding.of(data.problemCode(), GateStatus.ERROR, data.problem())
                    .withFix(dataFix(data.problemCode())));
            return null;
        }
        Path reportFile;
        try {
            evaluation
                    .log()
                    .info("scanning the reactor's dependencies with OWASP Dependency-Check"
                            + (settings.nvdDatafeedUrl() == null
                                    ? ""
                                    : " (data from " + settings.nvdDatafeedUrl() + ")"));
            reportFile = evaluation.timeTool(DEPENDENCY_CHECK_TOOL, scanner::scan);
        } catch (Exception e) {
            NvdFeedFiles.Damage damaged =
                    settings.nvdDatafeedUrl() == null ? null : NvdFeedFiles.damage(settings.nvdDatafeedUrl());
            if (damaged != null) {
                evaluation.add(Finding.of(
                                AuditCodes.FEED_CORRUPT,
                                GateStatus.ERROR,
                                "The NVD data-feed mirror is damaged: " + damaged.describe())
                        .withFile(settings.display(damaged.file()), null)
                        .withFix("Download " + damaged.file().getFileName()
                                + " into the mirror again (or let the job that"
                                + " keeps the mirror rebuild it), then run 'mvn verify -Pmerge-ready' again"));
                return null;
            }
            evaluation.add(
                    Finding.of(
                                    AuditCodes.SCAN_FAILED,
                                    GateStatus.ERROR,
                                    "Dependency-Check could not scan the reactor: " + messageOf(e))
                            .withFix(
                                    "Run 'mvn verify -Pmerge-ready -Dgatekeeper.audit.skip=false -X' and read Dependency-Check's log"));
            return null;
        }
        DependencyCheckReport report;
        try {
            report = DependencyCheckReport.read(reportFile);
        } catch (InvalidReportException e) {
            evaluation.add(Finding.of(AuditCodes.REPORT_UNREADABLE, GateStatus.ERROR, e.getMessage())
                    .withFile(settings.display(reportFile), null));
            return null;
        }
        Instant dataUpdatedAt = data.lastModified() != null
                ? data.lastModified()
                : report.dataUpdatedAt().orElse(null);
        checkFreshness(
                dataUpdatedAt,
                "the NVD mirror (see " + GateId.AUDIT.docsUrl("vulnerability-data-offline-first") + ")",
                evaluation);
        evaluation.input("dependencies", Digests.sha256(report.fingerprint()));
        if (dataUpdatedAt != null) {
            evaluation.input("vulnerability-data", dataUpdatedAt.toString());
        }
        return new ScannedReportHolder(reportFile, report);
    }

    private static void recordAgreement(EngineAgreement.Counts counts, GateEvaluation evaluation) {
        evaluation
                .log()
                .info("engines: " + counts.both() + " vulnerabilit" + (counts.both() == 1 ? "y" : "ies")
                        + " reported by both, " + counts.dependencyCheckOnly() + " by dependency-check only, "
                        + counts.osvOnly() + " by osv only");
        evaluation.input("engines-both", Integer.toString(counts.both()));
        evaluation.input("engines-dependency-check-only", Integer.toString(counts.dependencyCheckOnly()));
        evaluation.input("engines-osv-only", Integer.toString(counts.osvOnly()));
    }

    private void checkFreshness(Instant dataUpdatedAt, String source, GateEvaluation evaluation) {
        // Only Dependency-Check's data can be of unknown age: an OSV database falls back to its file time.
        if (dataUpdatedAt == null) {
            evaluation.add(
                    Finding.of(
                                    AuditCodes.DATABASE_AGE_UNKNOWN,
                                    GateStatus.HOLD,
                                    "The age of " + source + " cannot be told, so the scan may rest on stale data")
                            .withFix(
                                    "Point gatekeeper.audit.nvdDatafeedUrl at a mirror whose cache.properties has lastModifiedDate"));
            return;
        }
        Duration age = Duration.between(dataUpdatedAt, settings.clock().instant());
        if (age.compareTo(Duration.ofDays(settings.maxDatabaseAgeDays())) > 0) {
            evaluation.add(Finding.of(
                            AuditCodes.DATABASE_STALE,
                            GateStatus.HOLD,
                            "The vulnerability data was last updated " + age.toDays() + " days ago (" + dataUpdatedAt
                                    + "), more than gatekeeper.audit.maxDatabaseAgeDays="
                                    + settings.maxDatabaseAgeDays()
                                    + "; a scan against stale data is false assurance")
                    .withFix("Update " + source + ", then run 'mvn verify -Pmerge-ready' again"));
        }
    }

    private void recordSuppressions(GateEvaluation evaluation) {
        if (Files.isRegularFile(settings.suppressionFile())) {
            try {
                evaluation.input("suppressions", Digests.sha256(settings.suppressionFile()));
            } catch (IOException e) {
                evaluation
                        .log()
                        .warn("cannot fingerprint " + settings.display(settings.suppressionFile()) + ": "
                                + e.getMessage());
            }
        }
    }

    /**
     * Every distinct message down the cause chain, outermost first: a plugin failure's own message is
     * often generic ("One or more exceptions occurred…") and the useful one is its cause's. A message
     * that only repeats the cause ({@code new RuntimeException(cause)}) or that an outer one already
     * contains is left out.
     */
    static String messageOf(Throwable e) {
        List<String> messages = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            String message = t.getMessage();
            if (message == null
                    || message.isBlank()
                    || (t.getCause() != null && message.equals(t.getCause().toString()))) {
                continue;
            }
            String trimmed = message.strip();
            if (messages.stream().noneMatch(outer -> outer.contains(trimmed))) {
                messages.add(trimmed);
            }
        }
        return messages.isEmpty() ? e.getClass().getSimpleName() : String.join(": ", messages);
    }
}
