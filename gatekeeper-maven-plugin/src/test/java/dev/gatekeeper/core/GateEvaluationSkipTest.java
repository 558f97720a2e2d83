package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

/** A gate that finds nothing to judge ends SKIPPED with its reason; a finding still decides the status. */
class GateEvaluationSkipTest {
    private final GateEvaluation evaluation =
            new GateEvaluation("docs", "g:a", "build-1", Clock.systemUTC(), new RecordingGateLog());

    @Test
    void aSkippedEvaluationWithoutFindingsIsSkippedWithItsReason() {
        GateResult result = evaluation
                .summary("ignored")
                .skip("no Markdown files: none under core matches [*.md]")
                .finish();

        assertThat(result.status()).isEqualTo(GateStatus.SKIPPED);
        assertThat(result.summary()).isEqualTo("no Markdown files: none under core matches [*.md]");
        assertThat(result.status().blocksMerge()).isFalse();
    }

    @Test
    void aFindingOutweighsTheSkip() {
        evaluation
                .skip("nothing to judge")
                .add(Finding.of("DOCS_UNREADABLE", GateStatus.ERROR, "README.md is not UTF-8 text"));

        GateResult result = evaluation.finish();

        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
        assertThat(result.summary()).isEqualTo("README.md is not UTF-8 text");
    }

    @Test
    void withoutSkipAnEvaluationWithoutFindingsPasses() {
        assertThat(evaluation.summary("1 file").finish().status()).isEqualTo(GateStatus.PASS);
    }
}
