package dev.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.audit.osv.MavenCoordinates;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a vulnerability finding points: the declaring module's POM line, with the path that brings it. */
class AuditPolicyLocationTest {
    private static final Vulnerability SNAKEYAML_RCE = new Vulnerability(
            "GHSA-mjmj-j48q-9wg2", 9.8, "3.1", "CRITICAL", "SnakeYaml Constructor Deserialization", List.of());
    private static final MavenCoordinates SNAKEYAML = new MavenCoordinates("org.yaml", "snakeyaml", "1.29");

    private static VulnerableDependency snakeyaml(ResolvedDependency location) {
        return new VulnerableDependency(
                SNAKEYAML.toString(),
                "pkg:maven/org.yaml/snakeyaml@1.29",
                "snakeyaml-1.29.jar",
                List.of(SNAKEYAML_RCE),
                location);
    }

    private static Finding judge(VulnerableDependency dependency) {
        GateEvaluation evaluation = new GateEvaluation("audit", "g:root", "b", Clock.systemUTC(), GateLog.silent());
        new AuditPolicy(7.0, List.of(), "gatekeeper-suppressions.json", "pom.xml", LocalDate.parse("2026-12-06"))
                .apply(List.of(dependency), evaluation);
        return evaluation.finish().findings().get(0);
    }

    @Test
    void aTransitiveDependencyIsLocatedAtTheLineOfTheDirectDependencyInTheDeclaringModule() {
        ResolvedDependency located = new ResolvedDependency(
                SNAKEYAML,
                "runtime",
                "m3",
                new ResolvedDependency.Declaration("m3/pom.xml", 17, 5, null),
                List.of("org.springframework.boot:spring-boot-starter-web:2.6.5", SNAKEYAML.toString()),
                List.of("m4", "m7"));

        Finding finding = judge(snakeyaml(located));

        assertThat(finding.file()).isEqualTo("m3/pom.xml");
        assertThat(finding.line()).isEqualTo(17);
        assertThat(finding.message())
                .isEqualTo("org.yaml:snakeyaml:1.29 has GHSA-mjmj-j48q-9wg2 (CVSS 9.8 v3.1, CRITICAL) via m3"
                        + " → org.springframework.boot:spring-boot-starter-web:2.6.5 → org.yaml:snakeyaml:1.29");
        assertThat(finding.attributes())
                .containsEntry("module", "m3")
                .containsEntry(
                        "path",
                        "m3 → org.springframework.boot:spring-boot-starter-web:2.6.5 → org.yaml:snakeyaml:1.29")
                .containsEntry("declaredAt", "m3/pom.xml:17")
                .containsEntry("scope", "runtime")
                .containsEntry("otherModules", "m4,m7")
                .doesNotContainKey("inheritedFrom");
    }

    @Test
    void aLongPathIsShortenedInTheMessageAndKeptWholeInTheEvidence() {
        List<String> path = List.of("g:a:1", "g:b:2", "g:c:3", "g:d:4", SNAKEYAML.toString());
        Finding finding = judge(snakeyaml(new ResolvedDependency(
                SNAKEYAML, "compile", "app", new ResolvedDependency.Declaration("app/pom.xml", 30, 9, null), path,
                List.of())));

        assertThat(finding.message()).endsWith(" via app → g:a:1 → … → org.yaml:snakeyaml:1.29");
        assertThat(finding.attributes())
                .containsEntry("path", "app → g:a:1 → g:b:2 → g:c:3 → g:d:4 → org.yaml:snakeyaml:1.29")
                .doesNotContainKey("otherModules");
    }

    @Test
    void aDependencyInheritedFromAParentOutsideTheReactorPointsAtTheModulePomAndNamesTheParent() {
        Finding finding = judge(snakeyaml(new ResolvedDependency(
                SNAKEYAML,
                "compile",
                "m3",
                new ResolvedDependency.Declaration("m3/pom.xml", null, null, "com.example:corporate-parent:7"),
                List.of(SNAKEYAML.toString()),
                List.of())));

        assertThat(finding.file()).isEqualTo("m3/pom.xml");
        assertThat(finding.line()).isNull();
        assertThat(finding.attributes())
                .containsEntry("inheritedFrom", "com.example:corporate-parent:7")
                .containsEntry("declaredAt", "m3/pom.xml");
    }

    @Test
    void aDependencyTheGraphDoesNotLocateStaysAtTheRootPom() {
        Finding finding = judge(snakeyaml(ResolvedDependency.unlocated(SNAKEYAML)));

        assertThat(finding.file()).isEqualTo("pom.xml");
        assertThat(finding.line()).isNull();
        assertThat(finding.message()).doesNotContain(" via ");
        assertThat(finding.attributes()).doesNotContainKeys("module", "path", "declaredAt");
    }
}
