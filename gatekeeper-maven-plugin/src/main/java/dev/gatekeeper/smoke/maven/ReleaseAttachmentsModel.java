package dev.gatekeeper.smoke.maven;

import dev.gatekeeper.maven.DeclaredPom;
import dev.gatekeeper.maven.ReleasePluginDeclarations;
import dev.gatekeeper.smoke.DeclaredProfile;
import dev.gatekeeper.smoke.ReleaseAttachments;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.model.BuildBase;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.Profile;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Maps Maven's models to {@link ReleaseAttachments}: the inactive profiles of the project, of its parents
 * (their own models keep the profiles they declare) and of Maven's super POM, the maven-release-plugin's
 * effective configuration, the goals this build binds and the skip flags given on the command line.
 */
public final class ReleaseAttachmentsModel {
    /** The command-line properties that skip attaching the sources and javadoc jars. */
    public static final List<String> SKIP_FLAGS = List.of("maven.source.skip", "maven.javadoc.skip");
    /** Configuration that makes a bound goal attach nothing. */
    private static final List<String> SKIP_PARAMETERS = List.of("skip", "skipSource");

    private ReleaseAttachmentsModel() {}

    /**
     * @param superPom       Maven's super POM, or null when it cannot be had
     * @param userProperties the command line's {@code -D} properties
     */
    public static ReleaseAttachments of(MavenProject project, Model superPom, Properties userProperties) {
        Set<String> active = new HashSet<>();
        project.getInjectedProfileIds().values().forEach(active::addAll);
        Map<String, Plugin> managed = project.getPluginManagement() == null
                ? Map.of()
                : project.getPluginManagement().getPluginsAsMap();
        List<DeclaredProfile> profiles = new ArrayList<>();
        boolean releasePluginDeclared = false;
        for (MavenProject model = project; model != null; model = model.getParent()) {
            String declaredIn = model.getGroupId() + ":" + model.getArtifactId() + ":" + model.getVersion();
            for (Profile profile : model.getModel().getProfiles()) {
                if (!active.contains(profile.getId())) {
                    profiles.add(declared(profile, declaredIn, model != project, managed));
                }
            }
            releasePluginDeclared = releasePluginDeclared
                    || !ReleasePluginDeclarations.in(DeclaredPom.of(model)).isEmpty();
        }
        if (superPom != null) {
            for (Profile profile : superPom.getProfiles()) {
                if (!active.contains(profile.getId())) {
                    profiles.add(declared(profile, DeclaredProfile.SUPER_POM, false, managed));
                }
            }
        }
        Map<String, String> flags = new TreeMap<>();
        for (String flag : SKIP_FLAGS) {
            if (userProperties.getProperty(flag) != null) {
                flags.put(flag, userProperties.getProperty(flag));
            }
        }
        return new ReleaseAttachments(
                profiles,
                releasePlugin(project, releasePluginDeclared),
                boundGoals(project.getBuildPlugins(), managed, false),
                flags);
    }

    private static DeclaredProfile declared(
            Profile profile, String declaredIn, boolean inherited, Map<String, Plugin> managed) {
        String property =
                profile.getActivation() == null || profile.getActivation().getProperty() == null
                        ? null
                        : profile.getActivation().getProperty().getName();
        BuildBase build = profile.getBuild();
        List<Plugin> plugins = build == null ? List.of() : build.getPlugins();
        Map<String, Plugin> allManaged = new HashMap<>(managed);
        if (build != null && build.getPluginManagement() != null) {
            allManaged.putAll(build.getPluginManagement().getPluginsAsMap());
        }
        Set<String> keys = new HashSet<>();
        plugins.stream().filter(p -> !inherited || p.isInherited()).forEach(p -> keys.add(p.getKey()));
        return new DeclaredProfile(
                profile.getId(), declaredIn, property, keys, boundGoals(plugins, allManaged, inherited));
    }

    /**
     * The goals {@code plugins} bind and do not skip, as {@code groupId:artifactId:goal}; a plugin declared
     * without executions, or an execution without goals, takes them from {@code managed} as Maven does.
     */
    private static Set<String> boundGoals(List<Plugin> plugins, Map<String, Plugin> managed, boolean inheritedOnly) {
        Set<String> goals = new HashSet<>();
        for (Plugin plugin : plugins) {
            if (inheritedOnly && !plugin.isInherited()) {
                continue;
            }
            Plugin management = managed.get(plugin.getKey());
            List<PluginExecution> executions = plugin.getExecutions().isEmpty() && management != null
                    ? management.getExecutions()
                    : plugin.getExecutions();
            for (PluginExecution execution : executions) {
                List<String> executionGoals = execution.getGoals();
                if (executionGoals.isEmpty()
                        && management != null
                        && management.getExecutionsAsMap().containsKey(execution.getId())) {
                    executionGoals = management
                            .getExecutionsAsMap()
                            .get(execution.getId())
                            .getGoals();
                }
                if (skips(plugin.getConfiguration()) || skips(execution.getConfiguration())) {
                    continue;
                }
                executionGoals.forEach(goal -> goals.add(plugin.getKey() + ":" + goal));
            }
        }
        return goals;
    }

    private static boolean skips(Object configuration) {
        if (!(configuration instanceof Xpp3Dom dom)) {
            return false;
        }
        return SKIP_PARAMETERS.stream()
                .map(dom::getChild)
                .anyMatch(child -> child != null && "true".equals(trimmed(child.getValue())));
    }

    private static ReleaseAttachments.ReleasePlugin releasePlugin(MavenProject project, boolean declaredByProject) {
        List<Plugin> declarations = ReleasePluginDeclarations.in(project.getModel());
        if (declarations.isEmpty()) {
            return null;
        }
        Plugin plugin = declarations.get(0);
        Xpp3Dom configuration = plugin.getConfiguration() instanceof Xpp3Dom dom ? dom : new Xpp3Dom("configuration");
        return new ReleaseAttachments.ReleasePlugin(
                plugin.getVersion(),
                value(configuration, "releaseProfiles"),
                value(configuration, "arguments"),
                value(configuration, "useReleaseProfile"),
                declaredByProject);
    }

    private static String value(Xpp3Dom configuration, String name) {
        Xpp3Dom child = configuration.getChild(name);
        return child == null ? null : trimmed(child.getValue());
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
