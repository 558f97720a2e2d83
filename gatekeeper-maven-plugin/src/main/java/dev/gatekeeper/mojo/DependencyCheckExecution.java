package dev.gatekeeper.mojo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Runs OWASP Dependency-Check's {@code aggregate} goal inside this Maven session, through Maven's
 * own plugin manager: the plugin is resolved like any other (so it works from the local repository
 * under {@code -o}), and no second Maven process is started.
 */
final class DependencyCheckExecution {
    static final String GROUP_ID = "org.owasp";
    static final String ARTIFACT_ID = "dependency-check-maven";
    static final String GOAL = "aggregate";
    static final String REPORT_FILE = "dependency-check-report.json";

    /** Every Dependency-Check feature that would reach a host other than the configured data source. */
    static final List<String> NETWORK_FEATURES = List.of(
            "hostedSuppressionsEnabled", "knownExploitedEnabled", "retireJsAnalyzerEnabled", "ossIndexAnalyzerEnabled",
            "centralAnalyzerEnabled", "nexusAnalyzerEnabled", "artifactoryAnalyzerEnabled", "nodeAuditAnalyzerEnabled",
            "yarnAuditAnalyzerEnabled", "pnpmAuditAnalyzerEnabled", "versionCheckEnabled", "bundleAuditAnalyzerEnabled",
            "mixAuditAnalyzerEnabled", "golangModEnabled", "golangDepEnabled", "swiftPackageManagerAnalyzerEnabled",
            "assemblyAnalyzerEnabled");

    private final BuildPluginManager pluginManager;
    private final MavenSession session;
    private final MavenProject project;
    private final String version;

    /** @param project the execution-root project, whose reactor is scanned */
    DependencyCheckExecution(BuildPluginManager pluginManager, MavenSession session, MavenProject project, String version) {
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
    Path run(Map<String, String> parameters, List<String> suppressionFiles, Path outputDirectory) throws Exception {
        Plugin plugin = new Plugin();
        plugin.setGroupId(GROUP_ID);
        plugin.setArtifactId(ARTIFACT_ID);
        plugin.setVersion(version);
        PluginDescriptor descriptor =
                pluginManager.loadPlugin(plugin, project.getRemotePluginRepositories(), session.getRepositorySession());
        MojoDescriptor mojo = descriptor.getMojo(GOAL);
        if (mojo == null) {
            throw new IllegalStateException(GROUP_ID + ":" + ARTIFACT_ID + ":" + version + " has no '" + GOAL + "' goal");
        }
        if (mojo.isOnlineRequired()) {
            // It only needs the network for data sources we switch off or point at a local mirror.
            mojo = (MojoDescriptor) mojo.clone();
            mojo.setOnlineRequired(false);
        }
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        parameters.forEach((name, value) -> add(configuration, name, value));
        add(configuration, "outputDirectory", outputDirectory.toString());
        if (!suppressionFiles.isEmpty()) {
            Xpp3Dom files = new Xpp3Dom("suppressionFiles");
            suppressionFiles.forEach(file -> add(files, "suppressionFile", file));
            configuration.addChild(files);
        }
        MojoExecution execution = new MojoExecution(mojo, Xpp3Dom.mergeXpp3Dom(configuration, toXpp3Dom(mojo.getMojoConfiguration())));
        Files.deleteIfExists(outputDirectory.resolve(REPORT_FILE));
        // 'aggregate' scans the current project and the modules below it, so it must run as the
        // execution root, whichever module reached the audit last.
        MavenProject current = session.getCurrentProject();
        session.setCurrentProject(project);
        try {
            pluginManager.executeMojo(session, execution);
        } finally {
            session.setCurrentProject(current);
        }
        Path report = outputDirectory.resolve(REPORT_FILE);
        if (!Files.isRegularFile(report)) {
            throw new IllegalStateException("Dependency-Check finished but wrote no report to " + report);
        }
        return report;
    }

    private static void add(Xpp3Dom parent, String name, String value) {
        Xpp3Dom child = new Xpp3Dom(name);
        child.setValue(value);
        parent.addChild(child);
    }

    /** The goal's default configuration (parameter expressions and default values) as Maven would apply it. */
    private static Xpp3Dom toXpp3Dom(PlexusConfiguration configuration) {
        Xpp3Dom dom = new Xpp3Dom(configuration.getName());
        dom.setValue(configuration.getValue(null));
        for (String attribute : configuration.getAttributeNames()) {
            dom.setAttribute(attribute, configuration.getAttribute(attribute, null));
        }
        for (PlexusConfiguration child : configuration.getChildren()) {
            dom.addChild(toXpp3Dom(child));
        }
        return dom;
    }
}
