package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class CentralMetadataCheckTest {
    private static final PublishedMetadata COMPLETE = new PublishedMetadata(
            "App",
            "Does things",
            "https://example.com/app",
            List.of("Apache-2.0"),
            List.of("Ada"),
            "https://github.com/example/app",
            "scm:git:https://github.com/example/app.git",
            "1.0.0",
            "jar");

    private static GateEvaluation check(PublishedMetadata metadata, GateStatus severity) {
        GateEvaluation evaluation = SmokeFixtures.evaluation();
        CentralMetadataCheck.check(metadata, "app/pom.xml", severity, evaluation);
        return evaluation;
    }

    @Test
    void emptyMetadataListsEveryMissingFieldSeparatelyInCentralsWording() {
        GateEvaluation evaluation =
                check(new PublishedMetadata(null, null, null, null, null, null, null, null, null), GateStatus.HOLD);

        assertThat(evaluation.findings())
                .extracting(Finding::message)
                .containsExactly(
                        "Project name is missing",
                        "Project description is missing",
                        "Project URL is not defined",
                        "License information is missing",
                        "Developers information is missing",
                        "SCM URL is not defined",
                        "SCM connection is not defined");
        assertThat(evaluation.findings()).allSatisfy(finding -> {
            assertThat(finding.code()).isEqualTo("SMOKE_METADATA_MISSING");
            assertThat(finding.severity()).isEqualTo(GateStatus.HOLD);
            assertThat(finding.file()).isEqualTo("app/pom.xml");
            assertThat(finding.fix()).startsWith("Add <").endsWith(" to app/pom.xml");
        });
        assertThat(evaluation.status()).isEqualTo(GateStatus.HOLD);
    }

    @Test
    void eachFixNamesThePomElementToAdd() {
        GateEvaluation evaluation =
                check(new PublishedMetadata(null, null, null, null, null, null, null, null, null), GateStatus.HOLD);

        assertThat(evaluation.findings())
                .extracting(Finding::fix)
                .containsExactly(
                        "Add <name>…</name> to app/pom.xml",
                        "Add <description>…</description> to app/pom.xml",
                        "Add <url>https://…</url> to app/pom.xml",
                        "Add <licenses><license><name>…</name><url>https://…</url></license></licenses> to app/pom.xml",
                        "Add <developers><developer><name>…</name><email>…</email></developer></developers> to app/pom.xml",
                        "Add <scm><url>https://…</url></scm> to app/pom.xml",
                        "Add <scm><connection>scm:git:https://…</connection></scm> to app/pom.xml");
    }

    @Test
    void blankStringsAndBlankListEntriesCountAsMissing() {
        PublishedMetadata blank =
                new PublishedMetadata(" ", "\t", "", List.of(" "), List.of(""), " ", "\n", "1.0", "jar");

        assertThat(check(blank, GateStatus.HOLD).findings()).hasSize(7);
    }

    @Test
    void completeMetadataHasNoFinding() {
        GateEvaluation evaluation = check(COMPLETE, GateStatus.HOLD);

        assertThat(evaluation.findings()).isEmpty();
        assertThat(evaluation.status()).isEqualTo(GateStatus.PASS);
    }

    @Test
    void onlyTheMissingFieldIsReported() {
        PublishedMetadata noScmConnection = new PublishedMetadata(
                "App",
                "Does things",
                "https://example.com/app",
                List.of("MIT"),
                List.of("Ada"),
                "https://github.com/example/app",
                null,
                "1.0.0",
                "jar");

        assertThat(check(noScmConnection, GateStatus.HOLD).findings())
                .extracting(Finding::message)
                .containsExactly("SCM connection is not defined");
    }

    @Test
    void severityIsTheCallers() {
        PublishedMetadata noUrl = new PublishedMetadata(
                "App",
                "Does things",
                null,
                List.of("MIT"),
                List.of("Ada"),
                "https://github.com/example/app",
                "scm:git:https://github.com/example/app.git",
                "1.0.0",
                "jar");

        GateEvaluation evaluation = check(noUrl, GateStatus.WARN);

        assertThat(evaluation.findings()).extracting(Finding::severity).containsExactly(GateStatus.WARN);
        assertThat(evaluation.status().blocksMerge()).isFalse();
    }
}
