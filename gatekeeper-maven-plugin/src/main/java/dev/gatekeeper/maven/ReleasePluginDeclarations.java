package dev.gatekeeper.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginContainer;

/**
 * Where a POM declares the maven-release-plugin: under {@code <build><plugins>} and under
 * {@code <build><pluginManagement>}, in that order (the order in which Maven lets the first override the
 * second). One lookup for the release plan's tag format and the smoke gate's release attachments.
 */
public final class ReleasePluginDeclarations {
    public static final String KEY = "org.apache.maven.plugins:maven-release-plugin";

    private ReleasePluginDeclarations() {}

    /** The plugin's declarations in {@code model}: the build plugin first, then the managed one; none when absent. */
    public static List<Plugin> in(Model model) {
        Build build = model == null ? null : model.getBuild();
        if (build == null) {
            return List.of();
        }
        List<Plugin> declarations = new ArrayList<>(2);
        add(declarations, build);
        add(declarations, build.getPluginManagement());
        return List.copyOf(declarations);
    }

    private static void add(List<Plugin> declarations, PluginContainer container) {
        Plugin plugin = container == null ? null : container.getPluginsAsMap().get(KEY);
        if (plugin != null) {
            declarations.add(plugin);
        }
    }
}
