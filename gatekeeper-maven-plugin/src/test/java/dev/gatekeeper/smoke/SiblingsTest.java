package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.internal.impl.SimpleLocalRepositoryManagerFactory;
import org.eclipse.aether.repository.LocalArtifactRequest;
import org.eclipse.aether.repository.LocalRepositoryManager;
import org.eclipse.aether.repository.NoLocalRepositoryManagerException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Siblings outside a partial build (-pl, -rf), looked up in a real local repository layout by Maven's resolver. */
class SiblingsTest {
    private static final String GROUP = "com.example";
    private static final String VERSION = "1.0.0-SNAPSHOT";

    @TempDir
    Path work;

    private Path localRepository;
    private Siblings.LocalRepository lookup;

    @BeforeEach
    void localRepository() throws NoLocalRepositoryManagerException {
        localRepository = work.resolve("m2");
        DefaultRepositorySystemSession session = new DefaultRepositorySystemSession();
        LocalRepositoryManager manager = new SimpleLocalRepositoryManagerFactory()
                .newInstance(session, new org.eclipse.aether.repository.LocalRepository(localRepository.toFile()));
        session.setLocalRepositoryManager(manager);
        lookup = (groupId, artifactId, version, extension) -> {
            var found = manager.find(
                    session,
                    new LocalArtifactRequest(
                            new DefaultArtifact(groupId, artifactId, "", extension, version), null, null));
            return found.getFile() == null ? null : found.getFile().toPath();
        };
    }

    @Test
    void installedSiblingsComeFromTheLocalRepositoryAndAParentPomFromTheReactor() throws IOException {
        install("a", "jar");
        install("b", "jar");
        Path reactorPom = write(work.resolve("reactor/pom.xml"));

        Siblings siblings = Siblings.locate(
                List.of(module("parent", "pom", reactorPom), module("a", "jar", null), module("b", "jar", null)),
                lookup);

        assertThat(siblings.notFound()).isEmpty();
        assertThat(siblings.found())
                .containsExactly(
                        GROUP + ":parent:" + VERSION + " (POM from the reactor)",
                        GROUP + ":a:" + VERSION + " (local repository)",
                        GROUP + ":b:" + VERSION + " (local repository)");
        assertThat(siblings.artifacts())
                .extracting(ArtifactFile::repositoryFileName)
                .containsExactly(
                        "parent-" + VERSION + ".pom",
                        "a-" + VERSION + ".pom",
                        "a-" + VERSION + ".jar",
                        "b-" + VERSION + ".pom",
                        "b-" + VERSION + ".jar");
        assertThat(siblings.artifacts().get(0).file()).isEqualTo(reactorPom);
        assertThat(siblings.artifacts().get(2).file()).startsWith(localRepository);

        GateEvaluation evaluation = SmokeFixtures.evaluation();
        assertThat(siblings.judge(GROUP + ":c:" + VERSION, evaluation, "publish"))
                .isTrue();
        Finding finding = SmokeFixtures.only(evaluation);
        assertThat(finding.code()).isEqualTo("SMOKE_SIBLINGS_FROM_LOCAL_REPOSITORY");
        assertThat(finding.severity()).isEqualTo(GateStatus.PASS);
        assertThat(finding.detail()).contains("b-" + VERSION + ".jar");
    }

    @Test
    void aSiblingNeitherBuiltNorInstalledIsNotJudgedNeverFailed() throws IOException {
        install("a", "jar");

        Siblings siblings = Siblings.locate(List.of(module("a", "jar", null), module("b", "jar", null)), lookup);
        GateEvaluation evaluation = SmokeFixtures.evaluation();

        assertThat(siblings.notFound()).containsExactly(GROUP + ":b:" + VERSION);
        assertThat(siblings.judge(GROUP + ":c:" + VERSION, evaluation, "publish"))
                .isFalse();
        Finding finding = SmokeFixtures.only(evaluation);
        assertThat(finding.code()).isEqualTo("SMOKE_SIBLING_NOT_BUILT");
        assertThat(finding.severity()).isEqualTo(GateStatus.WARN);
        assertThat(finding.message())
                .startsWith(
                        "not judged: a consumer of " + GROUP + ":c:" + VERSION + " needs " + GROUP + ":b:" + VERSION);
        assertThat(finding.fix()).contains("-am").contains("mvn install -pl :b");
        GateResult result = evaluation.finish();
        assertThat(result.status()).isEqualTo(GateStatus.WARN);
        assertThat(result.status().blocksMerge()).isFalse();
    }

    @Test
    void aJarSiblingWithoutItsPomInTheLocalRepositoryIsNotFound() throws IOException {
        write(localRepository.resolve("com/example/b/" + VERSION + "/b-" + VERSION + ".jar"));

        assertThat(Siblings.locate(List.of(module("b", "jar", null)), lookup).notFound())
                .containsExactly(GROUP + ":b:" + VERSION);
    }

    @Test
    void nothingOutsideTheBuildSaysNothing() {
        GateEvaluation evaluation = SmokeFixtures.evaluation();

        assertThat(Siblings.none().judge(GROUP + ":c:" + VERSION, evaluation, "publish"))
                .isTrue();
        assertThat(evaluation.findings()).isEmpty();
    }

    private static Siblings.Module module(String artifactId, String packaging, Path reactorPom) {
        return new Siblings.Module(
                GROUP, artifactId, VERSION, packaging, "pom".equals(packaging) ? "pom" : "jar", reactorPom);
    }

    private void install(String artifactId, String extension) throws IOException {
        Path directory = localRepository.resolve("com/example/" + artifactId + "/" + VERSION);
        write(directory.resolve(artifactId + "-" + VERSION + ".pom"));
        write(directory.resolve(artifactId + "-" + VERSION + "." + extension));
    }

    private static Path write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, file.getFileName().toString());
    }
}
