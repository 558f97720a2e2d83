package dev.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionFileTest {
    @TempDir
    Path dir;

    private Path file(String json) throws Exception {
        return Files.writeString(dir.resolve("gatekeeper-suppressions.json"), json);
    }

    @Test
    void readsEverySuppressionWithItsPosition() throws Exception {
        Path file = file("""
                {"suppressions": [
                  {"id": "CVE-2022-42889", "package": "org.apache.commons:commons-text:*", "reason": "no untrusted input", "expires": "2027-01-31"},
                  {"id": "GHSA-abcd-1234", "reason": "dev tool only", "expires": "2026-12-01"}
                ]}""");

        assertThat(SuppressionFile.read(file))
                .containsExactly(
                        new Suppression(
                                "CVE-2022-42889",
                                "org.apache.commons:commons-text:*",
                                "no untrusted input",
                                LocalDate.parse("2027-01-31"),
                                1),
                        new Suppression("GHSA-abcd-1234", null, "dev tool only", LocalDate.parse("2026-12-01"), 2));
    }

    @Test
    void missingFileMeansNoSuppressions() throws Exception {
        assertThat(SuppressionFile.read(dir.resolve("absent.json"))).isEmpty();
    }

    @Test
    void suppressionWithoutReasonIsRejectedNamingFileAndEntry() throws Exception {
        Path file = file("{\"suppressions\": [{\"id\": \"CVE-1\", \"expires\": \"2027-01-31\"}]}");

        assertThatThrownBy(() -> SuppressionFile.read(file))
                .isInstanceOf(InvalidSuppressionsException.class)
                .hasMessage(
                        file
                                + " suppression 1 has no \"reason\"; every suppression needs an id, a reason and an expiry date");
    }

    @Test
    void misspeltKeyIsRejectedRatherThanIgnored() throws Exception {
        Path file = file("{\"suppressions\": [{\"id\": \"CVE-1\", \"reason\": \"r\", \"expiry\": \"2027-01-31\"}]}");

        assertThatThrownBy(() -> SuppressionFile.read(file)).hasMessageContaining("unknown key \"expiry\"");
    }

    @Test
    void expiryThatIsNotADateIsRejected() throws Exception {
        Path file = file("{\"suppressions\": [{\"id\": \"CVE-1\", \"reason\": \"r\", \"expires\": \"next year\"}]}");

        assertThatThrownBy(() -> SuppressionFile.read(file))
                .hasMessageContaining("\"expires\": \"next year\", which is not a date");
    }

    @Test
    void malformedJsonNamesTheFileAndLine() throws Exception {
        Path file = file("{\"suppressions\": [\n  {\"id\": \"CVE-1\",,}\n]}");

        assertThatThrownBy(() -> SuppressionFile.read(file))
                .isInstanceOf(InvalidSuppressionsException.class)
                .hasMessageStartingWith(file + " line 2 is not valid JSON");
    }

    @Test
    void documentWithoutASuppressionsArrayIsRejected() throws Exception {
        Path file = file("[]");

        assertThatThrownBy(() -> SuppressionFile.read(file))
                .hasMessageContaining("must be an object with a \"suppressions\" array");
    }
}
