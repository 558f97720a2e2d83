package dev.gatekeeper.sbom;

import static dev.gatekeeper.sbom.SbomFixture.codes;
import static dev.gatekeeper.sbom.SbomFixture.evaluation;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SbomDriftTest {
    @TempDir
    Path directory;

    private SbomFixture fixture;
    private Path baseline;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new SbomFixture(directory);
        baseline = fixture.write("baseline.json", SbomFixture.JSON.writeValueAsString(fixture.sbom()));
    }

    private Path current(ObjectNode sbom) throws IOException {
        return fixture.write("current.json", SbomFixture.JSON.writeValueAsString(sbom));
    }

    private static ObjectNode withVersion(ObjectNode component, String version) {
        String group = component.get("group").asText();
        String name = component.get("name").asText();
        return component.put("version", version).put("purl", SbomFixture.purl(group, name, version, null));
    }

    private static ObjectNode library(String group, String name, String version, String license) {
        ObjectNode component = SbomFixture.JSON
                .createObjectNode()
                .put("type", "library")
                .put("group", group)
                .put("name", name)
                .put("version", version)
                .put("purl", SbomFixture.purl(group, name, version, null));
        component.set("licenses", SbomFixture.licenseId(license));
        return component;
    }

    @Test
    void identicalSbomsHaveNoDrift() throws IOException {
        GateEvaluation evaluation = evaluation();

        DriftReport report =
                SbomDrift.compare(baseline, current(fixture.sbom()), DriftPolicy.informational(), evaluation);

        assertThat(report.isEmpty()).isTrue();
        assertThat(evaluation.findings()).isEmpty();
        assertThat(evaluation.finish().summary()).isEqualTo("since the baseline: no dependency change");
        assertThat(report.markdown()).isEqualTo("No dependency change.");
    }

    @Test
    void addedRemovedAndChangedComponentsAreInformationByDefault() throws IOException {
        ObjectNode sbom = fixture.sbom();
        ArrayNode components = (ArrayNode) sbom.get("components");
        withVersion(fixture.componentNamed(sbom, "alpha"), "1.2.0");
        fixture.componentNamed(sbom, "beta").set("licenses", SbomFixture.licenseId("Apache-2.0"));
        components.remove(2);
        components.add(library("org.slf4j", "slf4j-api", "2.0.16", "MIT"));
        GateEvaluation evaluation = evaluation();

        DriftReport report = SbomDrift.compare(baseline, current(sbom), DriftPolicy.informational(), evaluation);

        assertThat(codes(evaluation))
                .containsExactlyInAnyOrder(
                        "SBOM_DRIFT_CHANGED", "SBOM_DRIFT_CHANGED", "SBOM_DRIFT_REMOVED", "SBOM_DRIFT_ADDED");
        assertThat(evaluation.findings()).allMatch(f -> f.severity() == GateStatus.PASS);
        assertThat(evaluation.findings())
                .extracting(Finding::message)
                .containsExactlyInAnyOrder(
                        "Dependency com.example:alpha upgraded from 1.0.0 to 1.2.0",
                        "Dependency com.example:beta:linux license changed from MIT to Apache-2.0",
                        "Dependency org.sample:gamma 3.0 is gone",
                        "New dependency org.slf4j:slf4j-api 2.0.16 (MIT)");
        assertThat(report.summary()).isEqualTo("1 added, 1 removed, 2 changed");
        assertThat(report.markdown())
                .contains("| upgraded | com.example:alpha | 1.0.0 → 1.2.0 |")
                .contains("| relicensed | com.example:beta:linux | 2.1 | MIT → Apache-2.0 |")
                .contains("| added | org.slf4j:slf4j-api | 2.0.16 | MIT |");
        assertThat(evaluation.finish().inputs()).containsKeys("sbom-baseline", "sbom-current");
    }

    @Test
    void aDowngradeByMavensOrderingHoldsWhenThePolicySaysSo() throws IOException {
        Path tenToNine;
        ObjectNode before = fixture.sbom();
        withVersion(fixture.componentNamed(before, "alpha"), "1.10");
        baseline = fixture.write("baseline.json", SbomFixture.JSON.writeValueAsString(before));
        ObjectNode after = fixture.sbom();
        withVersion(fixture.componentNamed(after, "alpha"), "1.9");
        tenToNine = current(after);
        GateEvaluation holding = evaluation();
        GateEvaluation informing = evaluation();

        DriftReport report = SbomDrift.compare(baseline, tenToNine, new DriftPolicy(true, false, Set.of()), holding);
        SbomDrift.compare(baseline, tenToNine, DriftPolicy.informational(), informing);

        assertThat(report.entries()).singleElement().matches(DriftReport.Change::downgrade);
        assertThat(holding.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("SBOM_DRIFT_CHANGED");
            assertThat(f.severity()).isEqualTo(GateStatus.HOLD);
            assertThat(f.message()).isEqualTo("Dependency com.example:alpha downgraded from 1.10 to 1.9");
            assertThat(f.fix()).contains("dependency:tree");
        });
        assertThat(informing.status()).isEqualTo(GateStatus.PASS);
        assertThat(report.markdown()).contains("**downgraded**");
    }

    @Test
    void aNewComponentHoldsWhenThePolicyHoldsOnAdditions() throws IOException {
        ObjectNode sbom = fixture.sbom();
        ((ArrayNode) sbom.get("components")).add(library("org.slf4j", "slf4j-api", "2.0.16", "MIT"));
        GateEvaluation evaluation = evaluation();

        SbomDrift.compare(baseline, current(sbom), new DriftPolicy(false, true, Set.of()), evaluation);

        assertThat(evaluation.findings())
                .singleElement()
                .extracting(Finding::severity)
                .isEqualTo(GateStatus.HOLD);
    }

    @Test
    void aNewComponentUnderADeniedLicenseHolds() throws IOException {
        ObjectNode sbom = fixture.sbom();
        ((ArrayNode) sbom.get("components")).add(library("org.copyleft", "strong", "1.0", "AGPL-3.0-only"));
        GateEvaluation evaluation = evaluation();

        SbomDrift.compare(baseline, current(sbom), new DriftPolicy(false, false, Set.of("AGPL-3.0-only")), evaluation);

        Finding finding = evaluation.findings().get(0);
        assertThat(finding.code()).isEqualTo("SBOM_DRIFT_ADDED");
        assertThat(finding.severity()).isEqualTo(GateStatus.HOLD);
        assertThat(finding.message()).contains("org.copyleft:strong").contains("denied license AGPL-3.0-only");
    }

    @Test
    void theMarkdownListingIsBounded() throws IOException {
        ObjectNode sbom = fixture.sbom();
        for (int i = 0; i < DriftReport.LISTED_ROWS + 10; i++) {
            ((ArrayNode) sbom.get("components")).add(library("org.many", "lib-" + i, "1." + i, "MIT"));
        }

        DriftReport report = SbomDrift.compare(baseline, current(sbom), DriftPolicy.informational(), evaluation());

        assertThat(report.entries()).hasSize(DriftReport.LISTED_ROWS + 10);
        assertThat(report.markdown().lines().filter(l -> l.startsWith("| added")))
                .hasSize(DriftReport.LISTED_ROWS);
        assertThat(report.markdown()).endsWith("… and 10 more changes.\n");
    }

    @Test
    void anUnreadableBaselineIsReportedAndNothingIsCompared() throws IOException {
        Path broken = fixture.write("baseline.json", "{\"bomFormat\": \"CycloneDX\", ");
        GateEvaluation evaluation = evaluation();

        DriftReport report =
                SbomDrift.compare(broken, current(fixture.sbom()), DriftPolicy.informational(), evaluation);

        assertThat(report.isEmpty()).isTrue();
        assertThat(codes(evaluation)).containsExactly("SBOM_UNREADABLE");
        assertThat(evaluation.findings().get(0).message()).contains("baseline SBOM");
    }
}
