package dev.gatekeeper.mojo;

import dev.gatekeeper.core.EvidenceKey;
import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.PartialReactor;
import dev.gatekeeper.core.ReactorBarrier;
import dev.gatekeeper.core.ReactorScope;
import dev.gatekeeper.core.ResultStore;
import dev.gatekeeper.maven.BackgroundGates;
import dev.gatekeeper.maven.BlockingFailure;
import dev.gatekeeper.maven.BuildIdentity;
import dev.gatekeeper.maven.BuildShared;
import dev.gatekeeper.maven.GateInputs;
import dev.gatekeeper.maven.GateProgress;
import dev.gatekeeper.maven.GateRunner;
import dev.gatekeeper.maven.MavenGateLog;
import dev.gatekeeper.maven.ReactorParticipants;
import dev.gatekeeper.maven.ReactorRoot;
import dev.gatekeeper.maven.RedactingLog;
import dev.gatekeeper.maven.VerdictExecutions;
import dev.gatekeeper.reuse.ResultReuse;
import dev.gatekeeper.reuse.ReuseInputs;
import dev.gatekeeper.reuse.maven.BuildReuseStore;
import dev.gatekeeper.verdict.GateSelection;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.spi.connector.transport.TransporterProvider;

/**
 * What every gate goal shares: skip handling, running the plain-Java gate, turning a crash into an
 * ERROR result, and writing the result where the verdict will find it. A gate goal never fails the
 * build by itself unless {@code gatekeeper.failFast} is set; the verdict decides once, at the end.
 */
public abstract class AbstractGateMojo extends AbstractMojo {

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** Skips every Gatekeeper goal. Each gate still records itself as SKIPPED. */
    @Parameter(property = "gatekeeper.skip", defaultValue = "false")
    protected boolean skip;

    /** Fails the build at the first gate that fails or holds, instead of once in the verdict. */
    @Parameter(property = "gatekeeper.failFast", defaultValue = "false")
    protected boolean failFast;

    /**
     * Runs only these gates (comma-separated, e.g. {@code sbom,smoke}), for a CI job that covers part
     * of the gates; the others do not run and write no result. Empty runs every gate bound.
     */
    @Parameter(property = GateSelection.PROPERTY)
    protected String gates;

    /**
     * Reuses a gate's last passing result when none of its inputs changed since (see the reuse page of the documentation);
     * false runs every gate in full.
     */
    @Parameter(property = "gatekeeper.reuse", defaultValue = "true")
    protected boolean reuse;

    /**
     * Where reuse records are kept beyond target/, for a fresh clone (a CI job) to reuse: a directory, relative to
     * the directory Maven runs in, or an http or https URL of a store shared by machines (see
     * reuseStoreServerId); empty means the user's cache directory ($XDG_CACHE_HOME/gatekeeper/reuse, else
     * ~/.cache/gatekeeper/reuse); none turns it off.
     */
    @Parameter(property = "gatekeeper.reuse.store")
    protected String reuseStore;

    /**
     * The id of the Maven settings server whose credentials a remote reuse store (an http or https
     * gatekeeper.reuse.store) is reached with; its proxy is the settings' proxy for the store's host.
     */
    @Parameter(property = "gatekeeper.reuse.storeServerId", defaultValue = "gatekeeper-reuse")
    protected String reuseStoreServerId;

    /** Maven Resolver's transport, for a remote reuse store: the one that downloads the build's dependencies. */
    @Inject
    private TransporterProvider transporters;

    /**
     * Lets gates that wait on forked processes (smoke, snapshot) run in the background while the next
     * gates run; the verdict waits for them. false runs every gate in turn.
     */
    @Parameter(property = "gatekeeper.overlap", defaultValue = "true")
    protected boolean overlap;

    @Parameter(defaultValue = "${project.build.directory}/gatekeeper", readonly = true, required = true)
    protected File gatekeeperDirectory;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    protected MojoExecution mojoExecution;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor pluginDescriptor;

    /** The gate this goal runs: its entry in the registry of gates. */
    protected abstract GateId gate();

    /** The goal name; also the gate's name in logs, findings and evidence. */
    protected final String gateName() {
        return gate().goal();
    }

    /** Whether {@code gatekeeper.<gate>.skip} is set. */
    protected abstract boolean isGateSkipped();

    /** The user property that skips this gate, as shown when it is set. */
    protected final String skipProperty() {
        return gate().skipProperty();
    }

    /**
     * Whether this goal fails the build itself when a gate blocks: with {@code gatekeeper.failFast},
     * or always for a goal meant to run on its own, without a verdict (release-check).
     */
    protected boolean failsBuildItself() {
        return failFast;
    }

    /**
     * What this module lacks for the gate to judge anything (the snapshot goal without
     * {@code <snapshots>}), saying what to configure; empty when it is configured. A gate bound by the
     * setup snippet but not configured is a SKIPPED row with this reason, never a build error before
     * the verdict.
     */
    protected Optional<String> notConfigured() {
        return Optional.empty();
    }

    /**
     * Maps this goal's parameters and the build's state into plain-Java gates: one for a gate that
     * judges the module as a whole, one per subject (a snapshot case) for a gate that judges several
     * things separately. Invalid configuration is a MojoExecutionException that names the parameter.
     */
    protected abstract List<Gate> createGates() throws MojoExecutionException;

    /**
     * Whether the gate judges the whole reactor at once (the audit scans every module's
     * dependencies in one go): then only the last module to reach the goal runs it, and the result
     * belongs to the execution-root project.
     */
    protected boolean judgesWholeReactor() {
        return false;
    }

    /**
     * For a gate that judges the whole reactor: why it cannot judge a build that covers only part of
     * it ({@code -pl}, {@code -rf}), or null when it judges the modules in the build and says so.
     */
    protected String notJudgedInPartialReactor() {
        return null;
    }

    /**
     * Everything the gate's results depend on, for reusing its last passing result; build them with
     * {@link #inputs()}. A gate that cannot name its inputs completely keeps this default: it always runs.
     */
    protected ReuseInputs reuseInputs() throws MojoExecutionException {
        return ReuseInputs.never("it does not name its inputs");
    }

    /** A builder of this execution's reuse inputs, for {@link #reuseInputs()}. */
    protected final GateInputs inputs() {
        return new GateInputs(session, resultProject(), mojoExecution, pluginDescriptor);
    }

    /**
     * Whether the gate's evaluation may run in the background: it touches nothing of Maven's once
     * {@link #createGates()} returned, and mostly waits on processes it forks.
     */
    protected boolean evaluatesInBackground() {
        return false;
    }

    /** Releases what the gates shared (temporary directories); runs even when a gate failed. */
    protected void afterGates(MavenGateLog log) {}

    /** The project the results are recorded for: the execution root for a reactor-wide gate. */
    protected final MavenProject resultProject() {
        return judgesWholeReactor() ? ReactorRoot.project(session, project) : project;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        RedactingLog.execute(session, this::run);
    }

    /** Every line our goal logs is masked with the build's secrets. */
    @Override
    public org.apache.maven.plugin.logging.Log getLog() {
        return RedactingLog.of(super.getLog());
    }

    private void run() throws MojoExecutionException, MojoFailureException {
        MavenGateLog log = new MavenGateLog(gateName(), getLog());
        if (!selected()) {
            log.info("not selected (" + GateSelection.PROPERTY + "=" + gates + ")");
            return;
        }
        if (judgesWholeReactor() && !lastToArrive(log)) {
            return;
        }
        String module = BuildIdentity.moduleKey(resultProject());
        String buildId = BuildIdentity.buildId(session);
        List<GateResult> results = new ArrayList<>();
        ReactorScope scope = judgesWholeReactor() ? ReactorRoot.scope(session) : null;
        if (scope != null && scope.partial()) {
            log.info(scope.description()
                    + (skip || isGateSkipped() || notJudgedInPartialReactor() != null
                            ? ""
                            : "; " + gateName() + " judges the modules in this build"));
        }
        if (scope != null && scope.partial() && !skip && !isGateSkipped() && notJudgedInPartialReactor() != null) {
            GateResult notJudged = PartialReactor.notJudged(
                    gateName(),
                    scope,
                    notJudgedInPartialReactor(),
                    module,
                    buildId,
                    Clock.systemUTC().instant());
            results.add(notJudged);
            GateRunner.logOutcome(notJudged, GateProgress.skipped(notJudged), log);
        } else if (skip || isGateSkipped()) {
            String why = skip ? "gatekeeper.skip=true" : skipProperty() + "=true";
            GateResult skipped = GateEvaluation.skipped(
                    gateName(), module, buildId, Clock.systemUTC().instant(), "skipped (" + why + ")");
            results.add(skipped);
            GateRunner.logOutcome(skipped, GateProgress.skipped(skipped), log);
        } else if (notConfigured().isPresent()) {
            GateResult skipped = GateEvaluation.skipped(
                    gateName(),
                    module,
                    buildId,
                    Clock.systemUTC().instant(),
                    "not configured: " + notConfigured().get());
            results.add(skipped);
            GateRunner.logOutcome(skipped, GateProgress.skipped(skipped), log);
        } else {
            Optional<List<GateResult>> finished = reusedOrStarted(module, buildId, log);
            if (finished.isEmpty()) {
                return; // evaluating in the background, which writes the results; the verdict waits for them
            }
            results.addAll(finished.get());
        }
        write(results);
        List<GateResult> blocking =
                results.stream().filter(r -> r.status().blocksMerge()).toList();
        if (blocking.isEmpty() || !failsBuildItself()) {
            return;
        }
        throw failFast ? BlockingFailure.failFast(blocking.get(0)) : BlockingFailure.of(blocking);
    }

    /** The results, reused or evaluated now; empty when the evaluation went on in the background. */
    private Optional<List<GateResult>> reusedOrStarted(String module, String buildId, MavenGateLog log)
            throws MojoExecutionException {
        Instant checkStartedAt = Clock.systemUTC().instant();
        ResultReuse store = new ResultReuse(
                gateName(),
                module,
                resultDirectory(),
                Clock.systemUTC(),
                BuildReuseStore.forGoal(session, transporters, reuseStore, reuseStoreServerId, log::warn)
                        .orElse(null),
                EvidenceKey.fromEnvironment(System.getenv()));
        ReuseInputs inputs = reuseInputsOrNever();
        Optional<List<GateResult>> reused = store.reuse(inputs, reuse, buildId, checkStartedAt, log::info);
        if (reused.isPresent()) {
            reused.get().forEach(result -> log.info(GateProgress.reused(result)));
            return reused;
        }
        List<Gate> gates;
        try {
            gates = createGates();
        } catch (MojoExecutionException | RuntimeException e) {
            afterGates(log);
            throw e;
        }
        if (runsInBackground(inputs)) {
            log.info("runs in the background; the verdict waits for it");
            BackgroundGates.of(BuildShared.of(session), BackgroundGates.defaultThreads())
                    .submit(gateName(), () -> write(evaluatedAndRecorded(gates, inputs, store, module, buildId, log)));
            return Optional.empty();
        }
        return Optional.of(evaluatedAndRecorded(gates, inputs, store, module, buildId, log));
    }

    /**
     * In the background only when a verdict of this module will wait for it, nothing needs the result
     * sooner, and no input has to be read from Maven again after the run.
     */
    private boolean runsInBackground(ReuseInputs inputs) {
        return overlap
                && evaluatesInBackground()
                && !failsBuildItself()
                && inputs.outputs().isEmpty()
                && VerdictExecutions.declaredBy(project, pluginDescriptor);
    }

    private List<GateResult> evaluatedAndRecorded(
            List<Gate> gates, ReuseInputs inputs, ResultReuse store, String module, String buildId, MavenGateLog log)
            throws MojoExecutionException {
        List<GateResult> results = new ArrayList<>();
        try {
            for (Gate gate : gates) {
                GateResult result = GateRunner.evaluate(
                        gate,
                        gateName(),
                        module,
                        buildId,
                        judgesWholeReactor() ? ReactorRoot.scope(session) : null,
                        log);
                results.add(result);
                GateRunner.logOutcome(result, GateProgress.finished(result), log);
            }
        } finally {
            afterGates(log);
        }
        ReuseInputs recorded = inputs.outputs().isEmpty() ? inputs : inputs.afterRun(reuseInputsOrNever());
        results = ResultReuse.withInputs(results, recorded);
        try {
            store.record(recorded, results, buildId);
        } catch (IOException e) {
            log.warn("cannot keep the result for reuse " + e.getMessage());
        }
        return results;
    }

    private ReuseInputs reuseInputsOrNever() throws MojoExecutionException {
        try {
            return reuseInputs();
        } catch (MojoExecutionException e) {
            return ReuseInputs.never("its inputs cannot be told (" + e.getMessage() + ")");
        }
    }

    private Path resultDirectory() {
        return judgesWholeReactor()
                ? Path.of(resultProject().getBuild().getDirectory(), "gatekeeper")
                : gatekeeperDirectory.toPath();
    }

    private boolean selected() throws MojoExecutionException {
        try {
            return GateSelection.parse(gates).selects(gateName());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private boolean lastToArrive(MavenGateLog log) {
        List<MavenProject> participants =
                ReactorParticipants.of(session, project, mojoExecution, pluginDescriptor, mojoExecution.getGoal());
        ReactorBarrier barrier = ReactorBarrier.forGoal(mojoExecution.getGoal());
        if (barrier.arriveAndClaim(BuildShared.of(session), project.getId(), ReactorParticipants.ids(participants))) {
            return true;
        }
        log.debug("runs once for the reactor, in the last module to get here");
        return false;
    }

    private void write(List<GateResult> results) throws MojoExecutionException {
        ResultStore store = new ResultStore(resultDirectory());
        try {
            store.clear(gateName());
            for (GateResult result : results) {
                store.write(result);
            }
        } catch (IOException e) {
            throw new MojoExecutionException(
                    gateName() + ": cannot write the gate result under " + store.directory() + ": " + e.getMessage(),
                    e);
        }
    }
}
