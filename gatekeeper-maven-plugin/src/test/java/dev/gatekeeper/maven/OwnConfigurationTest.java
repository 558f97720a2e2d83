package dev.gatekeeper.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnConfigurationTest {
    private static final String KEY = "dev.gatekeeper:gatekeeper-maven-plugin";
    private static final Set<String> PATHS = Set.of("includes", "directory");

    private static Model pom(String build) throws Exception {
        return new MavenXpp3Reader().read(new StringReader("""
                <project><modelVersion>4.0.0</modelVersion><artifactId>m</artifactId>%s</project>""".formatted(build)));
    }

    private static String plugin(String inside) {
        return "<plugin><groupId>dev.gatekeeper</groupId><artifactId>gatekeeper-maven-plugin</artifactId>" + inside
                + "</plugin>";
    }

    @Test
    void aModuleWithoutAnyPluginConfigurationSetsNothing() throws Exception {
        assertThat(OwnConfiguration.sets(pom(""), KEY, "docs", PATHS)).isFalse();
        assertThat(OwnConfiguration.sets(null, KEY, "docs", PATHS)).isFalse();
    }

    @Test
    void thePluginBoundInAProfileWithoutThoseParametersSetsNothing() throws Exception {
        Model model = pom("<profiles><profile><id>merge-ready</id><build><plugins>"
                + plugin("<configuration><coverage>true</coverage></configuration>")
                + "</plugins></build></profile></profiles>");

        assertThat(OwnConfiguration.sets(model, KEY, "docs", PATHS)).isFalse();
    }

    @Test
    void includesInAProfilesPluginConfigurationAreSet() throws Exception {
        Model model = pom("<profiles><profile><id>merge-ready</id><build><plugins>"
                + plugin("<configuration><includes><include>guide/*.md</include></includes></configuration>")
                + "</plugins></build></profile></profiles>");

        assertThat(OwnConfiguration.sets(model, KEY, "docs", PATHS)).isTrue();
    }

    @Test
    void aDirectoryInPluginManagementOrInTheDocsExecutionIsSetButNotInAnotherGoalsExecution() throws Exception {
        Model managed = pom("<build><pluginManagement><plugins>"
                + plugin("<configuration><directory>site</directory></configuration>")
                + "</plugins></pluginManagement></build>");
        Model docsExecution = pom("<build><plugins>"
                + plugin(
                        "<executions><execution><goals><goal>docs</goal></goals>"
                                + "<configuration><includes><include>*.md</include></includes></configuration></execution></executions>")
                + "</plugins></build>");
        Model otherExecution = pom("<build><plugins>"
                + plugin("<executions><execution><goals><goal>snapshot</goal></goals>"
                        + "<configuration><directory>x</directory></configuration></execution></executions>")
                + "</plugins></build>");

        assertThat(OwnConfiguration.sets(managed, KEY, "docs", PATHS)).isTrue();
        assertThat(OwnConfiguration.sets(docsExecution, KEY, "docs", PATHS)).isTrue();
        assertThat(OwnConfiguration.sets(otherExecution, KEY, "docs", PATHS)).isFalse();
    }

    @Test
    void aFlattenedModuleStillSetsWhatItsOwnPomSets(@TempDir Path dir) throws Exception {
        String written = "<project><modelVersion>4.0.0</modelVersion><artifactId>m</artifactId><profiles><profile>"
                + "<id>merge-ready</id><build><plugins>"
                + plugin("<configuration><includes><include>guide/*.md</include></includes></configuration>")
                + "</plugins></build></profile></profiles></project>";
        Path pom = Files.writeString(dir.resolve("pom.xml"), written);
        Path flattenedPom = Files.writeString(dir.resolve(".flattened-pom.xml"), "");
        Model effective = new MavenXpp3Reader().read(new StringReader(written));
        effective.setPomFile(pom.toFile());
        MavenProject project = new MavenProject(effective);
        // what the flatten-maven-plugin with <updatePomFile> leaves behind: the flattened POM as file and original
        // model
        project.setFile(flattenedPom.toFile());
        project.setOriginalModel(pom(""));

        assertThat(OwnConfiguration.declaredBy(project, KEY, "docs", PATHS)).isTrue();
    }
}
