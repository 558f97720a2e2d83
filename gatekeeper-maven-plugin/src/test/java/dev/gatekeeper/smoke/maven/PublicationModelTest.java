package dev.gatekeeper.smoke.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.smoke.InheritedMetadataCheck;
import dev.gatekeeper.smoke.Publication;
import dev.gatekeeper.smoke.PublicationFacts;
import dev.gatekeeper.smoke.PublicationRule;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POMs read by Maven's own reader (the child's effective model written out, as Maven would merge it), mapped to the publication facts. */
class PublicationModelTest {
    private static final Path ROOT = Path.of("/work/app");
    private static final Path REPOSITORY = Path.of("/home/user/.m2/repository");

    private static final String BOOT_PARENT = """
            <project><modelVersion>4.0.0</modelVersion>
              <groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>4.0.3</version>
              <packaging>pom</packaging>
              <description>Parent pom providing dependency and plugin management for applications built with Maven</description>
              <url>https://spring.io/projects/spring-boot</url>
              <developers><developer><name>Spring</name></developer></developers>
            </project>
            """;
    private static final String REACTOR_ROOT = """
            <project><modelVersion>4.0.0</modelVersion>
              <groupId>de.codecentric</groupId><artifactId>chaos-monkey-spring-boot-parent</artifactId><version>4.0.1</version>
              <packaging>pom</packaging>
              <url>https://github.com/codecentric/chaos-monkey-spring-boot</url>
              <distributionManagement><snapshotRepository><id>central</id><url>https://central.sonatype.com/repository/maven-snapshots/</url></snapshotRepository></distributionManagement>
            </project>
            """;
    /** The effective model of a demo application: the repackage execution is its own, the url and distributionManagement inherited. */
    private static final String DEMO_EFFECTIVE = """
            <project><modelVersion>4.0.0</modelVersion>
              <groupId>de.codecentric</groupId><artifactId>chaos-monkey-demo-app</artifactId><version>4.0.1</version>
              <url>https://github.com/codecentric/chaos-monkey-spring-boot/chaos-monkey-demo-app</url>
              <distributionManagement><snapshotRepository><id>central</id><url>https://central.sonatype.com/repository/maven-snapshots/</url></snapshotRepository></distributionManagement>
              <build><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId>
                <executions><execution><goals><goal>repackage</goal></goals></execution></executions></plugin></plugins></build>
            </project>
            """;

    private static final String DEMO_ORIGINAL = """
            <project><modelVersion>4.0.0</modelVersion>
              <parent><groupId>de.codecentric</groupId><artifactId>chaos-monkey-spring-boot-parent</artifactId><version>4.0.1</version></parent>
              <artifactId>chaos-monkey-demo-app</artifactId>
              <build><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId>
                <executions><execution><goals><goal>repackage</goal></goals></execution></executions></plugin></plugins></build>
            </project>
            """;
    /** petclinic's effective model: repackage bound by the starter parent's pluginManagement. */
    private static final String PETCLINIC_EFFECTIVE = """
            <project><modelVersion>4.0.0</modelVersion>
              <groupId>org.springframework.samples</groupId><artifactId>spring-petclinic</artifactId><version>4.0.0-SNAPSHOT</version>
              <description>Parent pom providing dependency and plugin management for applications built with Maven</description>
              <url>https://spring.io/projects/spring-boot/spring-petclinic</url>
              <developers><developer><name>Spring</name></developer></developers>
              <build><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId>
                <executions><execution><id>default</id><goals><goal>build-info</goal></goals></execution>
                  <execution><id>repackage</id><goals><goal>repackage</goal></goals></execution></executions></plugin></plugins></build>
            </project>
            """;

    private static final String PETCLINIC_ORIGINAL = """
            <project><modelVersion>4.0.0</modelVersion>
              <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>4.0.3</version></parent>
              <groupId>org.springframework.samples</groupId><artifactId>spring-petclinic</artifactId><version>4.0.0-SNAPSHOT</version>
              <name>petclinic</name>
            </project>
            """;

    private static Model read(String pom) throws Exception {
        return new MavenXpp3Reader().read(new StringReader(pom));
    }

    private static MavenProject project(String effective, String original, Path file) throws Exception {
        MavenProject project = new MavenProject(read(effective));
        project.setOriginalModel(read(original));
        project.setFile(file.toFile());
        return project;
    }

    @Test
    void aDemoApplicationInheritingTheRootsDistributionManagementIsNotPublished() throws Exception {
        MavenProject demo =
                project(DEMO_EFFECTIVE, DEMO_ORIGINAL, ROOT.resolve("demo-apps/chaos-monkey-demo-app/pom.xml"));
        demo.setParent(project(REACTOR_ROOT, REACTOR_ROOT, ROOT.resolve("pom.xml")));

        PublicationFacts facts = PublicationModel.facts(demo, null, ROOT);
        Publication publication = PublicationRule.decide(facts);

        assertThat(facts.springBootRepackage()).isTrue();
        assertThat(facts.ownDistribution()).isFalse();
        assertThat(facts.inheritedDistribution()).isEqualTo("de.codecentric:chaos-monkey-spring-boot-parent:4.0.1");
        assertThat(publication.published()).isFalse();
        // the url comes from the reactor's own root: not a third party's
        assertThat(PublicationModel.inherited(demo, REPOSITORY)).singleElement().satisfies(url -> {
            assertThat(url.element()).isEqualTo("<url>");
            assertThat(url.inSourceTree()).isTrue();
        });
    }

    @Test
    void petclinicIsASpringBootApplicationWhoseMetadataComesFromTheStarterParentInTheRepository() throws Exception {
        MavenProject petclinic = project(PETCLINIC_EFFECTIVE, PETCLINIC_ORIGINAL, ROOT.resolve("pom.xml"));
        petclinic.setParent(
                project(
                        BOOT_PARENT,
                        BOOT_PARENT,
                        REPOSITORY.resolve(
                                "org/springframework/boot/spring-boot-starter-parent/4.0.3/spring-boot-starter-parent-4.0.3.pom")));

        PublicationFacts facts = PublicationModel.facts(petclinic, null, ROOT);
        List<InheritedMetadataCheck.Inherited> inherited = PublicationModel.inherited(petclinic, REPOSITORY);

        assertThat(facts.deploySkip()).isNull();
        assertThat(PublicationRule.decide(facts).describe())
                .isEqualTo("not published: a Spring Boot application (the spring-boot-maven-plugin repackages it) "
                        + "whose POM declares no <distributionManagement>");
        assertThat(inherited)
                .extracting(InheritedMetadataCheck.Inherited::element)
                .containsExactly("<url>", "<description>", "<developers>");
        assertThat(inherited).allSatisfy(element -> {
            assertThat(element.parent()).isEqualTo("org.springframework.boot:spring-boot-starter-parent:4.0.3");
            assertThat(element.inSourceTree()).isFalse();
        });
    }

    @Test
    void aSkippedRepackageIsNotAnApplicationAndTheDeployPluginsSkipIsRead() throws Exception {
        String effective = """
                <project><modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId><artifactId>lib</artifactId><version>1</version>
                  <properties><spring-boot.repackage.skip>true</spring-boot.repackage.skip></properties>
                  <build><plugins>
                    <plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId>
                      <executions><execution><goals><goal>repackage</goal></goals></execution></executions></plugin>
                    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-deploy-plugin</artifactId>
                      <executions><execution><id>default-deploy</id><configuration><skip>true</skip></configuration></execution></executions></plugin>
                  </plugins></build>
                </project>
                """;
        MavenProject lib = project(effective, effective, ROOT.resolve("lib/pom.xml"));

        PublicationFacts facts = PublicationModel.facts(lib, null, ROOT);

        assertThat(facts.springBootRepackage()).isFalse();
        assertThat(PublicationRule.decide(facts).reason())
                .isEqualTo("the maven-deploy-plugin is configured with <skip>true</skip>");
    }

    @Test
    void mavenDeploySkipDeclaredInTheReactorRootIsShownByItsPath() throws Exception {
        String root = """
                <project><modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId><artifactId>root</artifactId><version>1</version><packaging>pom</packaging>
                  <properties><maven.deploy.skip>true</maven.deploy.skip></properties>
                </project>
                """;
        String effective = """
                <project><modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId><artifactId>app</artifactId><version>1</version>
                  <properties><maven.deploy.skip>true</maven.deploy.skip></properties>
                </project>
                """;
        String original = """
                <project><modelVersion>4.0.0</modelVersion>
                  <parent><groupId>com.example</groupId><artifactId>root</artifactId><version>1</version></parent>
                  <artifactId>app</artifactId>
                </project>
                """;
        MavenProject app = project(effective, original, ROOT.resolve("app/pom.xml"));
        app.setParent(project(root, root, ROOT.resolve("pom.xml")));

        assertThat(PublicationRule.decide(PublicationModel.facts(app, null, ROOT))
                        .describe())
                .isEqualTo("not published: maven.deploy.skip is true (set in pom.xml)");
    }

    /**
     * chaos-monkey's demo applications: the flatten-maven-plugin (updatePomFile) replaces the project's POM file and
     * original model with the flattened POM, which holds the inherited {@code <distributionManagement>} (flattenMode oss).
     */
    @Test
    void aDemoApplicationFlattenedByTheFlattenPluginIsJudgedByThePomItsAuthorWrote(@TempDir Path reactor)
            throws Exception {
        Path module = Files.createDirectories(reactor.resolve("demo-apps/chaos-monkey-demo-app"));
        Path pom = Files.writeString(module.resolve("pom.xml"), DEMO_ORIGINAL);
        MavenProject demo = project(DEMO_EFFECTIVE, DEMO_ORIGINAL, pom);
        demo.getModel().setPomFile(pom.toFile());
        demo.setParent(project(REACTOR_ROOT, REACTOR_ROOT, reactor.resolve("pom.xml")));
        // what flatten:flatten does at process-resources, before the smoke gate runs
        demo.setPomFile(module.resolve(".flattened-pom.xml").toFile());
        demo.setOriginalModel(read(DEMO_EFFECTIVE));

        PublicationFacts facts = PublicationModel.facts(demo, null, reactor);

        assertThat(facts.ownDistribution()).isFalse();
        assertThat(PublicationRule.decide(facts).describe()).startsWith("not published: a Spring Boot application");
        assertThat(PublicationModel.inherited(demo, REPOSITORY))
                .extracting(InheritedMetadataCheck.Inherited::element)
                .containsExactly("<url>");
    }
}
