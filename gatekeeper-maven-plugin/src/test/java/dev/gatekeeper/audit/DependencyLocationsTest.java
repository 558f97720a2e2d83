package dev.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatekeeper.audit.osv.MavenCoordinates;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyLocationsTest {
    private static final MavenCoordinates YAML = new MavenCoordinates("org.yaml", "snakeyaml", "1.29");
    private static final MavenCoordinates TEXT = new MavenCoordinates("org.apache.commons", "commons-text", "1.9");

    private static ResolvedDependency in(String module, MavenCoordinates coordinates, int line) {
        return new ResolvedDependency(
                coordinates,
                "compile",
                module,
                new ResolvedDependency.Declaration(module + "/pom.xml", line, 5, null),
                List.of(coordinates.toString()),
                List.of());
    }

    @Test
    void theFirstModuleInReactorOrderKeepsTheArtifactAndTheLaterOnesAreListed() {
        List<ResolvedDependency> graph = DependencyLocations.firstPerArtifact(List.of(
                in("m1", TEXT, 10), in("m3", YAML, 17), in("m4", YAML, 20), in("m7", YAML, 21), in("m4", TEXT, 22)));

        assertThat(graph)
                .extracting(d -> d.coordinates().toString(), ResolvedDependency::module, ResolvedDependency::otherModules)
                .containsExactly(
                        tuple("org.apache.commons:commons-text:1.9", "m1", List.of("m4")),
                        tuple("org.yaml:snakeyaml:1.29", "m3", List.of("m4", "m7")));
        assertThat(graph.get(1).declaration().describe()).isEqualTo("m3/pom.xml:17");
    }

    @Test
    void dependencyCheckFindingsAreLocatedWhenTheGraphHasTheirCoordinates() {
        Vulnerability cve = new Vulnerability("CVE-2022-1471", 9.8, "3.1", "CRITICAL", "yaml", List.of());
        VulnerableDependency byCoordinates =
                new VulnerableDependency(YAML.toString(), null, "snakeyaml-1.29.jar", List.of(cve));
        VulnerableDependency otherVersion = new VulnerableDependency(
                "org.yaml:snakeyaml:1.30", null, "snakeyaml-1.30.jar", List.of(cve));
        VulnerableDependency noCoordinates = new VulnerableDependency(null, null, "bundled.jar", List.of(cve));

        List<VulnerableDependency> located = DependencyLocations.locate(
                List.of(byCoordinates, otherVersion, noCoordinates), List.of(in("m3", YAML, 17)));

        assertThat(located.get(0).location().module()).isEqualTo("m3");
        assertThat(located.get(1).location()).isNull();
        assertThat(located.get(2).location()).isNull();
    }

    @Test
    void aFindingAlreadyLocatedKeepsItsLocation() {
        Vulnerability cve = new Vulnerability("CVE-2022-1471", 9.8, "3.1", "CRITICAL", "yaml", List.of());
        VulnerableDependency osv = new VulnerableDependency(
                YAML.toString(), null, "snakeyaml-1.29.jar", List.of(cve), in("m3", YAML, 17));

        assertThat(DependencyLocations.locate(List.of(osv), List.of(in("m9", YAML, 3)))
                        .get(0)
                        .location()
                        .module())
                .isEqualTo("m3");
    }
}
