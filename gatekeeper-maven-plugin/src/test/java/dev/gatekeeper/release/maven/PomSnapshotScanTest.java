package dev.gatekeeper.release.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.release.SnapshotReference;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.maven.model.Build;
import org.apache.maven.model.BuildBase;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Extension;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputSource;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Profile;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PomSnapshotScan} on Maven models built by hand, as Maven's project builder would hand them over. */
class PomSnapshotScanTest {
    @TempDir
    Path root;

    @Test
    void everyKindOfSnapshotOutsideTheReactorIsFound() {
        MavenProject app = project("app", "1.2.0");
        Model model = app.getModel();
        model.setParent(parent("com.example", "parent", "7-SNAPSHOT"));
        model.addDependency(dependency("com.example", "lib", "2.0-SNAPSHOT"));
        model.addDependency(dependency("com.example", "stable", "2.0"));
        model.addDependency(dependency("com.example", "ranged", "[1.0,2.0)"));
        model.setDependencyManagement(new DependencyManagement());
        model.getDependencyManagement().addDependency(dependency("com.example", "managed", "3.0-20260101.101010-3"));
        Plugin plugin = plugin("org.example", "tool-maven-plugin", "1.0");
        plugin.addDependency(dependency("org.example", "helper", "0.9-SNAPSHOT"));
        model.getBuild().addPlugin(plugin);
        model.getBuild().addPlugin(plugin("org.example", "fresh-maven-plugin", "2.0-SNAPSHOT"));
        Extension extension = new Extension();
        extension.setGroupId("org.example");
        extension.setArtifactId("wagon");
        extension.setVersion("1-SNAPSHOT");
        model.getBuild().addExtension(extension);

        List<SnapshotReference> found =
                new PomSnapshotScan(List.of(app), new Properties()).scan(app).references();

        assertThat(found)
                .extracting(r -> r.kind() + " " + r.coordinates() + ":" + r.version() + " via " + r.via())
                .containsExactly(
                        "PARENT com.example:parent:7-SNAPSHOT via null",
                        "DEPENDENCY com.example:lib:2.0-SNAPSHOT via null",
                        "DEPENDENCY com.example:ranged:[1.0,2.0) via null",
                        "MANAGED_DEPENDENCY com.example:managed:3.0-20260101.101010-3 via null",
                        "PLUGIN_DEPENDENCY org.example:helper:0.9-SNAPSHOT via org.example:tool-maven-plugin:1.0",
                        "PLUGIN org.example:fresh-maven-plugin:2.0-SNAPSHOT via null",
                        "EXTENSION org.example:wagon:1-SNAPSHOT via null");
        assertThat(found).allSatisfy(r -> assertThat(r.module()).isEqualTo("com.example:app"));
        assertThat(found)
                .allSatisfy(r -> assertThat(r.file()).isEqualTo(app.getFile().toPath()));
    }

    @Test
    void reactorMembersAtTheirOwnVersionAreReleasedWithItButNotAtAnother() {
        MavenProject app = project("app", "1.2.0-SNAPSHOT");
        MavenProject core = project("core", "1.2.0-SNAPSHOT");
        app.getModel().setParent(parent("com.example", "core", "1.2.0-SNAPSHOT"));
        app.getModel().addDependency(dependency("com.example", "core", "1.2.0-SNAPSHOT"));
        app.getModel().addDependency(dependency("com.example", "core", "1.1.0-SNAPSHOT"));

        List<SnapshotReference> found = new PomSnapshotScan(List.of(app, core), new Properties())
                .scan(app)
                .scan(core)
                .references();

        assertThat(found)
                .extracting(r -> r.coordinates() + ":" + r.version())
                .containsExactly("com.example:core:1.1.0-SNAPSHOT");
    }

    @Test
    void importedBomsComeFromTheOriginalModelWithPropertiesFilledIn() {
        MavenProject app = project("app", "1.2.0");
        app.getProperties().setProperty("bom.version", "5.0-SNAPSHOT");
        Model original = app.getModel().clone();
        original.setDependencyManagement(new DependencyManagement());
        Dependency bom = dependency("com.example", "bom", "${bom.version}");
        bom.setType("pom");
        bom.setScope("import");
        original.getDependencyManagement().addDependency(bom);
        Dependency notImported = dependency("com.example", "plain", "${bom.version}");
        original.getDependencyManagement().addDependency(notImported);
        Dependency own = dependency("com.example", "own-bom", "${project.version}");
        own.setScope("import");
        original.getDependencyManagement().addDependency(own);
        app.setOriginalModel(original);

        List<SnapshotReference> found =
                new PomSnapshotScan(List.of(app), new Properties()).scan(app).references();

        assertThat(found)
                .extracting(r -> r.kind() + " " + r.coordinates() + ":" + r.version())
                .containsExactly("BOM com.example:bom:5.0-SNAPSHOT");
    }

    @Test
    void anImportedBomWhosePropertyNamesAnotherPropertyIsResolvedToTheSnapshot() {
        MavenProject app = project("app", "1.2.0");
        app.getProperties().setProperty("bom.version", "${platform.line}");
        app.getProperties().setProperty("platform.line", "5.0-SNAPSHOT");
        Model original = app.getModel().clone();
        original.setDependencyManagement(new DependencyManagement());
        Dependency bom = dependency("com.example", "bom", "${bom.version}");
        bom.setScope("import");
        original.getDependencyManagement().addDependency(bom);
        app.setOriginalModel(original);

        List<SnapshotReference> found =
                new PomSnapshotScan(List.of(app), new Properties()).scan(app).references();

        assertThat(found)
                .extracting(r -> r.kind() + " " + r.coordinates() + ":" + r.version())
                .containsExactly("BOM com.example:bom:5.0-SNAPSHOT");
    }

    @Test
    void aFlattenedModuleIsScannedFromThePomItsAuthorWroteNotFromTheFlattenedOne() throws Exception {
        MavenProject app = project("app", "1.2.0");
        app.getProperties().setProperty("bom.version", "5.0-SNAPSHOT");
        Path written = root.resolve("app/pom.xml");
        Files.createDirectories(written.getParent());
        Files.writeString(written, """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>app</artifactId>
                  <version>1.2.0</version>
                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <groupId>com.example</groupId>
                        <artifactId>bom</artifactId>
                        <version>${bom.version}</version>
                        <type>pom</type>
                        <scope>import</scope>
                      </dependency>
                    </dependencies>
                  </dependencyManagement>
                </project>
                """);
        app.getModel().setPomFile(written.toFile());
        // the flatten-maven-plugin (<updatePomFile>) sets its flattened POM, without the import, as file and original
        // model
        app.setFile(root.resolve("app/.flattened-pom.xml").toFile());
        Model flattened = app.getModel().clone();
        flattened.setDependencyManagement(null);
        app.setOriginalModel(flattened);

        List<SnapshotReference> found =
                new PomSnapshotScan(List.of(app), new Properties()).scan(app).references();

        assertThat(found)
                .extracting(r -> r.kind() + " " + r.coordinates() + ":" + r.version())
                .containsExactly("BOM com.example:bom:5.0-SNAPSHOT");
    }

    @Test
    void theLineComesFromTheReactorPomThatSetTheVersionAndEachPlaceIsReportedOnce() {
        MavenProject parent = project("parent", "1.2.0-SNAPSHOT");
        MavenProject a = project("a", "1.2.0-SNAPSHOT");
        MavenProject b = project("b", "1.2.0-SNAPSHOT");
        InputSource parentPom = new InputSource();
        parentPom.setLocation(parent.getFile().getPath());
        InputSource outside = new InputSource();
        outside.setLocation(root.resolve("elsewhere/pom.xml").toString());
        for (MavenProject module : List.of(a, b)) {
            Dependency managed = dependency("com.example", "lib", "2.0-SNAPSHOT");
            managed.setLocation("version", new InputLocation(17, 20, parentPom));
            module.getModel().addDependency(managed);
            Dependency external = dependency("com.example", "other", "3.0-SNAPSHOT");
            external.setLocation("version", new InputLocation(9, 20, outside));
            module.getModel().addDependency(external);
        }

        List<SnapshotReference> found = new PomSnapshotScan(List.of(parent, a, b), new Properties())
                .scan(a)
                .scan(b)
                .references();

        assertThat(found)
                .extracting(r -> r.module() + " " + r.coordinates() + " " + root.relativize(r.file()) + ":" + r.line())
                .containsExactly(
                        "com.example:a com.example:lib parent/pom.xml:17",
                        "com.example:a com.example:other a/pom.xml:null",
                        "com.example:b com.example:other b/pom.xml:null");
    }

    @Test
    void gatekeeperInAnActiveProfileIsMarkedWithTheProfileAndOnlyThere() {
        MavenProject app = project("app", "1.2.0");
        Plugin gatekeeper = plugin("dev.gatekeeper", "gatekeeper-maven-plugin", "0.1.0-SNAPSHOT");
        app.getModel().getBuild().addPlugin(gatekeeper);
        Profile mergeReady = new Profile();
        mergeReady.setId("merge-ready");
        mergeReady.setBuild(new BuildBase());
        mergeReady.getBuild().addPlugin(plugin("dev.gatekeeper", "gatekeeper-maven-plugin", null));
        app.setActiveProfiles(List.of(mergeReady));

        List<SnapshotReference> found =
                new PomSnapshotScan(List.of(app), new Properties()).scan(app).references();

        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.profile()).isEqualTo("merge-ready");
            assertThat(r.isGatekeeperInProfile()).isTrue();
        });

        MavenProject plain = project("plain", "1.2.0");
        plain.getModel().getBuild().addPlugin(plugin("dev.gatekeeper", "gatekeeper-maven-plugin", "0.1.0-SNAPSHOT"));
        List<SnapshotReference> inMainBuild = new PomSnapshotScan(List.of(plain), new Properties())
                .scan(plain)
                .references();
        assertThat(inMainBuild)
                .singleElement()
                .satisfies(r -> assertThat(r.isGatekeeperInProfile()).isFalse());
    }

    @Test
    void gatekeeperFromAParentsProfileIsMarkedEvenWhenMavenRecordsNoActiveProfileIdForIt() {
        MavenProject root = project("root", "1.2.0");
        Profile mergeReady = new Profile();
        mergeReady.setId("merge-ready");
        mergeReady.setBuild(new BuildBase());
        mergeReady.getBuild().addPlugin(plugin("dev.gatekeeper", "gatekeeper-maven-plugin", "0.1.0-SNAPSHOT"));
        root.getOriginalModel().addProfile(mergeReady);
        MavenProject module = project("module", "1.2.0");
        module.setParent(root);
        module.getModel().getBuild().addPlugin(plugin("dev.gatekeeper", "gatekeeper-maven-plugin", "0.1.0-SNAPSHOT"));
        // as on a flattened ${revision} module: Maven's injected profile ids name no parent model that matches

        List<SnapshotReference> found = new PomSnapshotScan(List.of(root, module), new Properties())
                .scan(module)
                .references();

        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.profile()).isEqualTo("merge-ready");
            assertThat(r.isGatekeeperInProfile()).isTrue();
        });

        root.getOriginalModel()
                .getBuild()
                .addPlugin(plugin("dev.gatekeeper", "gatekeeper-maven-plugin", "0.1.0-SNAPSHOT"));
        root.getOriginalModel().getBuild().flushPluginMap();
        List<SnapshotReference> alsoInMainBuild = new PomSnapshotScan(List.of(root, module), new Properties())
                .scan(module)
                .references();
        assertThat(alsoInMainBuild)
                .singleElement()
                .satisfies(r -> assertThat(r.isGatekeeperInProfile()).isFalse());
    }

    @Test
    void gatekeeperInheritedFromTheRootsProfileIsMarkedInAModuleWhoseParentMavenNoLongerShows() {
        MavenProject root = project("root", "1.2.0");
        root.getModel().getBuild().addPlugin(plugin("dev.gatekeeper", "gatekeeper-maven-plugin", "0.1.0-SNAPSHOT"));
        Profile mergeReady = new Profile();
        mergeReady.setId("merge-ready");
        mergeReady.setBuild(new BuildBase());
        mergeReady.getBuild().addPlugin(plugin("dev.gatekeeper", "gatekeeper-maven-plugin", "0.1.0-SNAPSHOT"));
        root.setActiveProfiles(List.of(mergeReady));
        MavenProject flattened = project("flattened", "1.2.0");
        flattened
                .getModel()
                .getBuild()
                .addPlugin(plugin("dev.gatekeeper", "gatekeeper-maven-plugin", "0.1.0-SNAPSHOT"));
        MavenProject ownDeclaration = project("own", "1.2.0");
        ownDeclaration
                .getModel()
                .getBuild()
                .addPlugin(plugin("dev.gatekeeper", "gatekeeper-maven-plugin", "0.1.0-SNAPSHOT"));
        ownDeclaration
                .getOriginalModel()
                .getBuild()
                .addPlugin(plugin("dev.gatekeeper", "gatekeeper-maven-plugin", "0.1.0-SNAPSHOT"));

        PomSnapshotScan scan = new PomSnapshotScan(List.of(root, flattened, ownDeclaration), new Properties());
        scan.scan(root).scan(flattened).scan(ownDeclaration);

        assertThat(scan.references())
                .extracting(SnapshotReference::module, SnapshotReference::isGatekeeperInProfile)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("com.example:root", true),
                        org.assertj.core.groups.Tuple.tuple("com.example:flattened", true),
                        org.assertj.core.groups.Tuple.tuple("com.example:own", false));
    }

    private MavenProject project(String artifactId, String version) {
        Model model = new Model();
        model.setGroupId("com.example");
        model.setArtifactId(artifactId);
        model.setVersion(version);
        model.setBuild(new Build());
        MavenProject project = new MavenProject(model);
        project.setOriginalModel(model.clone());
        project.setFile(new File(root.resolve(artifactId).resolve("pom.xml").toString()));
        return project;
    }

    private static Parent parent(String groupId, String artifactId, String version) {
        Parent parent = new Parent();
        parent.setGroupId(groupId);
        parent.setArtifactId(artifactId);
        parent.setVersion(version);
        return parent;
    }

    private static Dependency dependency(String groupId, String artifactId, String version) {
        Dependency dependency = new Dependency();
        dependency.setGroupId(groupId);
        dependency.setArtifactId(artifactId);
        dependency.setVersion(version);
        return dependency;
    }

    private static Plugin plugin(String groupId, String artifactId, String version) {
        Plugin plugin = new Plugin();
        plugin.setGroupId(groupId);
        plugin.setArtifactId(artifactId);
        plugin.setVersion(version);
        return plugin;
    }
}
