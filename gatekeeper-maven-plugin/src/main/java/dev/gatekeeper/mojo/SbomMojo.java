package dev.gatekeeper.mojo;

import dev.gatekeeper.core.Gate;
import dev.gatekeeper.sbom.DriftPolicy;
import dev.gatekeeper.sbom.GraphArtifact;
import dev.gatekeeper.sbom.SbomExpectations;
import dev.gatekeeper.sbom.SbomGate;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Runbook step 5, SBOM generation and verification: the CycloneDX Maven plugin writes the reactor's
 * SBOM once (in the last module to get here), and Gatekeeper proves it against Maven's own resolved
 * runtime graph, the real files' hashes, the license policy and an optional committed baseline.
 */
@Mojo(name = "sbom", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class SbomMojo extends AbstractGateMojo {

    @Parameter(property = "gatekeeper.sbom.skip", defaultValue = "false")
    private boolean skipSbom;

    /** The CycloneDX specification version of the SBOM. */
    @Parameter(property = "gatekeeper.sbom.schemaVersion", defaultValue = "1.6")
    private String schemaVersion;

    /** Attach the SBOM to the project, so that it is installed and deployed with it. */
    @Parameter(property = "gatekeeper.sbom.attach", defaultValue = "false")
    private boolean attach;

    /** The version of org.cyclonedx:cyclonedx-maven-plugin that generates the SBOM. */
    @Parameter(property = "gatekeeper.sbom.cyclonedxVersion", defaultValue = "2.9.3")
    private String cyclonedxVersion;

    /** A committed SBOM to compare with; added, removed and changed components are listed. */
    @Parameter(property = "gatekeeper.sbom.baseline")
    private File baseline;

    /** SPDX license ids no component may carry. */
    @Parameter(property = "gatekeeper.sbom.deniedLicenses")
    private List<String> deniedLicenses;

    /** A component without license information holds the merge (otherwise it warns). */
    @Parameter(property = "gatekeeper.sbom.requireLicenses", defaultValue = "false")
    private boolean requireLicenses;

    /** A component whose version went down since the baseline holds the merge. */
    @Parameter(property = "gatekeeper.sbom.holdOnDowngrade", defaultValue = "true")
    private boolean holdOnDowngrade;

    /** Any component added since the baseline holds the merge (for strictly reviewed dependencies). */
    @Parameter(property = "gatekeeper.sbom.holdOnAdded", defaultValue = "false")
    private boolean holdOnAdded;

    private final BuildPluginManager pluginManager;

    @Inject
    public SbomMojo(BuildPluginManager pluginManager) {
        this.pluginManager = pluginManager;
    }

    @Override
    protected String gateName() {
        return SbomGate.NAME;
    }

    @Override
    protected boolean isGateSkipped() {
        return skipSbom;
    }

    @Override
    protected boolean judgesWholeReactor() {
        return true;
    }

    @Override
    protected List<Gate> createGates() throws MojoExecutionException {
        MavenProject root = resultProject();
        Set<String> denied = new LinkedHashSet<>(deniedLicenses == null ? List.of() : deniedLicenses);
        SbomExpectations expectations = new SbomExpectations(root.getGroupId(), root.getArtifactId(), root.getVersion(),
                reactorModules(), runtimeGraph(), denied, requireLicenses);
        Path outputDirectory = Path.of(root.getBuild().getDirectory(), "gatekeeper", SbomGate.NAME);
        CycloneDxExecution cycloneDx = new CycloneDxExecution(pluginManager, session, root, cyclonedxVersion);
        SbomGate.Settings settings = new SbomGate.Settings(BuildIdentity.executionRoot(session), expectations,
                baseline == null ? null : baseline.toPath(), new DriftPolicy(holdOnDowngrade, holdOnAdded, denied));
        return List.of(new SbomGate(settings, () -> {
            Files.createDirectories(outputDirectory);
            return cycloneDx.generate(outputDirectory, schemaVersion, attach);
        }));
    }

    private Set<String> reactorModules() {
        Set<String> modules = new LinkedHashSet<>();
        session.getProjects().forEach(p -> modules.add(p.getGroupId() + ":" + p.getArtifactId()));
        return modules;
    }

    /** Maven's own resolved compile and runtime graph of every reactor module, reactor modules aside. */
    private List<GraphArtifact> runtimeGraph() {
        Set<String> modules = reactorModules();
        Set<String> seen = new LinkedHashSet<>();
        List<GraphArtifact> graph = new ArrayList<>();
        for (MavenProject reactorProject : session.getProjects()) {
            for (Artifact artifact : reactorProject.getArtifacts()) {
                boolean runtime = Artifact.SCOPE_COMPILE.equals(artifact.getScope()) || Artifact.SCOPE_RUNTIME.equals(artifact.getScope());
                if (!runtime || modules.contains(artifact.getGroupId() + ":" + artifact.getArtifactId())
                        || !seen.add(artifact.getId())) {
                    continue;
                }
                graph.add(new GraphArtifact(artifact.getGroupId(), artifact.getArtifactId(), artifact.getVersion(),
                        artifact.hasClassifier() ? artifact.getClassifier() : null, artifact.getType(),
                        artifact.getFile() == null ? null : artifact.getFile().toPath()));
            }
        }
        return graph;
    }
}
