package dev.gatekeeper.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatekeeper.core.GatekeeperJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InTotoStatementTest {

    private static JsonNode render(Verdict verdict) throws IOException {
        return GatekeeperJson.mapper().readTree(InTotoStatement.render(verdict, VerdictFixtures.FINISHED));
    }

    @Test
    void isAnInTotoStatementV1WithOneSubjectPerArtifact() throws IOException {
        JsonNode statement = render(VerdictFixtures.holdVerdict());

        assertThat(statement.path("_type").asText()).isEqualTo("https://in-toto.io/Statement/v1");
        assertThat(statement.path("predicateType").asText()).isEqualTo("https://gatekeeper.dev/verdict/v1");
        List<String> subjects = new ArrayList<>();
        statement
                .path("subject")
                .forEach(s -> subjects.add(s.path("name").asText() + "="
                        + s.path("digest").path("sha256").asText()));
        assertThat(subjects)
                .containsExactly(
                        "com.example:shop-core:2.4.0-SNAPSHOT:jar=" + "a".repeat(64),
                        "com.example:shop-core:2.4.0-SNAPSHOT:pom=" + "b".repeat(64));
    }

    @Test
    void predicateCarriesTheOutcomeEveryResultAndTheCommitAsResolvedDependency() throws IOException {
        Verdict verdict = VerdictFixtures.holdVerdict();
        JsonNode predicate = render(verdict).path("predicate");

        assertThat(predicate.path("outcome").asText()).isEqualTo("HOLD");
        assertThat(predicate.path("results")).hasSize(verdict.results().size());
        JsonNode first = predicate.path("results").path(0);
        assertThat(first.path("gate").asText())
                .isEqualTo(verdict.results().get(0).gate());
        assertThat(first.path("status").asText())
                .isEqualTo(verdict.results().get(0).status().name());
        assertThat(first.path("summary").asText())
                .isEqualTo(verdict.results().get(0).summary());
        assertThat(first.has("findings")).isFalse();
        assertThat(predicate.path("build").path("treeClean").asBoolean()).isTrue();
        JsonNode dependency = predicate.path("resolvedDependencies").path(0);
        assertThat(dependency.path("uri").asText()).isEqualTo("git+file:///work/shop");
        assertThat(dependency.path("digest").path("gitCommit").asText()).isEqualTo("9c1d2e3");
    }

    @Test
    void withoutCommitThereIsNoResolvedDependencyAndWithoutArtifactsNoSubject() throws IOException {
        JsonNode statement = render(VerdictFixtures.readyVerdict());

        assertThat(statement.path("subject")).isEmpty();
        assertThat(statement.path("predicate").path("resolvedDependencies")).isEmpty();
        assertThat(statement.path("predicate").path("outcome").asText()).isEqualTo("READY");
    }
}
