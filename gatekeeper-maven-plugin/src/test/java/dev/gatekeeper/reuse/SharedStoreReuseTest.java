package dev.gatekeeper.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.EvidenceKey;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record written by a build in one working copy, served through the shared store to a fresh one. */
class SharedStoreReuseTest {
    private static final String MODULE = "com.example:shop";
    private static final Instant FIRST_RUN = Instant.parse("2025-05-01T10:00:00Z");
    private static final Instant SECOND_RUN = Instant.parse("2025-05-01T11:00:00Z");
    private static final EvidenceKey.Setting KEY =
            EvidenceKey.fromEnvironment(Map.of(EvidenceKey.VARIABLE, "k".repeat(40)));
    private static final EvidenceKey.Setting OTHER_KEY =
            EvidenceKey.fromEnvironment(Map.of(EvidenceKey.VARIABLE, "o".repeat(40)));

    @TempDir
    Path temp;

    private final List<String> why = new ArrayList<>();

    private LocalDirectoryStore store() {
        return new LocalDirectoryStore(temp.resolve("store"));
    }

    private ResultReuse in(String workingCopy, Instant now, EvidenceKey.Setting key) {
        return new ResultReuse(
                "audit",
                MODULE,
                temp.resolve(workingCopy).resolve("target/gatekeeper"),
                Clock.fixed(now, ZoneOffset.UTC),
                store(),
                key);
    }

    private static Map<String, String> inputs() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("configuration", "c1");
        inputs.put("dependency-graph", "g1");
        inputs.put("date", "2025-05-01");
        return inputs;
    }

    private static GateResult result(GateStatus status) {
        return new GateResult(
                "audit", MODULE, status, "12 dependencies scanned", List.of(), "build-1", FIRST_RUN, 4200, Map.of());
    }

    private Optional<List<GateResult>> reuseInFreshClone(EvidenceKey.Setting key) {
        return in("b", SECOND_RUN, key).reuse(ReuseInputs.of(inputs()), true, "build-2", SECOND_RUN, why::add);
    }

    @Test
    void aPassingRecordOfOneWorkingCopyIsReusedInAFreshOneWithALineNamingTheStore() throws IOException {
        in("a", FIRST_RUN, new EvidenceKey.Absent())
                .record(ReuseInputs.of(inputs()), List.of(result(GateStatus.PASS)), "build-1");

        List<GateResult> reused = reuseInFreshClone(new EvidenceKey.Absent()).orElseThrow();

        assertThat(reused).singleElement().satisfies(r -> {
            assertThat(r.buildId()).isEqualTo("build-2");
            assertThat(r.reusedFrom()).isEqualTo(new GateResult.ReusedFrom("build-1", FIRST_RUN));
        });
        assertThat(why)
                .containsExactly("using the shared record from " + store().describe() + " (written by build build-1 at "
                        + FIRST_RUN + ")");
        assertThat(temp.resolve("b/target/gatekeeper/reuse/audit.json")).exists();
    }

    @Test
    void withoutARecordForTheseInputsTheGateRunsAndSaysSo() throws IOException {
        in("a", FIRST_RUN, new EvidenceKey.Absent())
                .record(ReuseInputs.of(inputs()), List.of(result(GateStatus.PASS)), "build-1");
        Map<String, String> changed = inputs();
        changed.put("dependency-graph", "g2");

        assertThat(in("b", SECOND_RUN, new EvidenceKey.Absent())
                        .reuse(ReuseInputs.of(changed), true, "build-2", SECOND_RUN, why::add))
                .isEmpty();
        assertThat(why).containsExactly("no shared record for these inputs in " + store().describe() + " - running");
    }

    @Test
    void aSharedRecordWhoseInputsDifferFromItsKeyIsIgnored() throws IOException {
        in("a", FIRST_RUN, new EvidenceKey.Absent())
                .record(ReuseInputs.of(inputs()), List.of(result(GateStatus.PASS)), "build-1");
        String key = SharedRecords.key("audit", MODULE, inputs());
        Path file = store().directory().resolve(key + ".json");
        Files.writeString(file, Files.readString(file).replace("\"g1\"", "\"g-forged\""));

        assertThat(reuseInFreshClone(new EvidenceKey.Absent())).isEmpty();
        assertThat(why)
                .containsExactly("ignoring the shared record " + key + " in " + store().describe()
                        + ": inputs differ (dependency-graph) - running");
    }

    @Test
    void withTheEvidenceKeyARecordSignedWithItIsReused() throws IOException {
        in("a", FIRST_RUN, KEY).record(ReuseInputs.of(inputs()), List.of(result(GateStatus.PASS)), "build-1");

        assertThat(reuseInFreshClone(KEY)).isPresent();
        String key = SharedRecords.key("audit", MODULE, inputs());
        assertThat(Files.readString(store().directory().resolve(key + ".json"))).startsWith("hmac-sha256:");
    }

    @Test
    void withTheEvidenceKeyARecordSignedWithAnotherKeyIsIgnored() throws IOException {
        in("a", FIRST_RUN, OTHER_KEY).record(ReuseInputs.of(inputs()), List.of(result(GateStatus.PASS)), "build-1");

        assertThat(reuseInFreshClone(KEY)).isEmpty();
        assertThat(why).singleElement().asString().endsWith(": signature does not verify - running");
        assertThat(temp.resolve("b/target/gatekeeper/reuse/audit.json")).doesNotExist();
    }

    @Test
    void withTheEvidenceKeyAnEditedSignedRecordIsIgnored() throws IOException {
        in("a", FIRST_RUN, KEY).record(ReuseInputs.of(inputs()), List.of(result(GateStatus.PASS)), "build-1");
        String key = SharedRecords.key("audit", MODULE, inputs());
        Path file = store().directory().resolve(key + ".json");
        Files.writeString(file, Files.readString(file).replace("12 dependencies", "13 dependencies"));

        assertThat(reuseInFreshClone(KEY)).isEmpty();
        assertThat(why).singleElement().asString().endsWith(": signature does not verify - running");
    }

    @Test
    void withTheEvidenceKeyAnUnsignedRecordIsIgnored() throws IOException {
        in("a", FIRST_RUN, new EvidenceKey.Absent())
                .record(ReuseInputs.of(inputs()), List.of(result(GateStatus.PASS)), "build-1");

        assertThat(reuseInFreshClone(KEY)).isEmpty();
        assertThat(why)
                .singleElement()
                .asString()
                .endsWith(": it is unsigned, and GATEKEEPER_EVIDENCE_KEY is set - running");
    }

    @Test
    void aBlockingResultIsNotShared() throws IOException {
        in("a", FIRST_RUN, new EvidenceKey.Absent())
                .record(ReuseInputs.of(inputs()), List.of(result(GateStatus.FAIL)), "build-1");

        assertThat(store().directory()).doesNotExist();
    }

    @Test
    void aGateOutputWhoseFileIsNotKnownDoesNotUseTheSharedStore() throws IOException {
        ReuseInputs withOutput = ReuseInputs.of(inputs(), Set.of("date"));
        in("a", FIRST_RUN, new EvidenceKey.Absent()).record(withOutput, List.of(result(GateStatus.PASS)), "build-1");

        assertThat(store().directory()).doesNotExist();
        assertThat(in("b", SECOND_RUN, new EvidenceKey.Absent())
                        .reuse(withOutput, true, "build-2", SECOND_RUN, why::add))
                .isEmpty();
        assertThat(why).singleElement().asString().contains("the shared store is not used");
    }

    @Test
    void theTargetRecordIsConsultedFirstAndItsReasonPrecedesTheStores() throws IOException {
        in("b", FIRST_RUN, new EvidenceKey.Absent())
                .record(ReuseInputs.of(inputs()), List.of(result(GateStatus.PASS)), "build-1");
        Map<String, String> changed = inputs();
        changed.put("date", "2025-05-02");

        assertThat(in("b", SECOND_RUN, new EvidenceKey.Absent())
                        .reuse(ReuseInputs.of(changed), true, "build-2", SECOND_RUN, why::add))
                .isEmpty();
        assertThat(why)
                .containsExactly("inputs changed: date; no shared record for these inputs in " + store().describe()
                        + " - running");
    }

    @Test
    void theKeyDependsOnEveryInputButNotOnTheirOrder() {
        Map<String, String> reversed = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(inputs().keySet());
        java.util.Collections.reverse(names);
        names.forEach(name -> reversed.put(name, inputs().get(name)));
        Map<String, String> changed = inputs();
        changed.put("configuration", "c2");

        String key = SharedRecords.key("audit", MODULE, inputs());
        assertThat(key).matches(LocalDirectoryStore.KEY);
        assertThat(SharedRecords.key("audit", MODULE, reversed)).isEqualTo(key);
        assertThat(SharedRecords.key("audit", MODULE, changed)).isNotEqualTo(key);
        assertThat(SharedRecords.key("audit", "com.example:other", inputs())).isNotEqualTo(key);
        assertThat(new String(SharedRecords.seal(new byte[] {'{', '}'}, key, null), StandardCharsets.US_ASCII))
                .isEqualTo("unsigned\n{}");
    }

    /** A store that fails on its first read, as a remote store that is down does: empty, then unusable. */
    private static final class FailingStore implements ReuseStore {
        private boolean failed;
        private int reads;

        @Override
        public Optional<byte[]> get(String key) {
            reads++;
            failed = true; // the store said so in its own warning line
            return Optional.empty();
        }

        @Override
        public void put(String key, byte[] content) {}

        @Override
        public String describe() {
            return "http://store.example/reuse/";
        }

        @Override
        public boolean usable() {
            return !failed;
        }
    }

    private ResultReuse withStore(ReuseStore store) {
        return new ResultReuse(
                "audit",
                MODULE,
                temp.resolve("c").resolve("target/gatekeeper"),
                Clock.fixed(SECOND_RUN, ZoneOffset.UTC),
                store,
                new EvidenceKey.Absent());
    }

    @Test
    void aStoreThatFailsOnTheReadIsNotCalledAMissButAFailure() {
        FailingStore failing = new FailingStore();

        assertThat(withStore(failing).reuse(ReuseInputs.of(inputs()), true, "build-2", SECOND_RUN, why::add))
                .isEmpty();

        assertThat(why).containsExactly("the shared store http://store.example/reuse/ failed - running");
    }

    @Test
    void aStoreThatFailedEarlierInTheBuildIsNotAskedAgainAndTheGateRunsAsWithoutOne() {
        FailingStore failing = new FailingStore();
        failing.failed = true;

        assertThat(withStore(failing).reuse(ReuseInputs.of(inputs()), true, "build-2", SECOND_RUN, why::add))
                .isEmpty();

        assertThat(failing.reads).isZero();
        assertThat(why).isEmpty();
    }
}
