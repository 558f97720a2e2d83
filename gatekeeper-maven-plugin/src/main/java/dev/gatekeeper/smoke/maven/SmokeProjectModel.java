package dev.gatekeeper.smoke.maven;

import dev.gatekeeper.smoke.PublishedMetadata;
import dev.gatekeeper.smoke.ResolutionSource;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.License;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What the smoke gate reads from the module's project model: the metadata Maven Central asks for, the
 * properties its parents define and the Java release it promises its consumers.
 */
public final class SmokeProjectModel {
    private SmokeProjectModel() {}

    /** The user's local repository, which the smoke gate only ever reads. */
    public static Path userRepository(MavenSession session) {
        return Path.of(
                session.getRepositorySession().getLocalRepository().getBasedir().getAbsolutePath());
    }

    /**
     * Where the consumer build downloads what the clean repository lacks: offline ({@code gatekeeper.smoke.offline}
     * or {@code mvn -o}) the user's local repository, read-only; else Maven Central.
     */
    public static ResolutionSource resolutionSource(MavenSession session, boolean offline) {
        return offline || session.isOffline()
                ? ResolutionSource.localRepository(userRepository(session))
                : ResolutionSource.mavenCentral();
    }

    /** The metadata a consumer (and Maven Central) sees in the published POM. */
    public static PublishedMetadata metadata(MavenProject project, Path userRepository) {
        return new PublishedMetadata(
                // The model's own <name>: MavenProject.getName() falls back to the artifactId, which
                // would hide a POM without <name> (not inherited), which Central rejects.
                project.getModel().getName(),
                project.getDescription(),
                project.getUrl(),
                project.getLicenses().stream().map(License::getName).toList(),
                project.getDevelopers().stream()
                        .map(d -> d.getName() != null ? d.getName() : d.getId())
                        .toList(),
                project.getScm() == null ? null : project.getScm().getUrl(),
                project.getScm() == null ? null : project.getScm().getConnection(),
                project.getVersion(),
                project.getPackaging(),
                PublicationModel.inherited(project, userRepository));
    }

    /** Properties the parents define: a consumer's Maven can use them in this POM's dependency versions. */
    public static Set<String> inheritedProperties(MavenProject project) {
        Set<String> names = new HashSet<>();
        for (MavenProject parent = project.getParent(); parent != null; parent = parent.getParent()) {
            names.addAll(parent.getProperties().stringPropertyNames());
        }
        return names;
    }

    /** The Java release consumers are promised: maven.compiler.release, else .target, else the compiler's release; 0 when none. */
    public static int declaredRelease(MavenProject project) {
        for (String property : List.of("maven.compiler.release", "maven.compiler.target")) {
            int release = parseRelease(project.getProperties().getProperty(property));
            if (release > 0) {
                return release;
            }
        }
        Plugin compiler = project.getPlugin("org.apache.maven.plugins:maven-compiler-plugin");
        if (compiler != null
                && compiler.getConfiguration() instanceof Xpp3Dom config
                && config.getChild("release") != null) {
            return parseRelease(config.getChild("release").getValue());
        }
        return 0;
    }

    private static int parseRelease(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        String text = value.trim().startsWith("1.") ? value.trim().substring(2) : value.trim();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
