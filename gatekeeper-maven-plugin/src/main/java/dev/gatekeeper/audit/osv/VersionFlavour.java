package dev.gatekeeper.audit.osv;

import java.util.Locale;
import java.util.Set;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * A Maven version split into its release and its flavour: {@code 29.0-jre} is release {@code 29.0} in the
 * {@code jre} flavour, {@code 9.4.40.v20210413} is {@code 9.4.40} in the {@code v} flavour,
 * {@code 1.2.17.redhat-00001} is {@code 1.2.17} in the {@code redhat} flavour. The flavour starts at the first
 * qualifier {@link ComparableVersion} does not know, after at least one number, and runs to the end. Qualifiers
 * Maven knows are part of the release and keep Maven's order: the pre-releases ({@code alpha}, {@code beta},
 * {@code milestone}, {@code rc}/{@code cr}, {@code snapshot}, and {@code a1}, {@code b1}, {@code m1}), the release
 * itself ({@code ga}, {@code final}, {@code release}) and the service packs after it ({@code sp}).
 *
 * <p>Maven orders every unknown qualifier after the release ({@code 29.0 < 29.0-jre}) and flavours among each
 * other as text ({@code 32.0.0-android < 32.0.0-jre}), so an advisory bound and a published version that name
 * the same release in two spellings fall on either side of each other. {@link #compare} compares a dependency's
 * version with an advisory's bound as the same release when they differ only in flavour:
 * <ul>
 *   <li>a bound without a flavour stands for every flavour of its release ({@code last_affected: 29.0} covers
 *       {@code 29.0-jre} and {@code 29.0-android});
 *   <li>two different flavours of one release are that release ({@code fixed: 32.0.0-android} fixes
 *       {@code 32.0.0-jre}, and the reverse);
 *   <li>the same flavour keeps Maven's order, as a numbered series ({@code 1.2.17.redhat-00001 <
 *       1.2.17.redhat-00003}, {@code 9.4.41.v20210401 < 9.4.41.v20210516});
 *   <li>a bound with a flavour against a version without one keeps Maven's order (the version without a
 *       flavour is the upstream release the flavoured build was made from: {@code 1.2.17 < 1.2.17.redhat-00003}).
 * </ul>
 *
 * @param release the version up to its flavour ({@code 29.0} of {@code 29.0-jre}); the whole version without one
 * @param flavour the flavour as written ({@code jre}, {@code v20210413}, {@code redhat-00001}), or null
 * @param word    the flavour's leading letters, lower case ({@code jre}, {@code v}, {@code redhat}), or null
 * @param separator the character before the flavour ({@code -} or {@code .}), or null
 */
public record VersionFlavour(String release, String flavour, String word, String separator) {

    /** The qualifiers {@link ComparableVersion} knows, and its aliases for them. */
    private static final Set<String> KNOWN_QUALIFIERS =
            Set.of("alpha", "beta", "milestone", "rc", "cr", "snapshot", "ga", "final", "release", "sp");

    /** Splits {@code version} into its release and its flavour. */
    public static VersionFlavour of(String version) {
        int length = version.length();
        boolean numberSeen = false;
        int start = 0;
        while (start < length) {
            char first = version.charAt(start);
            if (first == '.' || first == '-') {
                start++;
                continue;
            }
            boolean digits = Character.isDigit(first);
            int end = start;
            while (end < length
                    && version.charAt(end) != '.'
                    && version.charAt(end) != '-'
                    && Character.isDigit(version.charAt(end)) == digits) {
                end++;
            }
            if (digits) {
                numberSeen = true;
            } else {
                String token = version.substring(start, end).toLowerCase(Locale.ROOT);
                boolean followedByDigit = end < length && Character.isDigit(version.charAt(end));
                boolean known = KNOWN_QUALIFIERS.contains(token)
                        || (followedByDigit && (token.equals("a") || token.equals("b") || token.equals("m")));
                if (!known && numberSeen) {
                    int releaseEnd = start;
                    while (releaseEnd > 0 && isSeparator(version.charAt(releaseEnd - 1))) {
                        releaseEnd--;
                    }
                    return new VersionFlavour(
                            version.substring(0, releaseEnd),
                            version.substring(start),
                            token,
                            start > releaseEnd ? String.valueOf(version.charAt(releaseEnd)) : "");
                }
            }
            start = end;
        }
        return new VersionFlavour(version, null, null, null);
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '-';
    }

    public boolean flavoured() {
        return flavour != null;
    }

    /**
     * Compares a dependency's {@code version} with an advisory's {@code bound} (an event's version or a
     * listed version): negative when the version is below the bound, zero when it is the bound's release,
     * positive when above. See the class comment for how flavours count.
     */
    public static int compare(String version, String bound) {
        VersionFlavour candidate = of(version);
        VersionFlavour limit = of(bound);
        boolean sameRelease = !limit.flavoured()
                ? candidate.flavoured()
                : candidate.flavoured() && !candidate.word.equals(limit.word);
        if (sameRelease) {
            return new ComparableVersion(candidate.release).compareTo(new ComparableVersion(limit.release));
        }
        return new ComparableVersion(version).compareTo(new ComparableVersion(bound));
    }

    /**
     * The fixed version as the dependency would name it: {@code fixed} in the dependency's own flavour when
     * both are flavoured differently ({@code 32.0.0-android} for a {@code 31.1-jre} dependency is
     * {@code 32.0.0-jre}); otherwise {@code fixed} itself.
     */
    public static String inFlavourOf(String fixed, String dependencyVersion) {
        VersionFlavour fix = of(fixed);
        VersionFlavour dependency = of(dependencyVersion);
        if (!fix.flavoured() || !dependency.flavoured() || fix.word.equals(dependency.word)) {
            return fixed;
        }
        return fix.release + dependency.separator + dependency.flavour;
    }
}
