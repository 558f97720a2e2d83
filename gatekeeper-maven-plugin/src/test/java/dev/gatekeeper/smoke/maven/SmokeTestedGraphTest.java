package dev.gatekeeper.smoke.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.smoke.GraphArtifact;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** The tested graph from Maven's resolved artifacts of a project, as Maven's own types hold them. */
class SmokeTestedGraphTest {

    private static Artifact resolved(String coordinates, String scope, String type, String... trail) {
        String[] parts = coordinates.split(":");
        DefaultArtifactHandler handler = new DefaultArtifactHandler(type);
        handler.setAddedToClasspath(!"pom".equals(type));
        Artifact artifact = new DefaultArtifact(parts[0], parts[1], parts[2], scope, type, null, handler);
        artifact.setDependencyTrail(List.of(trail));
        return artifact;
    }

    @Test
    void runtimeClasspathWithOptionalOnesMarkedAndNoTestProvidedOrPomArtifacts() throws Exception {
        MavenProject project = new MavenProject(new MavenXpp3Reader().read(new StringReader("""
                <project><modelVersion>4.0.0</modelVersion><groupId>org.example</groupId><artifactId>m</artifactId>
                <version>1</version><dependencies>
                <dependency><groupId>g</groupId><artifactId>lib</artifactId><version>1</version></dependency>
                <dependency><groupId>g</groupId><artifactId>opt</artifactId><version>1</version>
                <optional>true</optional></dependency>
                </dependencies></project>""")));
        String root = "org.example:m:jar:1";
        Set<Artifact> artifacts = new LinkedHashSet<>(List.of(
                resolved("g:lib:1", "compile", "jar", root, "g:lib:jar:1"),
                resolved("g:under-lib:2", "runtime", "jar", root, "g:lib:jar:1", "g:under-lib:jar:2"),
                resolved("g:opt:1", "compile", "jar", root, "g:opt:jar:1"),
                resolved("g:under-opt:3", "compile", "jar", root, "g:opt:jar:1", "g:under-opt:jar:3"),
                resolved("g:junit:4", "test", "jar", root, "g:junit:jar:4"),
                resolved("g:api:5", "provided", "jar", root, "g:api:jar:5"),
                resolved("g:bom:6", "compile", "pom", root, "g:bom:pom:6")));
        project.setArtifacts(artifacts);

        assertThat(SmokeTestedGraph.of(project))
                .containsExactly(
                        new GraphArtifact("g", "lib", null, "1", false),
                        new GraphArtifact("g", "under-lib", null, "2", false),
                        new GraphArtifact("g", "opt", null, "1", true),
                        new GraphArtifact("g", "under-opt", null, "3", true));
    }

    /** maven-enforcer's enforcer-rules: maven-resolver-api provided (version from the parent's management). */
    @Test
    void declaredProvidedAndTestDependenciesAreWhatElseTheTestsRanWith() throws Exception {
        MavenProject project = new MavenProject(new MavenXpp3Reader().read(new StringReader("""
                <project><modelVersion>4.0.0</modelVersion><groupId>org.example</groupId><artifactId>m</artifactId>
                <version>1</version><dependencies>
                <dependency><groupId>g</groupId><artifactId>lib</artifactId><version>1</version></dependency>
                <dependency><groupId>org.apache.maven.resolver</groupId><artifactId>maven-resolver-api</artifactId>
                <version>1.9.27</version><scope>provided</scope></dependency>
                <dependency><groupId>g</groupId><artifactId>junit</artifactId><version>4</version>
                <scope>test</scope></dependency>
                <dependency><groupId>g</groupId><artifactId>bom</artifactId><version>6</version><type>pom</type>
                <scope>provided</scope></dependency>
                </dependencies></project>""")));
        project.setArtifacts(new LinkedHashSet<>(
                List.of(resolved("g:lib:1", "compile", "jar", "org.example:m:jar:1", "g:lib:jar:1"))));

        assertThat(SmokeTestedGraph.testClasspathOnly(project))
                .containsExactly(
                        new GraphArtifact("org.apache.maven.resolver", "maven-resolver-api", null, "1.9.27", true),
                        new GraphArtifact("g", "junit", null, "4", true));
    }
}
