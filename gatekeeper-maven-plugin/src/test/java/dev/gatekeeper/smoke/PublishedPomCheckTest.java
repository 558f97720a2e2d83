package dev.gatekeeper.smoke;

import static dev.gatekeeper.smoke.SmokeFixtures.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedPomCheckTest {
    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
            """;

    @TempDir
    Path dir;

    private GateEvaluation check(String pom) throws IOException {
        return check(pom, Set.of());
    }

    private GateEvaluation check(String pom, Set<String> inheritedProperties) throws IOException {
        Path file = Files.writeString(dir.resolve("pom.xml"), pom);
        GateEvaluation evaluation = SmokeFixtures.evaluation();
        PublishedPomCheck.check(file, "app/pom.xml", inheritedProperties, evaluation);
        return evaluation;
    }

    /** A POM with literal coordinates and the given dependencies and properties. */
    private static String pomWith(String dependencies, String properties) {
        return HEAD + """
                  <groupId>com.example</groupId>
                  <artifactId>app</artifactId>
                  <version>1.0.0</version>
                  <properties>
                %s
                  </properties>
                  <dependencies>
                %s
                  </dependencies>
                </project>
                """.formatted(properties, dependencies);
    }

    private static String dependency(String version) {
        return """
                    <dependency>
                      <groupId>com.example</groupId>
                      <artifactId>lib</artifactId>
                      <version>%s</version>
                    </dependency>""".formatted(version);
    }

    @Test
    void revisionInTheProjectVersionFailsAtItsLine() throws IOException {
        String pom = HEAD + """
                  <groupId>com.example</groupId>
                  <artifactId>app</artifactId>
                  <version>${revision}</version>
                </project>
                """;

        Finding finding = SmokeFixtures.only(check(pom));

        assertThat(finding.code()).isEqualTo("SMOKE_POM_UNRESOLVED_EXPRESSION");
        assertThat(finding.severity()).isEqualTo(GateStatus.FAIL);
        assertThat(finding.message())
                .isEqualTo("The published POM keeps ${revision} in <version>; consumers cannot resolve it");
        assertThat(finding.file()).isEqualTo("app/pom.xml");
        assertThat(finding.line()).isEqualTo(lineOf(pom, "${revision}")).isEqualTo(6);
        assertThat(finding.fix())
                .isEqualTo("Resolve CI-friendly versions before publishing, e.g. with the "
                        + "flatten-maven-plugin (mode resolveCiFriendliesOnly), or write the version literally");
    }

    @Test
    void projectVersionMustBeLiteralEvenWhenItsOwnPropertiesDefineTheExpression() throws IOException {
        String pom = HEAD + """
                  <groupId>com.example</groupId>
                  <artifactId>app</artifactId>
                  <version>${revision}${changelist}</version>
                  <properties>
                    <revision>1.0.0</revision>
                    <changelist></changelist>
                  </properties>
                </project>
                """;

        Finding finding = SmokeFixtures.only(check(pom));

        assertThat(finding.message()).startsWith("The published POM keeps ${revision}, ${changelist} in <version>");
    }

    @Test
    void expressionsInTheParentCoordinatesAndProjectGroupIdFail() throws IOException {
        String pom = HEAD + """
                  <parent>
                    <groupId>com.example</groupId>
                    <artifactId>parent</artifactId>
                    <version>${revision}</version>
                  </parent>
                  <groupId>${project.parent.groupId}</groupId>
                  <artifactId>app</artifactId>
                </project>
                """;

        GateEvaluation evaluation = check(pom);

        assertThat(evaluation.findings())
                .extracting(Finding::message, Finding::line)
                .containsExactly(
                        tuple(
                                "The published POM keeps ${revision} in <parent><version>; consumers cannot resolve it",
                                lineOf(pom, "${revision}")),
                        tuple(
                                "The published POM keeps ${project.parent.groupId} in <groupId>; consumers cannot resolve it",
                                lineOf(pom, "${project.parent.groupId}")));
        assertThat(evaluation.findings().get(1).fix()).endsWith("or write the groupId literally");
    }

    @Test
    void projectVersionInADependencyVersionIsResolvableByConsumers() throws IOException {
        GateEvaluation evaluation = check(pomWith(dependency("${project.version}"), ""));

        assertThat(evaluation.findings()).isEmpty();
        assertThat(evaluation.finish().inputs()).containsEntry("app/pom.xml", Digests.sha256(dir.resolve("pom.xml")));
    }

    @Test
    void projectGroupIdAndParentVersionInDependenciesAreResolvableByConsumers() throws IOException {
        String pom = HEAD + """
                  <parent>
                    <groupId>com.example</groupId>
                    <artifactId>parent</artifactId>
                    <version>3.1.0</version>
                  </parent>
                  <artifactId>app</artifactId>
                  <dependencies>
                    <dependency>
                      <groupId>${project.groupId}</groupId>
                      <artifactId>sibling</artifactId>
                      <version>${project.parent.version}</version>
                    </dependency>
                  </dependencies>
                </project>
                """;

        assertThat(check(pom).findings()).isEmpty();
    }

    @Test
    void propertyDefinedInTheOwnPropertiesIsResolvableInADependencyVersion() throws IOException {
        String pom = pomWith(dependency("${lib.version}"), "    <lib.version>2.3.1</lib.version>");

        assertThat(check(pom).findings()).isEmpty();
    }

    @Test
    void propertyDefinedAfterTheDependenciesIsResolvableToo() throws IOException {
        String pom = HEAD + """
                  <groupId>com.example</groupId>
                  <artifactId>app</artifactId>
                  <version>1.0.0</version>
                  <dependencies>
                %s
                  </dependencies>
                  <properties>
                    <lib.version>2.3.1</lib.version>
                  </properties>
                </project>
                """.formatted(dependency("${lib.version}"));

        assertThat(check(pom).findings()).isEmpty();
    }

    @Test
    void undefinedPropertyInADependencyVersionFailsAtItsLine() throws IOException {
        String pom = pomWith(dependency("${undefined.prop}"), "    <lib.version>2.3.1</lib.version>");

        Finding finding = SmokeFixtures.only(check(pom));

        assertThat(finding.code()).isEqualTo("SMOKE_POM_UNRESOLVED_EXPRESSION");
        assertThat(finding.severity()).isEqualTo(GateStatus.FAIL);
        assertThat(finding.message())
                .isEqualTo("The published POM keeps ${undefined.prop} in the <version> of "
                        + "dependency com.example:lib; consumers cannot resolve it");
        assertThat(finding.line()).isEqualTo(lineOf(pom, "${undefined.prop}"));
        assertThat(finding.fix())
                .isEqualTo("Write the version literally, or define undefined.prop in the <properties> of app/pom.xml");
    }

    @Test
    void revisionInADependencyVersionPointsAtFlatten() throws IOException {
        Finding finding = SmokeFixtures.only(check(pomWith(dependency("${revision}"), "")));

        assertThat(finding.fix()).contains("flatten-maven-plugin (mode resolveCiFriendliesOnly)");
    }

    @Test
    void propertyWhoseValueCannotBeResolvedIsUnresolvableItself() throws IOException {
        String pom = pomWith(dependency("${lib.version}"), "    <lib.version>${env.LIB_VERSION}</lib.version>");

        assertThat(SmokeFixtures.only(check(pom)).message()).contains("keeps ${lib.version} in the <version>");
    }

    @Test
    void propertyDefinedThroughAnotherResolvablePropertyIsResolvable() throws IOException {
        String pom = pomWith(
                dependency("${lib.version}"),
                "    <lib.version>${base.version}.1</lib.version>\n    <base.version>${project.version}</base.version>");

        assertThat(check(pom).findings()).isEmpty();
    }

    @Test
    void propertiesThatReferToEachOtherNeverResolve() throws IOException {
        String pom = pomWith(dependency("${a}"), "    <a>${b}</a>\n    <b>${a}</b>");

        assertThat(SmokeFixtures.only(check(pom)).message()).contains("keeps ${a} in");
    }

    @Test
    void propertyFromAPublishedParentIsResolvable() throws IOException {
        String pom = pomWith(dependency("${jackson.version}"), "");

        assertThat(check(pom, Set.of("jackson.version")).findings()).isEmpty();
        assertThat(check(pom, Set.of()).findings()).hasSize(1);
    }

    @Test
    void everyResolverCoordinateOfAManagedDependencyIsChecked() throws IOException {
        String pom = HEAD + """
                  <groupId>com.example</groupId>
                  <artifactId>app</artifactId>
                  <version>1.0.0</version>
                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <groupId>${g}</groupId>
                        <artifactId>${a}</artifactId>
                        <version>${v}</version>
                        <scope>${s}</scope>
                        <type>${t}</type>
                        <classifier>${c}</classifier>
                      </dependency>
                    </dependencies>
                  </dependencyManagement>
                </project>
                """;

        GateEvaluation evaluation = check(pom);

        assertThat(evaluation.findings())
                .extracting(Finding::message)
                .containsExactly(
                        "The published POM keeps ${g} in the <groupId> of managed dependency ${g}:${a}; consumers cannot resolve it",
                        "The published POM keeps ${a} in the <artifactId> of managed dependency ${g}:${a}; consumers cannot resolve it",
                        "The published POM keeps ${v} in the <version> of managed dependency ${g}:${a}; consumers cannot resolve it",
                        "The published POM keeps ${s} in the <scope> of managed dependency ${g}:${a}; consumers cannot resolve it",
                        "The published POM keeps ${t} in the <type> of managed dependency ${g}:${a}; consumers cannot resolve it",
                        "The published POM keeps ${c} in the <classifier> of managed dependency ${g}:${a}; consumers cannot resolve it");
        assertThat(evaluation.findings())
                .extracting(Finding::line)
                .containsExactly(
                        lineOf(pom, "${g}<"),
                        lineOf(pom, "${a}<"),
                        lineOf(pom, "${v}"),
                        lineOf(pom, "${s}"),
                        lineOf(pom, "${t}"),
                        lineOf(pom, "${c}"));
    }

    @Test
    void profilesAreLeftAlone() throws IOException {
        String pom = HEAD + """
                  <groupId>com.example</groupId>
                  <artifactId>app</artifactId>
                  <version>1.0.0</version>
                  <profiles>
                    <profile>
                      <id>ci</id>
                      <dependencies>
                %s
                      </dependencies>
                    </profile>
                  </profiles>
                </project>
                """.formatted(dependency("${undefined.prop}"));

        assertThat(check(pom).findings()).isEmpty();
    }

    @Test
    void doctypeWithAnExternalEntityIsUnreadableAndLeaksNothing() throws IOException {
        String secret = "s3cr3t-content-of-a-local-file";
        Path secretFile = Files.writeString(dir.resolve("secret.txt"), secret);
        String pom = """
                <?xml version="1.0"?>
                <!DOCTYPE project [<!ENTITY leak SYSTEM "%s">]>
                <project>
                  <groupId>com.example</groupId>
                  <artifactId>app</artifactId>
                  <version>&leak;</version>
                  <description>&leak;</description>
                </project>
                """.formatted(secretFile.toUri());

        GateEvaluation evaluation = check(pom);

        Finding finding = SmokeFixtures.only(evaluation);
        assertThat(finding.code()).isEqualTo("SMOKE_POM_UNREADABLE");
        assertThat(finding.severity()).isEqualTo(GateStatus.FAIL);
        assertThat(finding.message())
                .startsWith("The published POM app/pom.xml line 2 cannot be read:")
                .contains("<!DOCTYPE>");
        assertThat(finding.file()).isEqualTo("app/pom.xml");
        assertThat(SmokeFixtures.everythingShown(evaluation)).doesNotContain(secret);
    }

    @Test
    void malformedPomNamesTheFileAndTheLine() throws IOException {
        String pom = HEAD + """
                  <groupId>com.example</groupId>
                  <artifactId>app</artifactId>
                  <version>1.0.0</versoin>
                </project>
                """;

        Finding finding = SmokeFixtures.only(check(pom));

        assertThat(finding.code()).isEqualTo("SMOKE_POM_UNREADABLE");
        assertThat(finding.file()).isEqualTo("app/pom.xml");
        assertThat(finding.line()).isEqualTo(lineOf(pom, "</versoin>"));
        assertThat(finding.message())
                .startsWith("The published POM app/pom.xml line " + finding.line() + " cannot be read: ");
        assertThat(finding.fix()).startsWith("Fix app/pom.xml at line " + finding.line());
    }

    @Test
    void coordinateHoldingAnElementInsteadOfTextIsUnreadable() throws IOException {
        String pom = pomWith(dependency("<nested/>"), "");

        Finding finding = SmokeFixtures.only(check(pom));

        assertThat(finding.code()).isEqualTo("SMOKE_POM_UNREADABLE");
        assertThat(finding.line()).isEqualTo(lineOf(pom, "<nested/>"));
        assertThat(finding.message()).endsWith("cannot be read: <version> must hold text, but holds <nested>");
    }

    @Test
    void truncatedPomIsUnreadableAsTruncated() throws IOException {
        Finding finding = SmokeFixtures.only(check(HEAD + "  <groupId>com.example</groupId>\n"));

        assertThat(finding.code()).isEqualTo("SMOKE_POM_UNREADABLE");
        assertThat(finding.message()).endsWith("cannot be read: unexpected end of file: the document is truncated");
    }

    @Test
    void documentThatIsNotAPomIsUnreadable() throws IOException {
        Finding finding = SmokeFixtures.only(check("<settings><version>${x}</version></settings>"));

        assertThat(finding.code()).isEqualTo("SMOKE_POM_UNREADABLE");
        assertThat(finding.message()).endsWith("the root element is <settings>, expected <project>");
    }

    @Test
    void missingPomIsReported() {
        GateEvaluation evaluation = SmokeFixtures.evaluation();

        PublishedPomCheck.check(dir.resolve("absent.xml"), "target/absent.xml", evaluation);

        Finding finding = SmokeFixtures.only(evaluation);
        assertThat(finding.code()).isEqualTo("SMOKE_POM_UNREADABLE");
        assertThat(finding.message()).isEqualTo("The published POM target/absent.xml does not exist");
    }
}
