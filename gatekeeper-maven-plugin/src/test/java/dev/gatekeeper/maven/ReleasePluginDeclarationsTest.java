package dev.gatekeeper.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.junit.jupiter.api.Test;

class ReleasePluginDeclarationsTest {

    private static Model pom(String build) throws Exception {
        return new MavenXpp3Reader().read(new StringReader("""
                <project><modelVersion>4.0.0</modelVersion><artifactId>m</artifactId>%s</project>""".formatted(build)));
    }

    private static String releasePlugin(String version) {
        return "<plugin><artifactId>maven-release-plugin</artifactId><version>" + version + "</version></plugin>";
    }

    @Test
    void theBuildPluginComesBeforeTheManagedOne() throws Exception {
        Model model = pom("<build><plugins>" + releasePlugin("3.1.1") + "</plugins><pluginManagement><plugins>"
                + releasePlugin("2.5.3") + "</plugins></pluginManagement></build>");

        assertThat(ReleasePluginDeclarations.in(model))
                .extracting(Plugin::getVersion)
                .containsExactly("3.1.1", "2.5.3");
    }

    @Test
    void aManagedPluginAloneIsFound() throws Exception {
        Model model = pom("<build><pluginManagement><plugins>" + releasePlugin("3.1.1")
                + "</plugins></pluginManagement></build>");

        assertThat(ReleasePluginDeclarations.in(model))
                .extracting(Plugin::getKey)
                .containsExactly(ReleasePluginDeclarations.KEY);
    }

    @Test
    void otherPluginsAModelWithoutBuildAndNoModelDeclareNothing() throws Exception {
        Model other = pom(
                "<build><plugins><plugin><artifactId>maven-deploy-plugin</artifactId></plugin></plugins>" + "</build>");

        assertThat(ReleasePluginDeclarations.in(other)).isEmpty();
        assertThat(ReleasePluginDeclarations.in(pom(""))).isEmpty();
        assertThat(ReleasePluginDeclarations.in(null)).isEmpty();
    }
}
