package dev.gatekeeper.mojo;

import dev.gatekeeper.core.EvidenceKey;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.ReactorBarrier;
import dev.gatekeeper.guard.DeployGuard;
import dev.gatekeeper.guard.DeployOrder;
import dev.gatekeeper.maven.BuildIdentity;
import dev.gatekeeper.maven.BuildShared;
import dev.gatekeeper.maven.CheckoutState;
import dev.gatekeeper.maven.ConfigurationDigest;
import dev.gatekeeper.maven.MavenGateLog;
import dev.gatekeeper.maven.ReactorArtifacts;
import dev.gatekeeper.maven.ReactorParticipants;
import dev.gatekeeper.maven.ReactorRoot;
import dev.gatekeeper.maven.RedactingLog;
import dev.gatekeeper.verdict.BuiltArtifact;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Refuses to let artifacts leave the machine unless a READY verdict covers exactly them: the same
 * commit, a clean tree, the same bytes. Bound to {@code deploy}; it must run before
 * maven-deploy-plugin's execution (see the guard page of the documentation). In a reactor the last module checks every
 * module, so deploys must wait for the end ({@code deployAtEnd}). Its result is not part of the
 * verdict: it fails the build itself, listing every reason.
 */
@Mojo(name = GateId.Goals.GUARD, defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class GuardMojo extends AbstractMojo {
    private static final ReactorBarrier BARRIER = ReactorBarrier.forGoal(GateId.Goals.GUARD);

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** Skips every Gatekeeper goal; the guard then warns that nothing checks what is deployed. */
    @Parameter(property = "gatekeeper.skip", defaultValue = "false")
    private boolean skip;

    /** Skips the guard: artifacts are deployed without checking a verdict covers them. Logged as a warning. */
    @Parameter(property = "gatekeeper.guard.skip", defaultValue = "false")
    private boolean skipGuard;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        RedactingLog.execute(session, this::run);
    }

    /** Every line our goal logs is masked with the build's secrets. */
    @Override
    public org.apache.maven.plugin.logging.Log getLog() {
        return RedactingLog.of(super.getLog());
    }

    private void run() throws MojoExecutionException, MojoFailureException {
        MavenGateLog log = new MavenGateLog(GateId.Goals.GUARD, getLog());
        if (skip || skipGuard) {
            log.warn("SKIPPED (" + (skip ? "gatekeeper.skip" : "gatekeeper.guard.skip") + "=true): "
                    + BuildIdentity.moduleKey(project) + " is deployed WITHOUT checking that a READY verdict covers"
                    + " this commit and these artifacts");
            return;
        }
        List<MavenProject> participants =
                ReactorParticipants.of(session, project, mojoExecution, plugin, GateId.Goals.GUARD);
        MavenProject root = ReactorRoot.project(session, project);
        if (!BARRIER.arriveAndClaim(BuildShared.of(session), project.getId(), ReactorParticipants.ids(participants))) {
            log.info("the last module checks the whole reactor before anything is deployed");
            return;
        }
        Path executionRoot = BuildIdentity.executionRoot(session);
        Path evidenceDirectory = Path.of(root.getBuild().getDirectory(), "gatekeeper");
        // the key comes from the environment only (a CI secret), never from the POM or a -D property
        EvidenceKey.Setting key = EvidenceKey.fromEnvironment(System.getenv());
        List<Finding> findings =
                DeployGuard.check(evidenceDirectory, deployState(participants, root, executionRoot), key);
        if (key instanceof EvidenceKey.Absent) {
            log.info("evidence is unsigned (" + EvidenceKey.VARIABLE + " is not set): its digest catches accidental"
                    + " edits and stale copies, not a forger");
        }
        if (findings.isEmpty()) {
            log.info("PASS - a READY verdict covers commit "
                    + checkout(executionRoot).commit() + " and every artifact of " + participants.size()
                    + " module(s); deploying");
            return;
        }
        findings.forEach(finding -> log.error(finding.code() + ": " + finding.message()));
        throw new MojoFailureException(failureMessage(findings));
    }

    private DeployGuard.DeployState deployState(List<MavenProject> participants, MavenProject root, Path executionRoot)
            throws MojoExecutionException {
        List<BuiltArtifact> artifacts = new ArrayList<>();
        List<String> orderProblems = new ArrayList<>();
        boolean reactor = participants.size() > 1;
        // A build of part of the reactor has no SBOM of its own, so the verdict bound none.
        MavenProject sbomOwner = ReactorRoot.scope(session).partial() ? null : root;
        try {
            for (MavenProject module : participants) {
                artifacts.addAll(ReactorArtifacts.ofModule(module, sbomOwner, executionRoot));
                for (String problem :
                        DeployOrder.problems(buildPlugins(module), plugin.getPluginLookupKey(), reactor)) {
                    orderProblems.add(reactor ? BuildIdentity.moduleKey(module) + ": " + problem : problem);
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException(
                    GateId.Goals.GUARD + ": cannot digest the artifacts to deploy: " + e.getMessage(), e);
        }
        CheckoutState checkout = checkout(executionRoot);
        return new DeployGuard.DeployState(
                checkout.commit(),
                checkout.treeClean(),
                ConfigurationDigest.of(session.getProjects(), plugin.getPluginLookupKey()),
                artifacts,
                orderProblems);
    }

    private CheckoutState checkout(Path executionRoot) {
        try {
            return CheckoutState.of(executionRoot);
        } catch (IOException e) {
            getLog().debug(GateId.Goals.GUARD + ": cannot read the git checkout: " + e.getMessage());
            return CheckoutState.UNKNOWN;
        }
    }

    private static List<DeployOrder.BuildPlugin> buildPlugins(MavenProject module) {
        List<DeployOrder.BuildPlugin> plugins = new ArrayList<>();
        for (Plugin buildPlugin : module.getBuildPlugins()) {
            List<DeployOrder.Execution> executions = buildPlugin.getExecutions().stream()
                    .map(execution -> new DeployOrder.Execution(
                            execution.getId(),
                            execution.getPhase(),
                            execution.getGoals(),
                            deploysAtEnd(buildPlugin, execution.getConfiguration())))
                    .toList();
            plugins.add(new DeployOrder.BuildPlugin(buildPlugin.getKey(), executions));
        }
        return plugins;
    }

    private static boolean deploysAtEnd(Plugin buildPlugin, Object executionConfiguration) {
        for (Object configuration : new Object[] {executionConfiguration, buildPlugin.getConfiguration()}) {
            if (configuration instanceof Xpp3Dom dom && dom.getChild("deployAtEnd") != null) {
                String value = dom.getChild("deployAtEnd").getValue();
                return value != null && "true".equals(value.trim());
            }
        }
        return false;
    }

    private static String failureMessage(List<Finding> findings) {
        StringBuilder message =
                new StringBuilder(GateId.Goals.GUARD + ": refusing to deploy, " + findings.size() + " reason(s):");
        for (Finding finding : findings) {
            message.append("\n  ").append(finding.code()).append(": ").append(finding.message());
            if (finding.fix() != null) {
                message.append("\n    fix: ").append(finding.fix());
            }
        }
        return message.toString();
    }
}
