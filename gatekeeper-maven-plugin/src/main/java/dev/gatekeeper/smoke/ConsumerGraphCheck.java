package dev.gatekeeper.smoke;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * Compares the runtime classpath a consumer of the published POM resolves with the build's own runtime graph
 * of the module, the one its tests ran with. They differ where the build's dependencyManagement (its own or a
 * parent's, a BOM's) sets the version of a transitive dependency: a consumer's Maven does not apply the
 * module's management below its direct dependencies and takes nearest-wins from the published POMs.
 */
public final class ConsumerGraphCheck {
    private final ConsumerGraphPolicy policy;
    private final List<GraphArtifact> tested;
    private final Map<String, ManagedVersion> managed;
    private final List<RuntimeDependency> consumerView;
    private final Map<String, GraphArtifact> testClasspathOnly;

    /**
     * @param tested       the build's runtime graph of the module (compile and runtime scope, no optional ones)
     * @param managed      the build's dependencyManagement, by {@link GraphArtifact#key()}
     * @param consumerView the graph as a consumer's Maven collects it, for the path that brings a version; may
     *                     be empty
     */
    public ConsumerGraphCheck(
            ConsumerGraphPolicy policy,
            List<GraphArtifact> tested,
            Map<String, ManagedVersion> managed,
            List<RuntimeDependency> consumerView) {
        this(policy, tested, managed, consumerView, List.of());
    }

    /**
     * @param testClasspathOnly what else the tests ran with: the build's provided, test and system scope
     *                          artifacts; one a consumer gets at the same version is no difference
     */
    public ConsumerGraphCheck(
            ConsumerGraphPolicy policy,
            List<GraphArtifact> tested,
            Map<String, ManagedVersion> managed,
            List<RuntimeDependency> consumerView,
            List<GraphArtifact> testClasspathOnly) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.tested = List.copyOf(tested);
        this.managed = Map.copyOf(managed);
        this.consumerView = List.copyOf(consumerView);
        Map<String, GraphArtifact> byKey = new LinkedHashMap<>();
        testClasspathOnly.forEach(a -> byKey.putIfAbsent(a.key(), a));
        this.testClasspathOnly = Map.copyOf(byKey);
    }

    /** No comparison (a goal that has no graph to give, or {@code consumerGraph=OFF}). */
    public static ConsumerGraphCheck off() {
        return new ConsumerGraphCheck(ConsumerGraphPolicy.OFF, List.of(), Map.of(), List.of());
    }

    public ConsumerGraphPolicy policy() {
        return policy;
    }

    /** Every difference between the tested graph and {@code consumer}, in the tested graph's order, then the rest. */
    public List<GraphDifference> differences(List<GraphArtifact> consumer) {
        Map<String, GraphArtifact> consumed = new LinkedHashMap<>();
        consumer.forEach(a -> consumed.putIfAbsent(a.key(), a));
        List<GraphDifference> differences = new ArrayList<>();
        for (GraphArtifact build : tested) {
            GraphArtifact theirs = consumed.remove(build.key());
            ManagedVersion management = managedAt(build);
            if (theirs == null) {
                if (!build.optional()) {
                    differences.add(difference(
                            build,
                            build.version(),
                            null,
                            GraphDifference.Kind.MISSING_FOR_CONSUMERS,
                            "the build's runtime graph has it, a consumer of the published POM does not get it"
                                    + (management == null
                                            ? ""
                                            : " (the build's dependencyManagement in " + management.declaredIn()
                                                    + " sets it)"),
                            management));
                }
            } else if (!theirs.version().equals(build.version())) {
                boolean lower =
                        new ComparableVersion(theirs.version()).compareTo(new ComparableVersion(build.version())) < 0;
                String consumerSide =
                        "a consumer's Maven takes " + theirs.version() + " nearest-wins" + via(build, theirs.version());
                String setBy = management == null
                        ? ""
                        : " (set by the dependencyManagement in " + management.declaredIn() + ")";
                String why;
                if (build.optional()) {
                    why = "the module's <optional> dependency" + setBy + " is not passed on to consumers; "
                            + consumerSide;
                } else if (management != null) {
                    why = "the build's dependencyManagement in " + management.declaredIn() + " sets "
                            + build.version() + ", which a consumer's Maven does not apply to a transitive"
                            + " dependency; " + consumerSide;
                } else {
                    why = "the build resolved " + build.version() + "; " + consumerSide;
                }
                differences.add(new GraphDifference(
                        build.groupId(),
                        build.artifactId(),
                        build.classifier(),
                        build.version(),
                        theirs.version(),
                        lower ? GraphDifference.Kind.DOWNGRADE : GraphDifference.Kind.UPGRADE,
                        why,
                        management,
                        build.optional()));
            }
        }
        for (GraphArtifact theirs : consumed.values()) {
            GraphArtifact onTestClasspath = testClasspathOnly.get(theirs.key());
            if (onTestClasspath != null) {
                if (!onTestClasspath.version().equals(theirs.version())) {
                    boolean lower = new ComparableVersion(theirs.version())
                                    .compareTo(new ComparableVersion(onTestClasspath.version()))
                            < 0;
                    differences.add(difference(
                            theirs,
                            onTestClasspath.version(),
                            theirs.version(),
                            lower ? GraphDifference.Kind.DOWNGRADE : GraphDifference.Kind.UPGRADE,
                            "the tests ran with " + onTestClasspath.version()
                                    + ", which the build has in provided or test scope only; a consumer's Maven"
                                    + " takes " + theirs.version() + " nearest-wins" + via(theirs, theirs.version()),
                            null));
                }
                continue;
            }
            differences.add(difference(
                    theirs,
                    null,
                    theirs.version(),
                    GraphDifference.Kind.ONLY_FOR_CONSUMERS,
                    "a consumer gets it" + via(theirs, theirs.version())
                            + "; the build's runtime graph does not have it",
                    null));
        }
        return differences;
    }

    /**
     * Judges the consumer's resolved classpath (files in the clean repository) against the tested graph and
     * adds the findings; returns the verdict row's words, or empty when the graphs were not compared.
     *
     * @param ownKey   groupId:artifactId of the module, whose own jar is on the consumer's classpath
     * @param pomShown the published POM as findings show it
     */
    public Optional<String> check(
            List<Path> consumerClasspath,
            Path repositoryRoot,
            String ownKey,
            String module,
            String pomShown,
            GateEvaluation evaluation) {
        if (policy == ConsumerGraphPolicy.OFF) {
            return Optional.empty();
        }
        List<GraphArtifact> consumer = new ArrayList<>();
        for (Path entry : consumerClasspath) {
            GraphArtifact.inRepository(repositoryRoot, entry)
                    .filter(a -> !(a.groupId() + ":" + a.artifactId()).equals(ownKey))
                    .ifPresent(consumer::add);
        }
        List<GraphDifference> differences = differences(consumer);
        if (differences.isEmpty()) {
            evaluation.add(Finding.of(
                    SmokeCodes.CONSUMER_GRAPH_MATCHES,
                    "A consumer of " + module + " gets the runtime graph its tests ran with: " + tested.size()
                            + " artifacts, the same versions"));
            return Optional.of("consumers get the tested graph");
        }
        long downgrades =
                differences.stream().filter(GraphDifference::downgrade).count();
        String counted = differences.size() + (differences.size() == 1 ? " difference" : " differences")
                + " from the tested graph (" + downgrades + (downgrades == 1 ? " downgrade" : " downgrades") + ")";
        for (GraphDifference difference : differences) {
            // each message opens with the count: the verdict row shows the first one
            evaluation.add(finding(difference, "Consumers of " + module + " get " + counted, pomShown));
        }
        evaluation
                .log()
                .info(SmokePublishGate.SUBJECT + ": a consumer's runtime classpath has " + counted + "; "
                        + ConsumerGraphPolicy.PROPERTY + "=" + policy);
        return Optional.of("consumers get " + counted);
    }

    private Finding finding(GraphDifference difference, String counted, String pomShown) {
        String message = switch (difference.kind()) {
            case DOWNGRADE, UPGRADE ->
                counted + ": " + difference.key() + " " + difference.consumerVersion()
                        + ", the tests ran with " + difference.testedVersion()
                        + (difference.downgrade() ? " (a downgrade)" : " (an upgrade)") + ": " + difference.why();
            case MISSING_FOR_CONSUMERS ->
                counted + ": no " + difference.key() + ", the tests ran with " + difference.testedVersion() + ": "
                        + difference.why();
            case ONLY_FOR_CONSUMERS ->
                counted + ": " + difference.key() + " " + difference.consumerVersion() + ", the tests ran without it: "
                        + difference.why();
        };
        Finding finding = Finding.of(SmokeCodes.CONSUMER_GRAPH_DIFFERS, policy.severity(difference), message)
                .withFile(pomShown, null)
                .withFix(fix(difference, pomShown))
                .withAttribute("groupId", difference.groupId())
                .withAttribute("artifactId", difference.artifactId())
                .withAttribute("kind", difference.kind().name())
                .withAttribute("downgrade", Boolean.toString(difference.downgrade()))
                .withAttribute("why", difference.why());
        if (difference.classifier() != null) {
            finding = finding.withAttribute("classifier", difference.classifier());
        }
        if (difference.testedVersion() != null) {
            finding = finding.withAttribute("testedVersion", difference.testedVersion());
        }
        if (difference.consumerVersion() != null) {
            finding = finding.withAttribute("consumerVersion", difference.consumerVersion());
        }
        if (difference.managed() != null) {
            finding = finding.withAttribute("managedIn", difference.managed().declaredIn());
        }
        return finding;
    }

    private static String fix(GraphDifference difference, String pomShown) {
        String flatten = "or flatten the published POM with its dependency management resolved (flatten-maven-plugin"
                + " with <flattenDependencyMode>all</flattenDependencyMode>)";
        String again = "; then run the build again";
        if (difference.optionalInBuild()) {
            return "Drop <optional>true</optional> from the " + difference.key() + " dependency in " + pomShown
                    + " so that consumers get the version the tests ran with (" + difference.testedVersion()
                    + "), or run the tests with the version consumers get; then run the build again";
        }
        return switch (difference.kind()) {
            case DOWNGRADE, UPGRADE, MISSING_FOR_CONSUMERS ->
                "Declare " + difference.key() + " "
                        + difference.testedVersion() + " as a dependency in " + pomShown
                        + " so that consumers get the version the tests ran with, " + flatten + again;
            case ONLY_FOR_CONSUMERS ->
                "Exclude " + difference.key() + " (<exclusions>) on the dependency in "
                        + pomShown + " that brings it if consumers must not get it, or declare it so the tests run with"
                        + " it, " + flatten + again;
        };
    }

    /** The build's management of the artifact, when it set the version the build resolved. */
    private ManagedVersion managedAt(GraphArtifact build) {
        ManagedVersion management = managed.get(build.key());
        return management != null && management.version().equals(build.version()) ? management : null;
    }

    /** " via a:b:1 > c:d:2" when the consumer's view of the graph has the artifact at that version. */
    private String via(GraphArtifact artifact, String version) {
        String key = artifact.groupId() + ":" + artifact.artifactId();
        for (RuntimeDependency dependency : consumerView) {
            if (dependency.key().equals(key) && dependency.version().equals(version)) {
                return " via " + String.join(" > ", dependency.path());
            }
        }
        return "";
    }

    private static GraphDifference difference(
            GraphArtifact artifact,
            String testedVersion,
            String consumerVersion,
            GraphDifference.Kind kind,
            String why,
            ManagedVersion managed) {
        return new GraphDifference(
                artifact.groupId(),
                artifact.artifactId(),
                artifact.classifier(),
                testedVersion,
                consumerVersion,
                kind,
                why,
                managed,
                false);
    }
}
