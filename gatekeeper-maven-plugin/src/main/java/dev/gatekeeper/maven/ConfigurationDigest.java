package dev.gatekeeper.maven;

import dev.gatekeeper.core.Digests;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * SHA-256 over the effective configuration of every Gatekeeper execution in the reactor (module,
 * execution id, phase, goals, configuration as canonical text: elements in document order,
 * attributes sorted, values trimmed), so the guard can tell the verdict came from the same settings.
 */
public final class ConfigurationDigest {
    private ConfigurationDigest() {}

    public static String of(List<MavenProject> projects, String pluginKey) {
        StringBuilder canonical = new StringBuilder();
        for (MavenProject project : projects) {
            Plugin plugin = project.getPlugin(pluginKey);
            if (plugin == null) {
                continue;
            }
            for (PluginExecution execution : plugin.getExecutions()) {
                canonical
                        .append(BuildIdentity.moduleKey(project))
                        .append('|')
                        .append(execution.getId())
                        .append('|')
                        .append(execution.getPhase())
                        .append('|')
                        .append(execution.getGoals())
                        .append('\n');
                append(
                        canonical,
                        (Xpp3Dom) execution.getConfiguration(),
                        1,
                        node -> node.getValue() == null ? "" : node.getValue());
            }
        }
        return Digests.sha256(canonical.toString());
    }

    /**
     * The canonical text of one configuration, each leaf's value as {@code leafValue} gives it (for
     * example evaluated as Maven would); a leaf for which it returns null is left out.
     */
    static String canonical(Xpp3Dom configuration, Function<Xpp3Dom, String> leafValue) {
        StringBuilder canonical = new StringBuilder();
        append(canonical, configuration, 0, leafValue);
        return canonical.toString();
    }

    private static void append(StringBuilder out, Xpp3Dom node, int depth, Function<Xpp3Dom, String> leafValue) {
        if (node == null) {
            return;
        }
        String value = node.getChildCount() == 0 ? leafValue.apply(node) : null;
        if (node.getChildCount() == 0 && value == null) {
            return;
        }
        out.append("  ".repeat(depth)).append(node.getName());
        String[] attributes = node.getAttributeNames();
        Arrays.sort(attributes);
        for (String attribute : attributes) {
            out.append(' ')
                    .append(attribute)
                    .append("=\"")
                    .append(node.getAttribute(attribute))
                    .append('"');
        }
        if (node.getChildCount() == 0) {
            out.append(" = ").append(value.trim());
        }
        out.append('\n');
        for (Xpp3Dom child : node.getChildren()) {
            append(out, child, depth + 1, leafValue);
        }
    }
}
