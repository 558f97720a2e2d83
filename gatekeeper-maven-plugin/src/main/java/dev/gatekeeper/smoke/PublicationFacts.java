package dev.gatekeeper.smoke;

import java.util.List;

/**
 * What the module's POMs say about deploying it, mapped from Maven's effective model by the mojo. Only the
 * POMs count, never this build's command line: a {@code -Dmaven.deploy.skip} given to a merge-ready run says
 * nothing about how the release is deployed.
 *
 * @param setting                 {@code gatekeeper.smoke.published} as given, or null
 * @param deploySkip              {@code maven.deploy.skip} as the POMs define it, or null
 * @param deployPluginSkip        the maven-deploy-plugin's {@code <skip>} (plugin or {@code default-deploy} execution), or null
 * @param nexusStagingSkip        the nexus-staging-maven-plugin's {@code <skipNexusStagingDeployMojo>}, or null
 * @param centralExcluded         the central-publishing-maven-plugin's {@code <excludeArtifacts>}
 * @param springBootRepackage     whether the spring-boot-maven-plugin's {@code repackage} goal is bound and not skipped
 * @param ownDistribution         whether the module's own POM declares {@code <distributionManagement>}
 * @param inheritedDistribution   the parent whose {@code <distributionManagement>} the module inherits, or null
 */
public record PublicationFacts(
        String artifactId,
        String version,
        String setting,
        Declared deploySkip,
        Declared deployPluginSkip,
        Declared nexusStagingSkip,
        List<String> centralExcluded,
        boolean springBootRepackage,
        boolean ownDistribution,
        String inheritedDistribution) {

    /** A value and the POM that declares it ({@code groupId:artifactId:version}, or a path shown to the user). */
    public record Declared(String value, String declaredIn) {}

    public PublicationFacts {
        centralExcluded = centralExcluded == null ? List.of() : List.copyOf(centralExcluded);
    }
}
