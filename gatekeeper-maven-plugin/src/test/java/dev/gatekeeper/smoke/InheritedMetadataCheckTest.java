package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class InheritedMetadataCheckTest {
    private static final String SPRING_PARENT = "org.springframework.boot:spring-boot-starter-parent:4.0.3";

    private static GateEvaluation check(String groupId, InheritedMetadataCheck.Inherited... inherited) {
        GateEvaluation evaluation = SmokeFixtures.evaluation();
        InheritedMetadataCheck.check(groupId, List.of(inherited), "pom.xml", evaluation);
        return evaluation;
    }

    private static InheritedMetadataCheck.Inherited fromRepository(String element, String value, String parent) {
        return new InheritedMetadataCheck.Inherited(
                element, value, parent, parent.substring(0, parent.indexOf(':')), false);
    }

    @Test
    void theUrlOfSpringBootsParentInheritedByAnotherProjectWarnsNamingTheParentAndTheElement() {
        GateEvaluation evaluation = check(
                "org.springframework.samples",
                fromRepository("<url>", "https://spring.io/projects/spring-boot/spring-petclinic", SPRING_PARENT));

        Finding warning = SmokeFixtures.only(evaluation);
        assertThat(warning.code()).isEqualTo("SMOKE_METADATA_INHERITED");
        assertThat(warning.severity()).isEqualTo(GateStatus.WARN);
        assertThat(warning.message())
                .isEqualTo(
                        "<url> is inherited from " + SPRING_PARENT + ", the parent of another organisation "
                                + "(https://spring.io/projects/spring-boot/spring-petclinic): it describes that project, not this one");
        assertThat(warning.fix()).isEqualTo("Declare <url> with this project's own value in pom.xml");
        assertThat(warning.attributes()).containsEntry("element", "<url>").containsEntry("parent", SPRING_PARENT);
        assertThat(evaluation.status()).isEqualTo(GateStatus.WARN);
    }

    @Test
    void licencesAndUrlFromTheApacheParentsStayFineForAnApacheProject() {
        GateEvaluation evaluation = check(
                "org.apache.maven.enforcer",
                fromRepository("<licenses>", "Apache-2.0", "org.apache:apache:35"),
                fromRepository("<url>", "https://maven.apache.org/enforcer", "org.apache.maven:maven-parent:45"));

        assertThat(evaluation.findings()).isEmpty();
    }

    @Test
    void aParentOfTheSameGroupFromTheRepositoryIsTheProjectsOwn() {
        assertThat(check(
                                "org.apache.commons",
                                fromRepository("<developers>", "Gary", "org.apache.commons:commons-parent:93"))
                        .findings())
                .isEmpty();
    }

    @Test
    void aParentInTheSourceTreeIsTheProjectsOwnWhateverItsGroup() {
        GateEvaluation evaluation = check(
                "de.codecentric.demo",
                new InheritedMetadataCheck.Inherited(
                        "<scm><url>",
                        "https://github.com/codecentric/chaos-monkey-spring-boot",
                        "de.codecentric:chaos-monkey-dependencies:4.0.1",
                        "de.codecentric",
                        true),
                new InheritedMetadataCheck.Inherited(
                        "<url>", "https://example.com", "com.other:reactor-root:1", "com.other", true));

        assertThat(evaluation.findings()).isEmpty();
    }

    @Test
    void aSiblingNamespaceIsNotTheSameOrganisation() {
        assertThat(InheritedMetadataCheck.sameOrganisation("org.springframework.samples", "org.springframework.boot"))
                .isFalse();
        assertThat(InheritedMetadataCheck.sameOrganisation("org.apachecommons", "org.apache"))
                .as("a prefix that is not a namespace")
                .isFalse();
        assertThat(InheritedMetadataCheck.sameOrganisation("org.apache.maven.enforcer", "org.apache"))
                .isTrue();
        assertThat(InheritedMetadataCheck.sameOrganisation("org.jsoup", "org.jsoup"))
                .isTrue();
    }
}
