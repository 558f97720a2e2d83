package dev.gatekeeper.mojo;

import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.fixtures.FixturesGate;
import dev.gatekeeper.fixtures.FixturesSettings;
import dev.gatekeeper.maven.BuildIdentity;
import dev.gatekeeper.maven.ReactorParticipants;
import dev.gatekeeper.reuse.ReuseInputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Hold criterion "fixture drift": after the other gates ran, nothing under the module's fixture
 * paths (and with {@code requireCleanTree} nothing in the whole working tree) differs from HEAD.
 * Declare it after the other gates and before the verdict: a gate may rewrite fixtures.
 */
@Mojo(name = GateId.Goals.FIXTURES, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class FixturesMojo extends AbstractCommandGateMojo {

    /** Skips this gate; it still appears in the verdict as SKIPPED. */
    @Parameter(property = "gatekeeper.fixtures.skip", defaultValue = "false")
    private boolean skipFixtures;

    /** Files and directories, relative to the module, whose drift holds the merge. */
    @Parameter(
            property = "gatekeeper.fixtures.paths",
            defaultValue = "src/test/resources,src/test/snapshots,src/test/fixtures,src/it")
    private List<String> paths;

    /** Also hold on changes anywhere else in the working tree (the runbook's "git status --short is clean"). */
    @Parameter(property = "gatekeeper.fixtures.requireCleanTree", defaultValue = "false")
    private boolean requireCleanTree;

    /** Commands that regenerate fixtures, run in order before the check; what they change shows up as drift. */
    @Parameter
    private List<CertificationCommand> regenerate;

    /** Diff lines shown per drifted file in the log and the finding; the whole diff is in drift.diff. */
    @Parameter(property = "gatekeeper.fixtures.maxDiffLines", defaultValue = "40")
    private int maxDiffLines;

    /** Drifted files listed one by one; the rest are counted in one finding. */
    @Parameter(property = "gatekeeper.fixtures.maxFindings", defaultValue = "50")
    private int maxFindings;

    @Override
    protected GateId gate() {
        return GateId.FIXTURES;
    }

    @Override
    protected boolean isGateSkipped() {
        return skipFixtures;
    }

    @Override
    protected ReuseInputs reuseInputs() {
        return ReuseInputs.never(
                "it compares the working tree with git HEAD, which only a new look can tell (and it is fast)");
    }

    @Override
    protected List<Gate> createGates() throws MojoExecutionException {
        Path module = project.getBasedir().toPath();
        boolean checksWholeTree = requireCleanTree && judgesWholeTree();
        try {
            FixturesSettings settings = new FixturesSettings(
                    module,
                    BuildIdentity.executionRoot(session),
                    fixturePaths(project),
                    checksWholeTree,
                    checksWholeTree ? otherModulesFixturePaths() : List.of(),
                    capped(CommandConfigs.toSpecs(
                            regenerate, gateName() + " <regenerate>", "./scripts/generate_fixtures.sh", module)),
                    maxDiffLines,
                    maxFindings,
                    gatekeeperDirectory.toPath().resolve(gateName()));
            return List.of(new FixturesGate(settings));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    gateName() + ": " + e.getMessage()
                            + " (see gatekeeper.fixtures.maxDiffLines, gatekeeper.fixtures.maxFindings and <regenerate>)",
                    e);
        }
    }

    /**
     * The whole tree is judged once per reactor: by the execution-root module, or, when that one is
     * not part of the build (mvn -pl), by the first module of the build.
     */
    private boolean judgesWholeTree() {
        if (project.isExecutionRoot()) {
            return true;
        }
        List<MavenProject> projects = session.getProjects();
        return projects.stream().noneMatch(MavenProject::isExecutionRoot)
                && !projects.isEmpty()
                && projects.get(0) == project;
    }

    private List<Path> fixturePaths(MavenProject owner) {
        List<Path> resolved = new ArrayList<>();
        if (paths == null) {
            return resolved;
        }
        for (String path : paths) {
            String trimmed = path == null ? "" : path.trim();
            if (!trimmed.isEmpty()) {
                resolved.add(owner.getBasedir().toPath().resolve(trimmed).normalize());
            }
        }
        return resolved;
    }

    /** Fixture paths of the other modules running this goal; their drift is reported by them, not again here. */
    private List<Path> otherModulesFixturePaths() {
        List<Path> others = new ArrayList<>();
        for (MavenProject other :
                ReactorParticipants.of(session, project, mojoExecution, pluginDescriptor, mojoExecution.getGoal())) {
            if (other != project) {
                others.addAll(fixturePaths(other));
            }
        }
        return others;
    }
}
