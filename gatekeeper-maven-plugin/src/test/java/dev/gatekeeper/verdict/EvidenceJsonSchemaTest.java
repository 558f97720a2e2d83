package dev.gatekeeper.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.GatekeeperJson;
import dev.gatekeeper.core.ReactorScope;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** evidence.json as EvidenceFiles writes it, checked against the published docs/evidence.schema.json. */
class EvidenceJsonSchemaTest {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private static Path schemaFile;
    private static JsonSchema schema;

    @TempDir
    Path outputDirectory;

    @BeforeAll
    static void loadSchema() throws IOException {
        String location = System.getProperty("gatekeeper.schemaFile");
        assertThat(location)
                .as("system property gatekeeper.schemaFile (set by surefire)")
                .isNotBlank();
        schemaFile = Path.of(location);
        try (InputStream in = Files.newInputStream(schemaFile)) {
            schema = FACTORY.getSchema(in, CONFIG);
        }
    }

    @Test
    void schemaIsAValidDraft202012SchemaWithTheDocumentedId() throws IOException {
        JsonNode schemaNode = GatekeeperJson.mapper().readTree(schemaFile.toFile());
        JsonSchema metaSchema =
                FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);

        assertThat(metaSchema.validate(schemaNode)).isEmpty();
        assertThat(schemaNode.path("$id").asText()).isEqualTo("https://gatekeeper.dev/schemas/evidence-1.3.json");
        assertThat(schemaNode.path("title").asText()).isNotBlank();
    }

    @Test
    void everyPropertyInTheSchemaIsDescribed() throws IOException {
        JsonNode schemaNode = GatekeeperJson.mapper().readTree(schemaFile.toFile());
        List<String> undescribed = new ArrayList<>();
        collectUndescribedProperties(schemaNode, schemaNode, "", undescribed);

        assertThat(undescribed).isEmpty();
    }

    @Test
    void readyVerdictValidates() throws IOException {
        JsonNode evidence = writeAndRead(VerdictFixtures.readyVerdict());

        assertThat(schema.validate(evidence)).isEmpty();
        assertThat(evidence.path("outcome").asText()).isEqualTo("READY");
        assertThat(evidence.path("build").has("commit")).isFalse();
    }

    @Test
    void aReusedResultNamesTheBuildItIsReusedFromAndValidates() throws IOException {
        GateResult reused = new GateResult(
                "audit",
                null,
                "com.example:shop",
                GateStatus.PASS,
                "12 dependencies scanned",
                List.of(),
                VerdictFixtures.BUILD_ID,
                VerdictFixtures.STARTED,
                35,
                Map.of("date", "2025-03-01"),
                0,
                Map.of(),
                new GateResult.ReusedFrom("1740000000000-1a2b", Instant.parse("2025-02-28T08:00:00Z")));
        JsonNode evidence = writeAndRead(Verdict.of(VerdictFixtures.build(), List.of(reused)));

        assertThat(schema.validate(evidence)).isEmpty();
        assertThat(evidence.path("schemaVersion").asText()).isEqualTo("1.3");
        assertThat(evidence.path("results")
                        .path(0)
                        .path("reusedFrom")
                        .path("buildId")
                        .asText())
                .isEqualTo("1740000000000-1a2b");
        assertThat(evidence.path("results")
                        .path(0)
                        .path("reusedFrom")
                        .path("startedAt")
                        .asText())
                .isEqualTo("2025-02-28T08:00:00Z");
        assertThat(writeAndRead(VerdictFixtures.readyVerdict())
                        .path("results")
                        .path(0)
                        .has("reusedFrom"))
                .isFalse();
    }

    @Test
    void aPartialReactorIsRecordedInTheBuildAndValidates() throws IOException {
        ReactorScope scope = ReactorScope.of(
                List.of("com.example:shop-web"),
                List.of("com.example:shop", "com.example:shop-core", "com.example:shop-web"));
        JsonNode evidence = writeAndRead(VerdictFixtures.readyVerdict().withReactor(scope));

        assertThat(schema.validate(evidence)).isEmpty();
        JsonNode partial = evidence.path("build").path("partialReactor");
        assertThat(partial.path("modules").asInt()).isEqualTo(3);
        assertThat(partial.path("built")).extracting(JsonNode::asText).containsExactly("com.example:shop-web");
        assertThat(partial.path("notBuilt"))
                .extracting(JsonNode::asText)
                .containsExactly("com.example:shop", "com.example:shop-core");
        assertThat(writeAndRead(VerdictFixtures.readyVerdict()
                                .withReactor(ReactorScope.of(List.of("com.example:shop"), List.of("com.example:shop"))))
                        .path("build")
                        .has("partialReactor"))
                .isFalse();
    }

    @Test
    void evidenceOfSchema12WithoutPartialReactorStillValidates() throws IOException {
        ObjectNode evidence = (ObjectNode) writeAndRead(VerdictFixtures.readyVerdict());
        evidence.put("schemaVersion", "1.2");

        assertThat(schema.validate(evidence)).isEmpty();
    }

    @Test
    void holdVerdictWithEveryOptionalFieldValidates() throws IOException {
        JsonNode evidence = writeAndRead(VerdictFixtures.holdVerdict());

        assertThat(schema.validate(evidence)).isEmpty();
        assertThat(evidence.path("outcome").asText()).isEqualTo("HOLD");
        assertThat(evidence.path("build").path("commit").asText()).isEqualTo("9c1d2e3");
        JsonNode finding = evidence.path("results").path(0).path("findings").path(0);
        assertThat(finding.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder(
                        "code", "severity", "message", "file", "line", "fix", "detail", "ruleId", "attributes");
        assertThat(evidence.path("results").path(0).path("inputs").size()).isEqualTo(2);
        assertThat(evidence.path("build").path("treeClean").asBoolean()).isTrue();
        assertThat(evidence.path("build").path("configurationDigest").asText()).isEqualTo("c".repeat(64));
        assertThat(evidence.path("artifacts")).hasSize(2);
        assertThat(evidence.path("artifacts").path(0).path("coordinates").asText())
                .isEqualTo("com.example:shop-core:2.4.0-SNAPSHOT:jar");
        assertThat(evidence.path("artifacts").path(0).path("size").asLong()).isEqualTo(1234);
    }

    @Test
    void recordsEachResultsToolTimeAndTheVerdictsOwnDuration() throws IOException {
        EvidenceFiles.writeAll(VerdictFixtures.holdVerdict(), outputDirectory, VerdictFixtures.FINISHED, () -> 180);
        JsonNode evidence = GatekeeperJson.mapper()
                .readTree(outputDirectory.resolve("evidence.json").toFile());

        assertThat(schema.validate(evidence)).isEmpty();
        assertThat(evidence.path("verdict").path("durationMillis").asLong()).isEqualTo(180);
        JsonNode certify = evidence.path("results").path(0);
        assertThat(certify.path("gate").asText()).isEqualTo("certify");
        assertThat(certify.path("durationMillis").asLong()).isEqualTo(3200);
        assertThat(certify.path("toolMillis").asLong()).isEqualTo(2900);
        assertThat(certify.path("toolTimes").path("command").asLong()).isEqualTo(2900);
        for (JsonNode result : evidence.path("results")) {
            assertThat(result.has("toolMillis"))
                    .as(result.path("gate").asText())
                    .isTrue();
            assertThat(result.path("toolMillis").asLong())
                    .isLessThanOrEqualTo(result.path("durationMillis").asLong());
        }
        assertThat(writeAndRead(VerdictFixtures.holdVerdict()).has("verdict")).isFalse();
    }

    @Test
    void evidenceOfSchema11WithoutToolTimesStillValidatesAndImports() throws Exception {
        ObjectNode evidence = (ObjectNode) writeAndRead(VerdictFixtures.holdVerdict());
        evidence.put("schemaVersion", "1.1");
        for (JsonNode result : evidence.path("results")) {
            ((ObjectNode) result).remove(List.of("toolMillis", "toolTimes"));
        }
        Path older = outputDirectory.resolve("part-1.1/evidence.json");
        Files.createDirectories(older.getParent());
        GatekeeperJson.mapper().writeValue(older.toFile(), evidence);

        EvidencePart part = EvidencePart.parse(Files.readAllBytes(older), "part-1.1/evidence.json");

        assertThat(schema.validate(evidence)).isEmpty();
        assertThat(part.results()).hasSize(evidence.path("results").size()).allSatisfy(result -> {
            assertThat(result.toolMillis()).isZero();
            assertThat(result.toolTimes()).isEmpty();
            assertThat(result.ownMillis()).isEqualTo(result.durationMillis());
        });
    }

    @Test
    void evidenceDigestFileHoldsTheSha256OfEvidenceJsonInSha256sumFormat() throws IOException {
        EvidenceFiles.writeAll(VerdictFixtures.holdVerdict(), outputDirectory, VerdictFixtures.FINISHED);

        String line = Files.readString(outputDirectory.resolve("evidence.json.sha256"));

        assertThat(line)
                .isEqualTo(dev.gatekeeper.core.Digests.sha256(outputDirectory.resolve("evidence.json"))
                        + "  evidence.json\n");
    }

    @Test
    void importedVerdictListsItsPartsAndValidates() throws IOException {
        EvidencePart part = new EvidencePart(
                "parts/run-1/evidence.json",
                "9c1d2e3",
                "build-1",
                "READY",
                VerdictFixtures.readyVerdict().results());
        JsonNode evidence = writeAndRead(VerdictFixtures.readyVerdict().withImported(List.of(part)));

        assertThat(schema.validate(evidence)).isEmpty();
        JsonNode imported = evidence.path("imported").path(0);
        assertThat(imported.path("file").asText()).isEqualTo("parts/run-1/evidence.json");
        assertThat(imported.path("commit").asText()).isEqualTo("9c1d2e3");
        assertThat(imported.path("buildId").asText()).isEqualTo("build-1");
        assertThat(imported.path("gates").size()).isEqualTo(part.gates().size()).isPositive();
        assertThat(writeAndRead(VerdictFixtures.readyVerdict()).has("imported")).isFalse();
    }

    @Test
    void recordsTheBuildToolCountsAndResultsExactlyAsTheGatesWroteThem() throws IOException {
        Verdict verdict = VerdictFixtures.holdVerdict();
        JsonNode evidence = writeAndRead(verdict);

        assertThat(evidence.path("schemaVersion").asText()).isEqualTo(EvidenceFiles.SCHEMA_VERSION);
        assertThat(evidence.path("tool").path("name").asText()).isEqualTo("gatekeeper");
        assertThat(evidence.path("tool").path("version").asText()).isEqualTo("0.1.0");
        assertThat(evidence.path("build").path("startedAt").asText()).isEqualTo("2025-03-01T09:30:00Z");
        assertThat(evidence.path("build").path("finishedAt").asText()).isEqualTo("2025-03-01T09:34:12.345Z");
        assertThat(evidence.path("counts").path("FAIL").asInt()).isEqualTo(1);
        assertThat(evidence.path("counts").path("ERROR").asInt()).isZero();
        List<GateResult> readBack = new ArrayList<>();
        for (JsonNode result : evidence.path("results")) {
            readBack.add(GatekeeperJson.mapper().treeToValue(result, GateResult.class));
        }
        assertThat(readBack).isEqualTo(verdict.results());
        for (int i = 0; i < readBack.size(); i++) {
            assertThat(evidence.path("results").path(i))
                    .isEqualTo(GatekeeperJson.mapper()
                            .readTree(GatekeeperJson.mapper()
                                    .writeValueAsBytes(verdict.results().get(i))));
        }
    }

    @Test
    void writesEveryEvidenceFileAndLeavesNoTemporaryFilesBehind() throws IOException {
        List<Path> written =
                EvidenceFiles.writeAll(VerdictFixtures.holdVerdict(), outputDirectory, VerdictFixtures.FINISHED);

        assertThat(written)
                .extracting(path -> path.getFileName().toString())
                .containsExactly(
                        "evidence.json",
                        "summary.md",
                        "TEST-gatekeeper.xml",
                        "gatekeeper.sarif",
                        "evidence.json.sha256",
                        "gatekeeper.intoto.json",
                        "report.html");
        try (Stream<Path> files = Files.list(outputDirectory)) {
            assertThat(files).containsExactlyInAnyOrderElementsOf(written);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongDocuments")
    void rejectsADocumentThatBreaksTheContract(String what, Consumer<ObjectNode> breakIt) throws IOException {
        ObjectNode evidence = (ObjectNode) writeAndRead(VerdictFixtures.holdVerdict());
        breakIt.accept(evidence);

        Set<ValidationMessage> errors = schema.validate(evidence);

        assertThat(errors).as(what).isNotEmpty();
    }

    static Stream<Arguments> wrongDocuments() {
        return Stream.of(
                wrong("status MAYBE", e -> firstResult(e).put("status", "MAYBE")),
                wrong("outcome MAYBE", e -> e.put("outcome", "MAYBE")),
                wrong("severity unknown", e -> firstFinding(e).put("severity", "INFO")),
                wrong("lower-case finding code", e -> firstFinding(e).put("code", "certify_failed")),
                wrong("line 0", e -> firstFinding(e).set("line", IntNode.valueOf(0))),
                wrong("finding without message", e -> firstFinding(e).remove("message")),
                wrong("negative duration", e -> firstResult(e).set("durationMillis", IntNode.valueOf(-1))),
                wrong("negative tool time", e -> firstResult(e).set("toolMillis", IntNode.valueOf(-1))),
                wrong(
                        "tool time not a number",
                        e -> ((ObjectNode) firstResult(e).path("toolTimes")).put("command", "2.9 s")),
                wrong(
                        "verdict duration missing",
                        e -> e.set("verdict", GatekeeperJson.mapper().createObjectNode())),
                wrong(
                        "verdict duration negative",
                        e -> e.set(
                                "verdict",
                                GatekeeperJson.mapper().createObjectNode().put("durationMillis", -5))),
                wrong("startedAt not a date-time", e -> firstResult(e).put("startedAt", "yesterday")),
                wrong(
                        "input digest not a string",
                        e -> ((ObjectNode) firstResult(e).path("inputs")).set("pom.xml", IntNode.valueOf(7))),
                wrong("result without gate", e -> firstResult(e).remove("gate")),
                wrong("unknown result property", e -> firstResult(e).put("colour", "red")),
                wrong("unknown top-level property", e -> e.put("colour", "red")),
                wrong("count missing", e -> ((ObjectNode) e.path("counts")).remove("ERROR")),
                wrong("build without buildId", e -> ((ObjectNode) e.path("build")).remove("buildId")),
                wrong("finishedAt not a date-time", e -> ((ObjectNode) e.path("build")).put("finishedAt", "soon")),
                wrong("other tool", e -> ((ObjectNode) e.path("tool")).put("name", "gateway")),
                wrong("major schema version 2", e -> e.put("schemaVersion", "2.0")),
                wrong("results not an array", e -> e.set("results", TextNode.valueOf("none"))),
                wrong("treeClean not a boolean", e -> ((ObjectNode) e.path("build")).put("treeClean", "yes")),
                wrong(
                        "artifact digest not hex",
                        e -> ((ObjectNode) e.path("artifacts").get(0)).put("sha256", "XYZ")),
                wrong(
                        "artifact without coordinates",
                        e -> ((ObjectNode) e.path("artifacts").get(0)).remove("coordinates")),
                wrong(
                        "negative artifact size",
                        e -> ((ObjectNode) e.path("artifacts").get(0)).set("size", IntNode.valueOf(-1))),
                wrong(
                        "imported part without file",
                        e -> e.set(
                                "imported",
                                GatekeeperJson.mapper()
                                        .createArrayNode()
                                        .add(GatekeeperJson.mapper()
                                                .createObjectNode()
                                                .put("buildId", "b")
                                                .set(
                                                        "gates",
                                                        GatekeeperJson.mapper().createArrayNode())))));
    }

    private static Arguments wrong(String what, Consumer<ObjectNode> breakIt) {
        return Arguments.of(what, breakIt);
    }

    private static ObjectNode firstResult(ObjectNode evidence) {
        return (ObjectNode) ((ArrayNode) evidence.path("results")).get(0);
    }

    private static ObjectNode firstFinding(ObjectNode evidence) {
        return (ObjectNode) firstResult(evidence).path("findings").get(0);
    }

    private JsonNode writeAndRead(Verdict verdict) throws IOException {
        EvidenceFiles.writeAll(verdict, outputDirectory, VerdictFixtures.FINISHED);
        return GatekeeperJson.mapper()
                .readTree(outputDirectory.resolve("evidence.json").toFile());
    }

    /** Walks every "properties" object, resolving "$ref"s only by looking at their targets separately. */
    private static void collectUndescribedProperties(JsonNode root, JsonNode node, String path, List<String> out) {
        if (!node.isObject()) {
            return;
        }
        JsonNode properties = node.path("properties");
        properties.fields().forEachRemaining(property -> {
            JsonNode definition = property.getValue();
            if (!definition.has("description") && !referencedDefinitionHasDescription(root, definition)) {
                out.add(path + "/properties/" + property.getKey());
            }
        });
        node.fields()
                .forEachRemaining(child ->
                        collectUndescribedProperties(root, child.getValue(), path + "/" + child.getKey(), out));
    }

    private static boolean referencedDefinitionHasDescription(JsonNode root, JsonNode definition) {
        String ref = definition.path("$ref").asText("");
        return ref.startsWith("#/") && root.at(ref.substring(1)).has("description");
    }
}
