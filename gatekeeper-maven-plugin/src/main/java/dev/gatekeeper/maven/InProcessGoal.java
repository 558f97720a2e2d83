package dev.gatekeeper.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Runs another plugin's goal inside this Maven session, through Maven's own plugin manager: the
 * plugin is resolved like any other (so it comes from the local repository under {@code -o}), no
 * second Maven process is started, and it runs as the given project (an aggregator goal scans the
 * project it runs as and the modules below it, so Gatekeeper runs those as the execution root).
 */
public final class InProcessGoal {
    private final BuildPluginManager pluginManager;
    private final MavenSession session;
    private final MavenProject asProject;
    private final Plugin plugin;
    private final String goal;

    public InProcessGoal(
            BuildPluginManager pluginManager,
            MavenSession session,
            MavenProject asProject,
            String groupId,
            String artifactId,
            String version,
            String goal) {
        this.pluginManager = pluginManager;
        this.session = session;
        this.asProject = asProject;
        this.plugin = new Plugin();
        plugin.setGroupId(groupId);
        plugin.setArtifactId(artifactId);
        plugin.setVersion(version);
        this.goal = goal;
    }

    /**
     * @param configuration what Gatekeeper must set; it wins over everything else
     * @param userConfiguration the user's own configuration of that plugin (from the POM), or null;
     *                          it wins over the goal's defaults
     */
    public void execute(Xpp3Dom configuration, Xpp3Dom userConfiguration) throws Exception {
        PluginDescriptor descriptor = pluginManager.loadPlugin(
                plugin, asProject.getRemotePluginRepositories(), session.getRepositorySession());
        MojoDescriptor mojo = descriptor.getMojo(goal);
        if (mojo == null) {
            throw new IllegalStateException(plugin.getId() + " has no '" + goal + "' goal");
        }
        if (mojo.isOnlineRequired()) {
            // Gatekeeper points such goals at local data, so Maven's offline mode must not refuse them.
            mojo = (MojoDescriptor) mojo.clone();
            mojo.setOnlineRequired(false);
        }
        Xpp3Dom defaults = toXpp3Dom(mojo.getMojoConfiguration());
        Xpp3Dom recessive =
                userConfiguration == null ? defaults : Xpp3Dom.mergeXpp3Dom(new Xpp3Dom(userConfiguration), defaults);
        MojoExecution execution = new MojoExecution(mojo, Xpp3Dom.mergeXpp3Dom(configuration, recessive));
        MavenProject current = session.getCurrentProject();
        session.setCurrentProject(asProject);
        try {
            pluginManager.executeMojo(session, execution);
        } finally {
            session.setCurrentProject(current);
        }
    }

    public static Xpp3Dom configuration(java.util.Map<String, String> parameters) {
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        parameters.forEach((name, value) -> add(configuration, name, value));
        return configuration;
    }

    public static void add(Xpp3Dom parent, String name, String value) {
        Xpp3Dom child = new Xpp3Dom(name);
        child.setValue(value);
        parent.addChild(child);
    }

    /** A goal's default configuration (parameter expressions and default values) as Maven would apply it. */
    private static Xpp3Dom toXpp3Dom(PlexusConfiguration configuration) {
        Xpp3Dom dom = new Xpp3Dom(configuration.getName());
        dom.setValue(configuration.getValue(null));
        for (String attribute : configuration.getAttributeNames()) {
            dom.setAttribute(attribute, configuration.getAttribute(attribute, null));
        }
        for (PlexusConfiguration child : configuration.getChildren()) {
            dom.addChild(toXpp3Dom(child));
        }
        return dom;
    }
}
