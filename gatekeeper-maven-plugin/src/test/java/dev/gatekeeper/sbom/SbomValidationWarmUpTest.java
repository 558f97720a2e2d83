package dev.gatekeeper.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SbomValidationWarmUpTest {

    @Test
    void theWarmUpDocumentsAreValidSoTheWarmUpRunsTheWholeValidationInBothFormats() throws Exception {
        List<SbomDocument> documents = SbomValidationWarmUp.run();

        assertThat(documents)
                .extracting(SbomDocument::format)
                .containsExactly(SbomDocument.Format.JSON, SbomDocument.Format.XML);
        assertThat(documents).allSatisfy(document -> {
            assertThat(document.schemaProblems()).isEmpty();
            assertThat(document.bom().getComponents())
                    .singleElement()
                    .satisfies(component ->
                            assertThat(component.getPurl()).isEqualTo("pkg:maven/com.example/warm-up@1.0?type=jar"));
        });
    }
}
