package dev.gatekeeper.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.GatekeeperJson;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The verdict as an in-toto Statement v1: one subject per built artifact with its SHA-256, the
 * Gatekeeper predicate with the outcome and every gate's result, and the commit as a resolved
 * dependency. With an evidence key the verdict writes an HMAC of it beside it (see EvidenceFiles);
 * a public signature (cosign, gpg) is left to the team's own tools; see the guard page.
 */
public final class InTotoStatement {
    public static final String FILE_NAME = "gatekeeper.intoto.json";
    public static final String STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
    public static final String PREDICATE_TYPE = "https://gatekeeper.dev/verdict/v1";

    private InTotoStatement() {}

    public static byte[] render(Verdict verdict, Instant finishedAt) throws IOException {
        BuildInfo build = verdict.build();
        List<Subject> subjects = build.artifacts().stream()
                .map(artifact -> new Subject(artifact.coordinates(), Map.of("sha256", artifact.sha256())))
                .toList();
        List<ResultSummary> results = verdict.results().stream()
                .map(result -> new ResultSummary(
                        result.gate(),
                        result.subject(),
                        result.module(),
                        result.status(),
                        emptyToNull(result.summary())))
                .toList();
        List<ResourceDescriptor> dependencies = build.commit() == null
                ? List.of()
                : List.of(new ResourceDescriptor(sourceUri(build), Map.of("gitCommit", build.commit())));
        Predicate predicate = new Predicate(
                verdict.outcome(),
                new PredicateBuild(
                        build.groupId(),
                        build.artifactId(),
                        build.version(),
                        build.buildId(),
                        build.startedAt(),
                        finishedAt,
                        build.gatekeeperVersion(),
                        build.commit(),
                        build.treeClean(),
                        build.configurationDigest()),
                results,
                dependencies);
        return GatekeeperJson.mapper()
                .writeValueAsBytes(new Statement(STATEMENT_TYPE, subjects, PREDICATE_TYPE, predicate));
    }

    private static String sourceUri(BuildInfo build) {
        return build.sourceUri() != null ? build.sourceUri() : "git+unknown";
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    @JsonPropertyOrder({"_type", "subject", "predicateType", "predicate"})
    record Statement(
            @JsonProperty("_type") String type, List<Subject> subject, String predicateType, Predicate predicate) {}

    @JsonPropertyOrder({"name", "digest"})
    record Subject(String name, Map<String, String> digest) {}

    @JsonPropertyOrder({"outcome", "build", "results", "resolvedDependencies"})
    record Predicate(
            String outcome,
            PredicateBuild build,
            List<ResultSummary> results,
            List<ResourceDescriptor> resolvedDependencies) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "groupId",
        "artifactId",
        "version",
        "buildId",
        "startedAt",
        "finishedAt",
        "gatekeeperVersion",
        "commit",
        "treeClean",
        "configurationDigest"
    })
    record PredicateBuild(
            String groupId,
            String artifactId,
            String version,
            String buildId,
            Instant startedAt,
            Instant finishedAt,
            String gatekeeperVersion,
            String commit,
            Boolean treeClean,
            String configurationDigest) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"gate", "subject", "module", "status", "summary"})
    record ResultSummary(String gate, String subject, String module, GateStatus status, String summary) {}

    @JsonPropertyOrder({"uri", "digest"})
    record ResourceDescriptor(String uri, Map<String, String> digest) {}
}
