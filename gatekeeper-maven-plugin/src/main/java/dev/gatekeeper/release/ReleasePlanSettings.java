package dev.gatekeeper.release;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the release plan is judged against.
 *
 * @param executionRoot    where Maven was started; the git checkout is found from here
 * @param projectVersion   the execution-root project's version
 * @param explicitVersion  {@code gatekeeper.releasePlan.version}, or null
 * @param explicitBranch   {@code gatekeeper.releasePlan.branch}, or null
 * @param force            check even off a release-track branch
 * @param branchPatterns   release-track branches, each matched against the whole branch name
 * @param tagFormat        how the project declares its release tags are named, before the tags are counted
 * @param changelog        the configured changelog file, or null to find it among the usual names
 * @param requireChangelog whether a project without any changelog holds the release
 * @param requireCleanTree whether uncommitted changes hold the release
 * @param environment      the build's environment variables (CI variables name the branch)
 * @param localRepository  the local Maven repository, where earlier releases of a SNAPSHOT are looked up; may be null
 * @param allowedSnapshots groupId:artifactId patterns ({@code *} for any text) of SNAPSHOTs the project accepts
 */
public record ReleasePlanSettings(
        Path executionRoot,
        String projectVersion,
        String explicitVersion,
        String explicitBranch,
        boolean force,
        List<Pattern> branchPatterns,
        TagFormatChoice.Declared tagFormat,
        Path changelog,
        boolean requireChangelog,
        boolean requireCleanTree,
        Map<String, String> environment,
        Path localRepository,
        List<String> allowedSnapshots) {

    public static final List<String> DEFAULT_BRANCH_PATTERNS = List.of("main", "master", "release/.*");

    public ReleasePlanSettings {
        branchPatterns = List.copyOf(branchPatterns);
        environment = Map.copyOf(environment);
        allowedSnapshots = List.copyOf(allowedSnapshots);
    }

    boolean isReleaseTrack(String branch) {
        return branchPatterns.stream()
                .anyMatch(pattern -> pattern.matcher(branch).matches());
    }

    String branchPatternList() {
        return branchPatterns.stream().map(Pattern::pattern).collect(Collectors.joining(", "));
    }
}
