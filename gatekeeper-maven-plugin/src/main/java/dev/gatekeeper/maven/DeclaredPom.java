package dev.gatekeeper.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;

/**
 * The model a project's POM declares, as its author wrote it. {@link MavenProject#getOriginalModel()} holds it
 * until a plugin replaces it: the flatten-maven-plugin with {@code <updatePomFile>} sets the flattened POM as the
 * project's file and original model, and a flattened POM holds what the POM inherits (its
 * {@code <distributionManagement>}, {@code <url>}, licenses...). The POM Maven built the project from stays the
 * effective model's {@link Model#getPomFile()}; when the project's file is no longer that POM, it is read again.
 */
public final class DeclaredPom {
    private DeclaredPom() {}

    /** The declared model, or null when Maven has none (a project built without a POM). */
    public static Model of(MavenProject project) {
        Model original = project.getOriginalModel();
        File pom = project.getModel() == null ? null : project.getModel().getPomFile();
        if (pom == null || pom.equals(project.getFile()) || !pom.isFile()) {
            return original;
        }
        try (InputStream in = Files.newInputStream(pom.toPath())) {
            return new MavenXpp3Reader().read(in, false);
        } catch (IOException | XmlPullParserException e) {
            // Maven read this POM to build the project; should it fail now, the replaced model is all there is
            return original;
        }
    }
}
