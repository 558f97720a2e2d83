package dev.gatekeeper.release.maven;

import dev.gatekeeper.maven.DeclaredPom;
import dev.gatekeeper.release.PluginProfiles;
import dev.gatekeeper.release.PluginProfiles.DeclaredProfile;
import dev.gatekeeper.release.PomExpressions;
import dev.gatekeeper.release.SnapshotReference;
import dev.gatekeeper.release.SnapshotReference.Kind;
import dev.gatekeeper.release.SnapshotReferences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.model.BuildBase;
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
 * Reads what the release plan's SNAPSHOT check needs from Maven's projects and hands it to the plain-Java
 * side ({@link SnapshotReferences}: what counts; {@link PomExpressions}: how a {@code ${…}} resolves;
 * {@link PluginProfiles}: which profile brings a plugin in). It looks in each module's effective model
 * (dependencies, managed dependencies, build plugins and their dependencies, build extensions, the parent)
 * and, because Maven replaces them by their content, in the imported BOMs of the POM the author wrote
 * ({@link DeclaredPom}: not a flattened one).
 */
public final class PomSnapshotScan {
    private final SnapshotReferences found;
    private final Properties userProperties;
    private final PluginProfiles profiles = new PluginProfiles();

    /**
     * @param reactor        every project of the reactor, including those {@code -pl} left out
     * @param userProperties the build's {@code -D} properties (and {@code .mvn/maven.config}'s), which win over the POM's
     *                       as they do when Maven resolves {@code ${revision}}
     */
    public PomSnapshotScan(Collection<MavenProject> reactor, Properties userProperties) {
        this.userProperties = userProperties == null ? new Properties() : userProperties;
        this.found = new SnapshotReferences(
                reactor.stream()
                        .map(p -> p.getGroupId() + ":" + p.getArtifactId() + ":" + p.getVersion())
                        .toList(),
                reactor.stream()
                        .filter(p -> p.getFile() != null)
                        .map(p -> p.getFile().toPath())
                        .toList());
    }

    /** Every reference found so far, once per place to fix it. */
    public List<SnapshotReference> references() {
        return found.all();
    }

    public PomSnapshotScan scan(MavenProject project) {
        String module = project.getGroupId() + ":" + project.getArtifactId();
        Path pom = project.getFile() == null
                ? Path.of("pom.xml")
                : project.getFile().toPath();
        Model model = project.getModel();
        Model declared = DeclaredPom.of(project);
        Parent parent = model.getParent();
        if (parent != null) {
            Parent written = declared == null ? null : declared.getParent();
            add(
                    Kind.PARENT,
                    module,
                    pom,
                    parent.getGroupId(),
                    parent.getArtifactId(),
                    parent.getVersion(),
                    null,
                    written != null ? written : parent,
                    null);
        }
        for (Dependency dependency : model.getDependencies()) {
            add(Kind.DEPENDENCY, module, pom, dependency, null);
        }
        if (model.getDependencyManagement() != null) {
            for (Dependency managed : model.getDependencyManagement().getDependencies()) {
                add(Kind.MANAGED_DEPENDENCY, module, pom, managed, null);
            }
        }
        for (Dependency bom : importedBoms(declared, project.getActiveProfiles())) {
            String version = PomExpressions.resolve(bom.getVersion(), model, userProperties);
            add(Kind.BOM, module, pom, bom.getGroupId(), bom.getArtifactId(), version, null, bom, null);
        }
        if (model.getBuild() != null) {
            List<PluginProfiles.Pom> chain = chain(project, declared);
            for (Plugin plugin : model.getBuild().getPlugins()) {
                add(
                        Kind.PLUGIN,
                        module,
                        pom,
                        plugin.getGroupId(),
                        plugin.getArtifactId(),
                        plugin.getVersion(),
                        null,
                        plugin,
                        profiles.declaring(chain, plugin.getKey()));
                String via = plugin.getKey() + ":" + plugin.getVersion();
                for (Dependency dependency : plugin.getDependencies()) {
                    add(Kind.PLUGIN_DEPENDENCY, module, pom, dependency, via);
                }
            }
            for (Extension extension : model.getBuild().getExtensions()) {
                add(
                        Kind.EXTENSION,
                        module,
                        pom,
                        extension.getGroupId(),
                        extension.getArtifactId(),
                        extension.getVersion(),
                        null,
                        extension,
                        null);
            }
        }
        return this;
    }

    /** The {@code import}-scoped entries of the module's own POM and its active profiles, before Maven replaced them. */
    private static List<Dependency> importedBoms(Model declared, List<Profile> activeProfiles) {
        List<DependencyManagement> sections = new ArrayList<>();
        if (declared != null && declared.getDependencyManagement() != null) {
            sections.add(declared.getDependencyManagement());
        }
        for (Profile profile : activeProfiles) {
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
     * The module's POM and its parents' as their authors wrote them, with the profiles Maven records as
     * active: the module's own active profiles, and for a parent the ids Maven injected from that POM.
     */
    private static List<PluginProfiles.Pom> chain(MavenProject project, Model declared) {
        List<PluginProfiles.Pom> chain = new ArrayList<>();
        List<DeclaredProfile> own = new ArrayList<>();
        Set<String> activeIds = new HashSet<>();
        for (Profile profile : project.getActiveProfiles()) {
            own.add(new DeclaredProfile(profile.getId(), true, plugins(profile.getBuild())));
            activeIds.add(profile.getId());
        }
        Model ownModel = declared != null ? declared : project.getModel();
        for (Profile profile : ownModel.getProfiles()) {
            if (!activeIds.contains(profile.getId())) {
                own.add(new DeclaredProfile(profile.getId(), false, plugins(profile.getBuild())));
            }
        }
        chain.add(new PluginProfiles.Pom(plugins(ownModel.getBuild()), own));
        Map<String, List<String>> injected = project.getInjectedProfileIds();
        for (MavenProject parent = project.getParent(); parent != null; parent = parent.getParent()) {
            String prefix = parent.getGroupId() + ":" + parent.getArtifactId() + ":";
            Set<String> active = new HashSet<>();
            injected.forEach((id, ids) -> {
                if (id.startsWith(prefix)) {
                    active.addAll(ids);
                }
            });
            Model written = DeclaredPom.of(parent);
            Model model = written != null ? written : parent.getModel();
            List<DeclaredProfile> declaredProfiles = new ArrayList<>();
            for (Profile profile : model.getProfiles()) {
                declaredProfiles.add(new DeclaredProfile(
                        profile.getId(), active.contains(profile.getId()), plugins(profile.getBuild())));
            }
            chain.add(new PluginProfiles.Pom(plugins(model.getBuild()), declaredProfiles));
        }
        return chain;
    }

    private static Set<String> plugins(BuildBase build) {
        return build == null ? Set.of() : Set.copyOf(build.getPluginsAsMap().keySet());
    }

    private void add(Kind kind, String module, Path pom, Dependency dependency, String via) {
        add(
                kind,
                module,
                pom,
                dependency.getGroupId(),
                dependency.getArtifactId(),
                dependency.getVersion(),
                via,
                dependency,
                null);
    }

    private void add(
            Kind kind,
            String module,
            Path pom,
            String groupId,
            String artifactId,
            String version,
            String via,
            InputLocationTracker where,
            String profile) {
        InputLocation location = where.getLocation("version");
        Path source = null;
        int line = 0;
        if (location != null
                && location.getSource() != null
                && location.getSource().getLocation() != null) {
            source = Path.of(location.getSource().getLocation());
            line = location.getLineNumber();
        }
        found.add(kind, module, pom, groupId, artifactId, version, via, source, line, profile);
    }
}
