package dev.gatekeeper.release;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which tag format the release plan judges the tags by, and why. An explicit
 * {@code gatekeeper.releasePlan.tagFormat} is taken as it is. Otherwise the project's release process
 * decides: the maven-release-plugin's {@code tagNameFormat} from the effective POM, else that
 * plugin's default {@value TagFormat#RELEASE_PLUGIN_DEFAULT}, unless the existing tags clearly follow
 * another common shape, or a prefix most release tags share ({@link #learnedPrefix}). Tags are counted strictly
 * ({@link TagFormat#follows}).
 *
 * <ul>
 *   <li>A configured {@code tagNameFormat} wins unless no tag at all follows it and at least
 *       {@value #MANY} tags follow one candidate; then the most followed candidate wins.</li>
 *   <li>The plugin's default wins unless another candidate is followed by more tags than the
 *       default and by at least two thirds of the tags that follow any candidate ("clearly").</li>
 * </ul>
 *
 * @param format  the format in use
 * @param text    the format as written, with its placeholders
 * @param reason  why, for the log ("62 of 64 tags follow it")
 * @param problem why the release plugin's {@code tagNameFormat} could not be used, or null
 */
public record TagFormatChoice(TagFormat format, String text, String reason, String problem) {
    /** The shapes release tags commonly take, besides a configured one. */
    static final List<String> CANDIDATES = List.of(
            TagFormat.RELEASE_PLUGIN_DEFAULT,
            "v@{project.version}",
            "@{project.version}",
            "release-@{project.version}");

    /** A version of numbers only, the kind a release tag ends with: a learned prefix is learned from these. */
    private static final Pattern PLAIN_VERSION = Pattern.compile("\\d+(?:\\.\\d+)*");

    /** How many tags must follow another shape before a configured {@code tagNameFormat} that no tag follows gives way. */
    static final int MANY = 3;

    /**
     * A tag format as the project declares it, before any tag is counted.
     *
     * @param format     the format as written, or the release plugin's default
     * @param origin     where it comes from
     * @param where      for {@link Origin#RELEASE_PLUGIN}, the POM that configures it; null otherwise
     * @param groupId    the execution-root project's groupId, for {@code @{project.groupId}}
     * @param artifactId the execution-root project's artifactId, for {@code @{project.artifactId}}
     */
    public record Declared(String format, Origin origin, String where, String groupId, String artifactId) {
        public static Declared gatekeeper(String format, String groupId, String artifactId) {
            return new Declared(format, Origin.GATEKEEPER, null, groupId, artifactId);
        }

        public static Declared releasePlugin(String format, String where, String groupId, String artifactId) {
            return new Declared(format, Origin.RELEASE_PLUGIN, where, groupId, artifactId);
        }

        public static Declared releasePluginDefault(String groupId, String artifactId) {
            return new Declared(
                    TagFormat.RELEASE_PLUGIN_DEFAULT, Origin.RELEASE_PLUGIN_DEFAULT, null, groupId, artifactId);
        }

        /** @throws IllegalArgumentException when the format is not one the release plan understands */
        TagFormat parsed() {
            return TagFormat.parse(format, groupId, artifactId);
        }
    }

    public enum Origin {
        GATEKEEPER,
        RELEASE_PLUGIN,
        RELEASE_PLUGIN_DEFAULT
    }

    /** @throws IllegalArgumentException when the declared format is not one the release plan understands, saying why */
    public static void check(Declared declared) {
        declared.parsed();
    }

    /**
     * A {@code tagNameFormat} the release plan cannot read (say {@code ${project.version}}, which
     * Maven has already replaced) does not stop the build: the choice falls back to the release
     * plugin's default and says why in {@link #problem()}.
     */
    static TagFormatChoice choose(Declared declared, Collection<String> tags) {
        if (declared.origin() == Origin.RELEASE_PLUGIN) {
            try {
                declared.parsed();
            } catch (IllegalArgumentException e) {
                TagFormatChoice fallback =
                        choose(Declared.releasePluginDefault(declared.groupId(), declared.artifactId()), tags);
                return new TagFormatChoice(
                        fallback.format(),
                        fallback.text(),
                        fallback.reason(),
                        "the maven-release-plugin tagNameFormat in " + declared.where() + " cannot be used: "
                                + e.getMessage());
            }
        }
        TagFormat own = declared.parsed();
        int followingOwn = count(own, tags);
        String ofAll = followingOwn + " of " + tags.size() + " tags follow it";
        if (declared.origin() == Origin.GATEKEEPER) {
            return new TagFormatChoice(own, declared.format(), "gatekeeper.releasePlan.tagFormat; " + ofAll, null);
        }
        String best = null;
        int bestCount = 0;
        int followingAny = followingOwn;
        List<String> candidates = new ArrayList<>(CANDIDATES);
        learnedPrefix(tags).map(prefix -> prefix + "@{project.version}").ifPresent(candidates::add);
        Set<String> seen = new HashSet<>(Set.of(own.tagFor("1.0.0")));
        for (String candidate : candidates) {
            TagFormat format = TagFormat.parse(candidate, declared.groupId(), declared.artifactId());
            if (!seen.add(format.tagFor("1.0.0"))) {
                continue;
            }
            int following = count(format, tags);
            followingAny += following;
            if (following > bestCount) {
                best = candidate;
                bestCount = following;
            }
        }
        if (declared.origin() == Origin.RELEASE_PLUGIN) {
            if (followingOwn == 0 && bestCount >= MANY) {
                return other(
                        declared,
                        best,
                        bestCount,
                        tags.size(),
                        "no tag follows the maven-release-plugin tagNameFormat " + declared.format() + " in "
                                + declared.where());
            }
            return new TagFormatChoice(
                    own,
                    declared.format(),
                    "maven-release-plugin tagNameFormat in " + declared.where() + "; " + ofAll,
                    null);
        }
        if (best != null && bestCount > followingOwn && 3 * bestCount >= 2 * followingAny) {
            return other(
                    declared,
                    best,
                    bestCount,
                    tags.size(),
                    "the maven-release-plugin's default " + declared.format() + " is followed by " + followingOwn);
        }
        return new TagFormatChoice(own, declared.format(), "the maven-release-plugin's default; " + ofAll, null);
    }

    private static TagFormatChoice other(Declared declared, String candidate, int following, int all, String instead) {
        return new TagFormatChoice(
                TagFormat.parse(candidate, declared.groupId(), declared.artifactId()),
                candidate,
                following + " of " + all + " tags follow it; " + instead,
                null);
    }

    /**
     * The text most release tags share before their version, when at least {@value #MANY} tags share it: a
     * project's own shape that none of {@link #CANDIDATES} is ({@code rel/commons-lang-3.20.0}). Only tags whose
     * rest is a plain version ({@code 3.20.0}) count: release candidates ({@code commons-lang-3.20.0-RC1}, which
     * commons-lang has more of than releases) and old underscore tags do not teach the shape.
     */
    static Optional<String> learnedPrefix(Collection<String> tags) {
        Map<String, Integer> counts = new HashMap<>();
        for (String tag : tags) {
            releasePrefixOf(tag).ifPresent(prefix -> counts.merge(prefix, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue() >= MANY)
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }

    /** The part of {@code tag} before the release version that ends it ({@code v} included). */
    private static Optional<String> releasePrefixOf(String tag) {
        if (tag.contains("@{")) {
            return Optional.empty();
        }
        for (int i = 0; i < tag.length(); i++) {
            boolean startsANumber = i == 0 || !(Character.isDigit(tag.charAt(i - 1)) || tag.charAt(i - 1) == '.');
            if (startsANumber && PLAIN_VERSION.matcher(tag.substring(i)).matches()) {
                return Optional.of(tag.substring(0, i));
            }
        }
        return Optional.empty();
    }

    private static int count(TagFormat format, Collection<String> tags) {
        return (int) tags.stream().filter(format::follows).count();
    }

    /**
     * The tags that look like a version in the chosen format or one of the common shapes (what is
     * left once the shape's prefix, suffix and a {@code v} are taken off starts with a digit), but
     * name a release in none of them: {@code 1.5.x}, {@code v2.x}, {@code mylib-3.x}. Names that do
     * not look like a version ({@code latest}, {@code stable}) are not listed: nobody takes them for
     * a release.
     */
    static List<String> notReleases(TagFormat chosen, Declared declared, Collection<String> tags) {
        List<TagFormat> shapes = new ArrayList<>();
        shapes.add(chosen);
        for (String candidate : CANDIDATES) {
            shapes.add(TagFormat.parse(candidate, declared.groupId(), declared.artifactId()));
        }
        List<String> ignored = new ArrayList<>();
        for (String tag : tags) {
            boolean looksLikeAVersion = false;
            boolean release = false;
            for (TagFormat shape : shapes) {
                Optional<String> version = shape.versionOf(tag);
                if (version.isPresent() && Character.isDigit(version.get().charAt(0))) {
                    looksLikeAVersion = true;
                    release |= ReleaseVersions.isRelease(version.get());
                }
            }
            if (looksLikeAVersion && !release) {
                ignored.add(tag);
            }
        }
        return ignored;
    }
}
