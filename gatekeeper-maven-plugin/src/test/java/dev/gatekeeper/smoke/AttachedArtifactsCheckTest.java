package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachedArtifactsCheckTest {
    private static GateEvaluation check(List<String> classifiers, String packaging, GateStatus severity) {
        GateEvaluation evaluation = SmokeFixtures.evaluation();
        AttachedArtifactsCheck.check(
                classifiers, true, true, packaging, severity, "pom.xml", ReleaseAttachments.NONE, evaluation);
        return evaluation;
    }

    @Test
    void jarWithoutSourcesAndJavadocReportsBothWithThePluginGoalToAdd() {
        GateEvaluation evaluation = check(List.of(), "jar", GateStatus.HOLD);

        assertThat(evaluation.findings())
                .extracting(Finding::code)
                .containsExactly("SMOKE_SOURCES_JAR_MISSING", "SMOKE_JAVADOC_JAR_MISSING");
        assertThat(evaluation.findings()).extracting(Finding::severity).containsOnly(GateStatus.HOLD);
        assertThat(evaluation.findings().get(0).fix())
                .contains("<artifactId>maven-source-plugin</artifactId>", "<goal>jar-no-fork</goal>", "pom.xml");
        assertThat(evaluation.findings().get(1).fix())
                .contains("<artifactId>maven-javadoc-plugin</artifactId>", "<goal>jar</goal>");
        assertThat(evaluation.findings().get(0).message())
                .isEqualTo("No -sources.jar is attached; Maven Central requires one for packaging jar");
    }

    @Test
    void attachedSourcesAndJavadocPass() {
        assertThat(check(List.of("sources", "javadoc", "tests"), "maven-plugin", GateStatus.HOLD)
                        .findings())
                .isEmpty();
    }

    @Test
    void mavenPluginPackagingIsCheckedLikeAJar() {
        GateEvaluation evaluation = check(List.of("sources"), "maven-plugin", GateStatus.HOLD);

        assertThat(evaluation.findings()).extracting(Finding::code).containsExactly("SMOKE_JAVADOC_JAR_MISSING");
    }

    @Test
    void pomPackagingNeedsNeither() {
        assertThat(check(List.of(), "pom", GateStatus.HOLD).findings()).isEmpty();
    }

    @Test
    void missingPackagingMeansJarAndSeverityIsTheCallers() {
        GateEvaluation evaluation = check(List.of("javadoc"), null, GateStatus.WARN);

        Finding finding = SmokeFixtures.only(evaluation);
        assertThat(finding.code()).isEqualTo("SMOKE_SOURCES_JAR_MISSING");
        assertThat(finding.severity()).isEqualTo(GateStatus.WARN);
    }

    @Test
    void aJarThatIsNotRequiredIsNotReported() {
        GateEvaluation evaluation = SmokeFixtures.evaluation();
        AttachedArtifactsCheck.check(
                List.of(), true, false, "jar", GateStatus.HOLD, "pom.xml", ReleaseAttachments.NONE, evaluation);

        assertThat(evaluation.findings()).extracting(Finding::code).containsExactly("SMOKE_SOURCES_JAR_MISSING");
    }
}
