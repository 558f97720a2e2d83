package dev.gatekeeper.release.maven;

import dev.gatekeeper.release.SnapshotReference;
import dev.gatekeeper.release.SnapshotReference.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.maven.artifact.ArtifactUtils;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Extension;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputLocationTracker;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Profile;
import org.apache.maven.project.MavenProject;

/**
 * Finds the SNAPSHOT versions and version ranges a release built from the reactor's POMs would
 * depend on: in each module's effective model (dependencies, managed dependencies, build plugins and
 * their dependencies, build extensions, the parent) and, because Maven replaces them by their
 * content, in the imported BOMs of the module's own POM. Artifacts of the reactor, at the reactor's
 * version, are released with it and do not count.
 */
public final class PomSnapshotScan {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]+)}");

    private final Set<String> reactorArtifacts;
    private final Set<Path> reactorPoms;
    private final Map<String, SnapshotReference> found = new LinkedHashMap<>();
    private final Properties userProperties;
    /** The active profile a module scanned earlier (the root, in reactor order) declares Gatekeeper in. */
    private final Map<String, String> profileDeclaringPlugin = new HashMap<>();

    /**
     * @param reactor        every project of the reactor, including those {@code -pl} left out
     * @param userProperties the build's {@code -D} properties (and {@code .mvn/maven.config}'s), which win over the POM's
     *                       as they do when Maven resolves {@code ${revision}}
     */
    public PomSnapshotScan(Collection<MavenProject> reactor, Properties userProperties) {
        this.userProperties = userProperties == null ? new Properties() : userProperties;
        this.reactorArtifacts = reactor.stream()
                .map(p -> p.getGroupId() + ":" + p.getArtifactId() + ":" + p.getVersion())
                .collect(Collectors.toSet());
        this.reactorPoms = reactor.stream()
                .filter(p -> p.getFile() != null)
                .map(p -> normalized(p.getFile().toPath()))
                .collect(Collectors.toSet());
    }

    /** Every reference found so far, once per place to fix it. */
    public List<SnapshotReference> references() {
        return List.copyOf(found.values());
    }

    public PomSnapshotScan scan(MavenProject project) {
        String module = project.getGroupId() + ":" + project.getArtifactId();
        Path pom = project.getFile() == null
                ? Path.of("pom.xml")
                : project.getFile().toPath();
        Model model = project.getModel();
        Parent parent = model.getParent();
        if (parent != null) {
            Parent written = project.getOriginalModel() == null
                    ? null
                    : project.getOriginalModel().getParent();
            check(
                    Kind.PARENT,
                    module,
                    pom,
                    parent.getGroupId(),
                    parent.getArtifactId(),
                    parent.getVersion(),
                    null,
                    written != null ? written : parent);
        }
        for (Dependency dependency : model.getDependencies()) {
            check(Kind.DEPENDENCY, module, pom, dependency, null);
        }
        if (model.getDependencyManagement() != null) {
            for (Dependency managed : model.getDependencyManagement().getDependencies()) {
                check(Kind.MANAGED_DEPENDENCY, module, pom, managed, null);
            }
        }
        for (Dependency bom : importedBoms(project)) {
            String version = interpolate(bom.getVersion(), project, userProperties);
            check(Kind.BOM, module, pom, bom.getGroupId(), bom.getArtifactId(), version, null, bom);
        }
        if (model.getBuild() != null) {
            for (Plugin plugin : model.getBuild().getPlugins()) {
                check(
                        Kind.PLUGIN,
                        module,
                        pom,
                        plugin.getGroupId(),
                        plugin.getArtifactId(),
                        plugin.getVersion(),
                        null,
                        plugin,
                        profileDeclaring(project, plugin.getKey()));
                String via = plugin.getKey() + ":" + plugin.getVersion();
                for (Dependency dependency : plugin.getDependencies()) {
                    check(Kind.PLUGIN_DEPENDENCY, module, pom, dependency, via);
                }
            }
            for (Extension extension : model.getBuild().getExtensions()) {
                check(
                        Kind.EXTENSION,
                        module,
                        pom,
                        extension.getGroupId(),
                        extension.getArtifactId(),
                        extension.getVersion(),
                        null,
                        extension);
            }
        }
        return this;
    }

    /** The {@code import}-scoped entries of the module's own POM and its active profiles, before Maven replaced them. */
    private static List<Dependency> importedBoms(MavenProject project) {
        List<DependencyManagement> sections = new ArrayList<>();
        Model original = project.getOriginalModel();
        if (original != null && original.getDependencyManagement() != null) {
            sections.add(original.getDependencyManagement());
        }
        for (Profile profile : project.getActiveProfiles()) {
            if (profile.getDependencyManagement() != null) {
                sections.add(profile.getDependencyManagement());
            }
        }
        List<Dependency> boms = new ArrayList<>();
        for (DependencyManagement section : sections) {
            section.getDependencies().stream()
                    .filter(d -> "import".equals(d.getScope()))
                    .forEach(boms::add);
        }
        return boms;
    }

    /**
     * The active profile that brings the plugin into this module's build. A module whose parent chain
     * Maven no longer shows (a flattened POM replaced its file, as on a flattened {@code ${revision}}
     * reactor) and whose own POM does not declare the plugin in its main build inherited it: from the
     * profile an earlier module of the reactor declares it in.
     */
    private String profileDeclaring(MavenProject project, String key) {
        String profile = activeProfileDeclaring(project, key);
        if (profile != null) {
            profileDeclaringPlugin.putIfAbsent(key, profile);
            return profile;
        }
        Model own = project.getOriginalModel();
        boolean declaredInOwnBuild = own != null
                && own.getBuild() != null
                && own.getBuild().getPluginsAsMap().containsKey(key);
        return declaredInOwnBuild ? null : profileDeclaringPlugin.get(key);
    }

    /**
     * The id of an active profile, of the project's POM or of a parent's, whose build declares the
     * plugin {@code key}; null when none does.
     */
    private static String activeProfileDeclaring(MavenProject project, String key) {
        for (Profile profile : project.getActiveProfiles()) {
            if (declares(profile, key)) {
                return profile.getId();
            }
        }
        Map<String, List<String>> injected = project.getInjectedProfileIds();
        for (MavenProject parent = project.getParent(); parent != null; parent = parent.getParent()) {
            String prefix = parent.getGroupId() + ":" + parent.getArtifactId() + ":";
            Model model = parent.getOriginalModel() != null ? parent.getOriginalModel() : parent.getModel();
            for (Map.Entry<String, List<String>> active : injected.entrySet()) {
                if (!active.getKey().startsWith(prefix)) {
                    continue;
                }
                for (Profile profile : model.getProfiles()) {
                    if (active.getValue().contains(profile.getId()) && declares(profile, key)) {
                        return profile.getId();
                    }
                }
            }
        }
        return profileOfTheChainDeclaring(project, key);
    }

    /**
     * When Maven's record of active profile ids does not name the profile (a POM whose id is written
     * with {@code ${revision}}, a project file replaced by a flattened POM), a plugin of the effective
     * build that no POM of the chain declares in its main build came from a profile: the one of the
     * chain that declares it.
     */
    private static String profileOfTheChainDeclaring(MavenProject project, String key) {
        String profileId = null;
        for (MavenProject current = project; current != null; current = current.getParent()) {
            Model model = current.getOriginalModel() != null ? current.getOriginalModel() : current.getModel();
            if (model.getBuild() != null && model.getBuild().getPluginsAsMap().containsKey(key)) {
                return null;
            }
            for (Profile profile : model.getProfiles()) {
                if (profileId == null && declares(profile, key)) {
                    profileId = profile.getId();
                }
            }
        }
        return profileId;
    }

    private static boolean declares(Profile profile, String key) {
        return profile.getBuild() != null
                && profile.getBuild().getPluginsAsMap().containsKey(key);
    }

    /**
     * {@code ${…}} filled in from the build's user properties, the project's properties and its own
     * coordinates, in Maven's order; unknown expressions stay.
     */
    static String interpolate(String value, MavenProject project, Properties userProperties) {
        if (value == null || !value.contains("${")) {
            return value;
        }
        Properties properties = project.getProperties();
        Matcher matcher = EXPRESSION.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = switch (name) {
                case "project.version", "pom.version", "version" -> project.getVersion();
                case "project.groupId", "pom.groupId", "groupId" -> project.getGroupId();
                case "project.artifactId", "pom.artifactId", "artifactId" -> project.getArtifactId();
                case "project.parent.version", "parent.version" ->
                    project.getModel().getParent() == null
                            ? null
                            : project.getModel().getParent().getVersion();
                default -> userProperties.getProperty(name, properties.getProperty(name));
            };
            matcher.appendReplacement(
                    result, Matcher.quoteReplacement(replacement == null ? matcher.group() : replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private void check(Kind kind, String module, Path pom, Dependency dependency, String via) {
        check(
                kind,
                module,
                pom,
                dependency.getGroupId(),
                dependency.getArtifactId(),
                dependency.getVersion(),
                via,
                dependency);
    }

    private void check(
            Kind kind,
            String module,
            Path pom,
            String groupId,
            String artifactId,
            String version,
            String via,
            InputLocationTracker where) {
        check(kind, module, pom, groupId, artifactId, version, via, where, null);
    }

    private void check(
            Kind kind,
            String module,
            Path pom,
            String groupId,
            String artifactId,
            String version,
            String via,
            InputLocationTracker where,
            String profile) {
        if (version == null || !(ArtifactUtils.isSnapshot(version) || isRange(version))) {
            return;
        }
        if (reactorArtifacts.contains(groupId + ":" + artifactId + ":" + version)) {
            return;
        }
        InputLocation location = where.getLocation("version");
        Path file = pom;
        Integer line = null;
        if (location != null
                && location.getSource() != null
                && location.getSource().getLocation() != null
                && location.getLineNumber() > 0) {
            Path source = normalized(Path.of(location.getSource().getLocation()));
            if (reactorPoms.contains(source)) {
                file = source;
                line = location.getLineNumber();
            }
        }
        String coordinates = groupId + ":" + artifactId;
        // A version set in a parent or a managed section reaches every module that inherits it: report the place once.
        String key = line == null
                ? kind + " " + module + " " + coordinates + ":" + version + " " + via
                : file + ":" + line + " " + coordinates + ":" + version + " " + via;
        found.putIfAbsent(key, new SnapshotReference(kind, module, coordinates, version, via, file, line, profile));
    }

    private static boolean isRange(String version) {
        return version.startsWith("[") || version.startsWith("(");
    }

    private static Path normalized(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
