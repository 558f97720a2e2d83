package dev.gatekeeper.smoke;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a consumer build downloads what the clean repository lacks.
 *
 * @param url                the remote repository that stands in for Maven Central
 * @param mirrorEverything   whether every repository (including ones declared in POMs) is
 *                           redirected to {@code url}, so that the build never reaches a network
 * @param ignoreChecksums    whether missing or wrong checksums are ignored; a local repository
 *                           often holds no checksum files
 */
public record ResolutionSource(String url, boolean mirrorEverything, boolean ignoreChecksums) {
    public static final String MAVEN_CENTRAL = "https://repo.maven.apache.org/maven2";

    public ResolutionSource {
        Objects.requireNonNull(url, "url");
        URI parsed = URI.create(url);
        if (parsed.getScheme() == null
                || !(parsed.getScheme().equals("https") || parsed.getScheme().equals("file"))) {
            throw new IllegalArgumentException("resolution source must be an https:// or file:// URL, got " + url);
        }
    }

    /** Online: resolve from Maven Central like any consumer; repositories declared in POMs still count. */
    public static ResolutionSource mavenCentral() {
        return new ResolutionSource(MAVEN_CENTRAL, false, false);
    }

    /**
     * Offline: the user's local repository served as a {@code file://} remote. Maven only reads a
     * remote repository, so the user's repository is never written.
     */
    public static ResolutionSource localRepository(Path userRepository) {
        return new ResolutionSource(
                userRepository.toAbsolutePath().normalize().toUri().toString(), true, true);
    }

    public boolean offline() {
        return url.startsWith("file:");
    }
}
