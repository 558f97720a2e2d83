package dev.gatekeeper.maven;

import dev.gatekeeper.core.GateId;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;

/** Whether a project's build binds Gatekeeper's verdict goal, which waits for the background gates. */
public final class VerdictExecutions {
    private VerdictExecutions() {}

    public static boolean declaredBy(MavenProject project, PluginDescriptor plugin) {
        Plugin declared = project.getPlugin(plugin.getPluginLookupKey());
        return declared != null
                && declared.getExecutions().stream().anyMatch(e -> e.getGoals().contains(GateId.Goals.VERDICT));
    }
}
