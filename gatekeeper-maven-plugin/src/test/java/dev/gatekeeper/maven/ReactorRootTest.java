package dev.gatekeeper.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.ReactorScope;
import java.util.List;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.junit.jupiter.api.Test;

/** Maven's own session as -rf :c leaves it: c alone in the build, the reactor's four projects known. */
class ReactorRootTest {
    private final MavenProject parent = project("parent", null, null);
    private final MavenProject a = project("a", parent, null);
    private final MavenProject b = project("b", parent, "a");
    private final MavenProject c = project("c", parent, "b");

    @SuppressWarnings("deprecation") // the constructor Maven's own tests use; the injected one needs a container
    private MavenSession session(List<MavenProject> built) {
        MavenSession session = new MavenSession(
                null,
                new DefaultRepositorySystemSession(),
                new DefaultMavenExecutionRequest(),
                new DefaultMavenExecutionResult());
        session.setProjects(built);
        // Maven keeps the reactor's projects in the order it read them: the modules before their parent
        session.setAllProjects(List.of(a, b, c, parent));
        return session;
    }

    @Test
    void resumedFromTheLastModuleTheRootIsStillTheExecutionRoot() {
        MavenSession resumed = session(List.of(c));

        assertThat(resumed.getTopLevelProject())
                .as("what Maven calls the top-level project")
                .isSameAs(c);
        assertThat(ReactorRoot.project(resumed, c)).isSameAs(parent);
    }

    @Test
    void scopeListsTheModulesInReactorOrder() {
        ReactorScope scope = ReactorRoot.scope(session(List.of(c)));

        assertThat(scope.partial()).isTrue();
        assertThat(scope.notBuilt()).containsExactly("g:parent", "g:a", "g:b");
        assertThat(scope.description())
                .isEqualTo("partial reactor: 1 of 4 modules in this build (c); not built: parent, a, b");
    }

    @Test
    void everyModuleBuiltIsTheWholeReactor() {
        MavenSession whole = session(List.of(parent, a, b, c));

        assertThat(ReactorRoot.scope(whole).partial()).isFalse();
        assertThat(ReactorRoot.project(whole, c)).isSameAs(parent);
    }

    private static MavenProject project(String artifactId, MavenProject parent, String dependency) {
        Model model = new Model();
        model.setGroupId("g");
        model.setArtifactId(artifactId);
        model.setVersion("1.0.0-SNAPSHOT");
        model.setPackaging(parent == null ? "pom" : "jar");
        if (parent != null) {
            Parent reference = new Parent();
            reference.setGroupId("g");
            reference.setArtifactId(parent.getArtifactId());
            reference.setVersion("1.0.0-SNAPSHOT");
            model.setParent(reference);
        }
        if (dependency != null) {
            Dependency on = new Dependency();
            on.setGroupId("g");
            on.setArtifactId(dependency);
            on.setVersion("1.0.0-SNAPSHOT");
            model.addDependency(on);
        }
        MavenProject project = new MavenProject(model);
        project.setParent(parent);
        project.setExecutionRoot(parent == null);
        return project;
    }
}
