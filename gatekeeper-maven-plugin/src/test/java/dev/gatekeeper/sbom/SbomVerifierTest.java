package dev.gatekeeper.sbom;

import static dev.gatekeeper.sbom.SbomFixture.codes;
import static dev.gatekeeper.sbom.SbomFixture.evaluation;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SbomVerifierTest {
    @TempDir
    Path directory;

    private SbomFixture fixture;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new SbomFixture(directory);
    }

    private GateEvaluation verify(ObjectNode sbom) throws IOException {
        return verify(fixture.write(sbom), fixture.expectations());
    }

    private static GateEvaluation verify(Path file, SbomExpectations expectations) {
        GateEvaluation evaluation = evaluation();
        SbomVerifier.verify(file, expectations, "target/" + file.getFileName(), evaluation);
        return evaluation;
    }

    private static Finding only(GateEvaluation evaluation, String code) {
        List<Finding> found = evaluation.findings().stream()
                .filter(f -> f.code().equals(code))
                .toList();
        assertThat(found).as("findings %s among %s", code, codes(evaluation)).hasSize(1);
        return found.get(0);
    }

    @Test
    void aHandWrittenSbomOfTheResolvedGraphPassesWithASummaryAndInputDigests() throws IOException {
        Path file = fixture.write(fixture.sbom());

        GateEvaluation evaluation = verify(file, fixture.expectations());
        GateResult result = evaluation.finish();

        assertThat(evaluation.findings()).isEmpty();
        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.summary()).isEqualTo("3 components, complete, hashes match");
        assertThat(result.inputs())
                .containsEntry("sbom", Digests.sha256(file))
                .containsEntry("runtime-graph", fixture.expectations().graphDigest());
    }

    @Test
    void theGraphDigestChangesWithTheGraphButNotWithItsOrder() {
        SbomExpectations expectations = fixture.expectations();
        List<GraphArtifact> reversed = new ArrayList<>(fixture.graph());
        Collections.reverse(reversed);

        assertThat(fixture.expectations(reversed, Set.of(), false).graphDigest())
                .isEqualTo(expectations.graphDigest());
        assertThat(fixture.expectations(fixture.graph().subList(0, 3), Set.of(), false)
                        .graphDigest())
                .isNotEqualTo(expectations.graphDigest());
    }

    @Test
    void aDocumentTheCycloneDxSchemaRejectsIsSchemaInvalidWithTheValidatorsMessages() throws IOException {
        ObjectNode sbom = fixture.sbom();
        fixture.componentNamed(sbom, "gamma").put("type", "gizmo");

        Finding finding = only(verify(sbom), "SBOM_SCHEMA_INVALID");

        assertThat(finding.severity()).isEqualTo(GateStatus.FAIL);
        assertThat(finding.message()).contains("not valid CycloneDX 1.6 JSON");
        assertThat(finding.detail()).contains("$.components[2].type").contains("enumeration");
    }

    @Test
    void anSbomOfAnotherVersionOfTheProjectIsTheWrongSubject() throws IOException {
        ObjectNode sbom = fixture.sbom();
        sbom.with("metadata").with("component").put("version", "0.9.0");

        Finding finding = only(verify(sbom), "SBOM_WRONG_SUBJECT");

        assertThat(finding.severity()).isEqualTo(GateStatus.FAIL);
        assertThat(finding.message()).contains("dev.acme:acme-app:0.9.0").contains("dev.acme:acme-app:1.0.0");
    }

    @Test
    void anSbomWithoutAMetadataComponentIsTheWrongSubject() throws IOException {
        ObjectNode sbom = fixture.sbom();
        sbom.remove("metadata");
        ((ArrayNode) sbom.get("dependencies")).remove(0);

        assertThat(only(verify(sbom), "SBOM_WRONG_SUBJECT").message()).contains("has no metadata.component");
    }

    @Test
    void aRuntimeArtifactTheSbomLeavesOutIsMissingButAReactorModuleIsNot() throws IOException {
        ObjectNode sbom = fixture.sbom();
        ((ArrayNode) sbom.get("components")).remove(2);
        ((ArrayNode) sbom.get("dependencies")).remove(3);
        ((ArrayNode) sbom.get("dependencies").get(1).get("dependsOn")).removeAll();

        GateEvaluation evaluation = verify(sbom);

        assertThat(codes(evaluation)).containsExactly("SBOM_COMPONENT_MISSING");
        assertThat(evaluation.findings().get(0).message())
                .contains("org.sample:gamma:3.0")
                .doesNotContain("acme-core");
        assertThat(evaluation.findings().get(0).attributes()).containsEntry("purl", "pkg:maven/org.sample/gamma@3.0");
    }

    @Test
    void completenessTellsClassifiersApart() throws IOException {
        ObjectNode sbom = fixture.sbom();
        fixture.componentNamed(sbom, "beta").put("purl", "pkg:maven/com.example/beta@2.1?type=jar");

        GateEvaluation evaluation = verify(sbom);

        assertThat(only(evaluation, "SBOM_COMPONENT_MISSING").message()).contains("com.example:beta:2.1:linux");
        assertThat(only(evaluation, "SBOM_COMPONENT_EXTRA").message()).contains("com.example:beta:2.1,");
    }

    @Test
    void aLibraryMavenDidNotResolveIsExtra() throws IOException {
        ObjectNode sbom = fixture.sbom();
        Path junit = directory.resolve("repo/junit-4.13.2.jar");
        SbomFixture.writeJar(junit, "junit");
        ((ArrayNode) sbom.get("components"))
                .add(fixture.component(new GraphArtifact("junit", "junit", "4.13.2", null, "jar", junit), "SHA-256")
                        .set("licenses", SbomFixture.licenseId("EPL-1.0")));

        Finding finding = only(verify(sbom), "SBOM_COMPONENT_EXTRA");

        assertThat(finding.severity()).isEqualTo(GateStatus.FAIL);
        assertThat(finding.message()).contains("junit:junit:4.13.2").contains("not in Maven's resolved runtime graph");
    }

    @Test
    void aFileThatChangedSinceTheSbomWasWrittenIsOneMismatchByThePreferredAlgorithm() throws IOException {
        Path sbom = fixture.write(fixture.sbom());
        SbomFixture.writeJar(fixture.alpha.file(), "tampered");

        GateEvaluation evaluation = verify(sbom, fixture.expectations());

        assertThat(evaluation.findings())
                .filteredOn(f -> f.code().equals("SBOM_HASH_MISMATCH"))
                .extracting(f -> f.attributes().get("algorithm"))
                .containsExactly("SHA-256");
    }

    @Test
    void aWrongWeakHashBesideARightStrongOneIsFoundOnlyWhenEveryRecordedHashIsChecked() throws IOException {
        ObjectNode document = fixture.sbom();
        ObjectNode md5 = (ObjectNode)
                fixture.componentNamed(document, "beta").get("hashes").get(1);
        assertThat(md5.get("alg").asText()).isEqualTo("MD5");
        md5.put("content", "00000000000000000000000000000000");
        Path sbom = fixture.write(document);

        GateEvaluation preferredOnly = verify(sbom, fixture.expectations());
        GateEvaluation everyHash = verify(sbom, everyRecordedHash(fixture.expectations()));

        assertThat(preferredOnly.findings()).extracting(Finding::code).doesNotContain("SBOM_HASH_MISMATCH");
        assertThat(everyHash.findings())
                .filteredOn(f -> f.code().equals("SBOM_HASH_MISMATCH"))
                .extracting(f -> f.attributes().get("algorithm"))
                .containsExactly("MD5");
    }

    private static SbomExpectations everyRecordedHash(SbomExpectations e) {
        return new SbomExpectations(
                e.groupId(),
                e.artifactId(),
                e.version(),
                e.reactorModules(),
                e.runtimeGraph(),
                e.deniedLicenses(),
                e.requireLicenses(),
                true);
    }

    @Test
    void aFileThatChangedSinceTheSbomWasWrittenIsAHashMismatchPerAlgorithmWhenEveryHashIsChecked() throws IOException {
        Path sbom = fixture.write(fixture.sbom());
        SbomFixture.writeJar(fixture.alpha.file(), "tampered");

        GateEvaluation evaluation = verify(sbom, everyRecordedHash(fixture.expectations()));

        List<Finding> mismatches = evaluation.findings().stream()
                .filter(f -> f.code().equals("SBOM_HASH_MISMATCH"))
                .toList();
        assertThat(mismatches)
                .extracting(f -> f.attributes().get("algorithm"))
                .containsExactlyInAnyOrder("SHA-256", "SHA-1");
        Finding sha256 = mismatches.stream()
                .filter(f -> f.attributes().get("algorithm").equals("SHA-256"))
                .findFirst()
                .orElseThrow();
        assertThat(sha256.severity()).isEqualTo(GateStatus.FAIL);
        assertThat(sha256.attributes())
                .containsEntry("actual", Digests.sha256(fixture.alpha.file()))
                .containsEntry("component", "com.example:alpha:1.0.0");
        assertThat(sha256.message())
                .contains(sha256.attributes().get("expected"))
                .contains(Digests.sha256(fixture.alpha.file()));
    }

    @Test
    void aHashDifferingOnlyInLetterCaseMatches() throws IOException {
        ObjectNode sbom = fixture.sbom();
        ObjectNode hash =
                (ObjectNode) fixture.componentNamed(sbom, "beta").get("hashes").get(0);
        hash.put("content", hash.get("content").asText().toUpperCase(Locale.ROOT));

        assertThat(verify(sbom).findings()).isEmpty();
    }

    @Test
    void aComponentWithoutAnyHashWarns() throws IOException {
        ObjectNode sbom = fixture.sbom();
        fixture.componentNamed(sbom, "gamma").remove("hashes");

        GateEvaluation evaluation = verify(sbom);

        assertThat(only(evaluation, "SBOM_HASH_MISSING").message()).contains("org.sample:gamma:3.0");
        assertThat(evaluation.status()).isEqualTo(GateStatus.WARN);
    }

    @Test
    void aProjectWithoutItsOwnHashIsReportedAsInformationAndSaysWhy() throws IOException {
        ObjectNode sbom = fixture.sbom();
        sbom.with("metadata").with("component").remove("hashes");

        GateEvaluation evaluation = verify(sbom);

        Finding finding = only(evaluation, "SBOM_PROJECT_HASH_MISSING");
        assertThat(finding.severity()).isEqualTo(GateStatus.PASS);
        assertThat(finding.detail()).contains("rather than editing the SBOM");
        assertThat(evaluation.findings()).hasSize(1);
    }

    @Test
    void aMalformedPurlIsInvalid() throws IOException {
        ObjectNode sbom = fixture.sbom();
        fixture.componentNamed(sbom, "gamma").put("purl", "pkg:maven/org.sample/gam ma@3.0#/../x@");

        Finding finding = only(verify(sbom), "SBOM_PURL_INVALID");

        assertThat(finding.severity()).isEqualTo(GateStatus.FAIL);
        assertThat(finding.message()).contains("gam ma");
    }

    @Test
    void aDependencyOnAnUnknownBomRefDangles() throws IOException {
        ObjectNode sbom = fixture.sbom();
        ((ArrayNode) sbom.get("dependencies").get(2).get("dependsOn")).add("pkg:maven/com.example/ghost@9?type=jar");

        Finding finding = only(verify(sbom), "SBOM_DANGLING_REFERENCE");

        assertThat(finding.message())
                .contains("pkg:maven/com.example/ghost@9?type=jar")
                .contains("dependsOn of 'pkg:maven/com.example/beta@2.1?classifier=linux&type=jar'");
    }

    @Test
    void twoComponentsWithOneBomRefAreADuplicate() throws IOException {
        ObjectNode sbom = fixture.sbom();
        fixture.componentNamed(sbom, "gamma").put("bom-ref", SbomFixture.ref(fixture.alpha));
        ((ArrayNode) sbom.get("dependencies")).remove(3);
        ((ArrayNode) sbom.get("dependencies").get(1).get("dependsOn")).removeAll();

        Finding finding = only(verify(sbom), "SBOM_DUPLICATE_BOM_REF");

        assertThat(finding.message())
                .contains("pkg:maven/com.example/alpha@1.0.0?type=jar")
                .contains("2 components");
    }

    @Test
    void aComponentWithoutLicenseWarnsUnlessLicensesAreRequired() throws IOException {
        ObjectNode sbom = fixture.sbom();
        fixture.componentNamed(sbom, "gamma").remove("licenses");
        Path file = fixture.write(sbom);

        Finding relaxed = only(verify(file, fixture.expectations()), "SBOM_LICENSE_MISSING");
        Finding strict =
                only(verify(file, fixture.expectations(fixture.graph(), Set.of(), true)), "SBOM_LICENSE_MISSING");

        assertThat(relaxed.severity()).isEqualTo(GateStatus.WARN);
        assertThat(strict.severity()).isEqualTo(GateStatus.HOLD);
        assertThat(strict.message()).contains("org.sample:gamma:3.0");
    }

    @Test
    void aDeniedLicenseInsideAnExpressionHoldsTheMerge() throws IOException {
        ObjectNode sbom = fixture.sbom();
        fixture.componentNamed(sbom, "gamma")
                .set("licenses", SbomFixture.expression("MIT OR (GPL-3.0-only WITH Classpath-exception-2.0)"));

        GateEvaluation evaluation = verify(sbom);

        Finding finding = only(evaluation, "SBOM_LICENSE_DENIED");
        assertThat(finding.severity()).isEqualTo(GateStatus.HOLD);
        assertThat(finding.message()).contains("org.sample:gamma:3.0").contains("GPL-3.0-only");
        assertThat(finding.attributes()).containsEntry("license", "MIT OR (GPL-3.0-only WITH Classpath-exception-2.0)");
        assertThat(evaluation.status()).isEqualTo(GateStatus.HOLD);
    }

    @Test
    void aDeniedLicenseIdHoldsTheMergeAndAnAllowedOneDoesNot() throws IOException {
        ObjectNode sbom = fixture.sbom();
        fixture.componentNamed(sbom, "alpha").set("licenses", SbomFixture.licenseId("AGPL-3.0-only"));

        assertThat(only(verify(sbom), "SBOM_LICENSE_DENIED").message())
                .contains("com.example:alpha:1.0.0")
                .contains("AGPL-3.0-only");
        assertThat(Licenses.denied(null, Set.of("GPL-3.0-only"))).isEmpty();
    }
}
