package dev.gatekeeper.mojo;

import dev.gatekeeper.core.GateId;
import dev.gatekeeper.maven.BuildShared;
import dev.gatekeeper.maven.Durations;
import dev.gatekeeper.maven.MavenGateLog;
import dev.gatekeeper.maven.ReactorRoot;
import dev.gatekeeper.maven.RedactingLog;
import dev.gatekeeper.maven.VerdictExecutions;
import dev.gatekeeper.smoke.maven.EarlyCleanRepository;
import dev.gatekeeper.smoke.maven.SmokeProjectModel;
import dev.gatekeeper.verdict.GateSelection;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Bound to {@code initialize}, first in the merge-ready execution: starts in the background, once per build
 * (in the first module to get here), the gates' work that needs neither the built artifacts nor the tests'
 * outcome, so that it overlaps compiling and testing; the verify-phase goals take its result. Today that is
 * the smoke check's clean repository with what every consumer build downloads first, when
 * {@code gatekeeper.smoke.prepareAtStart} is true (off by default: it did not pay on 2 cores). Not a gate: no
 * result, no verdict row. Without it every gate does all its work in {@code verify}, as before.
 */
@Mojo(name = GateId.Goals.START, defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class StartMojo extends AbstractMojo {
    /** The lifecycle phases that run verify, where the gates take what was started. */
    private static final Set<String> REACHES_VERIFY = Set.of("verify", "install", "deploy");

    private static final String NOT_PREPARED_SAID = StartMojo.class.getName() + ".notPreparedSaid";

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor pluginDescriptor;

    /** Skips every Gatekeeper goal: nothing is started. */
    @Parameter(property = "gatekeeper.skip", defaultValue = "false")
    private boolean skip;

    /** The smoke gate is skipped: its clean repository is not prepared. */
    @Parameter(property = "gatekeeper.smoke.skip", defaultValue = "false")
    private boolean skipSmoke;

    /** Only these gates run (comma-separated): the work of the others is not started. */
    @Parameter(property = GateSelection.PROPERTY)
    private String gates;

    /** false: nothing is started early, every gate does all its work in verify. */
    @Parameter(property = "gatekeeper.overlap", defaultValue = "true")
    private boolean overlap;

    /**
     * true: the smoke check's clean repository is prepared at initialize, in the background, while Maven
     * compiles and tests. Off by default: on a 2-core machine the preparation slowed the build's tests by more
     * than it saved the smoke check; try it where cores are to spare.
     */
    @Parameter(property = "gatekeeper.smoke.prepareAtStart", defaultValue = "false")
    private boolean prepareAtStart;

    /** As the smoke goal's: the clean repository is filled from the user's local repository (read-only) instead of Maven Central. */
    @Parameter(property = "gatekeeper.smoke.offline", defaultValue = "false")
    private boolean offline;

    /** As the smoke goal's: how long the consumer build that prepares the clean repository may take. */
    @Parameter(property = "gatekeeper.smoke.installTimeout", defaultValue = "5m")
    private String installTimeout;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        RedactingLog.execute(session, this::run);
    }

    /** Every line our goal logs is masked with the build's secrets. */
    @Override
    public org.apache.maven.plugin.logging.Log getLog() {
        return RedactingLog.of(super.getLog());
    }

    private void run() throws MojoExecutionException {
        MavenGateLog log = new MavenGateLog(GateId.SMOKE.goal(), getLog());
        Optional<String> notStarted = whyNotStarted();
        if (notStarted.isPresent()) {
            log.info("nothing started at initialize: " + notStarted.get());
            return;
        }
        if (!prepareAtStart) {
            // the default: said once per build, not once per module of a large reactor
            boolean first = BuildShared.of(session).putIfAbsent(NOT_PREPARED_SAID, Boolean.TRUE) == null;
            String line = "nothing started at initialize: gatekeeper.smoke.prepareAtStart=false (the default);"
                    + " the clean repository is prepared by the smoke check in verify";
            if (first) {
                log.info(line);
            } else {
                log.debug(line);
            }
            return;
        }
        Path directory =
                Path.of(ReactorRoot.project(session, project).getBuild().getDirectory(), "gatekeeper", "start");
        try {
            EarlyCleanRepository.start(
                    BuildShared.of(session),
                    Path.of(System.getProperty("maven.home")),
                    SmokeProjectModel.resolutionSource(session, offline),
                    directory,
                    Durations.parse(installTimeout, "gatekeeper.smoke.installTimeout"),
                    log);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(GateId.SMOKE.goal() + ": " + e.getMessage(), e);
        }
    }

    /** Why the smoke check's early work does not start in this build; empty when it does. */
    private Optional<String> whyNotStarted() throws MojoExecutionException {
        if (!overlap) {
            return Optional.of("gatekeeper.overlap=false");
        }
        if (skip || skipSmoke) {
            return Optional.of((skip ? "gatekeeper.skip" : GateId.SMOKE.skipProperty()) + "=true");
        }
        try {
            if (!GateSelection.parse(gates).selects(GateId.SMOKE.goal())) {
                return Optional.of("not selected (" + GateSelection.PROPERTY + "=" + gates + ")");
            }
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        if (session.getGoals().stream().noneMatch(REACHES_VERIFY::contains)) {
            return Optional.of("this build does not reach verify (" + String.join(" ", session.getGoals()) + ")");
        }
        if (session.getProjects().stream().noneMatch(this::declaresSmoke)) {
            return Optional.of("no module of this build runs the smoke goal");
        }
        if (session.getProjects().stream().noneMatch(p -> VerdictExecutions.declaredBy(p, pluginDescriptor))) {
            return Optional.of("no module of this build runs the verdict, which waits for the background work");
        }
        return Optional.empty();
    }

    private boolean declaresSmoke(MavenProject reactorProject) {
        Plugin declared = reactorProject.getPlugin(pluginDescriptor.getPluginLookupKey());
        return declared != null
                && declared.getExecutions().stream().anyMatch(e -> e.getGoals().contains(GateId.SMOKE.goal()));
    }
}
