package dev.gatekeeper.mojo;

import dev.gatekeeper.core.EvidenceException;
import dev.gatekeeper.core.EvidenceKey;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.ReactorBarrier;
import dev.gatekeeper.core.ReactorScope;
import dev.gatekeeper.core.ResultStore;
import dev.gatekeeper.core.UserDocs;
import dev.gatekeeper.maven.BackgroundGates;
import dev.gatekeeper.maven.BuildIdentity;
import dev.gatekeeper.maven.BuildShared;
import dev.gatekeeper.maven.CheckoutState;
import dev.gatekeeper.maven.ConfigurationDigest;
import dev.gatekeeper.maven.MavenGateLog;
import dev.gatekeeper.maven.ReactorArtifacts;
import dev.gatekeeper.maven.ReactorParticipants;
import dev.gatekeeper.maven.ReactorRoot;
import dev.gatekeeper.maven.RedactingLog;
import dev.gatekeeper.verdict.BuildInfo;
import dev.gatekeeper.verdict.EvidenceFiles;
import dev.gatekeeper.verdict.EvidenceImport;
import dev.gatekeeper.verdict.EvidenceSigning;
import dev.gatekeeper.verdict.GateSelection;
import dev.gatekeeper.verdict.GateTime;
import dev.gatekeeper.verdict.Verdict;
import dev.gatekeeper.verdict.VerdictCodes;
import dev.gatekeeper.verdict.VerdictReport;
import dev.gatekeeper.verdict.VerdictTable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.rtinfo.RuntimeInformation;

/**
 * Merges every gate result of the reactor into one verdict, prints it as one table, writes the
 * evidence files into the execution root's {@code target/gatekeeper/}, and fails the build once,
 * listing everything that blocks the merge. Bound in every module; only the last module of the
 * reactor to get here computes the verdict, so it covers all of them, also under {@code -T}.
 */
@Mojo(name = GateId.Goals.VERDICT, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerdictMojo extends org.apache.maven.plugin.AbstractMojo {
    private static final ReactorBarrier BARRIER = ReactorBarrier.forGoal(GateId.Goals.VERDICT);

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private org.apache.maven.execution.MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    private final RuntimeInformation runtimeInformation;

    /** Skips every Gatekeeper goal, the verdict included. */
    @Parameter(property = "gatekeeper.skip", defaultValue = "false")
    private boolean skip;

    /** Skips the verdict only: the gates still run and write their results. */
    @Parameter(property = "gatekeeper.verdict.skip", defaultValue = "false")
    private boolean skipVerdict;

    /**
     * A directory holding the evidence.json of builds that each ran part of the gates (the jobs of a
     * CI matrix), searched recursively: their results are merged into this verdict. A part built from
     * another commit than this checkout's is refused. See the split-ci page of the documentation.
     */
    @Parameter(property = "gatekeeper.evidence.import")
    private File evidenceImport;

    /**
     * With {@code gatekeeper.evidence.import}: the gates the imported parts must cover together
     * (comma-separated); a gate no part has a result for holds the merge.
     */
    @Parameter(property = GateSelection.PROPERTY)
    private String gates;

    @Inject
    public VerdictMojo(RuntimeInformation runtimeInformation) {
        this.runtimeInformation = runtimeInformation;
    }

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
        MavenGateLog log = new MavenGateLog(GateId.Goals.VERDICT, getLog());
        List<MavenProject> participants = participants();
        MavenProject root = ReactorRoot.project(session, project);
        ConcurrentMap<String, Object> shared = BuildShared.of(session);
        List<String> participantIds = ReactorParticipants.ids(participants);
        if (!BARRIER.arriveAndClaim(shared, project.getId(), participantIds)) {
            log.debug("waiting for " + BARRIER.waitingFor(shared, participantIds)
                    + " more module(s); the last one prints the verdict");
            return;
        }
        BackgroundGates.awaitAll(shared, log);
        // The verdict's own time starts once the background gates are done: waiting on them is theirs.
        long startNanos = System.nanoTime();
        if (skip || skipVerdict) {
            log.info("skipped (" + (skip ? "gatekeeper.skip" : "gatekeeper.verdict.skip") + "=true)");
            return;
        }
        Path evidenceDirectory = Path.of(root.getBuild().getDirectory(), "gatekeeper");
        ReactorScope scope = ReactorRoot.scope(session);
        // the key comes from the environment only (a CI secret), never from the POM or a -D property
        EvidenceKey.Setting key = EvidenceKey.fromEnvironment(System.getenv());
        Verdict verdict = EvidenceSigning.withKeyProblem(
                        evidenceImport == null
                                ? Verdict.of(buildInfo(root, scope), collectResults(root))
                                : importedVerdict(root, scope, evidenceDirectory, EvidenceSigning.keyOf(key)),
                        key,
                        BuildIdentity.moduleKey(root),
                        BuildIdentity.buildId(session),
                        Instant.now())
                .withReactor(scope);
        if (scope.partial()) {
            log.info(scope.description());
        }
        VerdictTable.render(verdict).forEach(line -> log.info(line));
        log.info(GateTime.of(verdict.results()).line());
        try {
            EvidenceFiles.writeAll(
                    verdict,
                    evidenceDirectory,
                    Instant.now(),
                    () -> Duration.ofNanos(System.nanoTime() - startNanos).toMillis(),
                    EvidenceSigning.keyOf(key));
        } catch (IOException e) {
            throw new MojoExecutionException(
                    GateId.Goals.VERDICT + ": cannot write evidence under " + evidenceDirectory + ": " + e.getMessage(),
                    e);
        }
        log.info("evidence written to "
                + BuildIdentity.executionRoot(session).relativize(evidenceDirectory.toAbsolutePath()));
        log.info(EvidenceSigning.notice(key));
        if (!verdict.ready()) {
            throw new MojoFailureException(VerdictReport.failureMessage(verdict, evidenceDirectory));
        }
    }

    private List<MavenProject> participants() {
        return ReactorParticipants.of(session, project, mojoExecution, plugin, GateId.Goals.VERDICT);
    }

    private Verdict importedVerdict(MavenProject root, ReactorScope scope, Path evidenceDirectory, EvidenceKey key)
            throws MojoExecutionException {
        List<String> expectedGates;
        try {
            expectedGates = GateSelection.parse(gates).gates();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        BuildInfo build = buildInfo(root, scope);
        EvidenceImport.Request request = new EvidenceImport.Request(
                evidenceImport.toPath(),
                BuildIdentity.executionRoot(session),
                build.commit(),
                expectedGates,
                evidenceDirectory.resolve(EvidenceFiles.EVIDENCE_JSON),
                BuildIdentity.moduleKey(root),
                build.buildId(),
                Instant.now(),
                key);
        EvidenceImport.Merged merged = EvidenceImport.merge(request, thisBuildsResults(root));
        List<String> reactorOrder =
                resultProjects(root).stream().map(BuildIdentity::moduleKey).toList();
        List<GateResult> results = new ArrayList<>(merged.results());
        results.sort(Comparator.comparingInt(
                r -> reactorOrder.contains(r.module()) ? reactorOrder.indexOf(r.module()) : reactorOrder.size()));
        return Verdict.of(build, results).withImported(merged.imported());
    }

    /** This session's results of every module; when there are none, a hold saying so. */
    private List<GateResult> collectResults(MavenProject root) {
        List<GateResult> results = thisBuildsResults(root);
        if (results.isEmpty()) {
            results.add(new GateResult(
                    GateId.Goals.VERDICT,
                    BuildIdentity.moduleKey(project),
                    GateStatus.HOLD,
                    "no gate ran in this build",
                    List.of(Finding.of(
                                    VerdictCodes.NO_GATES,
                                    GateStatus.HOLD,
                                    "no gate wrote a result in this build, so nothing proves the change is ready")
                            .withFix(
                                    "Bind the gate goals (certify, ...) before verdict in the merge-ready profile; see "
                                            + UserDocs.page("setup"))),
                    BuildIdentity.buildId(session),
                    Instant.now(),
                    0,
                    Map.of()));
        }
        return results;
    }

    private List<GateResult> thisBuildsResults(MavenProject root) {
        String buildId = BuildIdentity.buildId(session);
        List<GateResult> results = new ArrayList<>();
        for (MavenProject reactorProject : resultProjects(root)) {
            ResultStore store =
                    new ResultStore(Path.of(reactorProject.getBuild().getDirectory(), "gatekeeper"));
            try {
                store.readAll().stream()
                        .filter(r -> buildId.equals(r.buildId()))
                        .forEach(results::add);
            } catch (EvidenceException e) {
                results.add(unreadableEvidence(reactorProject, buildId, e));
            }
        }
        return results;
    }

    /**
     * The projects whose target/gatekeeper holds this build's results: every project in the build and,
     * first, the execution root, where the whole-reactor gates write also when it is not in the build
     * ({@code -rf :module}, {@code -pl module}).
     */
    private List<MavenProject> resultProjects(MavenProject root) {
        List<MavenProject> projects = new ArrayList<>(session.getProjects());
        if (!projects.contains(root)) {
            projects.add(0, root);
        }
        return projects;
    }

    private static GateResult unreadableEvidence(MavenProject reactorProject, String buildId, EvidenceException e) {
        Finding finding = Finding.of(VerdictCodes.EVIDENCE_UNREADABLE, GateStatus.ERROR, e.getMessage())
                .withFix("Run 'mvn clean verify -Pmerge-ready' to rebuild the evidence");
        return new GateResult(
                GateId.Goals.VERDICT,
                BuildIdentity.moduleKey(reactorProject),
                GateStatus.ERROR,
                e.getMessage(),
                List.of(finding),
                buildId,
                Instant.now(),
                0,
                Map.of());
    }

    private BuildInfo buildInfo(MavenProject root, ReactorScope scope) throws MojoExecutionException {
        CheckoutState checkout = checkoutState();
        BuildInfo build = new BuildInfo(
                root.getGroupId(),
                root.getArtifactId(),
                root.getVersion(),
                BuildIdentity.buildId(session),
                BuildIdentity.startedAt(session),
                runtimeInformation.getMavenVersion(),
                System.getProperty("java.version"),
                plugin.getVersion(),
                checkout.commit());
        try {
            return build.withBinding(
                    checkout.treeClean(),
                    ConfigurationDigest.of(session.getProjects(), plugin.getPluginLookupKey()),
                    ReactorArtifacts.of(
                            session.getProjects(), root, BuildIdentity.executionRoot(session), !scope.partial()),
                    checkout.sourceUri());
        } catch (IOException e) {
            throw new MojoExecutionException(
                    GateId.Goals.VERDICT + ": cannot digest the built artifacts: " + e.getMessage(), e);
        }
    }

    /** The execution root's checkout; unknown outside git or when git cannot be read (the evidence then says nothing). */
    private CheckoutState checkoutState() {
        try {
            return CheckoutState.of(BuildIdentity.executionRoot(session));
        } catch (IOException e) {
            getLog().debug(GateId.Goals.VERDICT + ": cannot read the git checkout: " + e.getMessage());
            return CheckoutState.UNKNOWN;
        }
    }
}
