package dev.gatekeeper.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResultReuseTest {
    private static final String MODULE = "com.example:shop";
    private static final Instant FIRST_RUN = Instant.parse("2025-05-01T10:00:00Z");
    private static final Instant SECOND_RUN = Instant.parse("2025-05-01T11:00:00Z");

    @TempDir
    Path gatekeeperDirectory;

    private final List<String> why = new ArrayList<>();

    private ResultReuse store(Instant now) {
        return new ResultReuse("audit", MODULE, gatekeeperDirectory, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Map<String, String> inputs() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("configuration", "c1");
        inputs.put("dependency-graph", "g1");
        inputs.put("suppressions", "s1");
        inputs.put("osv-database", "d1");
        inputs.put("date", "2025-05-01");
        return inputs;
    }

    private static GateResult result(GateStatus status) {
        List<Finding> findings =
                status == GateStatus.PASS ? List.of() : List.of(Finding.of("AUDIT_VULNERABILITY", status, "bad"));
        return new GateResult(
                "audit",
                MODULE,
                status,
                "12 dependencies scanned",
                findings,
                "build-1",
                FIRST_RUN,
                4200,
                Map.of("dependencies", "x"));
    }

    private Optional<List<GateResult>> reuseInSecondRun(Map<String, String> inputs, boolean enabled) {
        return store(SECOND_RUN).reuse(ReuseInputs.of(inputs), enabled, "build-2", SECOND_RUN, why::add);
    }

    @Test
    void equalInputsReuseTheLastPassingResultRestampedForThisBuild() throws IOException {
        store(FIRST_RUN).record(ReuseInputs.of(inputs()), List.of(result(GateStatus.WARN)), "build-1");

        List<GateResult> reused = reuseInSecondRun(inputs(), true).orElseThrow();

        assertThat(reused).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(GateStatus.WARN);
            assertThat(r.summary()).isEqualTo("12 dependencies scanned");
            assertThat(r.findings()).extracting(Finding::code).containsExactly("AUDIT_VULNERABILITY");
            assertThat(r.buildId()).isEqualTo("build-2");
            assertThat(r.startedAt()).isEqualTo(SECOND_RUN);
            assertThat(r.durationMillis()).isZero();
            assertThat(r.reusedFrom()).isEqualTo(new GateResult.ReusedFrom("build-1", FIRST_RUN));
        });
        assertThat(why).isEmpty();
    }

    @Test
    void aResultReusedAgainStillNamesTheBuildThatEvaluatedIt() throws IOException {
        GateResult alreadyReused = new GateResult(
                "audit",
                null,
                MODULE,
                GateStatus.PASS,
                "",
                List.of(),
                "build-2",
                SECOND_RUN,
                3,
                Map.of(),
                0,
                Map.of(),
                new GateResult.ReusedFrom("build-1", FIRST_RUN));
        store(SECOND_RUN).record(ReuseInputs.of(inputs()), List.of(alreadyReused), "build-2");

        List<GateResult> reused = store(SECOND_RUN)
                .reuse(ReuseInputs.of(inputs()), true, "build-3", SECOND_RUN, why::add)
                .orElseThrow();

        assertThat(reused.get(0).reusedFrom()).isEqualTo(new GateResult.ReusedFrom("build-1", FIRST_RUN));
        assertThat(reused.get(0).buildId()).isEqualTo("build-3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"configuration", "dependency-graph", "suppressions", "osv-database", "date"})
    void anySingleChangedInputInvalidatesTheResultAndIsNamed(String changed) throws IOException {
        store(FIRST_RUN).record(ReuseInputs.of(inputs()), List.of(result(GateStatus.PASS)), "build-1");
        Map<String, String> now = inputs();
        now.put(changed, "changed");

        assertThat(reuseInSecondRun(now, true)).isEmpty();
        assertThat(why).containsExactly("inputs changed: " + changed + " - running");
    }

    @Test
    void anInputAddedOrRemovedSinceInvalidatesTheResult() throws IOException {
        store(FIRST_RUN).record(ReuseInputs.of(inputs()), List.of(result(GateStatus.PASS)), "build-1");
        Map<String, String> now = inputs();
        now.remove("suppressions");
        now.put("nvd-mirror", "2025-05-01T00:00:00Z");

        assertThat(reuseInSecondRun(now, true)).isEmpty();
        assertThat(why).containsExactly("inputs changed: nvd-mirror, suppressions - running");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HOLD", "FAIL", "ERROR", "SKIPPED"})
    void aBlockingOrSkippedResultIsNeverKeptAndRemovesTheEarlierPass(GateStatus status) throws IOException {
        ResultReuse store = store(FIRST_RUN);
        store.record(ReuseInputs.of(inputs()), List.of(result(GateStatus.PASS)), "build-1");

        store.record(ReuseInputs.of(inputs()), List.of(result(GateStatus.PASS), result(status)), "build-1");

        assertThat(store.recordFile()).doesNotExist();
        assertThat(reuseInSecondRun(inputs(), true)).isEmpty();
    }

    @Test
    void aRecordHoldingABlockingResultIsNotTrusted() throws IOException {
        store(FIRST_RUN).record(ReuseInputs.of(inputs()), List.of(result(GateStatus.PASS)), "build-1");
        Path file = store(FIRST_RUN).recordFile();
        Files.writeString(file, Files.readString(file).replace("\"PASS\"", "\"FAIL\""));

        assertThat(reuseInSecondRun(inputs(), true)).isEmpty();
        assertThat(why).singleElement().asString().contains("its result audit is FAIL");
    }

    @Test
    void aCorruptRecordIsIgnored() throws IOException {
        Path file = store(FIRST_RUN).recordFile();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{ \"format\": 1, \"gate\": \"audit\", ");

        assertThat(reuseInSecondRun(inputs(), true)).isEmpty();
        assertThat(why).singleElement().asString().startsWith("ignoring the unreadable reuse record audit.json");
    }

    @Test
    void aRecordOfAnotherModuleIsIgnored() throws IOException {
        new ResultReuse("audit", "com.example:other", gatekeeperDirectory, Clock.systemUTC())
                .record(
                        ReuseInputs.of(inputs()),
                        List.of(new GateResult(
                                "audit",
                                "com.example:other",
                                GateStatus.PASS,
                                "",
                                List.of(),
                                "build-1",
                                FIRST_RUN,
                                1,
                                Map.of())),
                        "build-1");

        assertThat(reuseInSecondRun(inputs(), true)).isEmpty();
        assertThat(why).singleElement().asString().contains("it is the record of audit in com.example:other");
    }

    @Test
    void reuseSwitchedOffRunsTheGateThoughTheInputsAreEqual() throws IOException {
        store(FIRST_RUN).record(ReuseInputs.of(inputs()), List.of(result(GateStatus.PASS)), "build-1");

        assertThat(reuseInSecondRun(inputs(), false)).isEmpty();
        assertThat(why).containsExactly("gatekeeper.reuse=false - running");
    }

    @Test
    void aGateThatCannotNameItsInputsNeverReusesAndKeepsNoRecord() throws IOException {
        ResultReuse store = store(FIRST_RUN);
        store.record(ReuseInputs.of(inputs()), List.of(result(GateStatus.PASS)), "build-1");
        ReuseInputs never = ReuseInputs.never("it certifies this build's own test run");

        store.record(never, List.of(result(GateStatus.PASS)), "build-1");
        Optional<List<GateResult>> reused = store.reuse(never, true, "build-2", SECOND_RUN, why::add);

        assertThat(store.recordFile()).doesNotExist();
        assertThat(reused).isEmpty();
        assertThat(why).containsExactly("runs every build: it certifies this build's own test run");
    }

    @Test
    void noRecordMeansTheGateRunsQuietly() {
        assertThat(reuseInSecondRun(inputs(), true)).isEmpty();
        assertThat(why).isEmpty();
    }

    @Test
    void theReuseInputsAreAddedToTheResultAndTheGatesOwnValueWins() {
        Map<String, String> reuseInputs = inputs();
        reuseInputs.put("dependencies", "from reuse");

        List<GateResult> merged = ResultReuse.withInputs(List.of(result(GateStatus.PASS)), ReuseInputs.of(reuseInputs));

        assertThat(merged.get(0).inputs())
                .containsEntry("dependencies", "x")
                .containsEntry("osv-database", "d1")
                .hasSize(inputs().size() + 1);
    }
}
