package dev.gatekeeper.release;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which branch a build is for. A pull request's merge target comes first, because it is the
 * branch the change will land on that must be release-track; then the checked-out branch; then,
 * for a CI checkout of a detached HEAD, the branch the CI says it built.
 *
 * @param name   the branch's short name (no {@code origin/}, no {@code refs/heads/})
 * @param source where the name came from, for the log
 */
public record ReleaseBranch(String name, String source) {
    /** CI variables naming a pull request's target branch (GitHub, GitLab, Jenkins, Azure, Bitbucket). */
    static final List<String> PULL_REQUEST_TARGET_VARIABLES = List.of(
            "GITHUB_BASE_REF",
            "CI_MERGE_REQUEST_TARGET_BRANCH_NAME",
            "CHANGE_TARGET",
            "SYSTEM_PULLREQUEST_TARGETBRANCH",
            "BITBUCKET_PR_DESTINATION_BRANCH");

    /** CI variables naming the branch a push build checked out, often as a detached HEAD. */
    static final List<String> PUSH_BRANCH_VARIABLES = List.of(
            "GITHUB_REF_NAME",
            "CI_COMMIT_BRANCH",
            "CI_COMMIT_REF_NAME",
            "BRANCH_NAME",
            "BUILD_SOURCEBRANCHNAME",
            "BITBUCKET_BRANCH",
            "GIT_BRANCH");

    /**
     * @param explicit    {@code gatekeeper.releasePlan.branch}, or null
     * @param environment the build's environment variables
     * @param checkedOut  the branch git has checked out, empty on a detached HEAD
     */
    static Optional<ReleaseBranch> resolve(
            String explicit, Map<String, String> environment, Optional<String> checkedOut) {
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(new ReleaseBranch(shortName(explicit), "gatekeeper.releasePlan.branch"));
        }
        Optional<ReleaseBranch> target =
                firstSet(PULL_REQUEST_TARGET_VARIABLES, environment, "the pull request's target");
        if (target.isPresent()) {
            return target;
        }
        if (checkedOut.isPresent()) {
            return Optional.of(new ReleaseBranch(checkedOut.get(), "git"));
        }
        return firstSet(PUSH_BRANCH_VARIABLES, environment, "the CI's branch for a detached checkout");
    }

    private static Optional<ReleaseBranch> firstSet(
            List<String> variables, Map<String, String> environment, String what) {
        for (String variable : variables) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return Optional.of(new ReleaseBranch(shortName(value), what + " (" + variable + ")"));
            }
        }
        return Optional.empty();
    }

    private static String shortName(String branch) {
        String name = branch.trim();
        for (String prefix : List.of("refs/heads/", "refs/remotes/origin/", "origin/")) {
            if (name.startsWith(prefix)) {
                name = name.substring(prefix.length());
            }
        }
        return name;
    }
}
