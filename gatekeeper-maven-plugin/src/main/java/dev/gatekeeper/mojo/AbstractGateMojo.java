package dev.gatekeeper.mojo;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.ResultStore;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

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

    @Parameter(defaultValue = "${project.build.directory}/gatekeeper", readonly = true, required = true)
    protected File gatekeeperDirectory;

    /** The goal name; also the gate's name in logs, findings and evidence. */
    protected abstract String gateName();

    /** Whether {@code gatekeeper.<gate>.skip} is set. */
    protected abstract boolean isGateSkipped();

    /** Maps this goal's parameters and the build's state into the plain-Java gate. */
    protected abstract Gate createGate() throws MojoExecutionException;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        MavenGateLog log = new MavenGateLog(gateName(), getLog());
        String module = BuildIdentity.moduleKey(project);
        String buildId = BuildIdentity.buildId(session);
        GateResult result;
        if (skip || isGateSkipped()) {
            String why = skip ? "gatekeeper.skip=true" : "gatekeeper." + gateName() + ".skip=true";
            result = GateEvaluation.skipped(gateName(), module, buildId, Clock.systemUTC().instant(), "skipped (" + why + ")");
        } else {
            GateEvaluation evaluation = new GateEvaluation(gateName(), module, buildId, Clock.systemUTC(), log);
            try {
                createGate().evaluate(evaluation);
            } catch (MojoExecutionException e) {
                throw e;
            } catch (Exception e) {
                evaluation.add(crashFinding(e));
            }
            result = evaluation.finish();
        }
        Path written = write(result);
        String line = result.status() + (result.summary().isEmpty() ? "" : " - " + result.summary());
        if (result.status().blocksMerge()) {
            log.warn(line);
        } else {
            log.info(line);
        }
        log.debug("result written to " + written);
        if (failFast && result.status().blocksMerge()) {
            throw new MojoFailureException(gateName() + ": " + result.status() + " - " + result.summary()
                    + " (gatekeeper.failFast=true stops at the first blocking gate)");
        }
    }

    private Finding crashFinding(Exception e) {
        String code = gateName().toUpperCase(Locale.ROOT).replace('-', '_') + "_GATE_ERROR";
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Finding.of(code, GateStatus.ERROR, gateName() + " could not run: " + reason)
                .withFix("Run 'mvn verify -Pmerge-ready -e' for the stack trace and report it if the cause is not your configuration");
    }

    private Path write(GateResult result) throws MojoExecutionException {
        ResultStore store = new ResultStore(gatekeeperDirectory.toPath());
        try {
            return store.write(result);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    gateName() + ": cannot write the gate result under " + store.directory() + ": " + e.getMessage(), e);
        }
    }
}
