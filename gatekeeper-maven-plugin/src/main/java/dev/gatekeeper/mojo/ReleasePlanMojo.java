package dev.gatekeeper.mojo;

import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.maven.BuildIdentity;
import dev.gatekeeper.release.ReactorModule;
import dev.gatekeeper.release.ReleasePlanGate;
import dev.gatekeeper.release.ReleasePlanSettings;
import dev.gatekeeper.release.TagFormatChoice;
import dev.gatekeeper.release.maven.PomSnapshotScan;
import dev.gatekeeper.release.maven.ReleasePluginTagFormat;
import dev.gatekeeper.reuse.ReuseInputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The "release tag / version plan unresolved" hold criterion: on a release-track branch, the release
 * that would be cut from this commit has a clean version, no tag elsewhere, moves past the latest
 * release, has a changelog entry, one version for every module, no SNAPSHOT outside the reactor,
 * and a clean working tree. Judges the whole reactor once.
 */
@Mojo(name = GateId.Goals.RELEASE_PLAN, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReleasePlanMojo extends AbstractGateMojo {

    /** Skips this gate; it still appears in the verdict as SKIPPED. */
    @Parameter(property = "gatekeeper.releasePlan.skip", defaultValue = "false")
    private boolean skipReleasePlan;

    /** Checks the plan on any branch, not only on release-track ones. */
    @Parameter(property = "gatekeeper.releasePlan.force", defaultValue = "false")
    private boolean force;

    /** The version to be released; by default the execution-root project's version without -SNAPSHOT. */
    @Parameter(property = "gatekeeper.releasePlan.version")
    private String releaseVersion;

    /** The branch the build is for, when neither git nor the CI's variables tell it. */
    @Parameter(property = "gatekeeper.releasePlan.branch")
    private String branch;

    /** Regular expressions, each matched against the whole branch name; default main, master, release/.*. */
    @Parameter(property = "gatekeeper.releasePlan.branchPatterns")
    private List<String> branchPatterns;

    /** How release tags are named (@{project.version}, @{project.artifactId}, @{project.groupId}); by default the maven-release-plugin's tagNameFormat, its default, or the shape the tags follow. */
    @Parameter(property = "gatekeeper.releasePlan.tagFormat")
    private String tagFormat;

    /** The changelog, relative to the directory Maven was started in; by default CHANGELOG, CHANGES, HISTORY, NEWS or RELEASE-NOTES (.md, .txt, .adoc), at the root or in docs/, or src/changes/changes.xml. */
    @Parameter(property = "gatekeeper.releasePlan.changelog")
    private String changelog;

    /** Whether a project without any changelog holds the release (otherwise it is a warning). */
    @Parameter(property = "gatekeeper.releasePlan.requireChangelog", defaultValue = "false")
    private boolean requireChangelog;

    /** groupId:artifactId patterns (* for any text, comma-separated) of SNAPSHOTs the project depends on deliberately: each is a warning, not a hold. */
    @Parameter(property = "gatekeeper.releasePlan.allowedSnapshots")
    private List<String> allowedSnapshots;

    /** Whether uncommitted changes hold the release. */
    @Parameter(property = "gatekeeper.releasePlan.requireCleanTree", defaultValue = "true")
    private boolean requireCleanTree;

    @Override
    protected GateId gate() {
        return GateId.RELEASE_PLAN;
    }

    @Override
    protected boolean isGateSkipped() {
        return skipReleasePlan;
    }

    @Override
    protected boolean judgesWholeReactor() {
        return true;
    }

    /** Whether the plan is checked whatever the branch. */
    protected boolean forced() {
        return force;
    }

    @Override
    protected ReuseInputs reuseInputs() {
        return ReuseInputs.never(
                "it judges the git state (tags, branch, working tree), which only a new look can tell (and it is fast)");
    }

    @Override
    protected List<Gate> createGates() throws MojoExecutionException {
        MavenProject root = resultProject();
        Path executionRoot = BuildIdentity.executionRoot(session);
        TagFormatChoice.Declared format = ReleasePluginTagFormat.declared(tagFormat, root, executionRoot, reactor());
        if (format.origin() == TagFormatChoice.Origin.GATEKEEPER) {
            try {
                TagFormatChoice.check(format);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException(
                        gateName() + ": <tagFormat> (gatekeeper.releasePlan.tagFormat): " + e.getMessage(), e);
            }
        }
        ReleasePlanSettings settings = new ReleasePlanSettings(
                executionRoot,
                root.getVersion(),
                releaseVersion,
                branch,
                forced(),
                patterns(),
                format,
                changelog == null || changelog.isBlank()
                        ? null
                        : executionRoot.resolve(changelog.trim()).normalize(),
                requireChangelog,
                requireCleanTree,
                System.getenv(),
                localRepository(),
                allowedSnapshots == null ? List.of() : allowedSnapshots);
        List<ReactorModule> modules = new ArrayList<>();
        for (MavenProject module : session.getProjects()) {
            Path pom = module.getFile() == null
                    ? executionRoot.resolve("pom.xml")
                    : module.getFile().toPath();
            modules.add(new ReactorModule(BuildIdentity.moduleKey(module), module.getVersion(), pom));
        }
        PomSnapshotScan scan = new PomSnapshotScan(reactor(), session.getUserProperties());
        session.getProjects().forEach(scan::scan);
        return List.of(new ReleasePlanGate(settings, modules, scan.references()));
    }

    private Path localRepository() {
        return session.getRepositorySession() == null
                        || session.getRepositorySession().getLocalRepository() == null
                ? null
                : session.getRepositorySession()
                        .getLocalRepository()
                        .getBasedir()
                        .toPath();
    }

    /** Every project of the reactor, including those that -pl or -rf left out of this build. */
    private Set<MavenProject> reactor() {
        Set<MavenProject> all = new LinkedHashSet<>(session.getProjects());
        if (session.getAllProjects() != null) {
            all.addAll(session.getAllProjects());
        }
        return all;
    }

    private List<Pattern> patterns() throws MojoExecutionException {
        List<String> configured = branchPatterns == null || branchPatterns.isEmpty()
                ? ReleasePlanSettings.DEFAULT_BRANCH_PATTERNS
                : branchPatterns;
        List<Pattern> patterns = new ArrayList<>();
        for (String pattern : configured) {
            if (pattern == null || pattern.isBlank()) {
                continue;
            }
            try {
                patterns.add(Pattern.compile(pattern.trim()));
            } catch (PatternSyntaxException e) {
                throw new MojoExecutionException(
                        gateName() + ": <branchPatterns> (gatekeeper.releasePlan.branchPatterns) has '" + pattern
                                + "', which is not a regular expression: " + e.getDescription());
            }
        }
        return patterns;
    }
}
