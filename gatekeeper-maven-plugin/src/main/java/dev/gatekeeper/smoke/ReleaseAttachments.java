package dev.gatekeeper.smoke;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What decides whether a jar this build did not attach is attached by the release build, and why this
 * build did not: mapped from Maven's models by the mojo.
 *
 * @param profiles         the profiles of the project and its parents that are not active in this build,
 *                         nearest POM first, then those of Maven's super POM
 * @param releasePlugin    the maven-release-plugin's effective configuration, or null when none is configured
 * @param buildGoals       the goals bound in this build, as {@code groupId:artifactId:goal}
 * @param commandLineFlags the skip properties set on the command line ({@code maven.javadoc.skip}) with their values
 */
public record ReleaseAttachments(
        List<DeclaredProfile> profiles,
        ReleasePlugin releasePlugin,
        Set<String> buildGoals,
        Map<String, String> commandLineFlags) {
    public static final ReleaseAttachments NONE = new ReleaseAttachments(List.of(), null, Set.of(), Map.of());

    public ReleaseAttachments {
        profiles = List.copyOf(profiles);
        buildGoals = Set.copyOf(buildGoals);
        commandLineFlags = Map.copyOf(commandLineFlags);
    }

    /**
     * The maven-release-plugin as the effective POM configures it.
     *
     * @param version           its version, or null
     * @param releaseProfiles   its {@code releaseProfiles}, comma-separated, or null
     * @param arguments         its {@code arguments} (may hold {@code -P} profiles), or null
     * @param useReleaseProfile its {@code useReleaseProfile}, or null when not set
     * @param declaredByProject whether the project's own POMs (not only Maven's super POM) declare it
     */
    public record ReleasePlugin(
            String version,
            String releaseProfiles,
            String arguments,
            String useReleaseProfile,
            boolean declaredByProject) {
        /**
         * Whether {@code release:perform} sets {@code -DperformRelease=true}: {@code useReleaseProfile}, whose default is
         * true before 3.0 and false since.
         */
        public boolean setsPerformRelease() {
            if (useReleaseProfile != null && !useReleaseProfile.isBlank()) {
                return Boolean.parseBoolean(useReleaseProfile.trim());
            }
            return version != null && version.trim().matches("[12]\\..*");
        }
    }
}
