package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The classification on real output: {@code offline-consumer-missing-transitive.log} is the consumer build's log
 * of the IT smoke-consumer-offline-missing-artifact-not-judged, as Maven 3.9 wrote it before this check existed
 * (a SMOKE_CONSUMER_RESOLUTION_FAILED then).
 */
class OfflineMissesTest {
    /** The user's local repository the captured consumer build resolved from (file:///…/target/local-repo/). */
    private static final ResolutionSource CAPTURED_SOURCE =
            ResolutionSource.localRepository(Path.of("/work/h-consumer/gatekeeper-maven-plugin/target/local-repo"));

    private static List<String> capturedLog() throws IOException {
        try (InputStream in = OfflineMissesTest.class.getResourceAsStream("offline-consumer-missing-transitive.log")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void artifactMissingFromTheLocalRepositoryServedAsRemoteIsNotJudged() throws IOException {
        List<OfflineMisses.MissingArtifact> missing =
                OfflineMisses.of(capturedLog(), CAPTURED_SOURCE, Set.of("dev.gatekeeper.it:cli"));

        assertThat(missing)
                .extracting(OfflineMisses.MissingArtifact::gav)
                .containsExactly("dev.gatekeeper.it.cgoff:lib-b:1.0");
        assertThat(missing.get(0).dependencyGetArtifact()).isEqualTo("dev.gatekeeper.it.cgoff:lib-b:1.0");
    }

    @Test
    void sameOutputFromAnOnlineConsumerBuildIsARealFailure() throws IOException {
        assertThat(OfflineMisses.of(capturedLog(), ResolutionSource.mavenCentral(), Set.of()))
                .isEmpty();
    }

    @Test
    void missingFromAnotherRepositoryThanTheLocalOneIsARealFailure() throws IOException {
        ResolutionSource elsewhere = ResolutionSource.localRepository(Path.of("/somewhere/else/repository"));

        assertThat(OfflineMisses.of(capturedLog(), elsewhere, Set.of())).isEmpty();
    }

    @Test
    void missingReactorArtifactIsThePublishedPomsFault() throws IOException {
        assertThat(OfflineMisses.of(capturedLog(), CAPTURED_SOURCE, Set.of("dev.gatekeeper.it.cgoff:lib-b")))
                .isEmpty();
    }

    @Test
    void unresolvedPropertyInMissingCoordinatesIsThePublishedPomsFault() throws IOException {
        List<String> log = capturedLog().stream()
                .map(line -> line.replace("lib-b:jar:1.0", "lib-b:jar:${revision}"))
                .toList();

        assertThat(OfflineMisses.of(log, CAPTURED_SOURCE, Set.of())).isEmpty();
    }

    @Test
    void failureThatNamesNoMissingArtifactIsARealFailure() {
        List<String> log = List.of(
                "[ERROR] Failed to execute goal on project smoke-consumer: Could not resolve dependencies for project"
                        + " dev.gatekeeper.smoke:smoke-consumer:pom:1",
                "[ERROR] Failed to read artifact descriptor for com.example:lib:jar:1.0: 1 problem was encountered"
                        + " while building the effective model: Non-parseable POM");

        assertThat(OfflineMisses.of(log, CAPTURED_SOURCE, Set.of())).isEmpty();
    }

    @Test
    void offlineMavenNamesWhatWasNeverDownloaded() {
        String url = CAPTURED_SOURCE.url();
        List<String> log = List.of(
                "[ERROR] dependency: com.google.errorprone:error_prone_annotations:jar:2.47.0" + " (compile)",
                "[ERROR] \tCannot access central (" + url + ") in offline mode and the artifact"
                        + " com.google.errorprone:error_prone_annotations:jar:2.47.0 has not been downloaded from it before.");

        assertThat(OfflineMisses.of(log, CAPTURED_SOURCE, Set.of()))
                .extracting(OfflineMisses.MissingArtifact::gav)
                .containsExactly("com.google.errorprone:error_prone_annotations:2.47.0");
    }

    @Test
    void classifiedArtifactIsFetchedWithItsPackagingAndClassifier() {
        List<String> log = List.of("[ERROR] \tCould not find artifact com.example:lib:jar:linux-x86_64:1.0 in"
                + " gatekeeper-smoke-source (" + CAPTURED_SOURCE.url() + ")");

        assertThat(OfflineMisses.of(log, CAPTURED_SOURCE, Set.of()))
                .extracting(OfflineMisses.MissingArtifact::dependencyGetArtifact)
                .containsExactly("com.example:lib:1.0:jar:linux-x86_64");
    }
}
