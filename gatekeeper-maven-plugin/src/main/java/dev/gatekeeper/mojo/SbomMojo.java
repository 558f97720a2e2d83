package dev.gatekeeper.mojo;

import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.maven.BuildIdentity;
import dev.gatekeeper.maven.GateInputs;
import dev.gatekeeper.maven.ReactorDependencyGraph;
import dev.gatekeeper.reuse.ReuseInputs;
import dev.gatekeeper.sbom.DriftPolicy;
import dev.gatekeeper.sbom.GraphArtifact;
import dev.gatekeeper.sbom.SbomExpectations;
import dev.gatekeeper.sbom.SbomGate;
import dev.gatekeeper.sbom.maven.CycloneDxExecution;
import java.io.File;
import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.artifact.Artifact;

/**
 * Runbook step 5, SBOM generation and verification: the CycloneDX Maven plugin writes the reactor's
 * SBOM once (in the last module to get here), and Gatekeeper proves it against Maven's own resolved
 * runtime graph, the real files' hashes, the license policy and an optional committed baseline.
 */
@Mojo(
        name = GateId.Goals.SBOM,
        defaultPhase = LifecyclePhase.VERIFY,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class SbomMojo extends AbstractGateMojo {

    /** Skips this gate; it still appears in the verdict as SKIPPED. */
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

    /**
     * Verify this SBOM instead of generating one (for example an SBOM produced elsewhere in the
     * pipeline); it is checked against this build's resolved graph like a generated one.
     */
    @Parameter(property = "gatekeeper.sbom.file")
    private File sbomFile;

    /** A committed SBOM to compare with; added, removed and changed components are listed. */
    @Parameter(property = "gatekeeper.sbom.baseline")
    private File baseline;

    /** SPDX license ids no component may carry. */
    @Parameter(property = "gatekeeper.sbom.deniedLicenses")
    private List<String> deniedLicenses;

    /** A component without license information holds the merge (otherwise it warns). */
    @Parameter(property = "gatekeeper.sbom.requireLicenses", defaultValue = "false")
    private boolean requireLicenses;

    /**
     * Checks every hash the SBOM records for a file, not only the preferred one (SHA-256, else the strongest
     * recorded); the CycloneDX plugin records eight, which makes the check about 30 times slower.
     */
    @Parameter(property = "gatekeeper.sbom.verifyAllHashes", defaultValue = "false")
    private boolean verifyAllHashes;

    /** A component whose version went down since the baseline holds the merge. */
    @Parameter(property = "gatekeeper.sbom.holdOnDowngrade", defaultValue = "true")
    private boolean holdOnDowngrade;

    /** Any component added since the baseline holds the merge (for strictly reviewed dependencies). */
    @Parameter(property = "gatekeeper.sbom.holdOnAdded", defaultValue = "false")
    private boolean holdOnAdded;

    private final BuildPluginManager pluginManager;
    private final ProjectDependenciesResolver dependenciesResolver;

    @Inject
    public SbomMojo(BuildPluginManager pluginManager, ProjectDependenciesResolver dependenciesResolver) {
        this.pluginManager = pluginManager;
        this.dependenciesResolver = dependenciesResolver;
    }

    @Override
    protected GateId gate() {
        return GateId.SBOM;
    }

    @Override
    protected boolean isGateSkipped() {
        return skipSbom;
    }

    @Override
    protected boolean judgesWholeReactor() {
        return true;
    }

    /** The SBOM lists the whole reactor's graph and artifacts; a build of part of it cannot produce or prove it. */
    @Override
    protected String notJudgedInPartialReactor() {
        return "the SBOM describes every module of the reactor, and this build did not package the others";
    }

    @Override
    protected List<Gate> createGates() throws MojoExecutionException {
        MavenProject root = resultProject();
        Set<String> denied = new LinkedHashSet<>(deniedLicenses == null ? List.of() : deniedLicenses);
        SbomExpectations expectations = new SbomExpectations(
                root.getGroupId(),
                root.getArtifactId(),
                root.getVersion(),
                reactorModules(),
                runtimeGraph(),
                denied,
                requireLicenses,
                verifyAllHashes);
        Path outputDirectory = Path.of(root.getBuild().getDirectory(), "gatekeeper", gateName());
        CycloneDxExecution cycloneDx = new CycloneDxExecution(pluginManager, session, root, cyclonedxVersion);
        SbomGate.Settings settings = new SbomGate.Settings(
                BuildIdentity.executionRoot(session),
                expectations,
                baseline == null ? null : baseline.toPath(),
                new DriftPolicy(holdOnDowngrade, holdOnAdded, denied));
        if (sbomFile != null) {
            return List.of(new SbomGate(settings, () -> {
                if (!sbomFile.isFile()) {
                    throw new FileNotFoundException("gatekeeper.sbom.file " + sbomFile + " does not exist");
                }
                return sbomFile.toPath();
            }));
        }
        return List.of(new SbomGate(settings, () -> {
            Files.createDirectories(outputDirectory);
            return cycloneDx.generate(outputDirectory, schemaVersion, attach);
        }));
    }

    /**
     * The reactor's graph, artifacts and POMs, the baseline, and the SBOM it wrote last time (the
     * evidence binds it, so a deleted or edited SBOM makes the gate run again; a shared store carries it to a
     * fresh clone).
     */
    @Override
    protected ReuseInputs reuseInputs() throws MojoExecutionException {
        if (attach && sbomFile == null) {
            return ReuseInputs.never("with gatekeeper.sbom.attach the CycloneDX goal must run to attach the SBOM");
        }
        Path generated = Path.of(resultProject().getBuild().getDirectory(), "gatekeeper", gateName());
        GateInputs judged = inputs().configuration()
                .profiles()
                .pluginVersion()
                .javaAndMaven()
                .dependencyGraph(dependenciesResolver, gateName())
                .artifacts(session.getProjects())
                .file("baseline", baseline == null ? null : baseline.toPath());
        if (sbomFile != null) { // an SBOM made elsewhere is judged like any input
            return judged.file("sbom", sbomFile.toPath()).build();
        }
        return judged.output("sbom", generated.resolve(CycloneDxExecution.OUTPUT_NAME + ".json"))
                .output("sbom-xml", generated.resolve(CycloneDxExecution.OUTPUT_NAME + ".xml"))
                .build();
    }

    private Set<String> reactorModules() {
        return ReactorDependencyGraph.reactorModules(session);
    }

    /** Maven's own resolved compile and runtime graph of every reactor module, reactor modules aside. */
    private List<GraphArtifact> runtimeGraph() throws MojoExecutionException {
        List<GraphArtifact> graph = new ArrayList<>();
        for (Artifact artifact : ReactorDependencyGraph.resolve(session, dependenciesResolver, gateName())) {
            graph.add(new GraphArtifact(
                    artifact.getGroupId(),
                    artifact.getArtifactId(),
                    artifact.getVersion(),
                    artifact.getClassifier().isEmpty() ? null : artifact.getClassifier(),
                    artifact.getExtension(),
                    artifact.getFile() == null ? null : artifact.getFile().toPath()));
        }
        getLog().debug(gateName() + ": Maven's runtime graph: " + graph);
        return graph;
    }
}
