package dev.gatekeeper.smoke;

import java.util.Set;

/**
 * A profile as a POM of the project or of one of its parents declares it, inactive in this build,
 * reduced to what decides whether a release build with it attaches the sources and javadoc jars.
 *
 * @param id                 the profile's id
 * @param declaredIn         the POM that declares it, as {@code groupId:artifactId:version}
 * @param activationProperty the property that activates it ({@code performRelease}), or null
 * @param plugins            the plugins its build declares, as {@code groupId:artifactId}
 * @param goals              the goals its build binds and does not skip, as {@code groupId:artifactId:goal}
 */
public record DeclaredProfile(
        String id, String declaredIn, String activationProperty, Set<String> plugins, Set<String> goals) {
    /** {@link #declaredIn} of the profiles every Maven 3 project inherits. */
    public static final String SUPER_POM = "Maven's super POM";

    public DeclaredProfile {
        plugins = Set.copyOf(plugins);
        goals = Set.copyOf(goals);
    }
}
