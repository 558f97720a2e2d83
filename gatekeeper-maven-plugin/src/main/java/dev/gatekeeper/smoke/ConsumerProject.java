package dev.gatekeeper.smoke;

import dev.gatekeeper.core.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files of a generated consumer project: a POM that depends on the artifact under test and a
 * settings file that decides where missing artifacts come from. Every value written here is either
 * a validated coordinate or escaped, so nothing can inject XML.
 */
final class ConsumerProject {
    static final String DEPENDENCY_PLUGIN_GROUP = "org.apache.maven.plugins";
    static final String DEPENDENCY_PLUGIN_ARTIFACT = "maven-dependency-plugin";
    static final String DEPENDENCY_PLUGIN_VERSION = "3.8.1";

    private final Path directory;

    private ConsumerProject(Path directory) {
        this.directory = directory;
    }

    /**
     * Writes the project into a new directory under {@code parent}. The empty {@code .mvn}
     * directory makes it a project root: without it the {@code mvn} script searches upwards and
     * would pick up the surrounding project's {@code .mvn/maven.config} and {@code jvm.config}.
     */
    static ConsumerProject create(
            Path parent, ConsumerDependency dependency, ResolutionSource source, Path localRepository)
            throws IOException {
        Files.createDirectories(parent);
        Path directory = Files.createTempDirectory(parent, "consumer-");
        Files.createDirectories(directory.resolve(".mvn"));
        ConsumerProject project = new ConsumerProject(directory);
        AtomicFiles.writeString(project.pom(), pom(dependency));
        AtomicFiles.writeString(project.settings(), settings(source, localRepository));
        return project;
    }

    Path directory() {
        return directory;
    }

    Path pom() {
        return directory.resolve("pom.xml");
    }

    Path settings() {
        return directory.resolve("settings.xml");
    }

    Path classpathFile() {
        return directory.resolve("runtime-classpath.txt");
    }

    Path logFile() {
        return directory.resolve("consumer-build.log");
    }

    static String dependencyPluginGoal(String goal) {
        return DEPENDENCY_PLUGIN_GROUP + ":" + DEPENDENCY_PLUGIN_ARTIFACT + ":" + DEPENDENCY_PLUGIN_VERSION + ":"
                + goal;
    }

    private static String pom(ConsumerDependency dependency) {
        StringBuilder pom = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n")
                .append("  <modelVersion>4.0.0</modelVersion>\n")
                .append("  <groupId>dev.gatekeeper.smoke</groupId>\n")
                .append("  <artifactId>smoke-consumer</artifactId>\n")
                .append("  <version>1</version>\n")
                .append("  <packaging>pom</packaging>\n");
        if (dependency != null) {
            pom.append("  <dependencies>\n")
                    .append("    <dependency>\n")
                    .append("      <groupId>")
                    .append(dependency.groupId())
                    .append("</groupId>\n")
                    .append("      <artifactId>")
                    .append(dependency.artifactId())
                    .append("</artifactId>\n")
                    .append("      <version>")
                    .append(dependency.version())
                    .append("</version>\n");
            if (dependency.type() != null) {
                pom.append("      <type>").append(dependency.type()).append("</type>\n");
            }
            if (dependency.classifier() != null) {
                pom.append("      <classifier>").append(dependency.classifier()).append("</classifier>\n");
            }
            pom.append("    </dependency>\n").append("  </dependencies>\n");
        }
        return pom.append("  <build>\n")
                .append("    <plugins>\n")
                .append("      <plugin>\n")
                .append("        <groupId>")
                .append(DEPENDENCY_PLUGIN_GROUP)
                .append("</groupId>\n")
                .append("        <artifactId>")
                .append(DEPENDENCY_PLUGIN_ARTIFACT)
                .append("</artifactId>\n")
                .append("        <version>")
                .append(DEPENDENCY_PLUGIN_VERSION)
                .append("</version>\n")
                .append("      </plugin>\n")
                .append("    </plugins>\n")
                .append("  </build>\n")
                .append("</project>\n")
                .toString();
    }

    /**
     * The repository is declared under the id {@code central} so that it replaces the super POM's
     * Central. Offline, a mirror of {@code *} also catches repositories that dependency POMs declare.
     * Snapshots stay off: a reactor snapshot must come from the clean repository, never from a stale
     * copy in the user's repository.
     */
    private static String settings(ResolutionSource source, Path localRepository) {
        String url = xmlText(source.url());
        String checksums = source.ignoreChecksums() ? "ignore" : "warn";
        StringBuilder settings = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<settings xmlns=\"http://maven.apache.org/SETTINGS/1.0.0\">\n")
                .append("  <localRepository>")
                .append(xmlText(localRepository.toString()))
                .append("</localRepository>\n")
                .append("  <interactiveMode>false</interactiveMode>\n")
                .append("  <offline>false</offline>\n");
        if (source.mirrorEverything()) {
            settings.append("  <mirrors>\n")
                    .append("    <mirror>\n")
                    .append("      <id>gatekeeper-smoke-source</id>\n")
                    .append("      <mirrorOf>*</mirrorOf>\n")
                    .append("      <url>")
                    .append(url)
                    .append("</url>\n")
                    .append("    </mirror>\n")
                    .append("  </mirrors>\n");
        }
        return settings.append("  <profiles>\n")
                .append("    <profile>\n")
                .append("      <id>gatekeeper-smoke</id>\n")
                .append("      <repositories>\n")
                .append(repository("repository", url, checksums))
                .append("      </repositories>\n")
                .append("      <pluginRepositories>\n")
                .append(repository("pluginRepository", url, checksums))
                .append("      </pluginRepositories>\n")
                .append("    </profile>\n")
                .append("  </profiles>\n")
                .append("  <activeProfiles>\n")
                .append("    <activeProfile>gatekeeper-smoke</activeProfile>\n")
                .append("  </activeProfiles>\n")
                .append("</settings>\n")
                .toString();
    }

    private static String repository(String element, String url, String checksums) {
        String releases = "<enabled>true</enabled><checksumPolicy>" + checksums + "</checksumPolicy>";
        return "        <" + element + ">\n"
                + "          <id>central</id>\n"
                + "          <url>" + url + "</url>\n"
                + "          <releases>" + releases + "</releases>\n"
                + "          <snapshots><enabled>false</enabled></snapshots>\n"
                + "        </" + element + ">\n";
    }

    private static String xmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
