package dev.gatekeeper.mojo;

import dev.gatekeeper.audit.AuditDataIdentity;
import dev.gatekeeper.audit.AuditEngine;
import dev.gatekeeper.audit.AuditGate;
import dev.gatekeeper.audit.AuditSettings;
import dev.gatekeeper.audit.EngineSelection;
import dev.gatekeeper.audit.ManagedOsvDatabase;
import dev.gatekeeper.audit.VulnerabilityData;
import dev.gatekeeper.audit.maven.AuditDependencyGraph;
import dev.gatekeeper.audit.maven.DependencyCheckExecution;
import dev.gatekeeper.audit.maven.MavenHttpAccess;
import dev.gatekeeper.audit.osv.OsvIndexCache;
import dev.gatekeeper.audit.osv.download.DownloadSettings;
import dev.gatekeeper.audit.osv.download.OsvDatabaseDownload;
import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.maven.BuildIdentity;
import dev.gatekeeper.maven.GateInputs;
import dev.gatekeeper.reuse.ReuseInputs;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.ProjectDependenciesResolver;

/**
 * Runbook step 3, the dependency vulnerability sweep: the whole reactor's resolved dependencies are
 * scanned once (in the last module to get here) against the OSV database Gatekeeper downloads and keeps
 * fresh, and with OWASP Dependency-Check as well when NVD data is configured; Gatekeeper's policy judges
 * what they found.
 */
@Mojo(name = GateId.Goals.AUDIT, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class AuditMojo extends AbstractGateMojo {
    /** The environment variable an NVD API key for Dependency-Check is read from. */
    static final String NVD_API_KEY_VARIABLE = "NVD_API_KEY";

    // Which engines run is EngineSelection's choice; the managed database is refreshed once, in sources(), before
    // reuse is decided, so a new download is never hidden by a reused result.

    /** Skips this gate; it still appears in the verdict as SKIPPED. */
    @Parameter(property = "gatekeeper.audit.skip", defaultValue = "false")
    private boolean skipAudit;

    /** A vulnerability with a CVSS score at or above this fails the gate; below it, it warns. */
    @Parameter(property = "gatekeeper.audit.failOnCvss", defaultValue = "7.0")
    private double failOnCvss;

    /** Vulnerability data older than this many days holds the merge. */
    @Parameter(property = "gatekeeper.audit.maxDatabaseAgeDays", defaultValue = "7")
    private int maxDatabaseAgeDays;

    /** An NVD data-feed mirror: a file: or http(s): URL of a directory with cache.properties and nvdcve-*.json.gz. */
    @Parameter(property = "gatekeeper.audit.nvdDatafeedUrl")
    private String nvdDatafeedUrl;

    /** Dependency-Check's data directory (its database); never under ~/.m2. */
    @Parameter(
            property = "gatekeeper.audit.dataDirectory",
            defaultValue = "${user.home}/.cache/gatekeeper/dependency-check")
    private File dataDirectory;

    /** Gatekeeper's suppression file: id, optional package pattern, required reason and expiry date. */
    @Parameter(
            property = "gatekeeper.audit.suppressionFile",
            defaultValue = "${session.executionRootDirectory}/gatekeeper-suppressions.json")
    private File suppressionFile;

    /** Dependency-Check's own suppression files, applied as well. */
    @Parameter
    private List<String> dependencyCheckSuppressionFiles;

    /** Whether test-scoped dependencies are scanned too (compile and runtime always are). */
    @Parameter(property = "gatekeeper.audit.includeTestScope", defaultValue = "false")
    private boolean includeTestScope;

    /** Lets Dependency-Check build its database from the NVD API itself when no mirror or database is set up. */
    @Parameter(property = "gatekeeper.audit.onlineUpdate", defaultValue = "false")
    private boolean onlineUpdate;

    /** The version of org.owasp:dependency-check-maven that runs the scan. */
    @Parameter(property = "gatekeeper.audit.dependencyCheckVersion", defaultValue = "13.0.0")
    private String dependencyCheckVersion;

    /**
     * The scanners to run, comma-separated, {@code dependency-check}, {@code osv} or both (their findings merged
     * into one per vulnerability and dependency); not set, {@code osv} runs, and {@code dependency-check} as well
     * when NVD data is configured.
     */
    @Parameter(property = "gatekeeper.audit.engines")
    private String engines;

    /** A settings {@code <server>} whose password is an NVD API key, passed to Dependency-Check. */
    @Parameter(property = "gatekeeper.audit.nvdApiServerId")
    private String nvdApiServerId;

    /** The OSV database of the osv engine: the Maven export zip, or a directory of OSV JSON advisories. */
    @Parameter(property = "gatekeeper.audit.osv.database")
    private File osvDatabase;

    /**
     * Where the osv engine keeps the managed database and the index it builds once per database (default
     * ~/.cache/gatekeeper/osv); the one directory a CI cache keeps.
     */
    @Parameter(property = "gatekeeper.audit.osv.cacheDirectory")
    private File osvCacheDirectory;

    /** Where the managed OSV database is downloaded from (default osv.dev's Maven export), such as a mirror. */
    @Parameter(property = "gatekeeper.audit.osv.url")
    private String osvUrl;

    /** The settings {@code <server>} whose user name and password are sent to gatekeeper.audit.osv.url's host. */
    @Parameter(property = "gatekeeper.audit.osv.serverId")
    private String osvServerId;

    /** The engines and the managed database's refresh, worked out once for this execution. */
    private AuditSources sources;

    private final BuildPluginManager pluginManager;
    private final ProjectDependenciesResolver dependenciesResolver;

    @Inject
    public AuditMojo(BuildPluginManager pluginManager, ProjectDependenciesResolver dependenciesResolver) {
        this.pluginManager = pluginManager;
        this.dependenciesResolver = dependenciesResolver;
    }

    @Override
    protected GateId gate() {
        return GateId.AUDIT;
    }

    @Override
    protected boolean isGateSkipped() {
        return skipAudit;
    }

    @Override
    protected boolean judgesWholeReactor() {
        return true;
    }

    @Override
    protected List<Gate> createGates() throws MojoExecutionException {
        AuditSettings settings;
        try {
            AuditSources chosen = sources();
            settings = new AuditSettings(
                    BuildIdentity.executionRoot(session),
                    resultProject().getFile() == null
                            ? BuildIdentity.executionRoot(session).resolve("pom.xml")
                            : resultProject().getFile().toPath(),
                    suppressionFile.toPath(),
                    failOnCvss,
                    maxDatabaseAgeDays,
                    blankToNull(nvdDatafeedUrl),
                    dataDirectory.toPath(),
                    (onlineUpdate || nvdApiKeySource() != null) && !session.isOffline(),
                    Clock.systemUTC(),
                    chosen.selection().engines(),
                    osvDatabase == null ? null : osvDatabase.toPath(),
                    osvCacheDirectory(),
                    chosen.managed(),
                    chosen.selection().describe());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(gateName() + ": " + e.getMessage(), e);
        }
        Path outputDirectory = Path.of(resultProject().getBuild().getDirectory(), "gatekeeper", gateName());
        DependencyCheckExecution dependencyCheck =
                new DependencyCheckExecution(pluginManager, session, resultProject(), dependencyCheckVersion);
        return List.of(new AuditGate(
                settings,
                () -> {
                    // Dependency-Check reports every scan to a telemetry service unless this is set.
                    System.setProperty("SCARF_NO_ANALYTICS", "true");
                    return dependencyCheck.run(
                            parameters(settings),
                            dependencyCheckSuppressionFiles == null ? List.of() : dependencyCheckSuppressionFiles,
                            outputDirectory);
                },
                new AuditDependencyGraph(session, dependenciesResolver, gateName(), includeTestScope)));
    }

    /**
     * The reactor's graph and POMs, the suppression files, the vulnerability data's version and today's
     * date (UTC): suppressions expire by date, and the data's age is judged against today.
     */
    @Override
    protected ReuseInputs reuseInputs() throws MojoExecutionException {
        AuditSources chosen;
        try {
            chosen = sources();
        } catch (MojoExecutionException e) {
            return ReuseInputs.never(e.getMessage());
        }
        Set<AuditEngine> selected = chosen.selection().engines();
        if (chosen.managed() != null && !chosen.managed().available()) {
            return ReuseInputs.never("there is no usable copy of the managed OSV database");
        }
        if (chosen.managed() != null
                && chosen.managed().copy().outcome() == OsvDatabaseDownload.Outcome.FAILED_KEPT_COPY) {
            return ReuseInputs.never("the managed OSV database could not be refreshed");
        }
        GateInputs inputs = inputs().configuration()
                .profiles()
                .pluginVersion()
                .javaAndMaven()
                .dependencyGraph(dependenciesResolver, gateName(), AuditDependencyGraph.scopes(includeTestScope))
                .value("scopes", String.join(",", AuditDependencyGraph.scopes(includeTestScope)))
                .file("suppressions", suppressionFile.toPath())
                .value("date", LocalDate.now(ZoneOffset.UTC).toString());
        if (selected.contains(AuditEngine.DEPENDENCY_CHECK)) {
            inputs.poms(session.getProjects());
        }
        AuditDataIdentity data = AuditDataIdentity.of(
                selected,
                resultProject().getBasedir().toPath(),
                dependencyCheckSuppressionFiles == null ? List.of() : dependencyCheckSuppressionFiles,
                nvdDatafeedUrl,
                dataDirectory.toPath(),
                osvDatabase != null
                        ? osvDatabase.toPath()
                        : chosen.managed() == null
                                ? null
                                : chosen.managed().copy().zip());
        if (data.unknownBecause() != null) {
            return ReuseInputs.never(data.unknownBecause());
        }
        for (AuditDataIdentity.Part part : data.parts()) {
            if (part instanceof AuditDataIdentity.Value value) {
                inputs.value(value.name(), value.value());
            } else if (part instanceof AuditDataIdentity.FileContent file) {
                inputs.file(file.name(), file.file());
            } else if (part instanceof AuditDataIdentity.FileStamp stamp) {
                inputs.fileStamp(stamp.name(), stamp.file());
            }
        }
        return inputs.build();
    }

    /** The engines chosen and, when OSV runs on the managed database, its refresh: done once, before reuse is decided. */
    private AuditSources sources() throws MojoExecutionException {
        if (sources != null) {
            return sources;
        }
        Path cache = osvCacheDirectory();
        Path managedDirectory = OsvDatabaseDownload.directoryUnder(cache);
        EngineSelection selection;
        try {
            selection = EngineSelection.choose(
                    engines,
                    new EngineSelection.Facts(
                            osvDatabase != null,
                            Files.isRegularFile(managedDirectory.resolve(OsvDatabaseDownload.DATABASE_FILE)),
                            session.isOffline(),
                            blankToNull(nvdDatafeedUrl) != null,
                            nvdApiKeySource(),
                            Files.isRegularFile(dataDirectory.toPath().resolve(VulnerabilityData.DATABASE_FILE)),
                            onlineUpdate));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(gateName() + ": " + e.getMessage(), e);
        }
        ManagedOsvDatabase managed = null;
        if (selection.engines().contains(AuditEngine.OSV) && osvDatabase == null) {
            try {
                URI url = ManagedOsvDatabase.url(osvUrl);
                DownloadSettings download = new DownloadSettings(
                        url,
                        managedDirectory,
                        MavenHttpAccess.of(session.getRepositorySession(), url, osvServerId),
                        null,
                        null,
                        session.isOffline());
                managed = ManagedOsvDatabase.refresh(
                        download, line -> getLog().info(gateName() + ": " + line), Clock.systemUTC());
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException(gateName() + ": " + e.getMessage(), e);
            }
        }
        sources = new AuditSources(selection, managed);
        return sources;
    }

    private record AuditSources(EngineSelection selection, ManagedOsvDatabase managed) {}

    private Path osvCacheDirectory() {
        return osvCacheDirectory == null ? OsvIndexCache.defaultDirectory() : osvCacheDirectory.toPath();
    }

    /** Where Dependency-Check's NVD API key comes from, or null: the named settings server, or NVD_API_KEY. */
    private String nvdApiKeySource() {
        String server = blankToNull(nvdApiServerId);
        if (server != null
                && session.getSettings() != null
                && session.getSettings().getServer(server) != null) {
            return "the <server> " + server + " of the Maven settings";
        }
        String environment = System.getenv(NVD_API_KEY_VARIABLE);
        return environment == null || environment.isBlank() ? null : "the environment variable " + NVD_API_KEY_VARIABLE;
    }

    private Map<String, String> parameters(AuditSettings settings) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("dataDirectory", settings.dataDirectory().toString());
        if (settings.nvdDatafeedUrl() != null) {
            String url = settings.nvdDatafeedUrl();
            parameters.put("nvdDatafeedUrl", url.endsWith("/") ? url : url + "/");
            // Read the mirror's cache.properties on every run rather than trusting a 4-hour-old check.
            parameters.put("nvdValidForHours", "0");
        }
        if (blankToNull(nvdApiServerId) != null) {
            parameters.put("nvdApiServerId", blankToNull(nvdApiServerId));
        }
        String environmentKey = System.getenv(NVD_API_KEY_VARIABLE);
        if (environmentKey != null && !environmentKey.isBlank()) {
            parameters.put("nvdApiKeyEnvironmentVariable", NVD_API_KEY_VARIABLE);
        }
        parameters.put(
                "autoUpdate", Boolean.toString(settings.nvdDatafeedUrl() != null || settings.onlineUpdateAllowed()));
        DependencyCheckExecution.NETWORK_FEATURES.forEach(feature -> parameters.put(feature, "false"));
        parameters.put("skipTestScope", Boolean.toString(!includeTestScope));
        parameters.put("skipProvidedScope", "true");
        parameters.put("skipSystemScope", "true");
        parameters.put("skipRuntimeScope", "false");
        parameters.put("format", "JSON");
        parameters.put("prettyPrint", "true");
        parameters.put("showSummary", "false");
        // Gatekeeper applies its own policy; Dependency-Check must report, not decide.
        parameters.put("failBuildOnCVSS", "11");
        parameters.put("failOnError", "true");
        return parameters;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
