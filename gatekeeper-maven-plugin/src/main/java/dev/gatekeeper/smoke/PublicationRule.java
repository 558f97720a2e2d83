package dev.gatekeeper.smoke;

import java.util.Locale;

/**
 * Decides whether a module is published, from the conventions real projects use to keep a module out of a
 * deployment. The first that applies decides:
 * <ol>
 *   <li>{@code gatekeeper.smoke.published} (true or false) forces it;</li>
 *   <li>{@code maven.deploy.skip} true (or {@code releases}, maven-deploy-plugin 3: releases are not deployed);</li>
 *   <li>the maven-deploy-plugin configured with {@code <skip>true</skip>};</li>
 *   <li>the nexus-staging-maven-plugin configured with {@code <skipNexusStagingDeployMojo>true</skipNexusStagingDeployMojo>};</li>
 *   <li>the central-publishing-maven-plugin's {@code <excludeArtifacts>} naming the module;</li>
 *   <li>a Spring Boot application (the spring-boot-maven-plugin repackages it) whose own POM declares no
 *       {@code <distributionManagement>}: an inherited one serves the libraries of the reactor.</li>
 * </ol>
 * Otherwise the module is published. {@code maven.install.skip} does not count: deploying does not need the
 * local install.
 */
public final class PublicationRule {
    public static final String SETTING = "gatekeeper.smoke.published";

    private PublicationRule() {}

    /** @throws IllegalArgumentException when {@code gatekeeper.smoke.published} is neither true nor false */
    public static Publication decide(PublicationFacts facts) {
        if (facts.setting() != null && !facts.setting().isBlank()) {
            String value = facts.setting().strip().toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false")) {
                throw new IllegalArgumentException(
                        SETTING + " is '" + facts.setting().strip() + "'; use true or false");
            }
            return new Publication(value.equals("true"), SETTING + "=" + value);
        }
        PublicationFacts.Declared skip = facts.deploySkip();
        if (skip != null && skipsReleases(skip.value())) {
            return Publication.notPublished(
                    "maven.deploy.skip is " + skip.value().strip() + in(skip));
        }
        PublicationFacts.Declared pluginSkip = facts.deployPluginSkip();
        if (pluginSkip != null && isTrue(pluginSkip.value())) {
            return Publication.notPublished(
                    "the maven-deploy-plugin is configured with <skip>true</skip>" + in(pluginSkip));
        }
        PublicationFacts.Declared staging = facts.nexusStagingSkip();
        if (staging != null && isTrue(staging.value())) {
            return Publication.notPublished("the nexus-staging-maven-plugin is configured with "
                    + "<skipNexusStagingDeployMojo>true</skipNexusStagingDeployMojo>" + in(staging));
        }
        if (facts.centralExcluded().stream().map(String::strip).anyMatch(facts.artifactId()::equals)) {
            return Publication.notPublished(
                    "the central-publishing-maven-plugin's <excludeArtifacts> names " + facts.artifactId());
        }
        if (facts.springBootRepackage()) {
            if (facts.ownDistribution()) {
                return Publication.published(
                        "a Spring Boot application that declares its own <distributionManagement>");
            }
            return Publication.notPublished("a Spring Boot application (the spring-boot-maven-plugin repackages it) "
                    + "whose POM declares no <distributionManagement>"
                    + (facts.inheritedDistribution() == null
                            ? ""
                            : "; the one inherited from " + facts.inheritedDistribution()
                                    + " serves the reactor's libraries"));
        }
        return Publication.BY_DEFAULT;
    }

    /** maven-deploy-plugin 3 reads true, releases or snapshots; only true and releases keep a release out. */
    private static boolean skipsReleases(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("releases");
    }

    private static boolean isTrue(String value) {
        return value != null && value.strip().equalsIgnoreCase("true");
    }

    private static String in(PublicationFacts.Declared declared) {
        return declared.declaredIn() == null ? "" : " (set in " + declared.declaredIn() + ")";
    }
}
