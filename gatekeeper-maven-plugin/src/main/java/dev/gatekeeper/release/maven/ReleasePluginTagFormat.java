package dev.gatekeeper.release.maven;

import dev.gatekeeper.core.DisplayPaths;
import dev.gatekeeper.maven.ReleasePluginDeclarations;
import dev.gatekeeper.release.TagFormatChoice;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The maven-release-plugin's {@code tagNameFormat} as the execution-root project's effective POM
 * holds it (build plugins first, then pluginManagement; inherited parents are merged in already),
 * with the POM that writes it, for the release plan's choice of tag format.
 */
public final class ReleasePluginTagFormat {
    private ReleasePluginTagFormat() {}

    /**
     * @param explicit {@code gatekeeper.releasePlan.tagFormat}, or null
     * @param reactor  every project of the reactor, to name a POM of the reactor by its path
     */
    public static TagFormatChoice.Declared declared(
            String explicit, MavenProject root, Path executionRoot, Collection<MavenProject> reactor) {
        if (explicit != null && !explicit.isBlank()) {
            return TagFormatChoice.Declared.gatekeeper(explicit.trim(), root.getGroupId(), root.getArtifactId());
        }
        Xpp3Dom format = ReleasePluginDeclarations.in(root.getModel()).stream()
                .map(ReleasePluginTagFormat::tagNameFormat)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        if (format == null) {
            return TagFormatChoice.Declared.releasePluginDefault(root.getGroupId(), root.getArtifactId());
        }
        return TagFormatChoice.Declared.releasePlugin(
                format.getValue().trim(),
                where(format, executionRoot, reactor),
                root.getGroupId(),
                root.getArtifactId());
    }

    private static Xpp3Dom tagNameFormat(Plugin plugin) {
        if (plugin == null || !(plugin.getConfiguration() instanceof Xpp3Dom configuration)) {
            return null;
        }
        Xpp3Dom format = configuration.getChild("tagNameFormat");
        return format == null || format.getValue() == null || format.getValue().isBlank() ? null : format;
    }

    /** "pom.xml" for a POM of the reactor, "the parent POM g:a:v" for one from a repository. */
    private static String where(Xpp3Dom format, Path executionRoot, Collection<MavenProject> reactor) {
        if (!(format.getInputLocation() instanceof InputLocation location) || location.getSource() == null) {
            return "the effective POM";
        }
        String path = location.getSource().getLocation();
        Set<Path> reactorPoms = reactor.stream()
                .map(MavenProject::getFile)
                .filter(Objects::nonNull)
                .map(file -> file.toPath().toAbsolutePath().normalize())
                .collect(Collectors.toSet());
        if (path != null && reactorPoms.contains(Path.of(path).toAbsolutePath().normalize())) {
            return DisplayPaths.relativeTo(executionRoot, Path.of(path));
        }
        return "the parent POM " + location.getSource().getModelId();
    }
}
