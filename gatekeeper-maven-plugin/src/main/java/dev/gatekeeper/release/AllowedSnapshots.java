package dev.gatekeeper.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code gatekeeper.releasePlan.allowedSnapshots}: {@code groupId:artifactId} patterns, {@code *}
 * standing for any text, of SNAPSHOTs a project depends on deliberately. Each pattern is matched
 * against the whole {@code groupId:artifactId}; a pattern without ':' matches nothing but its text.
 */
final class AllowedSnapshots {
    private final List<String> patterns = new ArrayList<>();
    private final List<Pattern> compiled = new ArrayList<>();

    AllowedSnapshots(List<String> configured) {
        for (String entry : configured) {
            for (String pattern : entry.split(",")) {
                if (!pattern.isBlank()) {
                    patterns.add(pattern.trim());
                    compiled.add(Pattern.compile(glob(pattern.trim())));
                }
            }
        }
    }

    /** The first pattern that allows {@code coordinates} (groupId:artifactId), if any. */
    Optional<String> allowing(String coordinates) {
        for (int i = 0; i < compiled.size(); i++) {
            if (compiled.get(i).matcher(coordinates).matches()) {
                return Optional.of(patterns.get(i));
            }
        }
        return Optional.empty();
    }

    private static String glob(String pattern) {
        List<String> quoted = new ArrayList<>();
        for (String part : pattern.split("\\*", -1)) {
            quoted.add(part.isEmpty() ? "" : Pattern.quote(part));
        }
        return String.join(".*", quoted);
    }
}
