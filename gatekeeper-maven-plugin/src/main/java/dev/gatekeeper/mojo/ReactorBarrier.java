package dev.gatekeeper.mojo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.maven.project.MavenProject;

/**
 * Lets exactly one execution of a goal, the last to arrive, act for the whole reactor (the verdict;
 * the audit, which scans the reactor once). Each execution marks its project in the plugin context
 * Maven keeps per project (shared by every thread of a {@code -T} build); the one that finds every
 * participating project marked claims the work.
 */
final class ReactorBarrier {
    private static final Object LOCK = new Object();

    private final String arrived;
    private final String claimed;

    private ReactorBarrier(String goal) {
        this.arrived = "gatekeeper." + goal + ".arrived";
        this.claimed = "gatekeeper." + goal + ".claimed";
    }

    static ReactorBarrier forGoal(String goal) {
        return new ReactorBarrier(goal);
    }

    /**
     * @param current       the project whose verdict execution is running
     * @param participants  the reactor projects that run a verdict execution in this build
     * @param contextOf     the plugin context Maven keeps for a project
     * @param root          the project whose context records that the verdict was claimed
     * @return true for the one caller that should act for the reactor now
     */
    boolean arriveAndClaim(
            MavenProject current,
            List<MavenProject> participants,
            Function<MavenProject, Map<String, Object>> contextOf,
            MavenProject root) {
        synchronized (LOCK) {
            contextOf.apply(current).put(arrived, Boolean.TRUE);
            for (MavenProject project : participants) {
                if (!contextOf.apply(project).containsKey(arrived)) {
                    return false;
                }
            }
            return contextOf.apply(root).putIfAbsent(claimed, Boolean.TRUE) == null;
        }
    }

    /** How many participants have not reached their verdict execution yet; for the log. */
    long waitingFor(List<MavenProject> participants, Function<MavenProject, Map<String, Object>> contextOf) {
        synchronized (LOCK) {
            return participants.stream().filter(p -> !contextOf.apply(p).containsKey(arrived)).count();
        }
    }
}
