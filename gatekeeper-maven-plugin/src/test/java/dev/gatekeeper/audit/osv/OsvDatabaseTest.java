package dev.gatekeeper.audit.osv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsvDatabaseTest {
    @TempDir
    Path temp;

    @Test
    void readsTheMavenAdvisoriesOfAZipWithSeverityAliasesAndTheNewestModified() throws Exception {
        Path zip = OsvFixtures.zip(
                temp.resolve("all.zip"),
                Map.of(
                        "GHSA-599f-7c49-w659.json",
                        OsvFixtures.TEXT4SHELL,
                        "GHSA-22wj-vf5f-wrvj.json",
                        OsvFixtures.H2_CONSOLE));

        OsvDatabase database = OsvDatabase.read(zip);

        assertThat(database.advisoriesRead()).isEqualTo(2);
        assertThat(database.advisoriesSkipped()).isZero();
        assertThat(database.problems()).isEmpty();
        assertThat(database.dataUpdatedAt()).isEqualTo(Instant.parse("2024-05-20T08:30:00Z"));
        assertThat(database.advisories())
                .extracting(
                        OsvAdvisory::id,
                        OsvAdvisory::aliases,
                        advisory -> advisory.severity().cvssScore(),
                        advisory -> advisory.severity().severity())
                .containsExactlyInAnyOrder(
                        tuple("GHSA-599f-7c49-w659", java.util.List.of("CVE-2022-42889"), 9.8, "CRITICAL"),
                        tuple("GHSA-22wj-vf5f-wrvj", java.util.List.of("CVE-2022-45868"), null, "MEDIUM"));
    }

    @Test
    void aBadFileIsNamedAndSkippedWhileTheRestIsUsed() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("GHSA-599f-7c49-w659.json", OsvFixtures.TEXT4SHELL);
        entries.put("broken.json", "{\"id\": \"GHSA-bad\", \"affected\": [");
        entries.put("not-an-advisory.json", "{\"hello\": \"world\"}");
        entries.put("README.md", "not read: not json");
        entries.put("GHSA-odd0-0000-0000.json", OsvFixtures.UNKNOWN_RANGE_TYPE);
        entries.put("GHSA-wdrw-0000-0000.json", OsvFixtures.WITHDRAWN);

        OsvDatabase database = OsvDatabase.read(OsvFixtures.zip(temp.resolve("all.zip"), entries));

        assertThat(database.advisoriesRead()).isEqualTo(3);
        assertThat(database.advisoriesSkipped()).isEqualTo(2);
        assertThat(database.withdrawn()).isEqualTo(1);
        assertThat(database.rangesSkipped()).isEqualTo(1);
        assertThat(database.problems())
                .extracting(OsvProblem::file)
                .containsExactly(
                        "all.zip!/broken.json", "all.zip!/not-an-advisory.json", "all.zip!/GHSA-odd0-0000-0000.json");
        assertThat(database.problems().get(0).message()).startsWith("is not valid JSON");
        assertThat(database.problems().get(1).message()).contains("not an OSV advisory");
        assertThat(database.problems().get(2).message()).contains("range type 'CALVER'");
        assertThat(database.advisories())
                .extracting(OsvAdvisory::id)
                .containsExactlyInAnyOrder("GHSA-599f-7c49-w659", "GHSA-odd0-0000-0000");
        assertThat(database.newestModified()).contains(Instant.parse("2024-03-01T12:00:00Z"));
    }

    @Test
    void aTruncatedZipIsReportedAndTheEntriesBeforeTheDamageAreUsed() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("GHSA-599f-7c49-w659.json", OsvFixtures.TEXT4SHELL);
        entries.put("GHSA-22wj-vf5f-wrvj.json", OsvFixtures.H2_CONSOLE);
        Path zip = OsvFixtures.zip(temp.resolve("all.zip"), entries);
        byte[] whole = Files.readAllBytes(zip);
        OsvFixtures.write(zip, Arrays.copyOf(whole, whole.length - 60));

        OsvDatabase database = OsvDatabase.read(zip);

        assertThat(database.problems()).first().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("all.zip");
            assertThat(problem.message()).startsWith("corrupt zip");
        });
        assertThat(database.advisories()).extracting(OsvAdvisory::id).contains("GHSA-599f-7c49-w659");
    }

    @Test
    void readsADirectoryTreeOfJsonFilesAndFallsBackToTheFileTimeWithoutModified() throws Exception {
        Path directory = OsvFixtures.directory(
                temp.resolve("osv"),
                Map.of(
                        "a/GHSA-1.json",
                        OsvFixtures.advisory("GHSA-1", "g:a", "[{\"introduced\": \"0\"}]")
                                .replace("\"modified\": \"2023-02-03T04:05:06Z\",", ""),
                        "notes.txt",
                        "ignored"));
        Instant fileTime = Instant.parse("2025-01-02T03:04:05Z");
        Files.setLastModifiedTime(directory.resolve("a/GHSA-1.json"), java.nio.file.attribute.FileTime.from(fileTime));
        Files.setLastModifiedTime(
                directory, java.nio.file.attribute.FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

        OsvDatabase database = OsvDatabase.read(directory);

        assertThat(database.advisories()).extracting(OsvAdvisory::id).containsExactly("GHSA-1");
        assertThat(database.newestModified()).isEmpty();
        assertThat(database.dataUpdatedAt()).isEqualTo(fileTime);
    }

    @Test
    void aLinkOutOfTheDirectoryIsNotFollowed() throws Exception {
        Path outside = Files.writeString(
                temp.resolve("secret.json"), OsvFixtures.advisory("GHSA-out", "g:a", "[{\"introduced\": \"0\"}]"));
        Path directory = Files.createDirectories(temp.resolve("osv"));
        Files.createSymbolicLink(directory.resolve("GHSA-out.json"), outside);

        OsvDatabase database = OsvDatabase.read(directory);

        assertThat(database.advisories()).isEmpty();
        assertThat(database.problems()).extracting(OsvProblem::file).containsExactly("GHSA-out.json");
    }

    @Test
    void onlyMavenPackagesAreKept() throws Exception {
        String mixed = OsvFixtures.TEXT4SHELL.replace("\"affected\": [{", """
                "affected": [{"package": {"ecosystem": "npm", "name": "left-pad"},
                              "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}]}]}, {""");

        OsvDatabase database = OsvDatabase.read(OsvFixtures.zip(temp.resolve("all.zip"), Map.of("a.json", mixed)));

        assertThat(database.advisories().get(0).affected())
                .extracting(MavenPackage::name)
                .containsExactly("org.apache.commons:commons-text");
        assertThat(database.rangesSkipped()).isZero();
    }

    @Test
    void aMissingDatabaseIsAnErrorNamingIt() {
        Path missing = temp.resolve("nowhere.zip");

        assertThatThrownBy(() -> OsvDatabase.read(missing))
                .isInstanceOf(InvalidOsvDatabaseException.class)
                .hasMessageContaining(missing.toString());
    }
}
