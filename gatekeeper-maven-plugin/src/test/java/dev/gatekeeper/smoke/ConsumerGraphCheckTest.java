package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsumerGraphCheckTest {
    private static final Path REPOSITORY = Path.of("/tmp/clean-repo");
    private static final GraphArtifact GUAVA = new GraphArtifact("com.google.guava", "guava", null, "33.4.0-jre");
    /** google-java-format's case: the parent manages 2.50.0, Guava's POM asks for 2.47.0 (issue 20). */
    private static final GraphArtifact ANNOTATIONS_TESTED =
            new GraphArtifact("com.google.errorprone", "error_prone_annotations", null, "2.50.0");

    private static final ManagedVersion BY_PARENT =
            new ManagedVersion("2.50.0", "the POM of com.google.googlejavaformat:google-java-format-parent:1.30.0");

    /** Guava as a consumer's Maven collects it: the module > guava > error_prone_annotations. */
    private static final List<RuntimeDependency> CONSUMER_VIEW = List.of(
            new RuntimeDependency(
                    "com.google.guava",
                    "guava",
                    "33.4.0-jre",
                    "compile",
                    false,
                    List.of("com.google.guava:guava:33.4.0-jre"),
                    null),
            new RuntimeDependency(
                    "com.google.errorprone",
                    "error_prone_annotations",
                    "2.47.0",
                    "compile",
                    false,
                    List.of(
                            "com.google.guava:guava:33.4.0-jre",
                            "com.google.errorprone:error_prone_annotations:2.47.0"),
                    null));

    private static ConsumerGraphCheck check(ConsumerGraphPolicy policy, List<GraphArtifact> tested) {
        return new ConsumerGraphCheck(
                policy, tested, Map.of("com.google.errorprone:error_prone_annotations", BY_PARENT), CONSUMER_VIEW);
    }

    private static Path jar(String groupPath, String artifactId, String version) {
        return REPOSITORY.resolve(
                groupPath + "/" + artifactId + "/" + version + "/" + artifactId + "-" + version + ".jar");
    }

    private static List<Path> consumerClasspath(String annotationsVersion) {
        return List.of(
                jar("com/google/googlejavaformat", "google-java-format", "1.30.0"),
                jar("com/google/guava", "guava", "33.4.0-jre"),
                jar("com/google/errorprone", "error_prone_annotations", annotationsVersion));
    }

    @Test
    void parentManagedTransitiveVersionIsADowngradeForConsumersAndSaysWhy() {
        List<GraphDifference> differences = check(ConsumerGraphPolicy.WARN, List.of(GUAVA, ANNOTATIONS_TESTED))
                .differences(List.of(
                        GUAVA, new GraphArtifact("com.google.errorprone", "error_prone_annotations", null, "2.47.0")));

        assertThat(differences).hasSize(1);
        GraphDifference difference = differences.get(0);
        assertThat(difference.kind()).isEqualTo(GraphDifference.Kind.DOWNGRADE);
        assertThat(difference.testedVersion()).isEqualTo("2.50.0");
        assertThat(difference.consumerVersion()).isEqualTo("2.47.0");
        assertThat(difference.managed()).isEqualTo(BY_PARENT);
        assertThat(difference.why())
                .contains(
                        "dependencyManagement in the POM of com.google.googlejavaformat:google-java-format-parent:1.30.0 sets 2.50.0")
                .contains(
                        "takes 2.47.0 nearest-wins via com.google.guava:guava:33.4.0-jre > com.google.errorprone:error_prone_annotations:2.47.0");
    }

    /**
     * google-java-format 1.30.0's core: error_prone_annotations is an {@code <optional>} dependency at the parent's
     * 2.50.0; a consumer does not get that declaration and takes Guava's 2.47.0 (issue 20).
     */
    @Test
    void optionalDependencyTheTestsRanWithIsADowngradeWhenConsumersGetItFromAnotherPath() {
        GraphArtifact optionalAnnotations =
                new GraphArtifact("com.google.errorprone", "error_prone_annotations", null, "2.50.0", true);
        List<GraphDifference> differences = check(ConsumerGraphPolicy.WARN, List.of(GUAVA, optionalAnnotations))
                .differences(List.of(
                        GUAVA, new GraphArtifact("com.google.errorprone", "error_prone_annotations", null, "2.47.0")));

        assertThat(differences).hasSize(1);
        GraphDifference difference = differences.get(0);
        assertThat(difference.kind()).isEqualTo(GraphDifference.Kind.DOWNGRADE);
        assertThat(difference.optionalInBuild()).isTrue();
        assertThat(difference.why())
                .startsWith(
                        "the module's <optional> dependency (set by the dependencyManagement in the POM of"
                                + " com.google.googlejavaformat:google-java-format-parent:1.30.0) is not passed on to consumers;")
                .contains("takes 2.47.0 nearest-wins via com.google.guava:guava:33.4.0-jre");
    }

    @Test
    void optionalDependencyConsumersDoNotGetIsNoDifference() {
        GraphArtifact optionalOnly = new GraphArtifact("org.jspecify", "jspecify", null, "1.0.1", true);

        assertThat(check(ConsumerGraphPolicy.HOLD, List.of(GUAVA, optionalOnly)).differences(List.of(GUAVA)))
                .isEmpty();
    }

    @Test
    void optionalDowngradeFixDropsOptional() {
        GateEvaluation evaluation = SmokeFixtures.evaluation();
        GraphArtifact optionalAnnotations =
                new GraphArtifact("com.google.errorprone", "error_prone_annotations", null, "2.50.0", true);

        check(ConsumerGraphPolicy.HOLD_DOWNGRADES, List.of(GUAVA, optionalAnnotations))
                .check(
                        consumerClasspath("2.47.0"),
                        REPOSITORY,
                        "com.google.googlejavaformat:google-java-format",
                        "m",
                        "core/pom.xml",
                        evaluation);

        assertThat(evaluation.status()).isEqualTo(GateStatus.HOLD);
        assertThat(evaluation.findings().get(0).fix())
                .startsWith("Drop <optional>true</optional> from the com.google.errorprone:error_prone_annotations"
                        + " dependency in core/pom.xml so that consumers get the version the tests ran with (2.50.0)");
    }

    /**
     * maven-enforcer's enforcer-rules: the build has maven-resolver-api 1.9.27 in provided scope (Maven provides
     * it to a plugin), a consumer gets the same version through maven-resolver-util at compile scope. The tests
     * ran with it: no difference (it was reported as "the tests ran without it").
     */
    @Test
    void artifactTheBuildHasInProvidedScopeAtTheConsumersVersionIsNoDifference() {
        GraphArtifact resolverUtil =
                new GraphArtifact("org.apache.maven.resolver", "maven-resolver-util", null, "1.9.27");
        GraphArtifact resolverApi =
                new GraphArtifact("org.apache.maven.resolver", "maven-resolver-api", null, "1.9.27");
        ConsumerGraphCheck check = new ConsumerGraphCheck(
                ConsumerGraphPolicy.HOLD, List.of(resolverUtil), Map.of(), List.of(), List.of(resolverApi));

        assertThat(check.differences(List.of(resolverUtil, resolverApi))).isEmpty();
    }

    @Test
    void artifactTheBuildHasInTestScopeAtAnotherVersionIsADifferenceWithTheVersionTheTestsRanWith() {
        GraphArtifact lib = new GraphArtifact("g", "lib", null, "1.0");
        ConsumerGraphCheck check = new ConsumerGraphCheck(
                ConsumerGraphPolicy.WARN,
                List.of(lib),
                Map.of(),
                List.of(),
                List.of(new GraphArtifact("g", "helper", null, "2.0", true)));

        List<GraphDifference> differences =
                check.differences(List.of(lib, new GraphArtifact("g", "helper", null, "1.5")));

        assertThat(differences).hasSize(1);
        GraphDifference difference = differences.get(0);
        assertThat(difference.kind()).isEqualTo(GraphDifference.Kind.DOWNGRADE);
        assertThat(difference.testedVersion()).isEqualTo("2.0");
        assertThat(difference.consumerVersion()).isEqualTo("1.5");
        assertThat(difference.why())
                .startsWith("the tests ran with 2.0, which the build has in provided or test scope only;");
    }

    @Test
    void versionsAreComparedAsMavenDoesNotAsText() {
        GraphArtifact tested = new GraphArtifact("g", "a", null, "1.10");
        List<GraphDifference> differences = check(ConsumerGraphPolicy.WARN, List.of(tested))
                .differences(List.of(new GraphArtifact("g", "a", null, "1.9")));

        assertThat(differences).extracting(GraphDifference::kind).containsExactly(GraphDifference.Kind.DOWNGRADE);
        assertThat(check(ConsumerGraphPolicy.WARN, List.of(new GraphArtifact("g", "a", null, "1.9")))
                        .differences(List.of(tested)))
                .extracting(GraphDifference::kind)
                .containsExactly(GraphDifference.Kind.UPGRADE);
    }

    @Test
    void artifactOnOneSideOnlyIsADifference() {
        GraphArtifact onlyTested = new GraphArtifact("g", "tested-only", null, "1");
        GraphArtifact onlyConsumer = new GraphArtifact("g", "consumer-only", null, "2");

        List<GraphDifference> differences =
                check(ConsumerGraphPolicy.WARN, List.of(GUAVA, onlyTested)).differences(List.of(GUAVA, onlyConsumer));

        assertThat(differences)
                .extracting(GraphDifference::key, GraphDifference::kind, GraphDifference::downgrade)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "g:tested-only", GraphDifference.Kind.MISSING_FOR_CONSUMERS, false),
                        org.assertj.core.groups.Tuple.tuple(
                                "g:consumer-only", GraphDifference.Kind.ONLY_FOR_CONSUMERS, false));
    }

    @Test
    void classifierKeepsTwoArtifactsApart() {
        GraphArtifact linux = new GraphArtifact("io.netty", "netty-transport-native-epoll", "linux-x86_64", "4.1.0");
        GraphArtifact plain = new GraphArtifact("io.netty", "netty-transport-native-epoll", null, "4.1.0");

        assertThat(check(ConsumerGraphPolicy.WARN, List.of(linux, plain)).differences(List.of(plain, linux)))
                .isEmpty();
    }

    @Test
    void findingsCarryTheListAndTheRowCountsThem() {
        GateEvaluation evaluation = SmokeFixtures.evaluation();

        String row = check(ConsumerGraphPolicy.WARN, List.of(GUAVA, ANNOTATIONS_TESTED))
                .check(
                        consumerClasspath("2.47.0"),
                        REPOSITORY,
                        "com.google.googlejavaformat:google-java-format",
                        "com.google.googlejavaformat:google-java-format:1.30.0",
                        "core/pom.xml",
                        evaluation)
                .orElseThrow();

        assertThat(row).isEqualTo("consumers get 1 difference from the tested graph (1 downgrade)");
        assertThat(evaluation.status()).isEqualTo(GateStatus.WARN);
        Finding finding = evaluation.findings().get(0);
        assertThat(finding.code()).isEqualTo("SMOKE_CONSUMER_GRAPH_DIFFERS");
        assertThat(finding.message())
                .startsWith("Consumers of com.google.googlejavaformat:google-java-format:1.30.0 get 1 difference from"
                        + " the tested graph (1 downgrade): com.google.errorprone:error_prone_annotations"
                        + " 2.47.0, the tests ran with 2.50.0 (a downgrade)");
        assertThat(finding.attributes())
                .containsEntry("groupId", "com.google.errorprone")
                .containsEntry("artifactId", "error_prone_annotations")
                .containsEntry("testedVersion", "2.50.0")
                .containsEntry("consumerVersion", "2.47.0")
                .containsEntry("downgrade", "true")
                .containsEntry("kind", "DOWNGRADE")
                .containsEntry("managedIn", BY_PARENT.declaredIn());
        assertThat(finding.fix())
                .contains(
                        "Declare com.google.errorprone:error_prone_annotations 2.50.0 as a dependency in core/pom.xml")
                .contains("<flattenDependencyMode>all</flattenDependencyMode>")
                .doesNotContain("docs/");
    }

    @Test
    void holdDowngradesHoldsTheMergeOnADowngrade() {
        GateEvaluation evaluation = SmokeFixtures.evaluation();

        check(ConsumerGraphPolicy.HOLD_DOWNGRADES, List.of(GUAVA, ANNOTATIONS_TESTED))
                .check(
                        consumerClasspath("2.47.0"),
                        REPOSITORY,
                        "com.google.googlejavaformat:google-java-format",
                        "m",
                        "pom.xml",
                        evaluation);

        assertThat(evaluation.status()).isEqualTo(GateStatus.HOLD);
    }

    @Test
    void sameGraphPassesAndSaysSo() {
        GateEvaluation evaluation = SmokeFixtures.evaluation();

        String row = check(ConsumerGraphPolicy.HOLD, List.of(GUAVA, ANNOTATIONS_TESTED))
                .check(
                        consumerClasspath("2.50.0"),
                        REPOSITORY,
                        "com.google.googlejavaformat:google-java-format",
                        "m",
                        "pom.xml",
                        evaluation)
                .orElseThrow();

        assertThat(row).isEqualTo("consumers get the tested graph");
        assertThat(evaluation.status()).isEqualTo(GateStatus.PASS);
        assertThat(evaluation.findings()).extracting(Finding::code).containsExactly("SMOKE_CONSUMER_GRAPH_MATCHES");
    }

    @Test
    void offComparesNothing() {
        GateEvaluation evaluation = SmokeFixtures.evaluation();

        assertThat(ConsumerGraphCheck.off()
                        .check(consumerClasspath("2.47.0"), REPOSITORY, "g:a", "m", "pom.xml", evaluation))
                .isEmpty();
        assertThat(evaluation.findings()).isEmpty();
    }

    @Test
    void repositoryLayoutGivesCoordinates() {
        assertThat(GraphArtifact.inRepository(REPOSITORY, jar("org/apache/commons", "commons-text", "1.9")))
                .contains(new GraphArtifact("org.apache.commons", "commons-text", null, "1.9"));
        assertThat(GraphArtifact.inRepository(
                        REPOSITORY,
                        REPOSITORY.resolve("io/netty/netty-epoll/4.1.0/netty-epoll-4.1.0-linux-x86_64.jar")))
                .contains(new GraphArtifact("io.netty", "netty-epoll", "linux-x86_64", "4.1.0"));
        assertThat(GraphArtifact.inRepository(
                        REPOSITORY, REPOSITORY.resolve("com/example/lib/1.0-SNAPSHOT/lib-1.0-SNAPSHOT.jar")))
                .contains(new GraphArtifact("com.example", "lib", null, "1.0-SNAPSHOT"));
        assertThat(GraphArtifact.inRepository(REPOSITORY, Path.of("/elsewhere/g/a/1/a-1.jar")))
                .isEmpty();
        assertThat(GraphArtifact.inRepository(REPOSITORY, REPOSITORY.resolve("a/1/other.jar")))
                .isEmpty();
    }
}
