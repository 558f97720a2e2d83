package dev.gatekeeper.verdict;

import static dev.gatekeeper.verdict.EvidenceImportTamperingTest.importRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an import directory may hold besides honest parts: each case is named in a finding of
 * {@code verdict:import}, never crashes the verdict, and never echoes a file's content.
 */
class EvidenceImportHostileTest {
    private static final String SECRET_TOKEN = "root:x:0:0:TOPSECRET";

    @TempDir
    Path root;

    @TempDir
    Path elsewhere;

    private final EvidenceImportTamperingTest parts = new EvidenceImportTamperingTest();

    @BeforeEach
    void partsGoUnderRoot() {
        parts.root = root;
    }

    @Test
    void aSymlinkedEvidenceJsonLeavingTheImportDirectoryIsRefusedNamingTheLinkNotTheTarget() throws IOException {
        Path outside = Files.writeString(elsewhere.resolve("passwd"), SECRET_TOKEN + "\n");
        Path link = root.resolve("parts/run-1/evidence.json");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, outside);
        Files.writeString(
                link.resolveSibling(EvidenceFiles.EVIDENCE_DIGEST),
                EvidenceFiles.digestLine(Files.readAllBytes(outside)));

        GateResult row = importRow(merge());

        assertThat(row.findings())
                .extracting(Finding::code, Finding::file)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("VERDICT_IMPORT_OUTSIDE", "parts/run-1/evidence.json"));
        assertThat(row.findings().get(0).message())
                .isEqualTo("parts/run-1/evidence.json is a symbolic link that leads outside parts; it is not followed");
        assertNothingEchoes(row);
        assertThat(row.summary()).isEqualTo("0 parts imported from parts, 1 refused");
    }

    @Test
    void aSymlinkedDirectoryLeavingTheImportDirectoryIsNotWalked() throws IOException {
        parts.root = elsewhere;
        parts.writePart("real", GateStatus.PASS);
        parts.root = root;
        parts.writePart("parts/own", GateStatus.PASS);
        Files.createSymbolicLink(root.resolve("parts/linked"), elsewhere.resolve("real"));

        EvidenceImport.Merged merged = merge();

        assertThat(merged.imported()).extracting(EvidencePart::file).containsExactly("parts/own/evidence.json");
        assertThat(importRow(merged).findings())
                .extracting(Finding::code)
                .contains("VERDICT_IMPORT_OUTSIDE")
                .doesNotContain("VERDICT_IMPORT_DUPLICATE");
        assertThat(importRow(merged).findings())
                .filteredOn(f -> f.code().equals("VERDICT_IMPORT_OUTSIDE"))
                .extracting(Finding::file)
                .containsExactly("parts/linked");
    }

    @Test
    void malformedContentIsNamedWithItsPositionButNeverEchoed() throws IOException {
        write("parts/a/evidence.json", SECRET_TOKEN);
        write(
                "parts/b/evidence.json",
                "{\"schemaVersion\": \"" + SECRET_TOKEN + "\", \"tool\": {\"name\": \"gatekeeper\"}}");
        write(
                "parts/c/evidence.json",
                "{\"schemaVersion\":\"1.3\",\"tool\":{\"name\":\"gatekeeper\"},\"build\":{\"buildId\":\"b\"},"
                        + "\"results\":[{\"gate\":\"certify\",\"module\":\"m\",\"status\":\"" + SECRET_TOKEN + "\"}]}");

        GateResult row = importRow(merge());

        assertThat(row.findings()).extracting(Finding::code).containsOnly("VERDICT_IMPORT_UNREADABLE");
        assertThat(row.findings())
                .extracting(Finding::message)
                .containsExactly(
                        "parts/a/evidence.json is not readable Gatekeeper evidence: malformed JSON at line 1, column 1",
                        "parts/b/evidence.json is not readable Gatekeeper evidence: schemaVersion (not a version number); this verdict reads 1.x",
                        "parts/c/evidence.json is not readable Gatekeeper evidence: results[0] is not a gate result (field status)");
        assertNothingEchoes(row);
    }

    @Test
    void aTruncatedPartWithItsOriginalDigestIsTampered() throws IOException {
        Path json = parts.writePart("parts/run-1", GateStatus.PASS).resolve(EvidenceFiles.EVIDENCE_JSON);
        byte[] whole = Files.readAllBytes(json);
        Files.write(json, java.util.Arrays.copyOf(whole, whole.length / 2));

        GateResult row = importRow(merge());

        assertThat(row.findings()).extracting(Finding::code).containsExactly("VERDICT_IMPORT_TAMPERED");
    }

    @Test
    void aTruncatedPartWithARecomputedDigestIsMalformed() throws IOException {
        Path json = parts.writePart("parts/run-1", GateStatus.PASS).resolve(EvidenceFiles.EVIDENCE_JSON);
        byte[] whole = Files.readAllBytes(json);
        Files.write(json, java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(
                json.resolveSibling(EvidenceFiles.EVIDENCE_DIGEST), EvidenceFiles.digestLine(Files.readAllBytes(json)));

        GateResult row = importRow(merge());

        assertThat(row.findings()).extracting(Finding::code).containsExactly("VERDICT_IMPORT_UNREADABLE");
        assertThat(row.findings().get(0).message())
                .startsWith("parts/run-1/evidence.json is not readable Gatekeeper evidence: malformed JSON at line");
    }

    @Test
    void deeplyNestedJsonIsMalformedNotAStackOverflow() throws IOException {
        write("parts/a/evidence.json", "[".repeat(200_000));

        GateResult row = importRow(merge());

        assertThat(row.findings()).extracting(Finding::code).containsExactly("VERDICT_IMPORT_UNREADABLE");
        assertThat(row.findings().get(0).message())
                .startsWith("parts/a/evidence.json is not readable Gatekeeper evidence: malformed JSON");
    }

    @Test
    void anOversizedPartIsRefusedWithoutReadingIt() throws IOException {
        Path json = root.resolve("parts/big/evidence.json");
        Files.createDirectories(json.getParent());
        try (RandomAccessFile sparse = new RandomAccessFile(json.toFile(), "rw")) {
            sparse.setLength(ImportWalk.MAX_EVIDENCE_BYTES + 1); // sparse: costs no disk and must not be read
        }

        GateResult row = importRow(merge());

        assertThat(row.findings())
                .extracting(Finding::code, Finding::file)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("VERDICT_IMPORT_LIMIT", "parts/big/evidence.json"));
        assertThat(row.findings().get(0).message())
                .isEqualTo(
                        "parts/big/evidence.json has " + (ImportWalk.MAX_EVIDENCE_BYTES + 1) + " bytes, more than the "
                                + ImportWalk.MAX_EVIDENCE_BYTES + " an evidence.json may have; it is not read");
    }

    @Test
    void partsNestedDeeperThanTheLimitAreNamedNotSearched() throws IOException {
        Path deep = root.resolve("parts");
        for (int i = 0; i < ImportWalk.MAX_DEPTH + 3; i++) {
            deep = deep.resolve("d" + i);
        }
        Files.createDirectories(deep);
        write(root.relativize(deep.resolve("evidence.json")).toString(), "{}");

        GateResult row = importRow(merge());

        assertThat(row.findings()).extracting(Finding::code).contains("VERDICT_IMPORT_LIMIT");
        assertThat(row.findings())
                .filteredOn(f -> f.code().equals("VERDICT_IMPORT_LIMIT"))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .endsWith("is nested deeper than " + ImportWalk.MAX_DEPTH
                                + " levels below parts; it is not searched"));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFifoNamedEvidenceJsonIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = root.resolve("parts/pipe/evidence.json");
        Files.createDirectories(fifo.getParent());
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        try {
            assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            mkfifo.destroyForcibly();
        }
        assumeThat(mkfifo.exitValue()).as("mkfifo is available").isZero();

        GateResult row = importRow(merge());

        assertThat(row.findings())
                .extracting(Finding::code, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "VERDICT_IMPORT_UNREADABLE",
                        "parts/pipe/evidence.json is not a regular file (a FIFO, device or socket); it is not read"));
    }

    @Test
    void anUnreadableDirectoryIsNamedAndTheOtherPartsStillCount() throws IOException {
        assumeThat(System.getProperty("user.name"))
                .as("root reads chmod 000 directories; /proc covers root")
                .isNotEqualTo("root");
        parts.writePart("parts/good", GateStatus.PASS);
        Path locked = Files.createDirectories(root.resolve("parts/locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            EvidenceImport.Merged merged = merge();

            assertThat(merged.imported()).extracting(EvidencePart::file).containsExactly("parts/good/evidence.json");
            assertThat(importRow(merged).findings())
                    .extracting(Finding::code, Finding::message)
                    .contains(org.assertj.core.groups.Tuple.tuple(
                            "VERDICT_IMPORT_UNREADABLE",
                            "parts/locked cannot be read (permission denied); it is not searched"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void procAsTheImportDirectoryEndsInFindingsNotACrash() {
        assumeThat(Path.of("/proc/self")).as("a Linux /proc").exists();
        long started = System.nanoTime();

        EvidenceImport.Merged merged = EvidenceImport.merge(
                new EvidenceImport.Request(
                        Path.of("/proc"),
                        root,
                        EvidenceImportTamperingTest.HEAD,
                        List.of(),
                        null,
                        "com.example:shop",
                        "build-final",
                        EvidenceImportTamperingTest.NOW),
                List.of());

        GateResult row = importRow(merged);
        assertThat(row.status()).isEqualTo(GateStatus.ERROR);
        assertThat(merged.imported()).isEmpty();
        assertThat(row.findings())
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.file()).startsWith("/proc"));
        assertThat(row.findings())
                .extracting(Finding::code)
                .containsAnyOf("VERDICT_IMPORT_LIMIT", "VERDICT_IMPORT_UNREADABLE");
        assertThat(row.findings().stream()
                        .collect(java.util.stream.Collectors.groupingBy(
                                Finding::code, java.util.stream.Collectors.counting()))
                        .values())
                .as("at most %d findings of a code, then one that counts the rest", ImportWalk.MAX_REPORTED_PER_CODE)
                .allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(ImportWalk.MAX_REPORTED_PER_CODE + 1L));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    private EvidenceImport.Merged merge() {
        return EvidenceImport.merge(parts.request(), List.of());
    }

    private static void assertNothingEchoes(GateResult row) {
        assertThat(row.findings()).allSatisfy(f -> {
            assertThat(f.message()).doesNotContain("TOPSECRET").doesNotContain("root:x");
            assertThat(String.valueOf(f.detail())).doesNotContain("TOPSECRET");
        });
    }

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.writeString(
                file.resolveSibling(EvidenceFiles.EVIDENCE_DIGEST), EvidenceFiles.digestLine(Files.readAllBytes(file)));
    }
}
