package dev.gatekeeper.smoke.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** POMs as written, read by Maven's own reader: the Java release a module promises and what its parents define. */
class SmokeProjectModelTest {

    private static MavenProject project(String inside) throws Exception {
        return new MavenProject(new MavenXpp3Reader().read(new StringReader("""
                <project><modelVersion>4.0.0</modelVersion><groupId>org.example</groupId><artifactId>m</artifactId>
                <version>1</version>%s</project>""".formatted(inside))));
    }

    private static String compilerRelease(String release) {
        return "<build><plugins><plugin><artifactId>maven-compiler-plugin</artifactId><configuration><release>"
                + release + "</release></configuration></plugin></plugins></build>";
    }

    @Test
    void theReleasePropertyComesBeforeTheTargetAndTheCompilersConfiguration() throws Exception {
        MavenProject project = project("<properties><maven.compiler.release>17</maven.compiler.release>"
                + "<maven.compiler.target>11</maven.compiler.target></properties>" + compilerRelease("21"));

        assertThat(SmokeProjectModel.declaredRelease(project)).isEqualTo(17);
    }

    @Test
    void anOldStyleTargetIsReadAsItsRelease() throws Exception {
        MavenProject project = project("<properties><maven.compiler.target>1.8</maven.compiler.target></properties>");

        assertThat(SmokeProjectModel.declaredRelease(project)).isEqualTo(8);
    }

    @Test
    void withoutPropertiesTheCompilersReleaseCountsAndNothingOrNonsenseIsZero() throws Exception {
        assertThat(SmokeProjectModel.declaredRelease(project(compilerRelease("21"))))
                .isEqualTo(21);
        assertThat(SmokeProjectModel.declaredRelease(project(""))).isZero();
        assertThat(SmokeProjectModel.declaredRelease(
                        project("<properties><maven.compiler.release>${java}</maven.compiler.release></properties>")))
                .isZero();
    }

    @Test
    void theParentsPropertiesAreInheritedNotTheModulesOwn() throws Exception {
        MavenProject grandparent = project("<properties><a>1</a></properties>");
        MavenProject parent = project("<properties><b>2</b></properties>");
        parent.setParent(grandparent);
        MavenProject module = project("<properties><own>3</own></properties>");
        module.setParent(parent);

        assertThat(SmokeProjectModel.inheritedProperties(module)).containsExactlyInAnyOrder("a", "b");
    }
}
