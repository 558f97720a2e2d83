package dev.gatekeeper.smoke;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sources and javadoc jars Maven Central requires next to a jar: attached by this build, or by the
 * release build through one of its release profiles ({@link ReleaseProfiles}).
 */
public final class AttachedArtifactsCheck {
    /** Packagings whose main artifact is a jar of classes; a pom, war or ear has no sources jar to attach. */
    private static final Set<String> JAR_PACKAGINGS = Set.of("jar", "maven-plugin");

    /** A jar Central requires, the plugin goals that attach it and the property that skips them. */
    enum Kind {
        SOURCES(
                "sources",
                "-sources.jar",
                "maven-source-plugin",
                Set.of("jar", "jar-no-fork"),
                "attach-sources",
                "jar-no-fork",
                "maven.source.skip",
                SmokeCodes.SOURCES_JAR_MISSING.code(),
                SmokeCodes.SOURCES_JAR_BY_RELEASE_PROFILE.code()),
        JAVADOC(
                "javadoc",
                "-javadoc.jar",
                "maven-javadoc-plugin",
                Set.of("jar"),
                "attach-javadocs",
                "jar",
                "maven.javadoc.skip",
                SmokeCodes.JAVADOC_JAR_MISSING.code(),
                SmokeCodes.JAVADOC_JAR_BY_RELEASE_PROFILE.code());

        final String classifier;
        final String file;
        final String plugin;
        final Set<String> goals;
        final String executionId;
        final String goalToAdd;
        final String skipProperty;
        final String missingCode;
        final String releaseProfileCode;

        Kind(
                String classifier,
                String file,
                String plugin,
                Set<String> goals,
                String executionId,
                String goalToAdd,
                String skipProperty,
                String missingCode,
                String releaseProfileCode) {
            this.classifier = classifier;
            this.file = file;
            this.plugin = plugin;
            this.goals = goals;
            this.executionId = executionId;
            this.goalToAdd = goalToAdd;
            this.skipProperty = skipProperty;
            this.missingCode = missingCode;
            this.releaseProfileCode = releaseProfileCode;
        }

        Set<String> qualifiedGoals() {
            return Set.copyOf(goals.stream()
                    .map(goal -> "org.apache.maven.plugins:" + plugin + ":" + goal)
                    .toList());
        }
    }

    private AttachedArtifactsCheck() {}

    /**
     * @param attachedClassifiers the classifiers of the artifacts attached to the project
     * @param packaging           the project's packaging; null means jar
     * @param severity            what a missing jar implies (HOLD unless configured otherwise)
     * @param pomFileShown        the POM to edit, as findings show it
     * @param release             the release profiles and command-line flags that explain a missing jar
     * @return what the release profiles attach, for the gate's summary ("-sources.jar and -javadoc.jar
     *         attached by the release profile apache-release"), or empty
     */
    public static Optional<String> check(
            List<String> attachedClassifiers,
            boolean requireSources,
            boolean requireJavadoc,
            String packaging,
            GateStatus severity,
            String pomFileShown,
            ReleaseAttachments release,
            GateEvaluation evaluation) {
        String kind = packaging == null || packaging.isBlank() ? "jar" : packaging.strip();
        if (!JAR_PACKAGINGS.contains(kind)) {
            return Optional.empty();
        }
        List<ReleaseProfiles.ReleaseProfile> releaseProfiles = ReleaseProfiles.of(release);
        Map<String, List<String>> attachedByProfile = new LinkedHashMap<>();
        for (Kind jar : Kind.values()) {
            boolean required = jar == Kind.SOURCES ? requireSources : requireJavadoc;
            if (!required || attachedClassifiers.contains(jar.classifier)) {
                continue;
            }
            String flag = commandLineFlag(release, jar);
            Optional<ReleaseProfiles.Attaching> attaching =
                    ReleaseProfiles.attaching(releaseProfiles, jar.qualifiedGoals());
            if (attaching.isPresent()) {
                DeclaredProfile profile = attaching.get().release().profile();
                evaluation.add(Finding.of(
                                jar.releaseProfileCode,
                                GateStatus.PASS,
                                jar.file + " attached by the release profile " + profile.id() + " ("
                                        + goalName(attaching.get().goal())
                                        + "), not by this build: " + profile.id() + " is declared in "
                                        + profile.declaredIn() + ", "
                                        + attaching.get().release().why()
                                        + (flag == null
                                                ? ""
                                                : "; " + flag + " on the command line skips it in this build only"))
                        .withAttribute("profile", profile.id())
                        .withAttribute("declaredIn", profile.declaredIn())
                        .withAttribute("why", attaching.get().release().why())
                        .withAttribute("goal", attaching.get().goal()));
                attachedByProfile
                        .computeIfAbsent(profile.id(), id -> new ArrayList<>())
                        .add(jar.file);
                continue;
            }
            evaluation.add(missing(jar, kind, severity, pomFileShown, release, releaseProfiles, flag));
        }
        List<String> notes = new ArrayList<>();
        attachedByProfile.forEach((profile, files) ->
                notes.add(String.join(" and ", files) + " attached by the release profile " + profile));
        return notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes));
    }

    private static Finding missing(
            Kind jar,
            String kind,
            GateStatus severity,
            String pomFileShown,
            ReleaseAttachments release,
            List<ReleaseProfiles.ReleaseProfile> releaseProfiles,
            String flag) {
        boolean boundHere = jar.qualifiedGoals().stream().anyMatch(release.buildGoals()::contains);
        String message;
        String fix;
        if (flag != null && boundHere) {
            message = "No " + jar.file + " is attached: " + flag + " on the command line skipped the " + jar.plugin
                    + " this build binds; Maven Central requires one for packaging " + kind;
            fix = "Run without " + flag + " (or set gatekeeper.smoke.require"
                    + (jar == Kind.SOURCES ? "Sources" : "Javadoc")
                    + "=false for a module that is not published to Maven Central)";
        } else {
            String profiles = String.join(
                    ", ",
                    releaseProfiles.stream()
                            .map(r -> r.profile().id())
                            .distinct()
                            .toList());
            message = "No " + jar.file + " is attached; Maven Central requires one for packaging " + kind
                    + (profiles.isEmpty() ? "" : "; the release profile " + profiles + " does not attach one either")
                    + (flag == null ? "" : " (" + flag + " is set on the command line)");
            fix = releaseProfiles.isEmpty()
                    ? pluginFix(jar, "<build><plugins> in " + pomFileShown)
                    : pluginFix(
                            jar,
                            "<build><plugins> in " + pomFileShown + ", or of the profile "
                                    + releaseProfiles.get(0).profile().id() + " in "
                                    + releaseProfiles.get(0).profile().declaredIn());
        }
        Finding finding = Finding.of(jar.missingCode, severity, message)
                .withFile(pomFileShown, null)
                .withFix(fix);
        return flag == null ? finding : finding.withAttribute("skippedBy", flag);
    }

    /** {@code -Dmaven.javadoc.skip=true} when the command line set the skip property to anything but false. */
    private static String commandLineFlag(ReleaseAttachments release, Kind jar) {
        String value = release.commandLineFlags().get(jar.skipProperty);
        if (value == null || value.strip().equalsIgnoreCase("false")) {
            return null;
        }
        return "-D" + jar.skipProperty + (value.isBlank() ? "" : "=" + value.strip());
    }

    /** "maven-source-plugin:jar-no-fork" from "org.apache.maven.plugins:maven-source-plugin:jar-no-fork". */
    private static String goalName(String qualified) {
        int colon = qualified.indexOf(':');
        return colon < 0 ? qualified : qualified.substring(colon + 1);
    }

    private static String pluginFix(Kind jar, String where) {
        return "Add <plugin><artifactId>" + jar.plugin + "</artifactId><executions><execution><id>" + jar.executionId
                + "</id><goals><goal>" + jar.goalToAdd + "</goal></goals></execution></executions></plugin> to "
                + where;
    }
}
