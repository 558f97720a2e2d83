package dev.gatekeeper.smoke;

import dev.gatekeeper.core.DisplayPaths;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the smoke gate judges about one module, mapped from Maven's model by the mojo.
 *
 * @param executionRoot       paths in findings are shown relative to it
 * @param groupId             the module's coordinates
 * @param packaging           jar, maven-plugin, pom, …
 * @param publishedPom        the POM file that would be installed and deployed
 * @param inheritedProperties properties the module's parents define (usable in dependency versions)
 * @param metadata            Central metadata from the effective model
 * @param mainArtifact        the packaged main artifact, or null (pom packaging, or not packaged)
 * @param attachedClassifiers classifiers of the attached artifacts (sources, javadoc, …)
 * @param declaredRelease     the Java release the project declares, 0 when unknown
 * @param reactorArtifacts    what the clean repository gets: the reactor's POMs and packaged artifacts
 * @param entry               how the entry point is run
 * @param install             how the clean install is done
 * @param checks              which publishability checks apply and how strictly
 */
public record SmokeSettings(
        Path executionRoot,
        String groupId,
        String artifactId,
        String version,
        String packaging,
        Path publishedPom,
        Set<String> inheritedProperties,
        PublishedMetadata metadata,
        Path mainArtifact,
        List<String> attachedClassifiers,
        int declaredRelease,
        List<ArtifactFile> reactorArtifacts,
        Entry entry,
        Install install,
        Checks checks) {

    /**
     * @param mainClass      configured main class; null means the manifest's Main-Class, if any
     * @param probeClass     for a library: a class with a main method that exits 0 when the library works
     * @param arguments      arguments for a main class (default {@code --help})
     * @param expectedOutput a regular expression the output must contain, or null
     * @param expectedExitCodes the exit codes a main class may end with (default 0)
     * @param lanes          the JDKs the entry point runs on, each a row in the verdict
     * @param timeout        per run
     * @param server         whether it is served rather than run, and how it is ready (gatekeeper.smoke.mode, ready*)
     */
    public record Entry(
            String mainClass,
            String probeClass,
            List<String> arguments,
            String expectedOutput,
            Set<Integer> expectedExitCodes,
            JdkLanes lanes,
            Duration timeout,
            ServerSettings server) {
        public Entry {
            arguments = List.copyOf(arguments);
            expectedExitCodes = expectedExitCodes == null || expectedExitCodes.isEmpty()
                    ? ExitCodes.DEFAULT
                    : Set.copyOf(expectedExitCodes);
            Objects.requireNonNull(lanes, "lanes");
            server = server == null ? ServerSettings.AUTO : server;
        }

        /** An entry with the server settings' defaults: a Spring Boot application is served. */
        public Entry(
                String mainClass,
                String probeClass,
                List<String> arguments,
                String expectedOutput,
                Set<Integer> expectedExitCodes,
                JdkLanes lanes,
                Duration timeout) {
            this(
                    mainClass,
                    probeClass,
                    arguments,
                    expectedOutput,
                    expectedExitCodes,
                    lanes,
                    timeout,
                    ServerSettings.AUTO);
        }
    }

    /**
     * @param mavenHome       the Maven that runs the consumer build
     * @param source          where the consumer build gets third-party artifacts
     * @param workDirectory   where the clean repository and the consumer projects are created
     * @param keep            keep them afterwards, for debugging
     * @param timeout         per forked build
     * @param siblings        reactor modules the module needs that are not in this build (mvn -pl, -rf)
     */
    public record Install(
            Path mavenHome,
            ResolutionSource source,
            Path workDirectory,
            boolean keep,
            Duration timeout,
            Siblings siblings) {
        public Install {
            siblings = siblings == null ? Siblings.none() : siblings;
        }

        /** An install whose module needs nothing outside this build. */
        public Install(Path mavenHome, ResolutionSource source, Path workDirectory, boolean keep, Duration timeout) {
            this(mavenHome, source, workDirectory, keep, timeout, Siblings.none());
        }
    }

    /**
     * @param releaseTrack     a SNAPSHOT version holds the merge
     * @param requireSources   a -sources jar must be attached
     * @param requireJavadoc   a -javadoc jar must be attached
     * @param metadataSeverity how missing Central metadata counts
     * @param warnOnly         finding codes that only warn
     * @param release          what explains a sources or javadoc jar this build did not attach
     * @param publication      whether the module is published (deployed), and why: one that is not gets no
     *                         Central-metadata and no attached-jar checks
     */
    public record Checks(
            boolean releaseTrack,
            boolean requireSources,
            boolean requireJavadoc,
            GateStatus metadataSeverity,
            Set<String> warnOnly,
            ReleaseAttachments release,
            Publication publication) {
        public Checks {
            warnOnly = Set.copyOf(warnOnly);
            release = release == null ? ReleaseAttachments.NONE : release;
            publication = publication == null ? Publication.BY_DEFAULT : publication;
        }

        /** Checks of a module that is published, as every module is unless something says otherwise. */
        public Checks(
                boolean releaseTrack,
                boolean requireSources,
                boolean requireJavadoc,
                GateStatus metadataSeverity,
                Set<String> warnOnly,
                ReleaseAttachments release) {
            this(
                    releaseTrack,
                    requireSources,
                    requireJavadoc,
                    metadataSeverity,
                    warnOnly,
                    release,
                    Publication.BY_DEFAULT);
        }
    }

    public SmokeSettings {
        Objects.requireNonNull(executionRoot, "executionRoot");
        Objects.requireNonNull(publishedPom, "publishedPom");
        inheritedProperties = Set.copyOf(inheritedProperties);
        attachedClassifiers = List.copyOf(attachedClassifiers);
        reactorArtifacts = List.copyOf(reactorArtifacts);
    }

    public boolean isPom() {
        return "pom".equals(packaging);
    }

    public boolean isMavenPlugin() {
        return "maven-plugin".equals(packaging);
    }

    public String display(Path path) {
        return DisplayPaths.relativeTo(executionRoot, path);
    }
}
