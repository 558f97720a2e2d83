package dev.gatekeeper.sbom.maven;

import dev.gatekeeper.maven.InProcessGoal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Generates the reactor's SBOM with the CycloneDX Maven plugin's {@code makeAggregateBom} goal, in
 * this Maven session, as the execution root, respecting the user's own CycloneDX configuration.
 */
public final class CycloneDxExecution {
    static final String GROUP_ID = "org.cyclonedx";
    static final String ARTIFACT_ID = "cyclonedx-maven-plugin";
    static final String GOAL = "makeAggregateBom";
    public static final String OUTPUT_NAME = "bom";

    private final BuildPluginManager pluginManager;
    private final MavenSession session;
    private final MavenProject root;
    private final String version;

    /** @param root the execution-root project, whose reactor the SBOM describes */
    public CycloneDxExecution(
            BuildPluginManager pluginManager, MavenSession session, MavenProject root, String version) {
        this.pluginManager = pluginManager;
        this.session = session;
        this.root = root;
        this.version = version;
    }

    /**
     * Writes {@code bom.json} and {@code bom.xml} into {@code outputDirectory} and returns the JSON one.
     *
     * @param schemaVersion the CycloneDX spec version, e.g. 1.6
     * @param attach        whether the SBOM is attached to the project (deployed with it)
     */
    public Path generate(Path outputDirectory, String schemaVersion, boolean attach) throws Exception {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("outputDirectory", outputDirectory.toString());
        parameters.put("outputName", OUTPUT_NAME);
        parameters.put("outputFormat", "all");
        parameters.put("schemaVersion", schemaVersion);
        parameters.put("skipAttach", Boolean.toString(!attach));
        // The SBOM must list exactly Maven's runtime graph: compile and runtime scopes.
        parameters.put("includeCompileScope", "true");
        parameters.put("includeRuntimeScope", "true");
        parameters.put("includeProvidedScope", "false");
        parameters.put("includeSystemScope", "false");
        parameters.put("includeTestScope", "false");
        parameters.put("outputReactorProjects", "false");
        // Reproducible: the plugin itself reads project.build.outputTimestamp for the SBOM's timestamp.
        Path json = outputDirectory.resolve(OUTPUT_NAME + ".json");
        Files.deleteIfExists(json);
        new InProcessGoal(pluginManager, session, root, GROUP_ID, ARTIFACT_ID, version, GOAL)
                .execute(InProcessGoal.configuration(parameters), userConfiguration());
        if (!Files.isRegularFile(json)) {
            throw new IllegalStateException("the CycloneDX plugin finished but wrote no " + json);
        }
        return json;
    }

    /** The user's configuration of the CycloneDX plugin in the root POM (plugins or pluginManagement). */
    private Xpp3Dom userConfiguration() {
        String key = GROUP_ID + ":" + ARTIFACT_ID;
        Plugin declared = root.getPlugin(key);
        if (declared == null && root.getPluginManagement() != null) {
            declared = root.getPluginManagement().getPluginsAsMap().get(key);
        }
        return declared != null && declared.getConfiguration() instanceof Xpp3Dom configuration ? configuration : null;
    }
}
