package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publish gate on a POM module without any Central metadata: what it asks for depends on whether it is published. */
class SmokePublishGatePublicationTest {
    @TempDir
    Path work;

    private GateEvaluation evaluate(Publication publication, PublishedMetadata metadata) throws Exception {
        Path pom = Files.writeString(work.resolve("pom.xml"), """
                <project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId>
                <artifactId>app</artifactId><version>1.0.0</version><packaging>pom</packaging></project>
                """);
        SmokeSettings settings = new SmokeSettings(
                work,
                "com.example",
                "app",
                "1.0.0",
                "pom",
                pom,
                Set.of(),
                metadata,
                null,
                List.of(),
                17,
                List.of(),
                new SmokeSettings.Entry(
                        null,
                        null,
                        List.of(),
                        null,
                        Set.of(0),
                        JdkLanes.resolve(List.of(), List.of()),
                        Duration.ofSeconds(5)),
                new SmokeSettings.Install(
                        work.resolve("no-maven"),
                        ResolutionSource.localRepository(work.resolve("no-repo")),
                        work.resolve("smoke"),
                        false,
                        Duration.ofSeconds(5)),
                new SmokeSettings.Checks(
                        false, true, true, GateStatus.HOLD, Set.of(), ReleaseAttachments.NONE, publication));
        GateEvaluation evaluation = SmokeFixtures.evaluation();
        try (SmokeRun run = new SmokeRun(settings)) {
            new SmokePublishGate(run).evaluate(evaluation);
        }
        return evaluation;
    }

    private static PublishedMetadata none() {
        return new PublishedMetadata(null, null, null, null, null, null, null, "1.0.0", "pom");
    }

    @Test
    void aModuleThatIsNotPublishedGetsNoCentralMetadataCheckAndTheRowSaysWhy() throws Exception {
        GateEvaluation evaluation =
                evaluate(Publication.notPublished("maven.deploy.skip is true (set in pom.xml)"), none());

        Finding notPublished = SmokeFixtures.only(evaluation);
        assertThat(notPublished.code()).isEqualTo("SMOKE_NOT_PUBLISHED");
        assertThat(notPublished.severity()).isEqualTo(GateStatus.PASS);
        assertThat(notPublished.message()).startsWith("not published: maven.deploy.skip is true (set in pom.xml); ");
        assertThat(notPublished.attributes()).containsEntry("reason", "maven.deploy.skip is true (set in pom.xml)");
        assertThat(evaluation.status()).isEqualTo(GateStatus.PASS);
        assertThat(evaluation.currentSummary()).isEqualTo("not published: maven.deploy.skip is true (set in pom.xml)");
    }

    @Test
    void aPublishedModuleIsStillHeldForEveryMissingField() throws Exception {
        GateEvaluation evaluation = evaluate(Publication.BY_DEFAULT, none());

        assertThat(evaluation.findings())
                .extracting(Finding::code)
                .containsOnly("SMOKE_METADATA_MISSING")
                .hasSize(7);
        assertThat(evaluation.status()).isEqualTo(GateStatus.HOLD);
    }

    @Test
    void aPublishedModuleWarnsForMetadataFromAThirdPartyParentButNotWhenItIsNotPublished() throws Exception {
        PublishedMetadata inherited = new PublishedMetadata(
                "App",
                "Spring Boot's",
                "https://spring.io/projects/spring-boot/app",
                List.of("Apache License, Version 2.0"),
                List.of("Spring"),
                "https://example.com/app",
                "scm:git:https://example.com/app.git",
                "1.0.0",
                "pom",
                List.of(new InheritedMetadataCheck.Inherited(
                        "<url>",
                        "https://spring.io/projects/spring-boot/app",
                        "org.springframework.boot:spring-boot-starter-parent:4.0.3",
                        "org.springframework.boot",
                        false)));

        assertThat(evaluate(Publication.BY_DEFAULT, inherited).findings())
                .extracting(Finding::code)
                .containsExactly("SMOKE_METADATA_INHERITED");
        assertThat(evaluate(Publication.notPublished("gatekeeper.smoke.published=false"), inherited)
                        .findings())
                .extracting(Finding::code)
                .containsExactly("SMOKE_NOT_PUBLISHED");
    }
}
