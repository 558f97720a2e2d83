package dev.gatekeeper.smoke;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The profiles a release build activates, found by the conventions real projects follow: the
 * maven-release-plugin's {@code releaseProfiles} and {@code -P} arguments, {@code performRelease}, the Apache
 * parent's {@code apache-release} and Central publishing profiles.
 */
public final class ReleaseProfiles {
    /** Ids that name a profile for publishing to Maven Central, compared case-insensitively. */
    static final Set<String> PUBLISHING_IDS = Set.of(
            "release",
            "releases",
            "ossrh",
            "sonatype",
            "sonatype-oss-release",
            "central",
            "maven-central",
            "central-publishing",
            "central-release",
            "publish",
            "publishing");
    /** Plugins that only a build publishing to Central configures. */
    static final Set<String> PUBLISHING_PLUGINS = Set.of(
            "org.sonatype.central:central-publishing-maven-plugin", "org.sonatype.plugins:nexus-staging-maven-plugin");

    private static final Pattern PROFILE_ARGUMENT =
            Pattern.compile("(?:^|\\s)(?:-P|--activate-profiles)[\\s=]*([^\\s]+)");

    /**
     * A profile the release build activates.
     *
     * @param why the convention that makes it one, as findings say it
     */
    public record ReleaseProfile(DeclaredProfile profile, String why) {}

    /** A release profile binding the goal that attaches a jar. */
    public record Attaching(ReleaseProfile release, String goal) {}

    private ReleaseProfiles() {}

    /** The release profiles among {@code facts.profiles()}, each once, the most explicit convention first. */
    public static List<ReleaseProfile> of(ReleaseAttachments facts) {
        Map<DeclaredProfile, String> found = new LinkedHashMap<>();
        ReleaseAttachments.ReleasePlugin plugin = facts.releasePlugin();
        if (plugin != null) {
            for (String id : split(plugin.releaseProfiles())) {
                named(facts, id)
                        .forEach(p -> found.putIfAbsent(p, "named in the maven-release-plugin's releaseProfiles"));
            }
            for (String id : argumentProfiles(plugin.arguments())) {
                named(facts, id)
                        .forEach(p -> found.putIfAbsent(p, "activated by -P in the maven-release-plugin's arguments"));
            }
        }
        boolean releasePluginSetsIt = plugin != null && plugin.setsPerformRelease();
        for (DeclaredProfile profile : facts.profiles()) {
            if (!"performRelease".equals(profile.activationProperty())) {
                continue;
            }
            if (!profile.declaredIn().equals(DeclaredProfile.SUPER_POM)) {
                found.putIfAbsent(
                        profile,
                        "activated by -DperformRelease=true"
                                + (releasePluginSetsIt
                                        ? ", which the maven-release-plugin sets (useReleaseProfile)"
                                        : ""));
            } else if (releasePluginSetsIt && plugin.declaredByProject()) {
                // every Maven 3 project inherits it: it counts only for a project released by that plugin
                found.putIfAbsent(
                        profile,
                        "activated by -DperformRelease=true, which the maven-release-plugin "
                                + (plugin.version() == null ? "" : plugin.version() + " ")
                                + "sets (useReleaseProfile)");
            }
        }
        for (DeclaredProfile profile : facts.profiles()) {
            String id = profile.id().toLowerCase(Locale.ROOT);
            if (id.equals("apache-release")) {
                found.putIfAbsent(profile, "the Apache parent's release profile");
            }
            profile.plugins().stream()
                    .filter(PUBLISHING_PLUGINS::contains)
                    .findFirst()
                    .ifPresent(publisher -> found.putIfAbsent(
                            profile, "a Central publishing profile (it configures " + publisher + ")"));
            if (PUBLISHING_IDS.contains(id)) {
                found.putIfAbsent(profile, "a release profile by its id");
            }
        }
        List<ReleaseProfile> profiles = new ArrayList<>();
        found.forEach((profile, why) -> profiles.add(new ReleaseProfile(profile, why)));
        return profiles;
    }

    /** The first of {@code releases} that binds one of {@code goals} ({@code groupId:artifactId:goal}). */
    public static Optional<Attaching> attaching(List<ReleaseProfile> releases, Set<String> goals) {
        for (ReleaseProfile release : releases) {
            for (String goal : release.profile().goals()) {
                if (goals.contains(goal)) {
                    return Optional.of(new Attaching(release, goal));
                }
            }
        }
        return Optional.empty();
    }

    private static List<DeclaredProfile> named(ReleaseAttachments facts, String id) {
        return facts.profiles().stream().filter(p -> p.id().equals(id)).toList();
    }

    private static List<String> split(String commaSeparated) {
        List<String> ids = new ArrayList<>();
        if (commaSeparated != null) {
            for (String id : commaSeparated.split(",")) {
                if (!id.isBlank() && !id.strip().startsWith("!") && !id.strip().startsWith("-")) {
                    ids.add(id.strip());
                }
            }
        }
        return ids;
    }

    /** The profiles {@code -Pa,b} or {@code -P a} in the release plugin's arguments activate. */
    static List<String> argumentProfiles(String arguments) {
        List<String> ids = new ArrayList<>();
        if (arguments != null) {
            Matcher matcher = PROFILE_ARGUMENT.matcher(arguments);
            while (matcher.find()) {
                ids.addAll(split(matcher.group(1)));
            }
        }
        return ids;
    }
}
