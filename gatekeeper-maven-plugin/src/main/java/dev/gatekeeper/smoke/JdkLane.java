package dev.gatekeeper.smoke;

import java.nio.file.Path;

/**
 * A JDK the entry points are run on.
 *
 * @param name    {@code jdk-<major>} (e.g. {@code jdk-17}), made unique when two JDKs share a major
 * @param home    the JDK installation
 * @param version the full version ({@code 17.0.15}), or null when unknown
 * @param vendor  from toolchains.xml, or null
 * @param problem why the lane cannot run, or null when it can
 */
public record JdkLane(String name, Path home, String version, String vendor, String problem) {

    public boolean usable() {
        return problem == null;
    }

    static JdkLane unusable(Path home, String problem) {
        return new JdkLane("jdk-unusable", home, null, null, problem);
    }
}
