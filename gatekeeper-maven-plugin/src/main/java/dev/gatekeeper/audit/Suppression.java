package dev.gatekeeper.audit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A decision to accept one vulnerability for a while: which one, in which packages, why, and until
 * when. Without a reason and an expiry date there is no suppression.
 *
 * @param id       the vulnerability id (CVE-…, GHSA-…); it matches a finding by its id or any of its aliases, so
 *                 one suppression holds whichever engine's id a merged finding keeps
 * @param packages a {@code groupId:artifactId[:version]} pattern where {@code *} matches anything,
 *                 or null for every package
 * @param reason   why accepting it is safe for now
 * @param expires  the last day it suppresses
 * @param index    its 1-based position in the file, for messages
 */
public record Suppression(String id, String packages, String reason, LocalDate expires, int index) {
    public Suppression {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(expires, "expires");
    }

    public boolean expiredOn(LocalDate today) {
        return today.isAfter(expires);
    }

    public boolean matches(Vulnerability vulnerability, VulnerableDependency dependency) {
        if (vulnerability.names().stream().noneMatch(id::equalsIgnoreCase)) {
            return false;
        }
        if (packages == null) {
            return true;
        }
        if (dependency.coordinates() == null) {
            return false;
        }
        // groupId:artifactId matches every version, and a dependency whose version is unknown.
        boolean anyVersion = packages.chars().filter(c -> c == ':').count() == 1;
        return glob(packages)
                .matcher(anyVersion ? dependency.groupAndArtifact() : dependency.coordinates())
                .matches();
    }

    private static Pattern glob(String pattern) {
        return Pattern.compile(
                Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*")));
    }

    /** How the suppression is named in findings: {@code CVE-x for g:a:*}. */
    public String describe() {
        return id + (packages == null ? "" : " for " + packages);
    }
}
