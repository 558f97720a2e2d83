package dev.gatekeeper.sbom;

import static dev.gatekeeper.sbom.SbomFixture.codes;
import static dev.gatekeeper.sbom.SbomFixture.evaluation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format detection by content: JSON or XML CycloneDX is read, anything else is unreadable and says why. */
class SbomFormatTest {
    @TempDir
    Path directory;

    private SbomFixture fixture;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new SbomFixture(directory);
    }

    private GateEvaluation verify(Path file) {
        GateEvaluation evaluation = evaluation();
        SbomVerifier.verify(file, fixture.expectations(), "target/" + file.getFileName(), evaluation);
        return evaluation;
    }

    private static Finding unreadable(GateEvaluation evaluation) {
        assertThat(codes(evaluation)).containsExactly("SBOM_UNREADABLE");
        Finding finding = evaluation.findings().get(0);
        assertThat(finding.severity()).isEqualTo(GateStatus.FAIL);
        return finding;
    }

    private String xmlSbom() throws IOException {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
                  <metadata>
                    <component type="application" bom-ref="app">
                      <group>dev.acme</group><name>acme-app</name><version>1.0.0</version>
                      <hashes><hash alg="SHA-256">%s</hash></hashes>
                      <purl>pkg:maven/dev.acme/acme-app@1.0.0?type=jar</purl>
                    </component>
                  </metadata>
                  <components>
                %s%s%s  </components>
                  <dependencies>
                    <dependency ref="app"><dependency ref="alpha"/><dependency ref="beta"/></dependency>
                    <dependency ref="alpha"><dependency ref="gamma"/></dependency>
                  </dependencies>
                </bom>
                """.formatted(
                        SbomFixture.hex("SHA-256", new byte[] {1}),
                        xmlComponent("alpha", fixture.alpha, "<license><id>Apache-2.0</id></license>"),
                        xmlComponent("beta", fixture.beta, "<license><id>MIT</id></license>"),
                        xmlComponent("gamma", fixture.gamma, "<expression>MIT OR Apache-2.0</expression>"));
    }

    private static String xmlComponent(String ref, GraphArtifact artifact, String license) throws IOException {
        return """
                    <component type="library" bom-ref="%s">
                      <group>%s</group><name>%s</name><version>%s</version>
                      <hashes><hash alg="SHA-1">%s</hash></hashes>
                      <licenses>%s</licenses>
                      <purl>%s</purl>
                    </component>
                """.formatted(
                        ref,
                        artifact.groupId(),
                        artifact.artifactId(),
                        artifact.version(),
                        SbomFixture.hex("SHA-1", Files.readAllBytes(artifact.file())),
                        license,
                        SbomFixture.ref(artifact).replace("&", "&amp;"));
    }

    @Test
    void aCycloneDxXmlSbomIsVerifiedLikeAJsonOne() throws IOException {
        GateEvaluation evaluation = verify(fixture.write("bom.xml", xmlSbom()));

        assertThat(evaluation.findings()).isEmpty();
        assertThat(evaluation.finish().summary()).isEqualTo("3 components, complete, hashes match");
    }

    @Test
    void theFormatIsToldByContentNotByTheFileName() throws IOException {
        assertThat(verify(fixture.write("bom.json", xmlSbom())).findings()).isEmpty();
    }

    @Test
    void anXmlSbomWithAWrongHashFailsToo() throws IOException {
        Path file = fixture.write("bom.xml", xmlSbom());
        SbomFixture.writeJar(fixture.gamma.file(), "changed");

        assertThat(codes(verify(file))).containsExactly("SBOM_HASH_MISMATCH");
    }

    @Test
    void anXmlSbomTheSchemaRejectsIsSchemaInvalidWithTheLine() throws IOException {
        String invalid = xmlSbom().replace("<name>gamma</name>", "<name>gamma</name><colour>blue</colour>");

        Finding finding = verify(fixture.write("bom.xml", invalid)).findings().get(0);

        assertThat(finding.code()).isEqualTo("SBOM_SCHEMA_INVALID");
        assertThat(finding.detail()).contains("line ").contains("colour");
    }

    @Test
    void aTruncatedJsonSbomIsUnreadableWithItsLine() throws IOException {
        String json = SbomFixture.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(fixture.sbom());
        Path file = fixture.write("bom.json", json.substring(0, json.length() / 2));

        Finding finding = unreadable(verify(file));

        assertThat(finding.message())
                .startsWith("target/bom.json is not valid JSON")
                .contains("end-of-input");
        assertThat(finding.file()).isEqualTo("target/bom.json");
        assertThat(finding.line()).isGreaterThan(10);
    }

    @Test
    void aTruncatedXmlSbomIsUnreadableWithItsLine() throws IOException {
        String xml = xmlSbom();
        Finding finding = unreadable(verify(fixture.write("bom.xml", xml.substring(0, xml.indexOf("<dependencies>")))));

        assertThat(finding.message()).contains("not well-formed XML").contains("truncated");
        assertThat(finding.line()).isNotNull();
    }

    @Test
    void anSpdxJsonDocumentIsUnreadableAsCycloneDx() throws IOException {
        Path file = fixture.write("bom.json", """
                {"spdxVersion": "SPDX-2.3", "dataLicense": "CC0-1.0", "SPDXID": "SPDXRef-DOCUMENT",
                 "name": "acme-app", "packages": []}
                """);

        assertThat(unreadable(verify(file)).message()).contains("is an SPDX document (SPDX-2.3), not a CycloneDX SBOM");
    }

    @Test
    void anSpdxTagValueDocumentIsUnreadableAsCycloneDx() throws IOException {
        Path file = fixture.write("bom.spdx", "SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n");

        assertThat(unreadable(verify(file)).message()).contains("SPDX tag-value document");
    }

    @Test
    void anEmptyFileAndPlainTextAreUnreadable() throws IOException {
        assertThat(unreadable(verify(fixture.write("empty.json", "  \n"))).message())
                .endsWith("is empty");
        assertThat(unreadable(verify(fixture.write("notes.txt", "hello"))).message())
                .contains("neither JSON nor XML");
    }

    @Test
    void aSpecVersionTheLibraryCannotValidateIsUnreadable() throws IOException {
        Path file = fixture.write(fixture.sbom().put("specVersion", "9.9"));

        assertThat(unreadable(verify(file)).message())
                .contains("specVersion 9.9")
                .contains("1.6");
    }

    @Test
    void anXmlSbomWithADtdIsRefusedBeforeAnyEntityIsResolved() throws IOException {
        Path secret = fixture.write("secret.txt", "do-not-read");
        String xml = xmlSbom()
                .replace(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                        "<?xml version=\"1.0\"?>\n<!DOCTYPE bom [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n")
                .replace("<name>gamma</name>", "<name>&x;</name>");

        Finding finding = unreadable(verify(fixture.write("bom.xml", xml)));

        assertThat(finding.message()).contains("declares a DTD").doesNotContain("do-not-read");
    }
}
