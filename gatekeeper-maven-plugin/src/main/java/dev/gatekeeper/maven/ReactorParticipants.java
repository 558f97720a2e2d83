package dev.gatekeeper.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;

/** Which reactor projects run a given Gatekeeper goal in this build. */
public final class ReactorParticipants {
    private ReactorParticipants() {}

    /**
     * The projects whose build declares an execution of {@code goal}; every project of the session
     * when the goal was started from the command line. Always includes the current project.
     */
    public static List<MavenProject> of(
            MavenSession session, MavenProject current, MojoExecution execution, PluginDescriptor plugin, String goal) {
        if (execution.getSource() == MojoExecution.Source.CLI) {
            return session.getProjects();
        }
        List<MavenProject> participants = new ArrayList<>();
        for (MavenProject reactorProject : session.getProjects()) {
            Plugin declared = reactorProject.getPlugin(plugin.getPluginLookupKey());
            if (declared != null
                    && declared.getExecutions().stream()
                            .anyMatch(e -> e.getGoals().contains(goal))) {
                participants.add(reactorProject);
            }
        }
        if (!participants.contains(current)) {
            participants.add(current);
        }
        return participants;
    }

    /** The ids the shared reactor barrier knows the projects by. */
    public static List<String> ids(List<MavenProject> projects) {
        return projects.stream().map(MavenProject::getId).toList();
    }
}
