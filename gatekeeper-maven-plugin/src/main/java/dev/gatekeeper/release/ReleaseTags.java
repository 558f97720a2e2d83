package dev.gatekeeper.release;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.GitCheckout.Tag;
import java.util.List;
import java.util.Optional;

/** The planned version against the repository's tags: not tagged elsewhere already, and past the latest release. */
final class ReleaseTags {
    private final TagFormat format;
    private final List<Tag> tags;
    private final String headCommit;

    ReleaseTags(TagFormat format, List<Tag> tags, String headCommit) {
        this.format = format;
        this.tags = List.copyOf(tags);
        this.headCommit = headCommit;
    }

    /** Records what it finds; returns the latest release tag other than the planned version's own, if any. */
    Optional<Tag> check(String planned, GateEvaluation evaluation) {
        List<String> ownSpellings = format.spellingsOf(planned);
        Optional<Tag> latest = latestRelease(ownSpellings);
        // the versions suggested instead of a tagged one must be past every release, not only past it
        String suggestAfter = latest.map(tag -> format.versionOf(tag.name()).orElseThrow())
                .filter(latestVersion -> ReleaseVersions.compare(latestVersion, planned) > 0)
                .orElse(planned);
        for (Tag tag : tags) {
            if (!ownSpellings.contains(tag.name())) {
                continue;
            }
            if (headCommit != null && headCommit.equals(tag.commit())) {
                evaluation.log().info("tag " + tag.name() + " already points at HEAD: this is a re-run after tagging");
                evaluation.add(Finding.of(
                        ReleasePlanCodes.TAG_AT_HEAD,
                        GateStatus.PASS,
                        "tag " + tag.name() + " already points at HEAD"));
            } else {
                String where =
                        tag.commit() == null ? "something that is not a commit" : "commit " + abbreviated(tag.commit());
                evaluation.add(Finding.of(
                                ReleasePlanCodes.TAG_EXISTS,
                                GateStatus.HOLD,
                                "tag " + tag.name() + " already exists and points at " + where + ", not at HEAD")
                        .withFix(nextVersionFix(suggestAfter))
                        .withAttribute("tag", tag.name())
                        .withAttribute("commit", tag.commit() == null ? "" : tag.commit()));
            }
        }
        latest.ifPresentOrElse(
                tag -> evaluation.log().info("latest release tag: " + tag.name()),
                () -> evaluation
                        .log()
                        .info("no other release tag matches '" + format.format() + "': this is the first release"));
        if (latest.isPresent()) {
            String latestVersion = format.versionOf(latest.get().name()).orElseThrow();
            if (ReleaseVersions.compare(planned, latestVersion) <= 0) {
                evaluation.add(Finding.of(
                                ReleasePlanCodes.NOT_PAST_LATEST,
                                GateStatus.HOLD,
                                planned + " does not move past " + latest.get().name())
                        .withFix(nextVersionFix(latestVersion))
                        .withAttribute("latestTag", latest.get().name()));
            }
        }
        return latest;
    }

    private Optional<Tag> latestRelease(List<String> excluded) {
        Tag latest = null;
        String latestVersion = null;
        for (Tag tag : tags) {
            Optional<String> version = format.versionOf(tag.name()).filter(ReleaseVersions::isRelease);
            if (version.isEmpty() || excluded.contains(tag.name())) {
                continue;
            }
            if (latest == null || ReleaseVersions.compare(version.get(), latestVersion) > 0) {
                latest = tag;
                latestVersion = version.get();
            }
        }
        return Optional.ofNullable(latest);
    }

    /** "plan 1.3.1 or 1.4.0: set the project version with mvn versions:set -DnewVersion=1.4.0-SNAPSHOT, or ..." */
    static String nextVersionFix(String after) {
        List<String> next = ReleaseVersions.nextAfter(after);
        if (next.isEmpty()) {
            return "plan a version after " + after
                    + ": set the project version with mvn versions:set -DnewVersion=<version>-SNAPSHOT,"
                    + " or pass -Dgatekeeper.releasePlan.version=<version>";
        }
        String last = next.get(next.size() - 1);
        return "plan " + String.join(" or ", next) + ": set the project version with mvn versions:set -DnewVersion="
                + last + ReleaseVersions.SNAPSHOT_SUFFIX + ", or pass -Dgatekeeper.releasePlan.version=" + last;
    }

    private static String abbreviated(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }
}
