package dev.gatekeeper.smoke;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.util.List;
import java.util.Set;

/** The sources and javadoc jars Maven Central requires next to a jar. */
public final class AttachedArtifactsCheck {
    public static final String SOURCES_JAR_MISSING = "SMOKE_SOURCES_JAR_MISSING";
    public static final String JAVADOC_JAR_MISSING = "SMOKE_JAVADOC_JAR_MISSING";

    /** Packagings whose main artifact is a jar of classes; a pom, war or ear has no sources jar to attach. */
    private static final Set<String> JAR_PACKAGINGS = Set.of("jar", "maven-plugin");

    private AttachedArtifactsCheck() {}

    /**
     * @param attachedClassifiers the classifiers of the artifacts attached to the project
     * @param packaging           the project's packaging; null means jar
     * @param severity            what a missing jar implies (HOLD unless configured otherwise)
     * @param pomFileShown        the POM to edit, as findings show it
     */
    public static void check(
            List<String> attachedClassifiers,
            boolean requireSources,
            boolean requireJavadoc,
            String packaging,
            GateStatus severity,
            String pomFileShown,
            GateEvaluation evaluation) {
        String kind = packaging == null || packaging.isBlank() ? "jar" : packaging.strip();
        if (!JAR_PACKAGINGS.contains(kind)) {
            return;
        }
        if (requireSources && !attachedClassifiers.contains("sources")) {
            evaluation.add(Finding.of(SOURCES_JAR_MISSING, severity,
                            "No -sources.jar is attached; Maven Central requires one for packaging " + kind)
                    .withFile(pomFileShown, null)
                    .withFix(pluginFix("maven-source-plugin", "attach-sources", "jar-no-fork", pomFileShown)));
        }
        if (requireJavadoc && !attachedClassifiers.contains("javadoc")) {
            evaluation.add(Finding.of(JAVADOC_JAR_MISSING, severity,
                            "No -javadoc.jar is attached; Maven Central requires one for packaging " + kind)
                    .withFile(pomFileShown, null)
                    .withFix(pluginFix("maven-javadoc-plugin", "attach-javadocs", "jar", pomFileShown)));
        }
    }

    private static String pluginFix(String plugin, String executionId, String goal, String pomFileShown) {
        return "Add <plugin><artifactId>" + plugin + "</artifactId><executions><execution><id>" + executionId
                + "</id><goals><goal>" + goal + "</goal></goals></execution></executions></plugin> to <build><plugins> in "
                + pomFileShown;
    }
}
