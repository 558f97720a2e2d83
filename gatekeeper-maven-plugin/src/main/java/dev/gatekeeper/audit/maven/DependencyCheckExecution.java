package dev.gatekeeper.audit.maven;

import dev.gatekeeper.maven.InProcessGoal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/** Runs OWASP Dependency-Check's {@code aggregate} goal in this Maven session, as the execution root. */
public final class DependencyCheckExecution {
    static final String GROUP_ID = "org.owasp";
    static final String ARTIFACT_ID = "dependency-check-maven";
    static final String GOAL = "aggregate";
    static final String REPORT_FILE = "dependency-check-report.json";

    /** Every Dependency-Check feature that would reach a host other than the configured data source. */
    public static final List<String> NETWORK_FEATURES = List.of(
            "hostedSuppressionsEnabled",
            "knownExploitedEnabled",
            "retireJsAnalyzerEnabled",
            "ossIndexAnalyzerEnabled",
            "centralAnalyzerEnabled",
            "nexusAnalyzerEnabled",
            "artifactoryAnalyzerEnabled",
            "nodeAuditAnalyzerEnabled",
            "yarnAuditAnalyzerEnabled",
            "pnpmAuditAnalyzerEnabled",
            "versionCheckEnabled",
            "bundleAuditAnalyzerEnabled",
            "mixAuditAnalyzerEnabled",
            "golangModEnabled",
            "golangDepEnabled",
            "swiftPackageManagerAnalyzerEnabled",
            "assemblyAnalyzerEnabled");

    private final BuildPluginManager pluginManager;
    private final MavenSession session;
    private final MavenProject project;
    private final String version;

    /** @param project the execution-root project, whose reactor is scanned */
    public DependencyCheckExecution(
            BuildPluginManager pluginManager, MavenSession session, MavenProject project, String version) {
        this.pluginManager = pluginManager;
        this.session = session;
        this.project = project;
        this.version = version;
    }

    /**
     * Scans the reactor and returns the JSON report.
     *
     * @param parameters        plugin parameters, by configuration element name
     * @param suppressionFiles  Dependency-Check suppression files to apply as well
     * @param outputDirectory   where the report goes
     */
    public Path run(Map<String, String> parameters, List<String> suppressionFiles, Path outputDirectory)
            throws Exception {
        Xpp3Dom configuration = InProcessGoal.configuration(parameters);
        InProcessGoal.add(configuration, "outputDirectory", outputDirectory.toString());
        if (!suppressionFiles.isEmpty()) {
            Xpp3Dom files = new Xpp3Dom("suppressionFiles");
            suppressionFiles.forEach(file -> InProcessGoal.add(files, "suppressionFile", file));
            configuration.addChild(files);
        }
        Path report = outputDirectory.resolve(REPORT_FILE);
        Files.deleteIfExists(report);
        new InProcessGoal(pluginManager, session, project, GROUP_ID, ARTIFACT_ID, version, GOAL)
                .execute(configuration, null);
        if (!Files.isRegularFile(report)) {
            throw new IllegalStateException("Dependency-Check finished but wrote no report to " + report);
        }
        return report;
    }
}
