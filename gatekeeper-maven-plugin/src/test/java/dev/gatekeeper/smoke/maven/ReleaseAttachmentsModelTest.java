package dev.gatekeeper.smoke.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.smoke.DeclaredProfile;
import dev.gatekeeper.smoke.ReleaseAttachments;
import dev.gatekeeper.smoke.ReleaseProfiles;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POMs as written, read by Maven's own reader, mapped to what the smoke gate judges. */
class ReleaseAttachmentsModelTest {
    private static final String PARENT = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <groupId>org.example</groupId><artifactId>parent</artifactId><version>39</version><packaging>pom</packaging>
              <build><pluginManagement><plugins>
                <plugin><artifactId>maven-release-plugin</artifactId><version>3.3.1</version>
                  <configuration><releaseProfiles>apache-release</releaseProfiles></configuration></plugin>
                <plugin><artifactId>maven-javadoc-plugin</artifactId>
                  <executions><execution><id>attach-javadocs</id><goals><goal>jar</goal></goals></execution></executions></plugin>
              </plugins></pluginManagement></build>
              <profiles>
                <profile><id>apache-release</id><build><plugins>
                  <plugin><artifactId>maven-source-plugin</artifactId>
                    <executions><execution><id>attach-sources</id><goals><goal>jar-no-fork</goal></goals></execution></executions></plugin>
                  <plugin><artifactId>maven-javadoc-plugin</artifactId></plugin>
                  <plugin><artifactId>maven-gpg-plugin</artifactId><inherited>false</inherited>
                    <executions><execution><goals><goal>sign</goal></goals></execution></executions></plugin>
                </plugins></build></profile>
                <profile><id>oss</id><activation><property><name>performRelease</name><value>true</value></property></activation>
                  <build><plugins><plugin><artifactId>maven-javadoc-plugin</artifactId><configuration><skip>true</skip></configuration>
                    <executions><execution><id>j</id><goals><goal>jar</goal></goals></execution></executions></plugin></plugins></build></profile>
              </profiles>
            </project>
            """;
    private static final String CHILD = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <parent><groupId>org.example</groupId><artifactId>parent</artifactId><version>39</version></parent>
              <artifactId>tool</artifactId>
              <build><plugins>
                <plugin><artifactId>maven-source-plugin</artifactId>
                  <executions><execution><id>attach-sources</id><goals><goal>jar-no-fork</goal></goals></execution></executions></plugin>
              </plugins></build>
            </project>
            """;

    private static MavenProject project(String pom) throws Exception {
        Model model = new MavenXpp3Reader().read(new StringReader(pom));
        MavenProject project = new MavenProject(model);
        project.setOriginalModel(model.clone());
        return project;
    }

    @Test
    void aParentsInactiveProfilesAreMappedWithTheGoalsTheyBindAndTheReleasePluginsConfiguration() throws Exception {
        MavenProject parent = project(PARENT);
        MavenProject child = project(CHILD);
        child.setParent(parent);
        // the effective model of the child inherits the parent's pluginManagement, as Maven's model builder does
        child.getModel()
                .getBuild()
                .setPluginManagement(
                        parent.getModel().getBuild().getPluginManagement().clone());
        Properties commandLine = new Properties();
        commandLine.setProperty("maven.javadoc.skip", "true");

        ReleaseAttachments facts = ReleaseAttachmentsModel.of(child, null, commandLine);

        DeclaredProfile apacheRelease = facts.profiles().stream()
                .filter(p -> p.id().equals("apache-release"))
                .findFirst()
                .orElseThrow();
        assertThat(apacheRelease.declaredIn()).isEqualTo("org.example:parent:39");
        assertThat(apacheRelease.goals())
                .as("the javadoc execution comes from pluginManagement; gpg is not inherited")
                .containsExactlyInAnyOrder(
                        "org.apache.maven.plugins:maven-source-plugin:jar-no-fork",
                        "org.apache.maven.plugins:maven-javadoc-plugin:jar");
        DeclaredProfile oss = facts.profiles().stream()
                .filter(p -> p.id().equals("oss"))
                .findFirst()
                .orElseThrow();
        assertThat(oss.activationProperty()).isEqualTo("performRelease");
        assertThat(oss.goals()).as("skipped").isEmpty();
        assertThat(facts.releasePlugin().releaseProfiles()).isEqualTo("apache-release");
        assertThat(facts.releasePlugin().version()).isEqualTo("3.3.1");
        assertThat(facts.releasePlugin().declaredByProject()).isTrue();
        assertThat(facts.buildGoals()).containsExactly("org.apache.maven.plugins:maven-source-plugin:jar-no-fork");
        assertThat(facts.commandLineFlags()).containsExactly(java.util.Map.entry("maven.javadoc.skip", "true"));
        assertThat(ReleaseProfiles.of(facts))
                .extracting(r -> r.profile().id() + ": " + r.why())
                .containsExactly(
                        "apache-release: named in the maven-release-plugin's releaseProfiles",
                        "oss: activated by -DperformRelease=true");
    }

    @Test
    void aFlattenedModuleStillCountsTheReleasePluginItsOwnPomDeclares(@TempDir Path dir) throws Exception {
        String written = """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId><artifactId>tool</artifactId><version>1.0</version>
                  <build><plugins>
                    <plugin><artifactId>maven-release-plugin</artifactId><version>3.1.1</version></plugin>
                  </plugins></build>
                </project>
                """;
        String flattened = """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId><artifactId>tool</artifactId><version>1.0</version>
                </project>
                """;
        Path pom = Files.writeString(dir.resolve("pom.xml"), written);
        Path flattenedPom = Files.writeString(dir.resolve(".flattened-pom.xml"), flattened);
        Model effective = new MavenXpp3Reader().read(new StringReader(written));
        effective.setPomFile(pom.toFile());
        MavenProject project = new MavenProject(effective);
        // what the flatten-maven-plugin with <updatePomFile> leaves behind: the flattened POM as file and original
        // model
        project.setFile(flattenedPom.toFile());
        project.setOriginalModel(new MavenXpp3Reader().read(new StringReader(flattened)));

        ReleaseAttachments facts = ReleaseAttachmentsModel.of(project, null, new Properties());

        assertThat(facts.releasePlugin().version()).isEqualTo("3.1.1");
        assertThat(facts.releasePlugin().declaredByProject()).isTrue();
    }
}
