package dev.gatekeeper.core;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Lets exactly one execution of a goal, the last to arrive, act for the whole reactor (the verdict;
 * the audit, which scans the reactor once). Each execution marks its project as arrived in the map
 * the modules of a build share (seen by every thread of a {@code -T} build and by every plugin realm
 * Maven loads Gatekeeper in); the one that finds every participating project marked claims the work.
 *
 * <p>Only JDK types go into the shared map (a set of project ids, a {@link Boolean}, the lock
 * {@link Object}): a module in another plugin realm has its own copy of this class, so neither an
 * object of it nor a static lock of it would be shared.
 */
public final class ReactorBarrier {
    static final String LOCK_KEY = "gatekeeper.reactor-barrier.lock";

    private final String arrived;
    private final String claimed;

    private ReactorBarrier(String goal) {
        this.arrived = "gatekeeper." + goal + ".arrived";
        this.claimed = "gatekeeper." + goal + ".claimed";
    }

    public static ReactorBarrier forGoal(String goal) {
        return new ReactorBarrier(goal);
    }

    /**
     * @param shared        the map the modules of this build share
     * @param current       the id of the project whose execution is running
     * @param participants  the ids of the reactor projects that run an execution of the goal in this build
     * @return true for the one caller that should act for the reactor now
     */
    public boolean arriveAndClaim(
            ConcurrentMap<String, Object> shared, String current, Collection<String> participants) {
        synchronized (lock(shared)) {
            Set<String> arrivals = arrivals(shared);
            arrivals.add(current);
            if (!arrivals.containsAll(participants)) {
                return false;
            }
            return shared.putIfAbsent(claimed, Boolean.TRUE) == null;
        }
    }

    /** How many participants have not reached their execution yet; for the log. */
    public long waitingFor(ConcurrentMap<String, Object> shared, Collection<String> participants) {
        synchronized (lock(shared)) {
            Set<String> arrivals = arrivals(shared);
            return participants.stream().filter(p -> !arrivals.contains(p)).count();
        }
    }

    private static Object lock(ConcurrentMap<String, Object> shared) {
        return shared.computeIfAbsent(LOCK_KEY, key -> new Object());
    }

    @SuppressWarnings("unchecked")
    private Set<String> arrivals(ConcurrentMap<String, Object> shared) {
        return (Set<String>) shared.computeIfAbsent(arrived, key -> ConcurrentHashMap.newKeySet());
    }
}
