package dev.gatekeeper.smoke;

/**
 * One way a consumer's runtime classpath differs from the one the build's tests ran with.
 *
 * @param testedVersion   the build's version, null when the build's runtime graph does not have the artifact
 * @param consumerVersion the consumer's version, null when a consumer does not get the artifact
 * @param why             the reason, as far as the two graphs and the build's dependencyManagement tell it
 * @param managed         the build's dependencyManagement entry that set the tested version, or null
 * @param optionalInBuild the module declares the dependency {@code <optional>}: consumers get another path's version
 */
public record GraphDifference(
        String groupId,
        String artifactId,
        String classifier,
        String testedVersion,
        String consumerVersion,
        Kind kind,
        String why,
        ManagedVersion managed,
        boolean optionalInBuild) {

    public enum Kind {
        /** A consumer gets a lower version than the tests ran with. */
        DOWNGRADE,
        /** A consumer gets a higher version than the tests ran with. */
        UPGRADE,
        /** The tests ran with it; a consumer does not get it. */
        MISSING_FOR_CONSUMERS,
        /** A consumer gets it; the tests did not run with it. */
        ONLY_FOR_CONSUMERS
    }

    public boolean downgrade() {
        return kind == Kind.DOWNGRADE;
    }

    public String key() {
        return groupId + ":" + artifactId + (classifier == null ? "" : ":" + classifier);
    }
}
