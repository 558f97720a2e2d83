package dev.gatekeeper.mojo;

import dev.gatekeeper.core.GateId;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Runs only the release-plan criterion and fails the build itself, listing every blocking finding,
 * without a verdict: for the maven-release-plugin's {@code preparationGoals}, so that
 * {@code release:prepare} stops before anything is tagged. Whoever runs it is cutting a release,
 * so it checks on any branch, as if {@code gatekeeper.releasePlan.force} were set.
 */
@Mojo(name = GateId.Goals.RELEASE_CHECK, threadSafe = true)
public class ReleaseCheckMojo extends ReleasePlanMojo {

    @Override
    protected boolean forced() {
        return true;
    }

    @Override
    protected boolean failsBuildItself() {
        return true;
    }
}
