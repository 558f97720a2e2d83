package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultStoreTest {
    @TempDir
    Path gatekeeperDir;

    private static GateResult result(String gate, String subject, GateStatus status) {
        return new GateResult(
                gate,
                subject,
                "g:app",
                status,
                "why",
                List.of(Finding.of("X_Y", status, "m")),
                "build-1",
                Instant.parse("2026-01-01T00:00:00Z"),
                5,
                Map.of("in", "abc"));
    }

    @Test
    void resultsOfOneGateSubjectEachGetTheirOwnFileAndReadBackEqual() throws Exception {
        ResultStore store = new ResultStore(gatekeeperDir);
        GateResult whole = result("certify", null, GateStatus.PASS);
        GateResult caseA = result("snapshot", "scan-a", GateStatus.HOLD);
        GateResult caseB = result("snapshot", "scan-b", GateStatus.PASS);

        store.write(whole);
        store.write(caseA);
        store.write(caseB);

        assertThat(Files.list(store.directory())
                        .map(p -> p.getFileName().toString())
                        .sorted())
                .containsExactly("certify.json", "snapshot-scan-a.json", "snapshot-scan-b.json");
        assertThat(store.readAll()).containsExactly(whole, caseA, caseB);
        assertThat(caseA.label()).isEqualTo("snapshot:scan-a");
        assertThat(whole.label()).isEqualTo("certify");
    }

    @Test
    void clearingAGateRemovesOnlyThatGatesResults() throws Exception {
        ResultStore store = new ResultStore(gatekeeperDir);
        store.write(result("snapshot", "old-case", GateStatus.PASS));
        store.write(result("snapshot", null, GateStatus.PASS));
        store.write(result("smoke", null, GateStatus.PASS));
        store.write(result("snapshots-extra", null, GateStatus.PASS));

        store.clear("snapshot");

        assertThat(store.readAll()).extracting(GateResult::label).containsExactly("smoke", "snapshots-extra");
    }

    @Test
    void unreadableResultIsNamedWithItsProblem() throws Exception {
        ResultStore store = new ResultStore(gatekeeperDir);
        Files.createDirectories(store.directory());
        Path broken =
                Files.writeString(store.directory().resolve("certify.json"), "{\"gate\": \"certify\",\n \"status\": ");

        assertThatThrownBy(store::readAll)
                .isInstanceOf(EvidenceException.class)
                .hasMessageStartingWith(broken + " is not a valid gate result")
                .hasMessageContaining("line 2");
    }
}
