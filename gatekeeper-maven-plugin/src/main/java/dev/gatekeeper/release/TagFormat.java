package dev.gatekeeper.release;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How release tags are named: a format with one version placeholder, {@code @{version}} or, as the
 * maven-release-plugin writes it, {@code @{project.version}}; {@code @{project.artifactId}} and
 * {@code @{project.groupId}} are filled in too. The version may be written with or without a
 * leading {@code v} ({@code v1.2.0} and {@code 1.2.0} name the same release).
 */
public final class TagFormat {
    /** The maven-release-plugin's own default {@code tagNameFormat}. */
    public static final String RELEASE_PLUGIN_DEFAULT = "@{project.artifactId}-@{project.version}";

    private static final Pattern VERSION_PLACEHOLDER = Pattern.compile("@\\{(?:project\\.)?version}");

    private final String format;
    private final String configuredPrefix;
    private final String prefix;
    private final String suffix;

    private TagFormat(String format, String configuredPrefix, String suffix) {
        this.format = format;
        this.configuredPrefix = configuredPrefix;
        this.prefix = configuredPrefix.endsWith("v")
                ? configuredPrefix.substring(0, configuredPrefix.length() - 1)
                : configuredPrefix;
        this.suffix = suffix;
    }

    /**
     * @throws IllegalArgumentException when the format has no version placeholder, more than one,
     *                                  or a placeholder it does not know
     */
    public static TagFormat parse(String format, String groupId, String artifactId) {
        String filled = format.replace("@{project.groupId}", groupId).replace("@{project.artifactId}", artifactId);
        Matcher placeholder = VERSION_PLACEHOLDER.matcher(filled);
        if (!placeholder.find()) {
            throw new IllegalArgumentException(
                    "the tag format '" + format + "' has no @{version} (or @{project.version}) placeholder");
        }
        String prefix = filled.substring(0, placeholder.start());
        String suffix = filled.substring(placeholder.end());
        if (VERSION_PLACEHOLDER.matcher(suffix).find() || (prefix + suffix).contains("@{")) {
            throw new IllegalArgumentException(
                    "the tag format '" + format + "' must hold exactly one @{version} and no other "
                            + "placeholder than @{project.groupId} and @{project.artifactId}");
        }
        return new TagFormat(format, prefix, suffix);
    }

    public String format() {
        return format;
    }

    /** The tag the format gives for {@code version}, as configured (with its {@code v} when it has one). */
    public String tagFor(String version) {
        return configuredPrefix + version + suffix;
    }

    /** Every spelling of the tag for {@code version}: with and without the {@code v}. */
    public List<String> spellingsOf(String version) {
        return List.of(prefix + "v" + version + suffix, prefix + version + suffix);
    }

    /**
     * Whether {@code tag} is exactly what the format gives for some release version: no leniency
     * about the {@code v}, so that {@code v1.2.0} follows {@code v@{version}} and not {@code @{version}}.
     * This is how tag histories are counted when the format is chosen.
     */
    public boolean follows(String tag) {
        if (!tag.startsWith(configuredPrefix)
                || !tag.endsWith(suffix)
                || tag.length() <= configuredPrefix.length() + suffix.length()) {
            return false;
        }
        return ReleaseVersions.isRelease(tag.substring(configuredPrefix.length(), tag.length() - suffix.length()));
    }

    /** The version a tag names when it matches the format, whether or not it is a release version. */
    public Optional<String> versionOf(String tag) {
        if (!tag.startsWith(prefix) || !tag.endsWith(suffix) || tag.length() <= prefix.length() + suffix.length()) {
            return Optional.empty();
        }
        String version = tag.substring(prefix.length(), tag.length() - suffix.length());
        if (version.startsWith("v") && version.length() > 1 && Character.isDigit(version.charAt(1))) {
            version = version.substring(1);
        }
        return Optional.of(version);
    }
}
