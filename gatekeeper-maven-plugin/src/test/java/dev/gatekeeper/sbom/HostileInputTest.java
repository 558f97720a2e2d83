package dev.gatekeeper.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatekeeper.core.HostileRun;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SBOMs and baselines written by someone hostile: malformed, of another format or schema version, huge,
 * nested, linked out of the project or to a device. Each is a finding naming the file, never a stack trace
 * or an exception's class, never the content of a file outside the project, and nothing is written.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputTest {
    @TempDir
    Path temp;

    private Path project;
    private SbomFixture fixture;
    private Map<String, String> projectBefore;

    @BeforeEach
    void project() throws IOException {
        project = Files.createDirectories(temp.resolve("project"));
        fixture = new SbomFixture(Files.createDirectories(project.resolve("target")));
    }

    private HostileRun run(Path sbom, Path baseline) {
        projectBefore = HostileRun.tree(project);
        HostileRun run = HostileRun.of(new SbomGate(
                new SbomGate.Settings(project, fixture.expectations(), baseline, DriftPolicy.informational()),
                () -> sbom));
        assertThat(HostileRun.tree(project)).as("the project outside target/").isEqualTo(projectBefore);
        return run;
    }

    private Path current() throws IOException {
        return fixture.write(fixture.sbom());
    }

    private Path baseline(String content) throws IOException {
        return Files.writeString(project.resolve("sbom-baseline.json"), content);
    }

    @Test
    void malformedBaselineIsNamed() throws IOException {
        run(current(), baseline("{\"bomFormat\": \"CycloneDX\", \"components\": [ {"))
                .namesInputWithoutStackTrace("sbom-baseline.json");
    }

    @Test
    void baselineOfAnUnknownSchemaVersionIsNamed() throws IOException {
        ObjectNode old = fixture.sbom();
        old.put("specVersion", "0.1");
        run(current(), baseline(old.toString())).namesInputWithoutStackTrace("sbom-baseline.json");
    }

    @Test
    void baselineOfWrongTypesIsNamedNotThrown() throws IOException {
        HostileRun run = run(
                current(),
                baseline(
                        "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"components\": {\"a\": 1}, \"metadata\": [3]}"));

        assertThat(run.crash()).as("what the gate threw").isNull();
        run.noStackTrace();
    }

    @Test
    void deeplyNestedBaselineIsNamed() throws IOException {
        run(
                        current(),
                        baseline("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"x\": " + "[".repeat(20_000)
                                + "]".repeat(20_000) + "}"))
                .namesInputWithoutStackTrace("sbom-baseline.json");
    }

    @Test
    void hugeBaselineIsComparedWithoutRunningOutOfMemory() throws IOException {
        ObjectNode big = fixture.sbom();
        big.put("padding", "x".repeat(8 * 1024 * 1024));
        HostileRun run = run(current(), baseline(big.toString()));

        assertThat(run.crash()).isNull();
        run.noStackTrace();
    }

    @Test
    void baselineLinkedOutsideTheProjectIsNotReadAndNotEchoed() throws IOException {
        // Jackson quotes the first token it does not understand: this content would be echoed if parsed.
        Path secret = Files.writeString(temp.resolve("secret.txt"), "{\"a\": s3cretToken}");
        Files.createSymbolicLink(project.resolve("sbom-baseline.json"), secret);

        HostileRun run =
                run(current(), project.resolve("sbom-baseline.json")).namesInputWithoutStackTrace("sbom-baseline.json");

        assertThat(run.text()).doesNotContain("s3cretToken");
    }

    @Test
    void baselineConfiguredOutsideTheProjectIsRefusedAsOutsideNotCalledALink() throws IOException {
        Path elsewhere = Files.writeString(
                Files.createDirectories(temp.resolve("elsewhere")).resolve("sbom-baseline.json"),
                "{\"a\": s3cretToken}");

        HostileRun run = run(current(), project.resolve("../elsewhere/sbom-baseline.json"))
                .namesInputWithoutStackTrace("sbom-baseline.json");

        assertThat(run.text()).doesNotContain("s3cretToken");
        assertThat(run.result().findings())
                .filteredOn(f -> f.code().equals("SBOM_UNREADABLE"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).contains("is outside the project").doesNotContain("link");
                    assertThat(f.fix()).doesNotContain("Replace the link");
                });
        assertThat(elsewhere).exists();
    }

    @Test
    void sbomThatIsADirectoryIsNamedWithoutAnExceptionClass() throws IOException {
        Path directory = Files.createDirectories(project.resolve("target/bom.json.d"));

        run(directory, null).namesInputWithoutStackTrace("bom.json.d");
    }

    @Test
    void sbomThatIsADeviceIsRefusedNotReadForever() {
        run(Path.of("/dev/zero"), null).namesInputWithoutStackTrace("/dev/zero");
    }

    @Test
    void sbomLargerThanAnyRealOneIsRefusedWithoutReadingIt() throws IOException {
        Path huge = project.resolve("target/huge-bom.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(SbomReader.MAX_BYTES + 1); // sparse: nothing is written to disk
        }

        run(huge, null).namesInputWithoutStackTrace("huge-bom.json");
    }

    @Test
    void binaryGarbageSbomIsNamed() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(16).nextBytes(garbage);
        garbage[0] = '{';
        Path sbom = Files.write(project.resolve("target/garbage.json"), garbage);

        run(sbom, null).namesInputWithoutStackTrace("garbage.json");
    }

    @Test
    void xmlSbomWithAnExternalEntityIsNotResolved() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "s3cretToken");
        Path sbom = Files.writeString(
                project.resolve("target/bom.xml"),
                "<?xml version=\"1.0\"?>\n<!DOCTYPE bom [<!ENTITY x SYSTEM \""
                        + secret.toUri()
                        + "\">]>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\" version=\"1\"><metadata>"
                        + "<component type=\"library\"><name>&x;</name></component></metadata></bom>");

        HostileRun run = run(sbom, null).namesInputWithoutStackTrace("bom.xml");

        assertThat(run.text()).doesNotContain("s3cretToken");
    }
}
