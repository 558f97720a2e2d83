package dev.gatekeeper.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleaseBranchTest {
    private final Map<String, String> environment = new HashMap<>();

    @Test
    void anExplicitBranchComesFirst() {
        environment.put("GITHUB_BASE_REF", "main");

        assertThat(ReleaseBranch.resolve("refs/heads/release/2.x", environment, Optional.of("feature")))
                .contains(new ReleaseBranch("release/2.x", "gatekeeper.releasePlan.branch"));
    }

    @Test
    void aPullRequestsTargetComesBeforeTheCheckedOutBranch() {
        environment.put("GITHUB_BASE_REF", "");
        environment.put("CHANGE_TARGET", "master");
        environment.put("SYSTEM_PULLREQUEST_TARGETBRANCH", "refs/heads/other");

        assertThat(ReleaseBranch.resolve(null, environment, Optional.of("feature")))
                .contains(new ReleaseBranch("master", "the pull request's target (CHANGE_TARGET)"));
    }

    @Test
    void theCheckedOutBranchComesBeforePushVariables() {
        environment.put("GITHUB_REF_NAME", "main");

        assertThat(ReleaseBranch.resolve(" ", environment, Optional.of("feature")))
                .contains(new ReleaseBranch("feature", "git"));
    }

    @Test
    void aDetachedHeadTakesTheCisBranchWithoutRemotePrefixes() {
        environment.put("GIT_BRANCH", "origin/release/1.x");
        assertThat(ReleaseBranch.resolve(null, environment, Optional.empty()))
                .contains(new ReleaseBranch("release/1.x", "the CI's branch for a detached checkout (GIT_BRANCH)"));

        environment.put("BUILD_SOURCEBRANCHNAME", "main");
        assertThat(ReleaseBranch.resolve(null, environment, Optional.empty()).map(ReleaseBranch::name))
                .contains("main");
    }

    @Test
    void nothingKnownIsEmpty() {
        assertThat(ReleaseBranch.resolve(null, environment, Optional.empty())).isEmpty();
    }
}
