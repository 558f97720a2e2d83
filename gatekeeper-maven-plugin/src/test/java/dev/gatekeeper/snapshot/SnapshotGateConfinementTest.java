package dev.gatekeeper.snapshot;

import static dev.gatekeeper.snapshot.SnapshotGateFixture.SCAN;
import static dev.gatekeeper.snapshot.SnapshotGateFixture.SCAN_CANONICAL;
import static dev.gatekeeper.snapshot.SnapshotGateFixture.onlyFinding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SnapshotGate} reads only inside the project, and its update mode keeps committed files as they are. */
class SnapshotGateConfinementTest {
    /** What the file outside the project holds: it must never appear in a finding or the log. */
    private static final String SECRET = "root:x:0:0:root:/root:/bin/bash";

    @TempDir
    Path temp;

    private SnapshotGateFixture project;
    private Path outside;

    @BeforeEach
    void createProject() throws Exception {
        project = new SnapshotGateFixture(temp);
        outside = Files.writeString(Files.createDirectories(temp.resolve("etc")).resolve("passwd"), SECRET + "\n");
    }

    @Test
    void aConfiguredSnapshotFileOutsideTheProjectIsRefusedUnread() throws Exception {
        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("scan", project.script("scan.sh", SCAN))
                        .snapshotFile(outside)
                        .build());

        Finding finding = onlyFinding(result);
        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_READ_OUTSIDE");
        assertThat(finding.message()).contains(outside.toString()).contains("outside the project");
        assertThat(finding.fix()).contains("<snapshotFile> of snapshot case 'scan'");
        assertNothingShows(result);
    }

    @Test
    void aCommittedSymbolicLinkLeavingTheProjectIsRefusedUnread() throws Exception {
        Path link = project.snapshotOf("scan");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, outside);

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("scan", project.script("scan.sh", SCAN)).build());

        Finding finding = onlyFinding(result);
        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_READ_OUTSIDE");
        assertThat(finding.message())
                .startsWith("app/src/test/snapshots/scan/demo.json leads through a symbolic link to "
                        + outside.toRealPath());
        assertThat(finding.file()).isEqualTo("app/src/test/snapshots/scan/demo.json");
        assertNothingShows(result);
    }

    @Test
    void aSymbolicLinkThatStaysInsideTheProjectIsCompared() throws Exception {
        Path real = project.commit(project.module.resolve("shared/demo.json"), SCAN_CANONICAL);
        Path link = project.snapshotOf("scan");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, real);

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("scan", project.script("scan.sh", SCAN)).build());

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
    }

    @Test
    void aSchemaOutsideTheProjectIsRefusedUnread() throws Exception {
        project.commit(project.snapshotOf("scan"), SCAN_CANONICAL);

        GateResult result = project.evaluate(
                project.settings(),
                project.jsonCase("scan", project.script("scan.sh", SCAN))
                        .schema(outside)
                        .build());

        Finding finding = onlyFinding(result);
        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_READ_OUTSIDE");
        assertThat(finding.fix()).contains("<schema> of snapshot case 'scan'");
        assertNothingShows(result);
    }

    @Test
    void updateRefusesToReplaceACommittedSymbolicLinkAndLeavesBothAlone() throws Exception {
        Path real = project.commit(project.snapshots.resolve("shared/demo.json"), "{\"old\": true}\n");
        Path link = project.snapshotOf("scan");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, real);

        GateResult result = project.evaluate(
                project.update(),
                project.jsonCase("scan", project.script("scan.sh", SCAN)).build());

        Finding finding = onlyFinding(result);
        assertThat(result.status()).isEqualTo(GateStatus.ERROR);
        assertThat(finding.code()).isEqualTo("SNAPSHOT_SYMLINK_NOT_REPLACED");
        assertThat(finding.message())
                .contains("app/src/test/snapshots/scan/demo.json")
                .contains("symbolic link");
        assertThat(finding.fix()).contains("app/src/test/snapshots/shared/demo.json");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("{\"old\": true}\n");
    }

    @Test
    void updateKeepsTheModesOfTheCommittedSnapshot() throws Exception {
        Path committed = project.commit(project.snapshotOf("scan"), "{\"old\": true}\n");
        Files.setPosixFilePermissions(committed, PosixFilePermissions.fromString("rw-rw-r--"));

        GateResult result = project.evaluate(
                project.update(),
                project.jsonCase("scan", project.script("scan.sh", SCAN)).build());

        assertThat(result.findings()).extracting(Finding::code).containsExactly("SNAPSHOT_UPDATED");
        assertThat(committed).hasContent(SCAN_CANONICAL);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(committed)))
                .isEqualTo("rw-rw-r--");
    }

    private void assertNothingShows(GateResult result) {
        for (Finding finding : result.findings()) {
            assertThat(String.join(
                            "\n", finding.message(), String.valueOf(finding.detail()), String.valueOf(finding.fix())))
                    .doesNotContain("root:x");
        }
        assertThat(String.join("\n", project.logged)).doesNotContain("root:x");
    }
}
