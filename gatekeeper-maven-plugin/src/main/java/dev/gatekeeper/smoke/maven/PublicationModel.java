package dev.gatekeeper.smoke.maven;

import dev.gatekeeper.core.DisplayPaths;
import dev.gatekeeper.maven.DeclaredPom;
import dev.gatekeeper.smoke.InheritedMetadataCheck;
import dev.gatekeeper.smoke.PublicationFacts;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.maven.model.License;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Maps Maven's models to what decides whether a module is published ({@link PublicationFacts}) and to where
 * its Central metadata comes from ({@link InheritedMetadataCheck.Inherited}): the effective model for the values,
 * the model each POM declares ({@link DeclaredPom}: not a flattened one) for which POM declares them.
 */
public final class PublicationModel {
    private static final String DEPLOY_PLUGIN = "org.apache.maven.plugins:maven-deploy-plugin";
    private static final String NEXUS_STAGING = "org.sonatype.plugins:nexus-staging-maven-plugin";
    private static final String CENTRAL_PUBLISHING = "org.sonatype.central:central-publishing-maven-plugin";
    private static final String SPRING_BOOT = "org.springframework.boot:spring-boot-maven-plugin";

    private PublicationModel() {}

    /**
     * @param setting       {@code gatekeeper.smoke.published} as configured, or null
     * @param executionRoot POMs of the source tree are shown relative to it
     */
    public static PublicationFacts facts(MavenProject project, String setting, Path executionRoot) {
        return new PublicationFacts(
                project.getArtifactId(),
                project.getVersion(),
                setting,
                property(project, "maven.deploy.skip", executionRoot),
                configured(project, DEPLOY_PLUGIN, "skip", "default-deploy"),
                configured(project, NEXUS_STAGING, "skipNexusStagingDeployMojo", "injected-nexus-deploy"),
                centralExcluded(project),
                springBootRepackage(project),
                declaresDistribution(project),
                inheritedDistribution(project));
    }

    /**
     * The Central metadata elements a parent POM declares for this module, with that parent.
     *
     * @param localRepository a parent read from under it comes from a repository, not the project's source tree
     */
    public static List<InheritedMetadataCheck.Inherited> inherited(MavenProject project, Path localRepository) {
        List<InheritedMetadataCheck.Inherited> inherited = new ArrayList<>();
        add(inherited, project, localRepository, "<url>", project.getUrl(), Model::getUrl);
        add(inherited, project, localRepository, "<description>", project.getDescription(), Model::getDescription);
        add(
                inherited,
                project,
                localRepository,
                "<licenses>",
                String.join(
                        ", ",
                        project.getLicenses().stream()
                                .map(License::getName)
                                .filter(n -> n != null)
                                .toList()),
                m -> m.getLicenses().isEmpty() ? null : "declared");
        add(
                inherited,
                project,
                localRepository,
                "<developers>",
                String.join(
                        ", ",
                        project.getDevelopers().stream()
                                .map(d -> d.getName() != null ? d.getName() : d.getId())
                                .filter(n -> n != null)
                                .toList()),
                m -> m.getDevelopers().isEmpty() ? null : "declared");
        add(
                inherited,
                project,
                localRepository,
                "<scm><url>",
                project.getScm() == null ? null : project.getScm().getUrl(),
                m -> m.getScm() == null ? null : m.getScm().getUrl());
        add(
                inherited,
                project,
                localRepository,
                "<scm><connection>",
                project.getScm() == null ? null : project.getScm().getConnection(),
                m -> m.getScm() == null ? null : m.getScm().getConnection());
        return inherited;
    }

    private static void add(
            List<InheritedMetadataCheck.Inherited> inherited,
            MavenProject project,
            Path localRepository,
            String element,
            String effective,
            Function<Model, String> declared) {
        if (effective == null || effective.isBlank()) {
            return;
        }
        for (MavenProject model = project; model != null; model = model.getParent()) {
            Model own = DeclaredPom.of(model);
            String value = own == null ? null : declared.apply(own);
            if (value == null || value.isBlank()) {
                continue;
            }
            if (model != project) {
                inherited.add(new InheritedMetadataCheck.Inherited(
                        element, effective, gav(model), model.getGroupId(), inSourceTree(model, localRepository)));
            }
            return;
        }
    }

    private static boolean inSourceTree(MavenProject parent, Path localRepository) {
        File file = parent.getFile();
        return file != null
                && !file.toPath()
                        .toAbsolutePath()
                        .normalize()
                        .startsWith(localRepository.toAbsolutePath().normalize());
    }

    /** The property as the nearest POM declaring it defines it, and that POM; null when none does. */
    private static PublicationFacts.Declared property(MavenProject project, String name, Path executionRoot) {
        for (MavenProject model = project; model != null; model = model.getParent()) {
            Model original = DeclaredPom.of(model);
            if (original != null && original.getProperties().getProperty(name) != null) {
                return new PublicationFacts.Declared(
                        project.getProperties().getProperty(name), shown(model, executionRoot));
            }
        }
        String effective = project.getProperties().getProperty(name);
        return effective == null ? null : new PublicationFacts.Declared(effective, null);
    }

    /** A plugin parameter set in the plugin's configuration or in the execution named {@code executionId}. */
    private static PublicationFacts.Declared configured(
            MavenProject project, String plugin, String parameter, String executionId) {
        Plugin declared = project.getPlugin(plugin);
        if (declared == null) {
            return null;
        }
        String value = child(declared.getConfiguration(), parameter);
        PluginExecution execution = declared.getExecutionsAsMap().get(executionId);
        if (value == null && execution != null) {
            value = child(execution.getConfiguration(), parameter);
        }
        return value == null ? null : new PublicationFacts.Declared(value, null);
    }

    /** The artifactIds the central-publishing-maven-plugin's {@code <excludeArtifacts>} lists. */
    private static List<String> centralExcluded(MavenProject project) {
        Plugin plugin = project.getPlugin(CENTRAL_PUBLISHING);
        if (plugin == null
                || !(plugin.getConfiguration() instanceof Xpp3Dom configuration)
                || configuration.getChild("excludeArtifacts") == null) {
            return List.of();
        }
        Xpp3Dom excluded = configuration.getChild("excludeArtifacts");
        List<String> names = new ArrayList<>();
        for (Xpp3Dom child : excluded.getChildren()) {
            if (child.getValue() != null) {
                names.add(child.getValue().strip());
            }
        }
        if (excluded.getValue() != null) {
            Arrays.stream(excluded.getValue().split(","))
                    .map(String::strip)
                    .filter(n -> !n.isEmpty())
                    .forEach(names::add);
        }
        return names;
    }

    /** Whether the spring-boot-maven-plugin's repackage goal is bound and not skipped. */
    private static boolean springBootRepackage(MavenProject project) {
        Plugin plugin = project.getPlugin(SPRING_BOOT);
        if (plugin == null
                || "true"
                        .equalsIgnoreCase(
                                String.valueOf(project.getProperties().getProperty("spring-boot.repackage.skip"))
                                        .strip())
                || "true".equalsIgnoreCase(String.valueOf(child(plugin.getConfiguration(), "skip")))) {
            return false;
        }
        return plugin.getExecutions().stream()
                .anyMatch(execution -> execution.getGoals().contains("repackage")
                        && !"true".equalsIgnoreCase(String.valueOf(child(execution.getConfiguration(), "skip"))));
    }

    private static String inheritedDistribution(MavenProject project) {
        for (MavenProject parent = project.getParent(); parent != null; parent = parent.getParent()) {
            if (declaresDistribution(parent)) {
                return gav(parent);
            }
        }
        return null;
    }

    private static boolean declaresDistribution(MavenProject project) {
        Model own = DeclaredPom.of(project);
        return own != null && own.getDistributionManagement() != null;
    }

    private static String child(Object configuration, String name) {
        if (!(configuration instanceof Xpp3Dom dom)
                || dom.getChild(name) == null
                || dom.getChild(name).getValue() == null) {
            return null;
        }
        return dom.getChild(name).getValue().strip();
    }

    private static String shown(MavenProject model, Path executionRoot) {
        File file = model.getFile();
        if (file != null
                && file.toPath()
                        .toAbsolutePath()
                        .normalize()
                        .startsWith(executionRoot.toAbsolutePath().normalize())) {
            return DisplayPaths.relativeTo(executionRoot, file.toPath());
        }
        return gav(model);
    }

    private static String gav(MavenProject model) {
        return model.getGroupId() + ":" + model.getArtifactId() + ":" + model.getVersion();
    }
}
