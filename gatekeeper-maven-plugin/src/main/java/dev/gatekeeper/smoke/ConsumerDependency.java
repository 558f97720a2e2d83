package dev.gatekeeper.smoke;

/**
 * The one dependency of a generated consumer project.
 *
 * @param type       null means {@code jar}
 * @param classifier null means the main artifact
 */
public record ConsumerDependency(String groupId, String artifactId, String version, String type, String classifier) {

    public ConsumerDependency {
        Coordinates.requireSafe("groupId", groupId);
        Coordinates.requireSafe("artifactId", artifactId);
        Coordinates.requireSafe("version", version);
        type = Coordinates.optionalSafe("type", type);
        classifier = Coordinates.optionalSafe("classifier", classifier);
    }

    public static ConsumerDependency of(String groupId, String artifactId, String version) {
        return new ConsumerDependency(groupId, artifactId, version, null, null);
    }

    public String coordinates() {
        return groupId + ":" + artifactId + ":" + (type == null ? "jar" : type)
                + (classifier == null ? "" : ":" + classifier) + ":" + version;
    }
}
