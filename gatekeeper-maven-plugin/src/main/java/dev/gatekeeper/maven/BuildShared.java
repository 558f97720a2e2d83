package dev.gatekeeper.maven;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.maven.execution.MavenSession;

/**
 * The map the modules of one build share: the barrier's arrivals and claims, the background gates'
 * pool. Kept in the repository session's data, which Maven creates once per build and which every
 * thread of a {@code -T} build and every plugin realm of Gatekeeper sees (a module that does not
 * inherit the root's build extensions runs our goals in a second realm, with its own copies of our
 * classes). Only JDK types go in; {@code computeIfAbsent} here is atomic, unlike the first call of
 * {@code MavenSession.getPluginContext} for a project, which Maven 3.9 does as a get then a put.
 */
public final class BuildShared {
    static final String KEY = "dev.gatekeeper.build-shared";

    private BuildShared() {}

    @SuppressWarnings("unchecked")
    public static ConcurrentMap<String, Object> of(MavenSession session) {
        return (ConcurrentMap<String, Object>)
                session.getRepositorySession().getData().computeIfAbsent(KEY, ConcurrentHashMap::new);
    }
}
