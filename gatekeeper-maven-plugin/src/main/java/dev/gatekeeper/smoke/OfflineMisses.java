package dev.gatekeeper.smoke;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a consumer build that failed offline because an artifact was never downloaded apart from a real
 * resolution failure, by what Maven reports: offline the consumer's only remote is the user's local
 * repository served as {@code file://}, and Maven says it "could not find" an artifact there (or, under a
 * Maven that is itself offline, that it "has not been downloaded from it before"). Such an artifact may well
 * be on Maven Central: the build is not judged, it is not failed. An artifact of the reactor, or one with an
 * unresolved {@code ${…}} in its coordinates, is the published POM's fault wherever it is looked for.
 */
public final class OfflineMisses {
    private static final Pattern NOT_FOUND = Pattern.compile("Could not find artifact (\\S+) in \\S+ \\((\\S+?)\\)");
    private static final Pattern CACHED_MISS =
            Pattern.compile("Failure to find (\\S+) in (\\S+?) was cached in the local repository");
    private static final Pattern OFFLINE =
            Pattern.compile("Cannot access \\S+ \\((\\S+?)\\) in offline mode and the artifact (\\S+) has not been"
                    + " downloaded from it before");

    private OfflineMisses() {}

    /**
     * The artifacts the consumer build could not have offline, or an empty list when the failure is not (only)
     * that: the source is not the local repository, Maven names no missing artifact, it names another
     * repository, or a missing artifact is the reactor's own or has unresolved coordinates.
     *
     * @param lines       the consumer build's output
     * @param source      where the consumer build resolved from
     * @param reactorKeys groupId:artifactId of every artifact the reactor installed into the clean repository
     */
    public static List<MissingArtifact> of(List<String> lines, ResolutionSource source, Set<String> reactorKeys) {
        if (!source.offline()) {
            return List.of();
        }
        Set<MissingArtifact> missing = new LinkedHashSet<>();
        for (String line : lines) {
            for (Miss miss : misses(line)) {
                MissingArtifact artifact = MissingArtifact.parse(miss.coordinates());
                if (artifact == null
                        || miss.coordinates().contains("${")
                        || reactorKeys.contains(artifact.groupId() + ":" + artifact.artifactId())
                        || !sameLocation(miss.repositoryUrl(), source.url())) {
                    return List.of();
                }
                missing.add(artifact);
            }
        }
        return List.copyOf(missing);
    }

    private static List<Miss> misses(String line) {
        List<Miss> found = new ArrayList<>();
        Matcher notFound = NOT_FOUND.matcher(line);
        while (notFound.find()) {
            found.add(new Miss(notFound.group(1), notFound.group(2)));
        }
        Matcher cached = CACHED_MISS.matcher(line);
        while (cached.find()) {
            found.add(new Miss(cached.group(1), cached.group(2)));
        }
        Matcher offline = OFFLINE.matcher(line);
        while (offline.find()) {
            found.add(new Miss(offline.group(2), offline.group(1)));
        }
        return found;
    }

    /** file:/x, file:///x/ and file:///x name one directory. */
    private static boolean sameLocation(String reported, String source) {
        try {
            URI a = URI.create(reported);
            URI b = URI.create(source);
            if ("file".equals(a.getScheme()) && "file".equals(b.getScheme())) {
                return Path.of(a).normalize().equals(Path.of(b).normalize());
            }
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // not a file URL: compared as text below
        }
        return strip(reported).equals(strip(source));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private record Miss(String coordinates, String repositoryUrl) {}

    /**
     * An artifact as Maven names it, {@code groupId:artifactId:extension[:classifier]:version}.
     *
     * @param classifier null when none
     */
    public record MissingArtifact(
            String groupId, String artifactId, String extension, String classifier, String version) {

        static MissingArtifact parse(String coordinates) {
            String[] parts = coordinates.split(":");
            if (parts.length == 4) {
                return new MissingArtifact(parts[0], parts[1], parts[2], null, parts[3]);
            }
            if (parts.length == 5) {
                return new MissingArtifact(parts[0], parts[1], parts[2], parts[3], parts[4]);
            }
            return null;
        }

        /** groupId:artifactId:version, as a person names it. */
        public String gav() {
            return groupId + ":" + artifactId + ":" + version;
        }

        /** The artifact as {@code mvn dependency:get -Dartifact=…} takes it: g:a:v[:packaging[:classifier]]. */
        public String dependencyGetArtifact() {
            if (classifier != null) {
                return gav() + ":" + extension + ":" + classifier;
            }
            return "jar".equals(extension) ? gav() : gav() + ":" + extension;
        }
    }
}
