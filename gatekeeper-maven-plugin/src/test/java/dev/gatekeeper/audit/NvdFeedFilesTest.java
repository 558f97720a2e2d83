package dev.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the broken file of a local NVD data-feed mirror, on real gzip files. */
class NvdFeedFilesTest {
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path root;

    private Path mirror() throws Exception {
        return IntegrationTestFeeds.feed(NOW).endYear(2026).writeTo(root.resolve("mirror"));
    }

    @Test
    void aSoundMirrorHasNoProblem() throws Exception {
        Path mirror = mirror();

        assertThat(NvdFeedFiles.problem(mirror.toUri().toString())).isNull();
    }

    @Test
    void aTruncatedGzipFileIsNamed() throws Exception {
        Path mirror = mirror();
        Path year = mirror.resolve("nvdcve-2026.json.gz");
        byte[] whole = Files.readAllBytes(year);
        Files.write(year, Arrays.copyOf(whole, whole.length / 2));

        assertThat(NvdFeedFiles.problem(mirror.toUri().toString()))
                .isEqualTo(year + " is a truncated gzip file (it ends in the middle of the compressed data)");
    }

    @Test
    void aFileThatIsNotGzipIsNamed() throws Exception {
        Path mirror = mirror();
        Path year = mirror.resolve("nvdcve-2026.json.gz");
        Files.writeString(year, "<html>502 Bad Gateway</html>");

        assertThat(NvdFeedFiles.problem(mirror.toUri().toString()))
                .isEqualTo(year + " is not a gzip file (Not in GZIP format)");
    }

    @Test
    void badJsonInsideAGoodGzipIsNamedWithItsLine() throws Exception {
        Path mirror = mirror();
        Path year = mirror.resolve("nvdcve-2026.json.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write("{\"format\": \"NVD_CVE\",\n \"vulnerabilities\": [ {\"cve\": } ]}"
                    .getBytes(StandardCharsets.UTF_8));
        }
        Files.write(year, bytes.toByteArray());

        assertThat(NvdFeedFiles.problem(mirror.toUri().toString()))
                .startsWith(year + " holds invalid JSON at line 2, column ")
                .contains("Unexpected character ('}'");
    }

    @Test
    void anHttpMirrorIsNotDownloadedAgain() {
        assertThat(NvdFeedFiles.problem("http://localhost:1/nvd/")).isNull();
    }
}
