package dev.gatekeeper.maven;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.maven.model.BuildBase;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.Profile;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Whether a module's own pom.xml (its original model, before inheritance) sets a goal's parameter: in
 * the plugin's configuration or in an execution that binds the goal, under {@code <build>} or any
 * profile's, plugins or pluginManagement. Tells a module's explicit choice from one inherited from a
 * parent, which configures every module alike.
 */
public final class OwnConfiguration {
    private OwnConfiguration() {}

    /**
     * Whether the project's own pom.xml sets the parameter: the POM its author wrote ({@link DeclaredPom}), not
     * a flattened one that replaced it.
     */
    public static boolean declaredBy(MavenProject project, String pluginKey, String goal, Set<String> parameters) {
        return sets(DeclaredPom.of(project), pluginKey, goal, parameters);
    }

    public static boolean sets(Model original, String pluginKey, String goal, Set<String> parameters) {
        if (original == null) {
            return false;
        }
        List<BuildBase> builds = new ArrayList<>();
        builds.add(original.getBuild());
        for (Profile profile : original.getProfiles()) {
            builds.add(profile.getBuild());
        }
        for (BuildBase build : builds) {
            if (build == null) {
                continue;
            }
            if (setsIn(build.getPlugins(), pluginKey, goal, parameters)
                    || build.getPluginManagement() != null
                            && setsIn(build.getPluginManagement().getPlugins(), pluginKey, goal, parameters)) {
                return true;
            }
        }
        return false;
    }

    private static boolean setsIn(Collection<Plugin> plugins, String pluginKey, String goal, Set<String> parameters) {
        for (Plugin plugin : plugins) {
            if (!pluginKey.equals(plugin.getKey())) {
                continue;
            }
            if (hasAny(plugin.getConfiguration(), parameters)) {
                return true;
            }
            for (PluginExecution execution : plugin.getExecutions()) {
                if (execution.getGoals().contains(goal) && hasAny(execution.getConfiguration(), parameters)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasAny(Object configuration, Set<String> parameters) {
        if (!(configuration instanceof Xpp3Dom dom)) {
            return false;
        }
        for (String parameter : parameters) {
            if (dom.getChild(parameter) != null) {
                return true;
            }
        }
        return false;
    }
}
