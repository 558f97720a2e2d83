package dev.gatekeeper.mojo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.maven.project.MavenProject;

/**
 * Lets exactly one verdict execution, the last to arrive, judge the whole reactor. Each execution
 * marks its project in the plugin context Maven keeps per project (shared by every thread of a
 * {@code -T} build); the one that finds every participating project marked claims the verdict.
 */
final class ReactorBarrier {
    private static final String ARRIVED = "gatekeeper.verdict.arrived";
    private static final String CLAIMED = "gatekeeper.verdict.claimed";
    private static final Object LOCK = new Object();

    private ReactorBarrier() {}

    /**
     * @param current       the project whose verdict execution is running
     * @param participants  the reactor projects that run a verdict execution in this build
     * @param contextOf     the plugin context Maven keeps for a project
     * @param root          the project whose context records that the verdict was claimed
     * @return true for the one caller that should compute the verdict now
     */
    static boolean arriveAndClaim(
            MavenProject current,
            List<MavenProject> participants,
            Function<MavenProject, Map<String, Object>> contextOf,
            MavenProject root) {
        synchronized (LOCK) {
            contextOf.apply(current).put(ARRIVED, Boolean.TRUE);
            for (MavenProject project : participants) {
                if (!contextOf.apply(project).containsKey(ARRIVED)) {
                    return false;
                }
            }
            return contextOf.apply(root).putIfAbsent(CLAIMED, Boolean.TRUE) == null;
        }
    }

    /** How many participants have not reached their verdict execution yet; for the log. */
    static long waitingFor(List<MavenProject> participants, Function<MavenProject, Map<String, Object>> contextOf) {
        synchronized (LOCK) {
            return participants.stream().filter(p -> !contextOf.apply(p).containsKey(ARRIVED)).count();
        }
    }
}
