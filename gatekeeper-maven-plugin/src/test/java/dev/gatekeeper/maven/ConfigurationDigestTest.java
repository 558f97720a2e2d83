package dev.gatekeeper.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

/**
 * The digest the guard compares: every Gatekeeper execution of the reactor, from Maven's own model
 * objects. A value, an execution's id, phase or goals, or a module count; the order of attributes and
 * whitespace around a value do not.
 */
class ConfigurationDigestTest {
    private static final String KEY = "dev.gatekeeper:gatekeeper-maven-plugin";

    @Test
    void equalConfigurationsGiveEqualDigests() throws Exception {
        String one = digest("app", "default", "verify", "<configuration><failOnCvss>7</failOnCvss></configuration>");

        assertThat(digest("app", "default", "verify", "<configuration><failOnCvss>7</failOnCvss></configuration>"))
                .isEqualTo(one)
                .hasSize(64);
    }

    @Test
    void aValueChangesTheDigest() throws Exception {
        String one = digest("app", "default", "verify", "<configuration><failOnCvss>7</failOnCvss></configuration>");

        assertThat(digest("app", "default", "verify", "<configuration><failOnCvss>5</failOnCvss></configuration>"))
                .isNotEqualTo(one);
        assertThat(digest(
                        "app",
                        "default",
                        "verify",
                        "<configuration><failOnCvss>7</failOnCvss><skip>true</skip></configuration>"))
                .as("a parameter added")
                .isNotEqualTo(one);
    }

    @Test
    void theExecutionAndItsModuleCount() throws Exception {
        String one = digest("app", "default", "verify", "<configuration><failOnCvss>7</failOnCvss></configuration>");

        assertThat(digest("app", "merge-ready", "verify", "<configuration><failOnCvss>7</failOnCvss></configuration>"))
                .isNotEqualTo(one);
        assertThat(digest("app", "default", "package", "<configuration><failOnCvss>7</failOnCvss></configuration>"))
                .isNotEqualTo(one);
        assertThat(digest("lib", "default", "verify", "<configuration><failOnCvss>7</failOnCvss></configuration>"))
                .isNotEqualTo(one);
    }

    @Test
    void attributeOrderAndWhitespaceAroundValuesDoNotCount() throws Exception {
        String one = digest(
                "app",
                "default",
                "verify",
                "<configuration><cases><case name=\"scan\" kind=\"json\">out.json</case></cases></configuration>");

        assertThat(
                        digest(
                                "app",
                                "default",
                                "verify",
                                "<configuration>\n  <cases>\n    <case kind=\"json\" name=\"scan\">\n      out.json\n    </case>\n  </cases>\n</configuration>"))
                .isEqualTo(one);
        assertThat(
                        digest(
                                "app",
                                "default",
                                "verify",
                                "<configuration><cases><case name=\"scan\" kind=\"xml\">out.json</case></cases></configuration>"))
                .isNotEqualTo(one);
    }

    @Test
    void theOrderOfRepeatedElementsCounts() throws Exception {
        String one = digest(
                "app",
                "default",
                "verify",
                "<configuration><cases><case>a</case><case>b</case></cases></configuration>");

        assertThat(digest(
                        "app",
                        "default",
                        "verify",
                        "<configuration><cases><case>b</case><case>a</case></cases></configuration>"))
                .as("a list's order is the order Maven hands it to the goal")
                .isNotEqualTo(one);
    }

    @Test
    void aModuleWithoutGatekeeperAddsNothing() throws Exception {
        MavenProject app =
                project("app", "default", "verify", "<configuration><failOnCvss>7</failOnCvss></configuration>");
        Model model = new Model();
        model.setGroupId("g");
        model.setArtifactId("docs");
        model.setVersion("1.0.0");
        MavenProject bare = new MavenProject(model);

        assertThat(ConfigurationDigest.of(List.of(app, bare), KEY))
                .isEqualTo(ConfigurationDigest.of(List.of(app), KEY));
    }

    @Test
    void canonicalTextNamesEveryLeafAsTheCallerEvaluatesIt() throws Exception {
        String text = ConfigurationDigest.canonical(
                Xpp3DomBuilder.build(
                        new StringReader(
                                "<configuration><b q=\"1\" b=\"2\" a=\"3\"> x </b><c><d>y</d></c><e>dropped</e></configuration>")),
                leaf -> leaf.getName().equals("e") ? null : leaf.getValue().toUpperCase());

        assertThat(text).isEqualTo("configuration\n  b a=\"3\" b=\"2\" q=\"1\" = X\n  c\n    d = Y\n");
    }

    private static String digest(String module, String id, String phase, String xml) throws Exception {
        return ConfigurationDigest.of(List.of(project(module, id, phase, xml)), KEY);
    }

    private static MavenProject project(String module, String id, String phase, String xml) throws Exception {
        PluginExecution execution = new PluginExecution();
        execution.setId(id);
        execution.setPhase(phase);
        execution.setGoals(List.of("audit", "verdict"));
        execution.setConfiguration(Xpp3DomBuilder.build(new StringReader(xml)));
        Plugin plugin = new Plugin();
        plugin.setGroupId("dev.gatekeeper");
        plugin.setArtifactId("gatekeeper-maven-plugin");
        plugin.addExecution(execution);
        Build build = new Build();
        build.addPlugin(plugin);
        Model model = new Model();
        model.setGroupId("g");
        model.setArtifactId(module);
        model.setVersion("1.0.0");
        model.setBuild(build);
        return new MavenProject(model);
    }
}
