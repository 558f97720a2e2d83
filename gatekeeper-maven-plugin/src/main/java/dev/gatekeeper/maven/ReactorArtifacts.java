package dev.gatekeeper.maven;

import dev.gatekeeper.smoke.ArtifactFile;
import dev.gatekeeper.verdict.ArtifactInventory;
import dev.gatekeeper.verdict.BuiltArtifact;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.project.MavenProject;

/** Maps reactor projects to the files they would deploy; {@link ArtifactInventory} digests them. */
public final class ReactorArtifacts {
    private ReactorArtifacts() {}

    /**
     * Every project's main artifact, attached artifacts and POM, then the root's SBOM when present and
     * {@code withSbom} (a build of part of the reactor makes no SBOM; one left by an earlier build is not its).
     */
    public static List<BuiltArtifact> of(
            List<MavenProject> projects, MavenProject root, Path executionRoot, boolean withSbom) throws IOException {
        ArtifactInventory inventory = new ArtifactInventory(executionRoot);
        for (MavenProject project : projects) {
            addModule(inventory, project);
        }
        if (withSbom) {
            addSbom(inventory, root);
        }
        return inventory.digest();
    }

    /** What {@code project} alone would deploy, plus the SBOM when it is the root. */
    public static List<BuiltArtifact> ofModule(MavenProject project, MavenProject root, Path executionRoot)
            throws IOException {
        ArtifactInventory inventory = new ArtifactInventory(executionRoot);
        addModule(inventory, project);
        if (project == root) {
            addSbom(inventory, root);
        }
        return inventory.digest();
    }

    /** The files {@code project} alone would deploy, by coordinates, in inventory order; files that do not exist left out. */
    static Map<String, Path> filesOfModule(MavenProject project) {
        ArtifactInventory inventory = new ArtifactInventory(Path.of(""));
        addModule(inventory, project);
        return inventory.files();
    }

    private static void addModule(ArtifactInventory inventory, MavenProject project) {
        Artifact main = project.getArtifact();
        if (main != null && !"pom".equals(project.getPackaging())) {
            inventory.add(coordinates(main), path(main.getFile()));
        }
        for (Artifact attached : project.getAttachedArtifacts()) {
            inventory.add(coordinates(attached), path(attached.getFile()));
        }
        inventory.add(
                BuiltArtifact.coordinates(
                        project.getGroupId(), project.getArtifactId(), project.getVersion(), null, "pom"),
                path(project.getFile()));
    }

    private static void addSbom(ArtifactInventory inventory, MavenProject root) {
        inventory.add(
                BuiltArtifact.coordinates(
                        root.getGroupId(),
                        root.getArtifactId(),
                        root.getVersion(),
                        ArtifactInventory.SBOM_CLASSIFIER,
                        ArtifactInventory.SBOM_TYPE),
                Path.of(root.getBuild().getDirectory()).resolve(ArtifactInventory.SBOM_FILE));
    }

    private static String coordinates(Artifact artifact) {
        return BuiltArtifact.coordinates(
                artifact.getGroupId(),
                artifact.getArtifactId(),
                artifact.getBaseVersion(),
                artifact.getClassifier(),
                artifact.getType());
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath().toAbsolutePath();
    }

    /**
     * The smoke gate's view: every project's POM, then its main and attached artifacts packaged so far (files
     * that exist), by version and file extension — what a release would publish and a consumer resolves.
     * {@link #of} is the deploy view: base versions and artifact types, for the evidence and the guard.
     */
    public static List<ArtifactFile> packaged(List<MavenProject> projects) {
        List<ArtifactFile> artifacts = new ArrayList<>();
        for (MavenProject reactorProject : projects) {
            artifacts.add(ArtifactFile.pom(
                    reactorProject.getGroupId(),
                    reactorProject.getArtifactId(),
                    reactorProject.getVersion(),
                    reactorProject.getFile().toPath()));
            Path main = mainArtifactFile(reactorProject);
            if (main != null) {
                artifacts.add(artifactFile(reactorProject.getArtifact(), main));
            }
            for (Artifact attached : reactorProject.getAttachedArtifacts()) {
                if (attached.getFile() != null && attached.getFile().isFile()) {
                    artifacts.add(artifactFile(attached, attached.getFile().toPath()));
                }
            }
        }
        return artifacts;
    }

    /** The project's main artifact file when it was packaged (exists), else null. */
    public static Path mainArtifactFile(MavenProject reactorProject) {
        File file = reactorProject.getArtifact() == null
                ? null
                : reactorProject.getArtifact().getFile();
        return file != null && file.isFile() ? file.toPath() : null;
    }

    private static ArtifactFile artifactFile(Artifact artifact, Path file) {
        return new ArtifactFile(
                artifact.getGroupId(),
                artifact.getArtifactId(),
                artifact.getVersion(),
                artifact.getClassifier() == null || artifact.getClassifier().isEmpty()
                        ? null
                        : artifact.getClassifier(),
                artifact.getArtifactHandler().getExtension(),
                file);
    }
}
