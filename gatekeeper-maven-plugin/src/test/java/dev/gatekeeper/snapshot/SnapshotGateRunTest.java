package dev.gatekeeper.snapshot;

import static dev.gatekeeper.snapshot.SnapshotGateFixture.SCAN;
import static dev.gatekeeper.snapshot.SnapshotGateFixture.SCAN_CANONICAL;
import static dev.gatekeeper.snapshot.SnapshotGateFixture.codes;
import static dev.gatekeeper.snapshot.SnapshotGateFixture.onlyFinding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.CommandSpec;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@link SnapshotGate} on products that misbehave, on output that is not what it should be, and on bad profiles. */
class SnapshotGateRunTest {
    @TempDir
    Path temp;

    private SnapshotGateFixture project;

    @BeforeEach
    void createProject() throws Exception {
        project = new SnapshotGateFixture(temp);
    }

    @Test
    void anExitCodeThatIsNotAllowedFailsWithTheProductsErrors() throws Exception {
        Path product = project.script("broken.sh", "echo 'boom: cannot read profile' >&2", "exit 3");

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("broken", product).allowedExitCodes(2, 0).build());

        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_EXIT_CODE");
        // Sorted, whatever order they were configured in.
        assertThat(finding.message()).isEqualTo("Run 1 of snapshot case 'broken' exited with 3; allowed: [0, 2]");
        assertThat(finding.file()).isEqualTo("app/target/gatekeeper/snapshot/broken/run-1.log");
        assertThat(finding.detail()).isEqualTo("boom: cannot read profile");
        assertThat(finding.fix())
                .startsWith("Read the run's standard error in app/target/gatekeeper/snapshot/broken/run-1.log");
        assertThat(project.caseDirectory("broken").resolve("command.txt")).hasContent(product + " " + project.profile);
        assertThat(project.caseDirectory("broken").resolve("run-2.log")).doesNotExist();
    }

    @Test
    void anAllowedNonZeroExitCodeIsAHealthyRun() throws Exception {
        project.commit(project.snapshotOf("scan"), SCAN_CANONICAL);
        Path product = project.script("scan2.sh", SCAN, "exit 2");

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("scan", product).allowedExitCodes(0, 2).build());

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    @Timeout(value = 45, unit = TimeUnit.SECONDS)
    void aHangingProductIsKilledAtItsTimeout() throws Exception {
        Path product = project.script("hang.sh", "echo 'scanning' >&2", "sleep 60");
        long start = System.nanoTime();

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("hang", product).timeout(Duration.ofSeconds(1)).build());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_TIMED_OUT");
        assertThat(finding.message())
                .matches(
                        "Run 1 of snapshot case 'hang' did not finish within 1 s and was stopped; ended [12] process(es)?");
        assertThat(finding.file()).isEqualTo("app/target/gatekeeper/snapshot/hang/run-1.log");
        assertThat(finding.detail()).isEqualTo("scanning");
        assertThat(finding.fix()).contains("app/profiles/demo").contains("<timeout>");
    }

    @Test
    @Timeout(value = 45, unit = TimeUnit.SECONDS)
    void aProductFloodingItsOutputIsStoppedAtTheCap() throws Exception {
        Path product = project.script("flood.sh", "echo 'flooding' >&2", "head -c 2200m /dev/zero | tr '\\0' '7'");
        SnapshotSettings base = project.settings();
        SnapshotSettings capped = new SnapshotSettings(
                base.executionRoot(),
                base.moduleDirectory(),
                base.snapshotDirectory(),
                base.outputDirectory(),
                false,
                false,
                base.maxOutputBytes(),
                CommandSpec.megabytes(4));

        GateResult result =
                project.evaluate(capped, project.jsonCase("flood", product).build());

        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_RUN_OUTPUT_TOO_LARGE");
        assertThat(finding.message())
                .matches("Run 1 of snapshot case 'flood' wrote more than 4 MB and was stopped; ended [2-9] processes");
        assertThat(finding.detail()).isEqualTo("flooding");
        assertThat(finding.fix()).contains("-Dgatekeeper.commands.maxOutputMegabytes (now 4)");
        assertThat(Files.size(base.outputDirectory().resolve("flood/run-1.out")))
                .isLessThan(CommandSpec.megabytes(1024));
    }

    @Test
    @Timeout(value = 45, unit = TimeUnit.SECONDS)
    void aProductFloodingTheOutputFileItWritesItselfIsStoppedAtTheCap() throws Exception {
        Path product = project.script("flood-file.sh", "head -c 2200m /dev/zero > \"${2#--out=}\"");
        SnapshotSettings base = project.settings();
        SnapshotSettings capped = new SnapshotSettings(
                base.executionRoot(),
                base.moduleDirectory(),
                base.snapshotDirectory(),
                base.outputDirectory(),
                false,
                false,
                base.maxOutputBytes(),
                CommandSpec.megabytes(4));

        GateResult result = project.evaluate(
                capped,
                project.jsonCase("flood-file", product)
                        .arguments("${profile}", "--out=${output}")
                        .build());

        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_RUN_OUTPUT_TOO_LARGE");
        assertThat(Files.size(base.outputDirectory().resolve("flood-file/run-1.out")))
                .isLessThan(CommandSpec.megabytes(1024));
    }

    @Test
    void aProductThatCannotStartIsAnError() throws Exception {
        Path notExecutable = project.bin.resolve("plain.sh");
        Files.writeString(notExecutable, "#!/bin/sh\necho '{}'\n");

        GateResult result = project.evaluate(
                project.settings(), project.jsonCase("plain", notExecutable).build());

        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_NOT_RUNNABLE");
        assertThat(finding.message()).contains("not executable");
    }

    @Test
    void aProductThatWritesToOutputIsReadFromThere() throws Exception {
        project.commit(project.snapshotOf("file"), SCAN_CANONICAL);
        Path product = project.script(
                "file.sh",
                "echo 'progress goes to stdout'",
                "printf '{\"at\": \"2024-05-01T10:00:00Z\", \"a\": \"%s\", \"b\": 1}' \"$(ls \"$1\")\" > \"${2#--out=}\"");

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("file", product)
                        .arguments("${profile}", "--out=${output}")
                        .build());

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.findings()).isEmpty();
        assertThat(project.caseDirectory("file").resolve("run-1.log")).hasContent("progress goes to stdout");
        assertThat(Files.readString(project.caseDirectory("file").resolve("run-2.out")))
                .startsWith("{\"at\"");
    }

    @Test
    void aProductThatWritesNothingToOutputFails() throws Exception {
        Path product = project.script("silent.sh", "echo 'done, honestly'");
        // A file left by an earlier build must not pass for this run's output.
        Path stale = Files.createDirectories(project.caseDirectory("silent")).resolve("run-1.out");
        Files.writeString(stale, SCAN_CANONICAL);

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("silent", product)
                        .arguments("${profile}", "${output}")
                        .build());

        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_NO_OUTPUT");
        assertThat(finding.message())
                .isEqualTo("Run 1 of snapshot case 'silent' exited 0 but wrote no output to ${output}");
        assertThat(finding.file()).isEqualTo("app/target/gatekeeper/snapshot/silent/run-1.log");
        assertThat(stale).doesNotExist();
    }

    @Test
    void outputLargerThanTheLimitHoldsAndIsNotCompared() throws Exception {
        project.commit(project.snapshotOf("big"), SCAN_CANONICAL);
        Path product =
                project.script("big.sh", "printf '{\"data\": \"%s\"}\\n' \"$(head -c 1000 /dev/zero | tr '\\0' x)\"");

        GateResult result = project.evaluate(
                project.settings(false, false, 64),
                project.jsonCase("big", product).build());

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_OUTPUT_TOO_LARGE");
        assertThat(finding.message())
                .isEqualTo(
                        "Run 1 of snapshot case 'big' wrote 1013 bytes, more than the limit of 64; it was not compared");
        assertThat(finding.file()).isEqualTo("app/target/gatekeeper/snapshot/big/run-1.out");
        assertThat(project.caseDirectory("big").resolve("run-1.out")).hasSize(1013);
        assertThat(project.caseDirectory("big").resolve("snapshot.diff")).doesNotExist();
        assertThat(result.inputs()).doesNotContainKeys("output", "snapshot");
    }

    @Test
    void aCommittedSnapshotLargerThanTheLimitIsReportedAsTooLargeNotAsInvalid() throws Exception {
        // Compact output under the limit whose canonical, indented form is over it.
        Path product = project.script("list.sh", "echo '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]'");
        SnapshotCase list = project.jsonCase("list", product).build();
        project.evaluate(project.settings(false, true, 100), list);
        assertThat(Files.size(project.snapshotOf("list"))).isGreaterThan(100);

        GateResult result = project.evaluate(project.settings(false, false, 100), list);

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_COMMITTED_TOO_LARGE");
        assertThat(finding.file()).isEqualTo("app/src/test/snapshots/list/demo.json");
        assertThat(finding.message())
                .isEqualTo("The committed snapshot app/src/test/snapshots/list/demo.json has "
                        + Files.size(project.snapshotOf("list"))
                        + " bytes, more than the limit of 100; it was not compared");
        assertThat(finding.fix()).contains("-Dgatekeeper.snapshot.maxOutputBytes");
        assertThat(project.caseDirectory("list").resolve("snapshot.diff")).doesNotExist();
    }

    @Test
    void invalidJsonFailsNamingTheOutputFileAndLine() throws Exception {
        Path product = project.script("invalid.sh", "printf '{\\n  \"a\": 1,\\n  \"b\": }\\n'");

        GateResult result = project.evaluate(
                project.settings(), project.jsonCase("invalid", product).build());

        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_OUTPUT_INVALID");
        assertThat(finding.message()).startsWith("Snapshot case 'invalid' printed invalid JSON: line 3, column ");
        assertThat(finding.file()).isEqualTo("app/target/gatekeeper/snapshot/invalid/run-1.out");
        assertThat(finding.line()).isEqualTo(3);
        assertThat(finding.fix()).contains("<format>text</format>");
    }

    @Test
    void outputViolatingTheSchemaFailsWithEveryViolation() throws Exception {
        Path schema = schema("strict.json", """
                {"type": "object", "required": ["a", "b", "missing"],
                 "properties": {"b": {"type": "string"}, "at": {"type": "string", "format": "date-time"}}}
                """);

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("scan", project.script("scan.sh", SCAN))
                        .schema(schema)
                        .build());

        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_SCHEMA_VIOLATION");
        assertThat(finding.message())
                .startsWith("Output of snapshot case 'scan' violates app/src/test/schema/strict.json: ")
                .endsWith("(and 1 more)");
        assertThat(finding.file()).isEqualTo("app/target/gatekeeper/snapshot/scan/run-1.out");
        assertThat(finding.detail().lines().toList())
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).startsWith("(root): ").contains("missing"))
                .anySatisfy(line -> assertThat(line).startsWith("/b: ").contains("string"));
    }

    @Test
    void outputConformingToTheSchemaPasses() throws Exception {
        project.commit(project.snapshotOf("scan"), SCAN_CANONICAL);
        Path schema = schema("scan.json", """
                {"type": "object", "required": ["a", "b", "at"], "additionalProperties": false,
                 "properties": {"a": {"type": "string"}, "b": {"type": "integer"},
                                "at": {"type": "string", "format": "date-time"}}}
                """);

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("scan", project.script("scan.sh", SCAN))
                        .schema(schema)
                        .build());

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void anUnreadableSchemaIsAnError() throws Exception {
        Path schema = schema("broken.json", "{\"type\": ");

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("scan", project.script("scan.sh", SCAN))
                        .schema(schema)
                        .build());

        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_SCHEMA_UNREADABLE");
        assertThat(finding.message()).contains("is not valid JSON");
        assertThat(finding.file()).isEqualTo("app/src/test/schema/broken.json");
        assertThat(finding.fix()).isEqualTo("Fix <schema> of snapshot case 'scan'");
    }

    @Test
    void aMissingSchemaIsAnError() throws Exception {
        Path schema = project.module.resolve("src/test/schema/absent.json");

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("scan", project.script("scan.sh", SCAN))
                        .schema(schema)
                        .build());

        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_SCHEMA_UNREADABLE");
        assertThat(finding.severity()).isEqualTo(GateStatus.ERROR);
        assertThat(finding.message()).contains("does not exist");
    }

    @Test
    void aMissingProfileIsAnErrorAndNothingRuns() throws Exception {
        Path missing = project.module.resolve("profiles/nope");

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("scan", project.script("scan.sh", SCAN))
                        .profile(missing)
                        .build());

        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_PROFILE_MISSING");
        assertThat(finding.message()).contains(missing.toString());
        assertThat(finding.fix()).contains("snapshot case 'scan'").contains("-Dgatekeeper.profile");
        assertThat(project.caseDirectory("scan")).doesNotExist();
        assertThat(result.inputs()).isEmpty();
    }

    @Test
    void aFixtureProfileOutsideTheProjectIsAnError() throws Exception {
        Path outside = Files.createDirectories(project.temp.resolve("elsewhere/demo"));

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("scan", project.script("scan.sh", SCAN))
                        .profile(outside)
                        .build());

        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_PROFILE_ESCAPES_PROJECT");
        assertThat(finding.fix()).endsWith("at a directory inside the project");
        assertThat(project.caseDirectory("scan")).doesNotExist();
    }

    @Test
    void aFixtureProfileLinkedFromOutsideTheProjectIsAnError() throws Exception {
        Path outside = Files.createDirectories(project.temp.resolve("elsewhere/demo"));
        Path link = Files.createSymbolicLink(project.module.resolve("profiles/linked"), outside);

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("scan", project.script("scan.sh", SCAN))
                        .profile(link)
                        .build());

        assertThat(codes(result)).containsExactly("SNAPSHOT_PROFILE_ESCAPES_PROJECT");
    }

    @Test
    void textOutputIsComparedLineByLineWithTheProfilePathNormalised() throws Exception {
        Path product = project.script("list.sh", "echo \"scanned $1\"", "ls \"$1\"", "echo 'took 1.5s'");
        SnapshotGateFixture.Case list = project.jsonCase("list", product).text();
        project.commit(list.snapshotFile, "scanned <profile>\ninput.txt\ntook <duration>");

        GateResult result = project.evaluate(project.settings(), list.build());

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.findings()).isEmpty();
        assertThat(project.caseDirectory("list").resolve("run-1.out"))
                .hasContent("scanned " + project.profile + "\ninput.txt\ntook 1.5s");
    }

    @Test
    void changedTextOutputShowsTheChangedLines() throws Exception {
        Path product = project.script("list.sh", "echo \"scanned $1\"", "ls \"$1\"");
        SnapshotGateFixture.Case list = project.jsonCase("list", product).text();
        project.commit(list.snapshotFile, "scanned <profile>\nold.txt\n");

        GateResult result = project.evaluate(project.settings(), list.build());

        Finding finding = onlyFinding(result);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_MISMATCH");
        assertThat(finding.file()).isEqualTo("app/src/test/snapshots/list/demo.txt");
        assertThat(finding.detail()).isEqualTo("""
                --- app/src/test/snapshots/list/demo.txt
                +++ actual
                @@ -1,2 +1,2 @@
                 scanned <profile>
                -old.txt
                +input.txt
                """);
    }

    @Test
    void textUpdateWritesTheNormalisedOutput() throws Exception {
        Path product = project.script("list.sh", "echo \"scanned $1\"", "ls \"$1\"");
        SnapshotGateFixture.Case list = project.jsonCase("list", product).text();

        GateResult result = project.evaluate(project.update(), list.build());

        assertThat(codes(result)).containsExactly("SNAPSHOT_UPDATED");
        assertThat(Files.readString(list.snapshotFile)).isEqualTo("scanned <profile>\ninput.txt\n");
    }

    private Path schema(String name, String content) throws Exception {
        Path file = Files.createDirectories(project.module.resolve("src/test/schema"))
                .resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
