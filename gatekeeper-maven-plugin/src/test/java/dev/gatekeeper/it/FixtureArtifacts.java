package dev.gatekeeper.it;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Tiny released artifacts (a POM and a jar with a manifest only) written into an IT's local repository, as
 * {@code mvn install} of another project would leave them, for a {@code prebuild.groovy}: the ITs resolve them
 * offline, and no real artifact of Central is replaced.
 */
public final class FixtureArtifacts {
    private FixtureArtifacts() {}

    /**
     * Writes {@code groupId:artifactId:version} with compile dependencies on {@code dependencies}
     * ({@code groupId:artifactId:version} each); returns the jar.
     */
    public static Path install(
            File localRepository, String groupId, String artifactId, String version, List<String> dependencies) {
        Path directory = localRepository
                .toPath()
                .resolve(groupId.replace('.', '/'))
                .resolve(artifactId)
                .resolve(version);
        StringBuilder declared = new StringBuilder();
        for (String dependency : dependencies) {
            String[] parts = dependency.split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException("not groupId:artifactId:version: " + dependency);
            }
            declared.append("    <dependency>\n")
                    .append("      <groupId>")
                    .append(parts[0])
                    .append("</groupId>\n")
                    .append("      <artifactId>")
                    .append(parts[1])
                    .append("</artifactId>\n")
                    .append("      <version>")
                    .append(parts[2])
                    .append("</version>\n")
                    .append("    </dependency>\n");
        }
        String pom = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
                + "  <modelVersion>4.0.0</modelVersion>\n"
                + "  <groupId>" + groupId + "</groupId>\n"
                + "  <artifactId>" + artifactId + "</artifactId>\n"
                + "  <version>" + version + "</version>\n"
                + (dependencies.isEmpty() ? "" : "  <dependencies>\n" + declared + "  </dependencies>\n")
                + "</project>\n";
        Path jar = directory.resolve(artifactId + "-" + version + ".jar");
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(artifactId + "-" + version + ".pom"), pom);
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            try (OutputStream out = Files.newOutputStream(jar);
                    JarOutputStream ignored = new JarOutputStream(out, manifest)) {
                // a manifest only: the ITs resolve it, nothing runs it
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write " + groupId + ":" + artifactId + ":" + version + " into " + localRepository, e);
        }
        return jar;
    }
}
