package dev.gatekeeper.smoke;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runbook step 4, the packaging dry-run and clean install (the {@code twine check} and "install into a
 * clean virtualenv" parts): the module's published POM, metadata and jar are fit for Central, and the
 * module installs into an empty local repository and resolves from there as a consumer would. A module that is
 * not published ({@link Publication}) gets no Central-metadata and no attached-jar checks; its row says why.
 */
public final class SmokePublishGate implements Gate {
    public static final String SUBJECT = "publish";

    private final SmokeRun run;
    private final TestFrameworkLeakCheck testFrameworks;
    private final ConsumerGraphCheck consumerGraph;
    /** What the release profiles attach that this build did not, for the summary; null when nothing. */
    private String releaseNote;
    /** "not published: …" for a module that is not deployed, for the summary; null when it is published. */
    private String notPublished;

    public SmokePublishGate(SmokeRun run) {
        this(run, TestFrameworkLeakCheck.none(), ConsumerGraphCheck.off());
    }

    /**
     * @param testFrameworks judges the module's runtime graph for test frameworks that reach consumers
     * @param consumerGraph  compares the consumer's resolved classpath with the graph the tests ran with
     */
    public SmokePublishGate(SmokeRun run, TestFrameworkLeakCheck testFrameworks, ConsumerGraphCheck consumerGraph) {
        this.run = run;
        this.testFrameworks = testFrameworks;
        this.consumerGraph = consumerGraph;
    }

    @Override
    public String name() {
        return GateId.SMOKE.goal();
    }

    @Override
    public String subject() {
        return SUBJECT;
    }

    @Override
    public void evaluate(GateEvaluation evaluation) throws IOException {
        SmokeSettings settings = run.settings();
        evaluation.warnOnly(settings.checks().warnOnly());
        String pom = settings.display(settings.publishedPom());
        PublishedPomCheck.check(settings.publishedPom(), pom, settings.inheritedProperties(), evaluation);
        Publication publication = settings.checks().publication();
        if (publication.published()) {
            CentralMetadataCheck.check(
                    settings.metadata(), pom, settings.checks().metadataSeverity(), evaluation);
            InheritedMetadataCheck.check(settings.groupId(), settings.metadata().inherited(), pom, evaluation);
        } else {
            notPublished = publication.describe();
            evaluation
                    .log()
                    .info(SUBJECT + ": " + notPublished
                            + "; Central's metadata and the sources and javadoc jars are not asked for");
            evaluation.add(Finding.of(
                            SmokeCodes.NOT_PUBLISHED,
                            GateStatus.PASS,
                            notPublished + "; Central's metadata and the sources and javadoc jars are not asked for")
                    .withAttribute("reason", publication.reason()));
        }
        SnapshotVersionCheck.check(settings.version(), settings.checks().releaseTrack(), pom, evaluation);
        testFrameworks.check(settings.groupId(), settings.artifactId(), settings.mainArtifact(), pom, evaluation);
        if (settings.isPom()) {
            evaluation.summary(notPublished == null ? "POM publishable" : notPublished);
            run.installFailed("pom packaging has no entry point");
            return;
        }
        if (publication.published()) {
            releaseNote = AttachedArtifactsCheck.check(
                            settings.attachedClassifiers(),
                            settings.checks().requireSources(),
                            settings.checks().requireJavadoc(),
                            settings.packaging(),
                            settings.checks().metadataSeverity(),
                            pom,
                            settings.checks().release(),
                            evaluation)
                    .orElse(null);
        }
        if (releaseNote != null) {
            evaluation.log().info(SUBJECT + ": " + releaseNote + ", which this build does not activate");
        }
        if (settings.mainArtifact() == null) {
            evaluation.add(Finding.of(
                            SmokeCodes.NOT_PACKAGED,
                            GateStatus.ERROR,
                            settings.artifactId() + " has no packaged artifact to install")
                    .withFix("Bind the smoke goal to verify (its default phase) so that it runs after package"));
            run.installFailed("the module was not packaged");
            return;
        }
        Optional<JarSummary> jar = JarCheck.check(
                settings.mainArtifact(),
                settings.display(settings.mainArtifact()),
                settings.declaredRelease(),
                evaluation);
        if (jar.isEmpty()) {
            run.installFailed("the jar cannot be read");
            return;
        }
        run.manifestMainClass(jar.get().mainClass());
        cleanInstall(settings, evaluation);
    }

    private void cleanInstall(SmokeSettings settings, GateEvaluation evaluation) throws IOException {
        String coordinates = settings.groupId() + ":" + settings.artifactId() + ":" + settings.version();
        if (!settings.install().siblings().judge(coordinates, evaluation, SUBJECT)) {
            run.installFailed("not judged: a reactor module it needs was not built in this run nor installed");
            return;
        }
        run.installedRepository();
        if (run.seedNote() != null) {
            evaluation.log().info(SUBJECT + ": " + run.seedNote());
        }
        if (settings.isMavenPlugin()) {
            // A plugin is resolved by the consumer build that runs its help goal, on every JDK lane.
            evaluation.summary(withReleaseNote(
                    notPublished == null
                            ? "publishable; installed into a clean repository"
                            : notPublished + "; installed into a clean repository"));
            return;
        }
        evaluation
                .log()
                .info(SUBJECT + ": resolving " + coordinates + " from a clean local repository, as a consumer would");
        ConsumerBuildResult result = run.consumerBuild(null)
                .resolveRuntimeClasspath(
                        ConsumerDependency.of(settings.groupId(), settings.artifactId(), settings.version()));
        evaluation.recordToolTime(ConsumerBuild.TOOL, result.duration());
        if (!result.success()) {
            if (notJudgedOffline(settings, coordinates, result, evaluation)) {
                return;
            }
            evaluation.add(Finding.of(
                            SmokeCodes.CONSUMER_RESOLUTION_FAILED,
                            GateStatus.FAIL,
                            "A consumer cannot resolve " + coordinates + " from a clean repository: "
                                    + result.failureReason())
                    .withFile(settings.display(settings.publishedPom()), null)
                    .withFix(
                            "Fix the dependencies of the published POM (a missing, unpublished or wrongly scoped dependency); "
                                    + "the consumer build's log is " + settings.display(result.logFile()))
                    .withDetail(
                            String.join("\n", result.errorLines().isEmpty() ? result.logTail() : result.errorLines())));
            run.installFailed("a consumer cannot resolve the artifact");
            return;
        }
        run.resolved(result.classpath());
        evaluation.add(Finding.of(
                        SmokeCodes.INSTALLED,
                        GateStatus.PASS,
                        coordinates + " installed into a clean repository and resolved with "
                                + (result.classpath().size() - 1) + " runtime dependencies in "
                                + result.duration().toMillis() + " ms")
                .withDetail(String.join(
                        "\n",
                        result.classpath().stream()
                                .map(p -> p.getFileName().toString())
                                .toList())));
        // A module that is not published has no consumers whose graph could differ from the tested one.
        String graph = !settings.checks().publication().published()
                ? ""
                : consumerGraph
                        .check(
                                result.classpath(),
                                run.installedRepository().root(),
                                settings.groupId() + ":" + settings.artifactId(),
                                coordinates,
                                settings.display(settings.publishedPom()),
                                evaluation)
                        .map(words -> "; " + words)
                        .orElse("");
        evaluation.summary(withReleaseNote(
                (notPublished == null ? "publishable" : notPublished) + "; resolves from a clean repository with "
                        + (result.classpath().size() - 1) + " runtime dependencies" + graph));
    }

    /**
     * Offline, a consumer build that failed only because the local repository lacks artifacts (which the build
     * itself never needed) is not judged: its own finding names them and how to judge it; returns whether so.
     */
    private boolean notJudgedOffline(
            SmokeSettings settings, String coordinates, ConsumerBuildResult result, GateEvaluation evaluation)
            throws IOException {
        Set<String> reactor = new HashSet<>();
        reactor.add(settings.groupId() + ":" + settings.artifactId());
        for (ArtifactFile artifact : settings.reactorArtifacts()) {
            reactor.add(artifact.groupId() + ":" + artifact.artifactId());
        }
        for (ArtifactFile artifact : settings.install().siblings().artifacts()) {
            reactor.add(artifact.groupId() + ":" + artifact.artifactId());
        }
        List<String> log = Files.isRegularFile(result.logFile())
                ? Files.readAllLines(result.logFile(), StandardCharsets.UTF_8)
                : result.errorLines();
        List<OfflineMisses.MissingArtifact> missing = result.timedOut()
                ? List.of()
                : OfflineMisses.of(log, settings.install().source(), reactor);
        if (missing.isEmpty()) {
            return false;
        }
        String names = String.join(
                ", ", missing.stream().map(OfflineMisses.MissingArtifact::gav).toList());
        String fetch = String.join(
                " and ",
                missing.stream()
                        .map(m -> "mvn dependency:get -Dartifact=" + m.dependencyGetArtifact())
                        .toList());
        evaluation.add(Finding.of(
                        SmokeCodes.CONSUMER_NOT_JUDGED_OFFLINE,
                        GateStatus.WARN,
                        "Not judged offline: " + names + ", which a consumer of "
                                + coordinates + " needs, " + (missing.size() == 1 ? "is" : "are")
                                + " not in the local repository (offline the consumer build's only source); the"
                                + " published POM may well be fine")
                .withFile(settings.display(settings.publishedPom()), null)
                .withAttribute("missing", names)
                .withFix("Run the build once without -o (and without gatekeeper.smoke.offline) so that the consumer"
                        + " resolves from Maven Central, or fetch what is missing into the local repository ("
                        + fetch + ") and run it offline again; the consumer build's log is "
                        + settings.display(result.logFile())));
        evaluation.summary("not judged offline: " + names + (missing.size() == 1 ? " is" : " are")
                + " not in the local repository");
        run.installFailed("not judged offline: a consumer needs " + names + ", not in the local repository");
        return true;
    }

    private String withReleaseNote(String summary) {
        return releaseNote == null ? summary : summary + "; " + releaseNote;
    }
}
