package dev.gatekeeper.audit.osv.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipIntegrityTest {
    @TempDir
    Path temp;

    static byte[] zip(String name, String content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private Path file(byte[] bytes) throws Exception {
        return Files.write(temp.resolve("all.zip"), bytes);
    }

    @Test
    void aCompleteExportPasses() throws Exception {
        assertThat(ZipIntegrity.problem(file(DatabaseServer.osvZip("GHSA-1", "GHSA-2"))))
                .isNull();
    }

    @Test
    void aZipCutShortHasNoCentralDirectory() throws Exception {
        byte[] whole = DatabaseServer.osvZip("GHSA-1", "GHSA-2");

        assertThat(ZipIntegrity.problem(file(Arrays.copyOf(whole, whole.length - 30))))
                .startsWith("it is not a complete zip");
    }

    @Test
    void anEntryDamagedInTransferFailsItsCrc() throws Exception {
        byte[] bytes = zip("GHSA-1.json", DatabaseServer.advisory("GHSA-1"));
        // The stored entry's data begins after the 30-byte local header and the name; flip a byte inside it.
        int data = 30 + "GHSA-1.json".length() + 5;
        bytes[data] ^= 0x01;

        assertThat(ZipIntegrity.problem(file(bytes)))
                .satisfiesAnyOf(
                        problem -> assertThat(problem).contains("fails its CRC check"),
                        problem -> assertThat(problem).contains("not a complete zip"),
                        problem -> assertThat(problem).contains("cannot be read as a zip"));
    }

    @Test
    void anEntryInflatingBeyondAnyAdvisorysSizeIsRefusedAsABomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("GHSA-bomb.json"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written <= 2 * zeros.length; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        assertThat(ZipIntegrity.problem(file(bytes.toByteArray()), 2 * 1024 * 1024))
                .isEqualTo("its entry 'GHSA-bomb.json' inflates to more than 2 MB, which no advisory does");
        assertThat(ZipIntegrity.problem(file(bytes.toByteArray()), 4 * 1024 * 1024))
                .isNull();
    }

    @Test
    void aZipWithoutJsonIsNoDatabase() throws Exception {
        assertThat(ZipIntegrity.problem(file(zip("index.html", "<html/>"))))
                .isEqualTo("the zip holds no .json advisory");
    }
}
