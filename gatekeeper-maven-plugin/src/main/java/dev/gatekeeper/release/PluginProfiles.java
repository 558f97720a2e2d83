package dev.gatekeeper.release;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which active profile brings a plugin into a module's build: the one path that decides whether a plugin
 * (Gatekeeper's own, as users run it from a {@code merge-ready} profile) comes from a profile. It looks at
 * the module's POM and the POMs of its parent chain as their authors wrote them:
 * <ol>
 *   <li>a profile Maven records as active, of the module's POM or of a parent's, that declares the plugin;
 *   <li>else, when Maven's record names none (a POM whose id is written with {@code ${revision}}, a file
 *       replaced by a flattened POM) and no POM of the chain declares the plugin in its main build, the
 *       first profile of the chain that declares it;
 *   <li>else, when the module's own POM does not declare the plugin in its main build, the profile an
 *       earlier module of the reactor (the root, in reactor order) was found to declare it in by the first
 *       two rules: a module whose parent chain Maven no longer shows inherited it from there.
 * </ol>
 * One instance serves one reactor scan, in reactor order.
 */
public final class PluginProfiles {
    /** The active profile a module scanned earlier declares each plugin in. */
    private final Map<String, String> foundEarlier = new HashMap<>();

    /**
     * One POM of the chain.
     *
     * @param mainBuildPlugins the plugin keys (groupId:artifactId) its main build declares
     * @param profiles         its profiles, in declaration order
     */
    public record Pom(Set<String> mainBuildPlugins, List<DeclaredProfile> profiles) {}

    /**
     * @param id      the profile's id
     * @param active  whether Maven records it as active for this build
     * @param plugins the plugin keys its build declares
     */
    public record DeclaredProfile(String id, boolean active, Set<String> plugins) {}

    /**
     * @param chain the module's POM first, then its parents' as far as the reactor shows them
     * @param key   the plugin's groupId:artifactId
     * @return the id of the profile that brings the plugin in, or null when the main build does
     */
    public String declaring(List<Pom> chain, String key) {
        String profile = activeProfileDeclaring(chain, key);
        if (profile == null) {
            profile = profileOfTheChainDeclaring(chain, key);
        }
        if (profile != null) {
            foundEarlier.putIfAbsent(key, profile);
            return profile;
        }
        boolean declaredInOwnBuild =
                !chain.isEmpty() && chain.get(0).mainBuildPlugins().contains(key);
        return declaredInOwnBuild ? null : foundEarlier.get(key);
    }

    private static String activeProfileDeclaring(List<Pom> chain, String key) {
        for (Pom pom : chain) {
            for (DeclaredProfile profile : pom.profiles()) {
                if (profile.active() && profile.plugins().contains(key)) {
                    return profile.id();
                }
            }
        }
        return null;
    }

    private static String profileOfTheChainDeclaring(List<Pom> chain, String key) {
        String profileId = null;
        for (Pom pom : chain) {
            if (pom.mainBuildPlugins().contains(key)) {
                return null;
            }
            for (DeclaredProfile profile : pom.profiles()) {
                if (profileId == null && profile.plugins().contains(key)) {
                    profileId = profile.id();
                }
            }
        }
        return profileId;
    }
}
