package dev.gatekeeper.smoke;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The JDKs configured for the smoke gate: explicit homes first, then the JDK toolchains Maven was
 * given. Nothing here throws for a bad JDK; each becomes a lane with a problem, so the gate can report
 * all of them at once.
 *
 * @param lanes every configured JDK, usable or not, without duplicates
 */
public record JdkLanes(List<JdkLane> lanes) {

    public JdkLanes {
        lanes = List.copyOf(lanes);
    }

    /**
     * @param explicitHomes configured JDK homes, in order
     * @param toolchains    the JDK toolchains to add, in order; empty adds none
     */
    public static JdkLanes resolve(List<Path> explicitHomes, List<ToolchainJdk> toolchains) {
        List<Candidate> candidates = new ArrayList<>();
        for (Path home : explicitHomes) {
            candidates.add(new Candidate(home, null));
        }
        for (ToolchainJdk jdk : toolchains) {
            candidates.add(new Candidate(jdk.jdkHome(), jdk.vendor()));
        }

        List<JdkLane> lanes = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (!seen.add(identity(candidate.home()))) {
                continue;
            }
            JdkLane lane = inspect(candidate);
            if (lane.usable()) {
                lane = new JdkLane(
                        uniqueName(lane.name(), lane.vendor(), names),
                        lane.home(),
                        lane.version(),
                        lane.vendor(),
                        null);
            }
            lanes.add(lane);
        }
        return new JdkLanes(lanes);
    }

    public List<JdkLane> usable() {
        return lanes.stream().filter(JdkLane::usable).toList();
    }

    public List<JdkLane> unusable() {
        return lanes.stream().filter(lane -> !lane.usable()).toList();
    }

    public Optional<JdkLane> lane(String name) {
        return lanes.stream().filter(lane -> lane.name().equals(name)).findFirst();
    }

    private static JdkLane inspect(Candidate candidate) {
        Path home = candidate.home();
        if (!Files.isDirectory(home)) {
            return JdkLane.unusable(home, "JDK home " + home + " does not exist");
        }
        if (!Files.isExecutable(JdkVersion.javaExecutable(home))) {
            return JdkLane.unusable(home, "JDK home " + home + " has no executable bin/java");
        }
        Optional<String> version = JdkVersion.of(home);
        Optional<Integer> major = version.flatMap(JdkVersion::major);
        if (major.isEmpty()) {
            return JdkLane.unusable(
                    home,
                    "cannot tell the Java version of " + home
                            + " (no JAVA_VERSION in its release file, and java -version did not say)");
        }
        return new JdkLane("jdk-" + major.get(), home, version.get(), candidate.vendor(), null);
    }

    private static String uniqueName(String name, String vendor, Set<String> taken) {
        String candidate = name;
        if (taken.contains(candidate) && vendor != null && !vendor.isBlank()) {
            candidate = name + "-" + vendor.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        }
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = name + "-" + n;
        }
        taken.add(candidate);
        return candidate;
    }

    /** The same JDK reached through a symbolic link (java-1.17.0-openjdk → java-17-openjdk) counts once. */
    private static Path identity(Path home) {
        try {
            return home.toRealPath();
        } catch (IOException e) {
            return home.toAbsolutePath().normalize();
        }
    }

    private record Candidate(Path home, String vendor) {}
}
