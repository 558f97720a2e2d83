package dev.gatekeeper.snapshot;

import static dev.gatekeeper.snapshot.SnapshotGateFixture.SCAN;
import static dev.gatekeeper.snapshot.SnapshotGateFixture.SCAN_CANONICAL;
import static dev.gatekeeper.snapshot.SnapshotGateFixture.codes;
import static dev.gatekeeper.snapshot.SnapshotGateFixture.filesBelow;
import static dev.gatekeeper.snapshot.SnapshotGateFixture.onlyFinding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SnapshotGate} and {@link SnapshotOutput}: comparison with the committed snapshot, determinism, update and live mode. */
class SnapshotGateTest {
    /** Prints the same JSON as {@link SnapshotGateFixture#SCAN} plus a nonce that differs on every run. */
    private static final String NONCE = "printf '{\"b\": 1, \"a\": \"%s\", \"nonce\": \"%s-%s\"}\\n' "
            + "\"$(ls \"$1\")\" \"$$\" \"$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')\"";

    private static final String NONCE_NORMALISED = """
            {
              "a": "input.txt",
              "b": 1,
              "nonce": "<nonce>"
            }
            """;

    @TempDir
    Path temp;

    private SnapshotGateFixture project;

    @BeforeEach
    void createProject() throws Exception {
        project = new SnapshotGateFixture(temp);
    }

    @Test
    void outputEqualToTheCommittedSnapshotPassesAndRecordsItsInputs() throws Exception {
        Path committed = project.commit(project.snapshotOf("scan"), SCAN_CANONICAL);

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("scan", project.script("scan.sh", SCAN)).build());

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.findings()).isEmpty();
        assertThat(result.label()).isEqualTo("snapshot:scan");
        assertThat(result.summary()).isEqualTo("matches app/src/test/snapshots/scan/demo.json; 2 runs identical");
        assertThat(result.inputs())
                .isEqualTo(Map.of(
                        "profile", Digests.sha256Tree(project.profile),
                        "output", Digests.sha256(SCAN_CANONICAL),
                        "snapshot", Digests.sha256(committed)));
        assertThat(filesBelow(project.caseDirectory("scan")))
                .containsExactly("command.txt", "run-1.log", "run-1.out", "run-2.log", "run-2.out");
    }

    @Test
    void keyOrderWhitespaceAndTimestampsOfTheCommittedSnapshotDoNotMatter() throws Exception {
        project.commit(
                project.snapshotOf("scan"),
                "{\"at\":\"2019-12-31T23:59:59.123+01:00\",\r\n\t\"b\" :1,    \"a\":\"input.txt\"}");

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("scan", project.script("scan.sh", SCAN)).build());

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void changedOutputHoldsWithAUnifiedDiffAndLeavesTheCommittedSnapshotAlone() throws Exception {
        String committedText = "{\"a\": \"input.txt\", \"at\": \"2024-01-01T00:00:00Z\", \"b\": 2}\n";
        Path committed = project.commit(project.snapshotOf("scan"), committedText);

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("scan", project.script("scan.sh", SCAN)).build());

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_MISMATCH");
        assertThat(finding.message())
                .isEqualTo("Output of snapshot case 'scan' differs from "
                        + "app/src/test/snapshots/scan/demo.json (2 changed lines)");
        assertThat(result.summary()).isEqualTo(finding.message());
        assertThat(finding.file()).isEqualTo("app/src/test/snapshots/scan/demo.json");
        assertThat(finding.fix())
                .contains("-Dgatekeeper.snapshot.update")
                .contains("app/src/test/snapshots/scan/demo.json");
        String diff = """
                --- app/src/test/snapshots/scan/demo.json
                +++ actual
                @@ -1,5 +1,5 @@
                 {
                   "a": "input.txt",
                   "at": "<timestamp>",
                -  "b": 2
                +  "b": 1
                 }
                """;
        assertThat(finding.detail()).isEqualTo(diff);
        assertThat(project.caseDirectory("scan").resolve("snapshot.diff")).hasContent(diff);
        assertThat(Files.readString(committed)).isEqualTo(committedText);
        assertThat(result.inputs()).containsEntry("snapshot", Digests.sha256(committed));
        assertThat(project.logged).contains("WARN scan: -  \"b\": 2", "WARN scan: +  \"b\": 1");
    }

    @Test
    void aLongDiffIsCutInTheFindingButWrittenWholeToTheDiffFile() throws Exception {
        Path product =
                project.script("many.sh", "i=1; while [ $i -le 100 ]; do echo \"line $i new\"; i=$((i + 1)); done");
        StringBuilder committed = new StringBuilder();
        for (int i = 1; i <= 100; i++) {
            committed.append("line ").append(i).append(" old\n");
        }
        SnapshotGateFixture.Case many = project.jsonCase("many", product).text();
        project.commit(many.snapshotFile, committed.toString());

        GateResult result = project.evaluate(project.settings(), many.build());

        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_MISMATCH");
        assertThat(finding.message()).endsWith("(200 changed lines)");
        List<String> shownLines = finding.detail().lines().toList();
        assertThat(shownLines).hasSize(SnapshotOutput.SHOWN_DIFF_LINES + 1);
        assertThat(shownLines.get(shownLines.size() - 1))
                .isEqualTo("… 143 more diff lines in app/target/gatekeeper/snapshot/many/snapshot.diff");
        List<String> fullDiff = Files.readAllLines(project.caseDirectory("many").resolve("snapshot.diff"));
        assertThat(fullDiff).hasSize(203).contains("-line 100 old", "+line 100 new");
    }

    @Test
    void missingCommittedSnapshotHoldsAndNamesTheUpdateCommand() throws Exception {
        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("scan", project.script("scan.sh", SCAN)).build());

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_MISSING");
        assertThat(finding.message())
                .isEqualTo("Snapshot case 'scan' has no committed snapshot app/src/test/snapshots/scan/demo.json");
        assertThat(finding.file()).isEqualTo("app/src/test/snapshots/scan/demo.json");
        assertThat(finding.fix())
                .isEqualTo("Run '" + SnapshotSettings.UPDATE_COMMAND + "' to create it, review it and commit it");
        assertThat(finding.fix()).contains("-Dgatekeeper.snapshot.update");
        assertThat(project.snapshots).doesNotExist();
        assertThat(result.inputs()).containsOnlyKeys("profile", "output");
    }

    @Test
    void committedSnapshotThatIsNotJsonHolds() throws Exception {
        project.commit(project.snapshotOf("scan"), "{\"a\": \n");

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("scan", project.script("scan.sh", SCAN)).build());

        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_COMMITTED_INVALID");
        assertThat(finding.severity()).isEqualTo(GateStatus.HOLD);
        assertThat(finding.file()).isEqualTo("app/src/test/snapshots/scan/demo.json");
        assertThat(finding.fix()).contains(SnapshotSettings.UPDATE_COMMAND);
    }

    @Test
    void nondeterministicOutputFailsWithTheDiffBetweenTheRuns() throws Exception {
        project.commit(project.snapshotOf("nonce"), NONCE_NORMALISED);

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("nonce", project.script("nonce.sh", NONCE)).build());

        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_NONDETERMINISTIC");
        assertThat(finding.message())
                .isEqualTo("Snapshot case 'nonce' printed different output on two runs of the "
                        + "same profile (2 changed lines after normalisation)");
        assertThat(finding.file()).isEqualTo("app/target/gatekeeper/snapshot/nonce/determinism.diff");
        assertThat(finding.fix()).contains("<replacement>").contains("<ignoredPointer>");
        assertThat(finding.detail())
                .startsWith("--- run-1\n+++ run-2\n@@ -1,5 +1,5 @@\n")
                .containsPattern("(?m)^-  \"nonce\": \"\\d+-\\d+\"$")
                .containsPattern("(?m)^\\+  \"nonce\": \"\\d+-\\d+\"$");
        assertThat(project.caseDirectory("nonce").resolve("determinism.diff")).hasContent(finding.detail());
        assertThat(result.inputs()).containsOnlyKeys("profile");
    }

    @Test
    void aReplacementMakesNondeterministicOutputComparable() throws Exception {
        project.commit(project.snapshotOf("nonce"), NONCE_NORMALISED);
        SnapshotCase nonce = project.jsonCase("nonce", project.script("nonce.sh", NONCE))
                .replacements(Normalizer.Replacement.of("\"nonce\": \"[0-9-]+\"", "\"nonce\": \"<nonce>\""))
                .build();

        GateResult result = project.evaluate(project.settings(), nonce);

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.findings()).isEmpty();
        assertThat(result.inputs()).containsEntry("output", Digests.sha256(NONCE_NORMALISED));
    }

    @Test
    void anIgnoredPointerMakesNondeterministicOutputComparable() throws Exception {
        String withoutNonce = "{\n  \"a\": \"input.txt\",\n  \"b\": 1\n}\n";
        project.commit(project.snapshotOf("nonce"), withoutNonce);
        SnapshotCase nonce = project.jsonCase("nonce", project.script("nonce.sh", NONCE))
                .ignoredPointers("/nonce")
                .build();

        GateResult result = project.evaluate(project.settings(), nonce);

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.inputs()).containsEntry("output", Digests.sha256(withoutNonce));
    }

    @Test
    void updateWritesTheCanonicalNormalisedOutputAtomicallyAndWarns() throws Exception {
        GateResult result = project.evaluate(
                project.update(),
                project.jsonCase("scan", project.script("scan.sh", SCAN)).build());

        assertThat(result.status()).isEqualTo(GateStatus.WARN);
        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_UPDATED");
        assertThat(finding.file()).isEqualTo("app/src/test/snapshots/scan/demo.json");
        assertThat(finding.fix())
                .isEqualTo("Review the change with 'git diff app/src/test/snapshots/scan/demo.json' and commit it");
        assertThat(project.snapshotOf("scan")).hasContent(SCAN_CANONICAL);
        assertThat(Files.readString(project.snapshotOf("scan"))).isEqualTo(SCAN_CANONICAL);
        // No temporary sibling left behind, hidden or not.
        assertThat(filesBelow(project.snapshots)).containsExactly("scan/demo.json");
        assertThat(project.logged).contains("INFO scan: wrote app/src/test/snapshots/scan/demo.json");
    }

    @Test
    void updateReplacesADifferentCommittedSnapshotAndTheResultThenCompares() throws Exception {
        Path committed = project.commit(project.snapshotOf("scan"), "{\"a\": \"old.txt\"}\n");
        SnapshotCase scan =
                project.jsonCase("scan", project.script("scan.sh", SCAN)).build();

        GateResult updated = project.evaluate(project.update(), scan);
        GateResult compared = project.evaluate(project.settings(), scan);

        assertThat(codes(updated)).containsExactly("SNAPSHOT_UPDATED");
        assertThat(committed).hasContent(SCAN_CANONICAL);
        assertThat(compared.status()).isEqualTo(GateStatus.PASS);
        assertThat(filesBelow(project.snapshots)).containsExactly("scan/demo.json");
    }

    @Test
    void aSecondUpdateWithTheSameOutputPassesWithoutRewriting() throws Exception {
        SnapshotCase scan =
                project.jsonCase("scan", project.script("scan.sh", SCAN)).build();
        project.evaluate(project.update(), scan);
        Path committed = project.snapshotOf("scan");
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(committed, old);
        Object fileKey = Files.readAttributes(committed, java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey();

        GateResult second = project.evaluate(project.update(), scan);

        assertThat(second.status()).isEqualTo(GateStatus.PASS);
        assertThat(second.findings()).isEmpty();
        assertThat(second.summary())
                .isEqualTo("update requested; app/src/test/snapshots/scan/demo.json already matches");
        assertThat(Files.getLastModifiedTime(committed)).isEqualTo(old);
        assertThat(Files.readAttributes(committed, java.nio.file.attribute.BasicFileAttributes.class)
                        .fileKey())
                .isEqualTo(fileKey);
    }

    @Test
    void updateWithNondeterministicOutputWritesNothing() throws Exception {
        GateResult result = project.evaluate(
                project.update(),
                project.jsonCase("nonce", project.script("nonce.sh", NONCE)).build());

        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        assertThat(codes(result)).containsExactly("SNAPSHOT_NONDETERMINISTIC");
        assertThat(project.snapshots).doesNotExist();
    }

    @Test
    void updateRefusesASnapshotFileOutsideTheSnapshotDirectory() throws Exception {
        SnapshotCase evil = project.jsonCase("scan", project.script("scan.sh", SCAN))
                .snapshotFile(project.snapshots.resolve("../evil.json"))
                .build();

        GateResult result = project.evaluate(project.update(), evil);

        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_PATH_OUTSIDE");
        assertThat(finding.message()).contains("outside the snapshot directory");
        assertThat(finding.fix())
                .isEqualTo("Keep <snapshotFile> of snapshot case 'scan' inside app/src/test/snapshots");
        assertThat(project.module.resolve("src/test/evil.json")).doesNotExist();
        assertThat(filesBelow(project.root)).noneMatch(file -> file.endsWith("evil.json"));
    }

    @Test
    void liveModeChecksHealthOnlyAndPassesWithoutACommittedSnapshot() throws Exception {
        GateResult result = project.evaluate(
                project.live(),
                project.jsonCase("scan", project.script("scan.sh", SCAN)).build());

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.findings()).isEmpty();
        assertThat(result.summary()).isEqualTo("live profile: 2 runs healthy, valid and identical");
        assertThat(result.inputs()).isEqualTo(Map.of("output", Digests.sha256(SCAN_CANONICAL)));
        assertThat(project.snapshots).doesNotExist();
        assertThat(project.caseDirectory("scan").resolve("snapshot.diff")).doesNotExist();
        assertThat(project.logged).contains("INFO scan: live profile, not compared with a committed snapshot");
    }

    @Test
    void liveModeDoesNotCompareWithADifferentCommittedSnapshot() throws Exception {
        project.commit(project.snapshotOf("scan"), "{\"a\": \"something else\"}\n");

        GateResult result = project.evaluate(
                project.live(),
                project.jsonCase("scan", project.script("scan.sh", SCAN)).build());

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.inputs()).doesNotContainKeys("profile", "snapshot");
    }

    @Test
    void liveModeStillFailsNondeterministicOutput() throws Exception {
        GateResult result = project.evaluate(
                project.live(),
                project.jsonCase("nonce", project.script("nonce.sh", NONCE)).build());

        assertThat(codes(result)).containsExactly("SNAPSHOT_NONDETERMINISTIC");
    }

    @Test
    void aLiveProfileMayLieOutsideTheProject() throws Exception {
        Path outside = Files.createDirectories(project.temp.resolve("home/user/profile"));
        Files.writeString(outside.resolve("input.txt"), "real data\n");

        GateResult result = project.evaluate(
                project.live(),
                project.jsonCase("scan", project.script("scan.sh", SCAN))
                        .profile(outside)
                        .build());

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.inputs()).containsOnlyKeys("output");
    }
}
