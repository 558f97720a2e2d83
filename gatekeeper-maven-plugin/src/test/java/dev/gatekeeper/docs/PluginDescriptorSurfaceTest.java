package dev.gatekeeper.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Goal and parameter tables read from a generated plugin descriptor with Maven's PluginDescriptorBuilder. */
class PluginDescriptorSurfaceTest {
    @TempDir
    Path root;

    private Path descriptor;
    private DocsSettings settings;

    @BeforeEach
    void copyDescriptor() throws Exception {
        descriptor = root.resolve("target/classes/META-INF/maven/plugin.xml");
        Files.createDirectories(descriptor.getParent());
        try (InputStream in = getClass().getResourceAsStream("plugin.xml")) {
            Files.copy(in, descriptor);
        }
        settings = new DocsSettings(
                root, root, null, null, null, List.of(), root.resolve("target/gatekeeper/docs"), false, false);
    }

    @Test
    void withoutAGoalTheTableListsEveryGoalWithPhaseAndFirstSentence() {
        Rendering rendering = PluginDescriptorSurface.render(descriptor, null, settings);

        assertThat(rendering.markdown()).isEqualTo("""
                | Goal | Phase | Description |
                | --- | --- | --- |
                | `tiny:greet` | validate | Says hello, e.g. to the world. |
                | `tiny:help` | - | Display help information on tiny-maven-plugin. |""");
        assertThat(rendering.mentions())
                .extracting(Rendering.Mention::names)
                .containsExactly(List.of("name", "tiny.name"), List.of("targets"));
    }

    @Test
    void withAGoalTheTableListsItsEditableParametersInNameOrder() {
        Rendering rendering = PluginDescriptorSurface.render(descriptor, "greet", settings);

        assertThat(rendering.markdown()).isEqualTo("""
                | Parameter | Type | User property | Default | Description |
                | --- | --- | --- | --- | --- |
                | `name` | String | `tiny.name` | `world` | Whom to greet, world \\| anyone & everyone. |
                | `targets` | List\\<File> |  |  | Where to greet. |""");
        assertThat(rendering.mentions())
                .extracting(Rendering.Mention::label)
                .containsExactly(
                        "parameter 'name' of tiny:greet (user property tiny.name)",
                        "parameter 'targets' of tiny:greet");
    }

    @Test
    void anUnknownGoalAMissingFileAndAMalformedOneAreUnavailable() throws Exception {
        assertThat(PluginDescriptorSurface.render(descriptor, "wave", settings).unavailable())
                .isEqualTo(
                        "the plugin descriptor target/classes/META-INF/maven/plugin.xml has no goal 'wave'; its goals: greet, help");
        assertThat(PluginDescriptorSurface.render(root.resolve("nope.xml"), null, settings)
                        .unavailable())
                .startsWith("the plugin descriptor nope.xml does not exist");
        Files.writeString(descriptor, "<plugin><mojos><mojo>");
        assertThat(PluginDescriptorSurface.render(descriptor, null, settings).unavailable())
                .startsWith("the plugin descriptor target/classes/META-INF/maven/plugin.xml cannot be read: ");
        Files.writeString(
                descriptor,
                "<?xml version=\"1.0\"?><!DOCTYPE plugin [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><plugin/>");
        assertThat(PluginDescriptorSurface.render(descriptor, null, settings).unavailable())
                .contains("declares a DOCTYPE");
    }
}
