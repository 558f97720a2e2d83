package dev.gatekeeper.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.reuse.ReuseInputs;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digests a gate's reuse rests on, from real files and Maven's own model objects: equal inputs
 * give equal digests, a change that matters changes them, and order or formatting that does not
 * matter does not.
 */
class GateInputsTest {
    @TempDir
    Path base;

    @Test
    void aFileIsDigestedByItsContentAndAMissingFileIsMissing() throws IOException {
        Path file = write("cases/scan.json", "{\"a\": 1}");
        String first = digest(in -> in.file("case", file));

        assertThat(digest(in -> in.file("case", file))).isEqualTo(first).hasSize(64);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(digest(in -> in.file("case", file)))
                .as("touched, same content")
                .isEqualTo(first);
        write("cases/scan.json", "{\"a\": 2}");
        assertThat(digest(in -> in.file("case", file))).isNotEqualTo(first);
        Files.delete(file);
        assertThat(digest(in -> in.file("case", file))).isEqualTo(GateInputs.MISSING);
    }

    @Test
    void aDirectoryIsDigestedByItsWholeTree() throws IOException {
        write("expected/a.txt", "A");
        write("expected/deep/b.txt", "B");
        Path directory = base.resolve("expected");
        String first = digest(in -> in.file("expected", directory));

        write("expected/deep/b.txt", "B2");
        String changed = digest(in -> in.file("expected", directory));
        write("expected/deep/b.txt", "B");
        write("expected/deep/c.txt", "C");
        String added = digest(in -> in.file("expected", directory));

        assertThat(changed).isNotEqualTo(first);
        assertThat(added).isNotEqualTo(first).isNotEqualTo(changed);
        Files.delete(base.resolve("expected/deep/c.txt"));
        assertThat(digest(in -> in.file("expected", directory))).isEqualTo(first);
    }

    @Test
    void aFileStampIsSizeAndModificationTime() throws IOException {
        Path database = write("odc.mv.db", "12345");
        Files.setLastModifiedTime(database, java.nio.file.attribute.FileTime.fromMillis(1_000));

        assertThat(digest(in -> in.fileStamp("database", database))).isEqualTo("5 1000");
        Files.setLastModifiedTime(database, java.nio.file.attribute.FileTime.fromMillis(2_000));
        assertThat(digest(in -> in.fileStamp("database", database))).isEqualTo("5 2000");
        assertThat(digest(in -> in.fileStamp("database", base.resolve("none")))).isEqualTo(GateInputs.MISSING);
    }

    @Test
    void theConfigurationCountsAsMavenEvaluatesIt() throws Exception {
        String configured = configurationDigest(
                "<configuration><pattern>${gatekeeper.snapshot.pattern}</pattern></configuration>",
                Map.of("gatekeeper.snapshot.pattern", "*.json"));

        assertThat(configurationDigest(
                        "<configuration><pattern>${gatekeeper.snapshot.pattern}</pattern></configuration>",
                        Map.of("gatekeeper.snapshot.pattern", "*.json")))
                .isEqualTo(configured);
        assertThat(configurationDigest("<configuration><pattern>*.json</pattern></configuration>", Map.of()))
                .as("the same value written in the POM")
                .isEqualTo(configured);
        assertThat(configurationDigest(
                        "<configuration><pattern>${gatekeeper.snapshot.pattern}</pattern></configuration>",
                        Map.of("gatekeeper.snapshot.pattern", "*.xml")))
                .as("a user property on the command line")
                .isNotEqualTo(configured);
        assertThat(configurationDigest("<configuration><pattern>  *.json\n</pattern></configuration>", Map.of()))
                .as("whitespace around a value")
                .isEqualTo(configured);
    }

    @Test
    void switchesThatDoNotChangeWhatAGateConcludesAreNotInputs() throws Exception {
        String plain = configurationDigest("<configuration><pattern>*.json</pattern></configuration>", Map.of());

        assertThat(configurationDigest(
                        "<configuration><failFast>true</failFast><pattern>*.json</pattern>"
                                + "<reuse>false</reuse><gates>snapshot</gates><session>${session}</session></configuration>",
                        Map.of()))
                .isEqualTo(plain);
        assertThat(configurationDigest(
                        "<configuration><pattern>*.json</pattern><overlap>false</overlap></configuration>", Map.of()))
                .as("a parameter that is an input")
                .isNotEqualTo(plain);
    }

    @Test
    void theConfigurationsAttributesCountInAnyOrder() throws Exception {
        String one = configurationDigest(
                "<configuration><cases><case name=\"a\" kind=\"json\">x</case></cases></configuration>", Map.of());

        assertThat(configurationDigest(
                        "<configuration><cases><case kind=\"json\" name=\"a\">x</case></cases></configuration>",
                        Map.of()))
                .isEqualTo(one);
        assertThat(configurationDigest(
                        "<configuration><cases><case kind=\"xml\" name=\"a\">x</case></cases></configuration>",
                        Map.of()))
                .isNotEqualTo(one);
    }

    @Test
    void aDependencyVersionChangesTheModuleGraphButTheOrderOfTheArtifactsDoesNot() throws IOException {
        MavenProject project = project("app", "1.0.0");
        Artifact jackson = artifact("com.fasterxml.jackson.core", "jackson-core", "2.21.3", null);
        Artifact slf4j = artifact("org.slf4j", "slf4j-api", "2.0.17", null);

        project.setArtifacts(new LinkedHashSet<>(List.of(jackson, slf4j)));
        String first = digestOf(project);
        project.setArtifacts(new LinkedHashSet<>(List.of(slf4j, jackson)));
        String reordered = digestOf(project);
        project.setArtifacts(new LinkedHashSet<>(
                List.of(artifact("com.fasterxml.jackson.core", "jackson-core", "2.21.4", null), slf4j)));
        String upgraded = digestOf(project);

        assertThat(reordered).isEqualTo(first);
        assertThat(upgraded).isNotEqualTo(first);
    }

    @Test
    void aSnapshotDependencyCountsByItsJarsEntriesNotItsBytes() throws IOException {
        MavenProject project = project("app", "1.0.0");
        Path jar = base.resolve("lib-1.0-SNAPSHOT.jar");
        jar(jar, 1_000, "lib/A.class", "A1");
        project.setArtifacts(Set.of(artifact("g", "lib", "1.0-SNAPSHOT", jar)));
        String first = digestOf(project);

        jar(jar, 9_000_000, "lib/A.class", "A1");
        String restamped = digestOf(project);
        jar(jar, 9_000_000, "lib/A.class", "A2");
        String rebuilt = digestOf(project);

        assertThat(restamped).as("the same entries, stamped anew").isEqualTo(first);
        assertThat(rebuilt).isNotEqualTo(first);
    }

    @Test
    void aReactorModuleDependencyCountsByItsClassesDirectory() throws IOException {
        MavenProject project = project("app", "1.0.0");
        MavenProject core = project("core", "1.0.0");
        Path classes = base.resolve("core/target/classes");
        write("core/target/classes/core/Api.class", "v1");
        project.setArtifacts(Set.of(artifact("g", "core", "1.0.0", classes)));
        MavenSession session = session(project);
        session.setProjects(List.of(core, project));
        String first = new GateInputs(session, project, null, null)
                .moduleDependencyGraph()
                .build()
                .digests()
                .get("dependency-graph");

        write("core/target/classes/core/Api.class", "v2");
        String changed = new GateInputs(session, project, null, null)
                .moduleDependencyGraph()
                .build()
                .digests()
                .get("dependency-graph");

        assertThat(changed).isNotEqualTo(first);
    }

    @Test
    void everyPomCountsByContent() throws IOException {
        MavenProject parent = project("parent", "1.0.0");
        parent.setFile(write("pom.xml", "<project>parent</project>").toFile());
        MavenProject module = project("app", "1.0.0");
        module.setFile(write("app/pom.xml", "<project>app</project>").toFile());
        module.setParent(parent);
        String poms = digest(module, in -> in.poms(List.of(parent, module)));
        String parents = digest(module, GateInputs::parentPoms);

        write("pom.xml", "<project>parent <properties/></project>");

        assertThat(digest(module, in -> in.poms(List.of(parent, module)))).isNotEqualTo(poms);
        assertThat(digest(module, GateInputs::parentPoms)).isNotEqualTo(parents);
    }

    @Test
    void theActiveProfilesCountAsASetOfIds() {
        MavenProject one = project("app", "1.0.0");
        one.setInjectedProfileIds("g:app:1.0.0", List.of("ci", "merge-ready"));
        MavenProject two = project("app", "1.0.0");
        two.setInjectedProfileIds("g:parent:1.0.0", List.of("merge-ready"));
        two.setInjectedProfileIds("g:app:1.0.0", List.of("ci"));

        assertThat(digest(two, GateInputs::profiles))
                .isEqualTo(digest(one, GateInputs::profiles))
                .isEqualTo("ci,merge-ready");
        two.setInjectedProfileIds("g:app:1.0.0", List.of());
        assertThat(digest(two, GateInputs::profiles)).isEqualTo("merge-ready");
    }

    @Test
    void aNewGatekeeperSnapshotNeverReusesAnOldResult() throws IOException {
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setGroupId("dev.gatekeeper");
        plugin.setArtifactId("gatekeeper-maven-plugin");
        plugin.setVersion("0.1.0-SNAPSHOT");
        Path jar = base.resolve("gatekeeper.jar");
        jar(jar, 0, "dev/gatekeeper/A.class", "one");
        DefaultArtifact pluginArtifact = artifact("dev.gatekeeper", "gatekeeper-maven-plugin", "0.1.0-SNAPSHOT", jar);
        plugin.setPluginArtifact(pluginArtifact);
        MavenProject project = project("app", "1.0.0");
        String first = new GateInputs(session(project), project, null, plugin)
                .pluginVersion()
                .build()
                .digests()
                .get("gatekeeper");

        Files.writeString(jar, "rebuilt");
        String rebuilt = new GateInputs(session(project), project, null, plugin)
                .pluginVersion()
                .build()
                .digests()
                .get("gatekeeper");

        assertThat(first).startsWith("dev.gatekeeper:gatekeeper-maven-plugin:0.1.0-SNAPSHOT ");
        assertThat(rebuilt)
                .startsWith("dev.gatekeeper:gatekeeper-maven-plugin:0.1.0-SNAPSHOT ")
                .isNotEqualTo(first);
    }

    @Test
    void theInputsKeepTheOrderTheGateNamedThemAndANullValueIsMissing() {
        MavenProject project = project("app", "1.0.0");
        ReuseInputs inputs = new GateInputs(session(project), project, null, null)
                .value("b", "2")
                .value("a", null)
                .value("c", "3")
                .build();

        assertThat(inputs.reusable()).isTrue();
        assertThat(inputs.digests())
                .containsExactly(Map.entry("b", "2"), Map.entry("a", GateInputs.MISSING), Map.entry("c", "3"));
    }

    @Test
    void anOutputIsAnInputTheGateWritesItself() throws IOException {
        MavenProject project = project("app", "1.0.0");
        Path sbom = write("target/bom.json", "{}");

        ReuseInputs inputs = new GateInputs(session(project), project, null, null)
                .value("config", "x")
                .output("sbom", sbom)
                .build();

        assertThat(inputs.outputs()).containsExactly("sbom");
        assertThat(inputs.digests()).containsOnlyKeys("config", "sbom");
    }

    @Test
    void theConfigurationDigestsTheSameInTwoClonesOfOneCommitInTwoDirectories() throws Exception {
        Path origin = base.resolve("origin");
        try (dev.gatekeeper.core.ScratchRepository repository = dev.gatekeeper.core.ScratchRepository.init(origin)) {
            repository.write("pom.xml", "<project/>");
            repository.write("osv-db/a.json", "{}");
            repository.commitAll("project");
        }
        String xml = "<configuration><osvDatabase>${project.basedir}/osv-db</osvDatabase>"
                + "<suppressionFile>${project.basedir}</suppressionFile>"
                + "<cacheDirectory>/opt/cache</cacheDirectory></configuration>";
        List<String> digests = new java.util.ArrayList<>();
        for (String directory : List.of("ci/job-1/work", "elsewhere/b")) {
            Path clone = base.resolve(directory);
            org.eclipse.jgit.api.Git.cloneRepository()
                    .setURI(origin.toUri().toString())
                    .setDirectory(clone.toFile())
                    .call()
                    .close();
            digests.add(configurationDigestIn(clone, xml));
        }

        assertThat(digests.get(1)).isEqualTo(digests.get(0));
        assertThat(configurationDigestIn(base.resolve("elsewhere/b"), xml.replace("/opt/cache", "/opt/other")))
                .as("a path outside the working copy still counts")
                .isNotEqualTo(digests.get(0));
        assertThat(configurationDigestIn(base.resolve("elsewhere/b"), xml.replace("/osv-db<", "/osv-db2<")))
                .as("a path inside it still counts, relative to it")
                .isNotEqualTo(digests.get(0));
    }

    @Test
    void onlyAPathThatIsTheWorkingCopyOrInsideItIsWrittenRelative() {
        assertThat(CloneRelative.of("/w/app/osv-db", "/w/app")).isEqualTo("${gatekeeper.root}/osv-db");
        assertThat(CloneRelative.of("[/w/app/a, /w/app]", "/w/app"))
                .isEqualTo("[${gatekeeper.root}/a, ${gatekeeper.root}]");
        assertThat(CloneRelative.of("/w/app-other/x", "/w/app")).isEqualTo("/w/app-other/x");
        assertThat(CloneRelative.of("/w/app/x", "/")).isEqualTo("/w/app/x");
        assertThat(CloneRelative.of(null, "/w/app")).isNull();
    }

    // --- helpers

    private String configurationDigest(String xml, Map<String, String> userProperties) throws Exception {
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setGroupId("dev.gatekeeper");
        plugin.setArtifactId("gatekeeper-maven-plugin");
        plugin.setVersion("0.1.0");
        MojoDescriptor descriptor = new MojoDescriptor();
        descriptor.setGoal("snapshot");
        descriptor.setPluginDescriptor(plugin);
        for (String name : List.of("pattern", "cases", "failFast", "reuse", "gates", "overlap")) {
            Parameter parameter = new Parameter();
            parameter.setName(name);
            parameter.setEditable(true);
            descriptor.addParameter(parameter);
        }
        Parameter session = new Parameter();
        session.setName("session");
        session.setEditable(false);
        descriptor.addParameter(session);
        MojoExecution execution = new MojoExecution(descriptor);
        execution.setConfiguration(Xpp3DomBuilder.build(new StringReader(xml)));
        MavenProject project = project("app", "1.0.0");
        MavenSession maven = session(project);
        Properties properties = new Properties();
        properties.putAll(userProperties);
        maven.getRequest().setUserProperties(properties);
        return new GateInputs(maven, project, execution, plugin)
                .configuration()
                .build()
                .digests()
                .get("configuration");
    }

    /** {@link #configurationDigest} for a project whose POM is in {@code workingCopy}, built from there. */
    private String configurationDigestIn(Path workingCopy, String xml) throws Exception {
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setGroupId("dev.gatekeeper");
        plugin.setArtifactId("gatekeeper-maven-plugin");
        plugin.setVersion("0.1.0");
        MojoDescriptor descriptor = new MojoDescriptor();
        descriptor.setGoal("audit");
        descriptor.setPluginDescriptor(plugin);
        for (String name : List.of("osvDatabase", "suppressionFile", "cacheDirectory")) {
            Parameter parameter = new Parameter();
            parameter.setName(name);
            parameter.setEditable(true);
            descriptor.addParameter(parameter);
        }
        MojoExecution execution = new MojoExecution(descriptor);
        execution.setConfiguration(Xpp3DomBuilder.build(new StringReader(xml)));
        MavenProject project = project("app", "1.0.0");
        project.setFile(workingCopy.resolve("pom.xml").toFile());
        MavenSession maven = session(project);
        maven.getRequest().setBaseDirectory(workingCopy.toFile());
        return new GateInputs(maven, project, execution, plugin)
                .configuration()
                .build()
                .digests()
                .get("configuration");
    }

    private String digest(Consumer<GateInputs> add) {
        return digest(project("app", "1.0.0"), add);
    }

    private String digest(MavenProject project, Consumer<GateInputs> add) {
        GateInputs inputs = new GateInputs(session(project), project, null, null);
        add.accept(inputs);
        ReuseInputs built = inputs.build();
        assertThat(built.reusable()).as(built.neverReason()).isTrue();
        assertThat(built.digests()).hasSize(1);
        return built.digests().values().iterator().next();
    }

    private String digestOf(MavenProject project) {
        return digest(project, GateInputs::moduleDependencyGraph);
    }

    private Path write(String relative, String content) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    /** A real jar with one entry, stamped {@code time}. */
    private static void jar(Path jar, long time, String entry, String content) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry zipEntry = new ZipEntry(entry);
            zipEntry.setTime(time);
            zip.putNextEntry(zipEntry);
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static DefaultArtifact artifact(String groupId, String artifactId, String version, Path file) {
        DefaultArtifact artifact = new DefaultArtifact(
                groupId, artifactId, version, "compile", "jar", null, new DefaultArtifactHandler("jar"));
        artifact.setFile(file == null ? null : file.toFile());
        return artifact;
    }

    private static MavenProject project(String artifactId, String version) {
        Model model = new Model();
        model.setGroupId("g");
        model.setArtifactId(artifactId);
        model.setVersion(version);
        return new MavenProject(model);
    }

    @SuppressWarnings("deprecation") // the constructor Maven's own tests use; the injected one needs a container
    private MavenSession session(MavenProject project) {
        DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setStartTime(new Date(1_760_000_000_000L));
        request.setBaseDirectory(base.toFile());
        MavenSession session = new MavenSession(
                null, new DefaultRepositorySystemSession(), request, new DefaultMavenExecutionResult());
        session.setProjects(List.of(project));
        session.setCurrentProject(project);
        return session;
    }
}
