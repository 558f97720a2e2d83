package dev.gatekeeper.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.EvidenceKey;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.GatekeeperJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gate whose own output is one of its inputs (the SBOM): the shared store carries the output with the record,
 * and a fresh clone gets it back only when it is the very file the record judged.
 */
class SharedOutputsReuseTest {
    private static final String MODULE = "com.example:shop";
    private static final String SBOM = "{\"bomFormat\":\"CycloneDX\",\"components\":[]}\n";
    private static final Instant FIRST_RUN = Instant.parse("2025-05-01T10:00:00Z");
    private static final Instant SECOND_RUN = Instant.parse("2025-05-01T11:00:00Z");

    @TempDir
    Path temp;

    private final List<String> why = new ArrayList<>();

    private LocalDirectoryStore store() {
        return new LocalDirectoryStore(temp.resolve("store"));
    }

    private ResultReuse in(String workingCopy, Instant now) {
        return new ResultReuse(
                "sbom",
                MODULE,
                temp.resolve(workingCopy).resolve("target/gatekeeper"),
                Clock.fixed(now, ZoneOffset.UTC),
                store(),
                new EvidenceKey.Absent());
    }

    private Path sbomOf(String workingCopy) {
        return temp.resolve(workingCopy).resolve("target/gatekeeper/sbom/bom.json");
    }

    private Path xmlOf(String workingCopy) {
        return temp.resolve(workingCopy).resolve("target/gatekeeper/sbom/bom.xml");
    }

    /** The inputs as the working copy has them now: the judged ones, then the outputs' digests. */
    private ReuseInputs inputsOf(String workingCopy) throws IOException {
        Map<String, String> digests = new LinkedHashMap<>();
        digests.put("configuration", "c1");
        digests.put("dependency-graph", "g1");
        digests.put("sbom", digestOf(sbomOf(workingCopy)));
        digests.put("sbom-xml", digestOf(xmlOf(workingCopy)));
        Map<String, Path> outputs = new LinkedHashMap<>();
        outputs.put("sbom", sbomOf(workingCopy));
        outputs.put("sbom-xml", xmlOf(workingCopy));
        return ReuseInputs.withOutputFiles(digests, outputs);
    }

    private static String digestOf(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            return Digests.sha256Tree(file);
        }
        return Files.exists(file) ? Digests.sha256(file) : ReuseInputs.MISSING;
    }

    private static GateResult passed() {
        return new GateResult(
                "sbom",
                MODULE,
                GateStatus.PASS,
                "12 components verified",
                List.of(),
                "build-1",
                FIRST_RUN,
                900,
                Map.of());
    }

    /** Working copy a runs the gate: it writes the JSON SBOM (no XML) and records its result. */
    private void runInFirstWorkingCopy() throws IOException {
        Files.createDirectories(sbomOf("a").getParent());
        Files.writeString(sbomOf("a"), SBOM);
        in("a", FIRST_RUN).record(inputsOf("a"), List.of(passed()), "build-1");
    }

    private Optional<List<GateResult>> reuseInFreshClone() throws IOException {
        return in("b", SECOND_RUN).reuse(inputsOf("b"), true, "build-2", SECOND_RUN, why::add);
    }

    private Path storedRecord() throws IOException {
        try (var files = Files.list(store().directory())) {
            return files.filter(file -> file.getFileName().toString().startsWith("sbom-"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void theOutputTravelsWithTheRecordAndAFreshCloneGetsItBack() throws IOException {
        runInFirstWorkingCopy();

        assertThat(reuseInFreshClone())
                .hasValueSatisfying(results -> assertThat(results)
                        .singleElement()
                        .satisfies(r ->
                                assertThat(r.reusedFrom()).isEqualTo(new GateResult.ReusedFrom("build-1", FIRST_RUN))));

        assertThat(why).singleElement().asString().startsWith("using the shared record from ");
        assertThat(sbomOf("b")).hasContent(SBOM);
        assertThat(xmlOf("b")).doesNotExist(); // the run left none
        assertThat(Files.readString(temp.resolve("b/target/gatekeeper/reuse/sbom.json")))
                .doesNotContain("outputFiles");
        assertThat(Files.readString(temp.resolve("a/target/gatekeeper/reuse/sbom.json")))
                .doesNotContain("outputFiles");
    }

    @Test
    void theSecondBuildOfTheFreshCloneReusesItsOwnRecordWithTheRestoredOutput() throws IOException {
        runInFirstWorkingCopy();
        reuseInFreshClone().orElseThrow();
        why.clear();

        assertThat(in("b", SECOND_RUN).reuse(inputsOf("b"), true, "build-3", SECOND_RUN, why::add))
                .isPresent();
        assertThat(why).isEmpty(); // from target/, silently, as any unchanged gate
    }

    @Test
    void aCarriedOutputThatDoesNotMatchTheDigestItJudgedIsNotWrittenAndTheGateRuns() throws IOException {
        runInFirstWorkingCopy();
        Path record = storedRecord();
        String stored = Files.readString(record);
        int newline = stored.indexOf('\n');
        ObjectNode body = (ObjectNode) GatekeeperJson.mapper().readTree(stored.substring(newline + 1));
        String forged = Base64.getEncoder().encodeToString(gzip("{\"components\":[\"planted\"]}"));
        ((ObjectNode) body.get("outputFiles")).put("sbom", forged);
        Files.writeString(record, stored.substring(0, newline + 1) + body);

        assertThat(reuseInFreshClone()).isEmpty();

        assertThat(why)
                .singleElement()
                .asString()
                .endsWith(": its copy of sbom does not match the digest it judged - running");
        assertThat(sbomOf("b")).doesNotExist();
    }

    @Test
    void aDifferentOutputAlreadyInTheWorkingCopyIsLeftAsItIsAndTheGateRuns() throws IOException {
        runInFirstWorkingCopy();
        Files.createDirectories(sbomOf("b").getParent());
        Files.writeString(sbomOf("b"), "mine");
        Map<String, String> digests = new LinkedHashMap<>(inputsOf("b").digests());
        digests.put("sbom", ReuseInputs.MISSING); // as if the judged inputs were taken before the file appeared
        ReuseInputs inputs = ReuseInputs.withOutputFiles(digests, Map.of("sbom", sbomOf("b"), "sbom-xml", xmlOf("b")));

        assertThat(in("b", SECOND_RUN).reuse(inputs, true, "build-2", SECOND_RUN, why::add))
                .isEmpty();

        assertThat(why).singleElement().asString().contains("exists and is not the sbom the record judged");
        assertThat(sbomOf("b")).hasContent("mine");
    }

    @Test
    void aRecordWithChangedJudgedInputsIsNotFoundWhateverItsOutputs() throws IOException {
        runInFirstWorkingCopy();
        Map<String, String> digests = new LinkedHashMap<>(inputsOf("b").digests());
        digests.put("dependency-graph", "g2");
        ReuseInputs inputs = ReuseInputs.withOutputFiles(digests, Map.of("sbom", sbomOf("b"), "sbom-xml", xmlOf("b")));

        assertThat(in("b", SECOND_RUN).reuse(inputs, true, "build-2", SECOND_RUN, why::add))
                .isEmpty();

        assertThat(why).singleElement().asString().startsWith("no shared record for these inputs");
        assertThat(sbomOf("b")).doesNotExist();
    }

    @Test
    void anOutputThatIsADirectoryIsNotShared() throws IOException {
        Files.createDirectories(sbomOf("a"));
        in("a", FIRST_RUN).record(inputsOf("a"), List.of(passed()), "build-1");

        assertThat(temp.resolve("a/target/gatekeeper/reuse/sbom.json")).exists();
        assertThat(store().directory()).doesNotExist();
    }

    private static byte[] gzip(String text) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
