package dev.gatekeeper.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.junit.jupiter.api.Test;

/** {@link PomExpressions}: a POM value's {@code ${…}} filled in as Maven fills it in. */
class PomExpressionsTest {
    @Test
    void interpolationLeavesUnknownExpressionsAlone() {
        Model app = model("1.2.0");
        app.getProperties().setProperty("x", "1");

        assertThat(PomExpressions.resolve("${x}.${project.version}-${nope}", app, new Properties()))
                .isEqualTo("1.1.2.0-${nope}");
    }

    @Test
    void aCiFriendlyRevisionIsResolvedFromTheUserPropertiesBeforeThePomsOwn() {
        Model app = model("1.2.0");
        app.getProperties().setProperty("revision", "0.0.1-SNAPSHOT");
        Properties user = new Properties();
        user.setProperty("revision", "1.2.0");

        assertThat(PomExpressions.resolve("${revision}", app, user)).isEqualTo("1.2.0");
        assertThat(PomExpressions.resolve("${revision}", app, new Properties())).isEqualTo("0.0.1-SNAPSHOT");
    }

    @Test
    void theCoordinatesAndTheParentsVersionResolveWithEitherPrefixAndWithout() {
        Model app = model("1.2.0");
        Parent parent = new Parent();
        parent.setGroupId("com.example");
        parent.setArtifactId("parent");
        parent.setVersion("7");
        app.setParent(parent);

        assertThat(PomExpressions.resolve(
                        "${project.groupId}:${pom.artifactId}:${version}:${project.parent.version}",
                        app,
                        new Properties()))
                .isEqualTo("com.example:app:1.2.0:7");
    }

    @Test
    void aPropertyNamingAnotherPropertyIsResolvedInTurn() {
        Model app = model("1.2.0");
        app.getProperties().setProperty("bom.version", "${platform.line}");
        app.getProperties().setProperty("platform.line", "5.0-SNAPSHOT");

        assertThat(PomExpressions.resolve("${bom.version}", app, new Properties()))
                .isEqualTo("5.0-SNAPSHOT");
    }

    @Test
    void aValueWhoseReferencesFormACycleStaysAsWritten() {
        Model app = model("1.2.0");
        app.getProperties().setProperty("a", "${b}");
        app.getProperties().setProperty("b", "${a}-SNAPSHOT");
        app.getProperties().setProperty("self", "${self}");

        assertThat(PomExpressions.resolve("${a}", app, new Properties())).isEqualTo("${a}");
        assertThat(PomExpressions.resolve("${self}", app, new Properties())).isEqualTo("${self}");
        assertThat(SnapshotReferences.isUnreleasable(PomExpressions.resolve("${a}", app, new Properties())))
                .isFalse();
    }

    @Test
    void aValueWithoutReferencesAndNullPassThrough() {
        assertThat(PomExpressions.resolve("1.0", model("1"), null)).isEqualTo("1.0");
        assertThat(PomExpressions.resolve(null, model("1"), null)).isNull();
    }

    private static Model model(String version) {
        Model model = new Model();
        model.setGroupId("com.example");
        model.setArtifactId("app");
        model.setVersion(version);
        return model;
    }
}
