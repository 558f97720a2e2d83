package dev.gatekeeper.verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Digests the files a build would deploy: for each module its main artifact, attached artifacts and
 * POM, plus the execution root's SBOM. A candidate whose file does not exist (a {@code pom}
 * module's main artifact, an SBOM that was not generated) is left out: there is nothing to deploy.
 */
public final class ArtifactInventory {
    /** Where the sbom gate writes the execution root's CycloneDX document, relative to its build directory. */
    public static final String SBOM_FILE = "gatekeeper/sbom/bom.json";

    /** The classifier and type the SBOM is recorded under when no plugin attached it. */
    public static final String SBOM_CLASSIFIER = "gatekeeper-sbom";

    public static final String SBOM_TYPE = "json";

    private final Path executionRoot;
    private final Map<String, Path> candidates = new LinkedHashMap<>();

    public ArtifactInventory(Path executionRoot) {
        this.executionRoot = executionRoot;
    }

    /** Adds a file under its coordinates; a null file is ignored, a second file for the same coordinates too. */
    public ArtifactInventory add(String coordinates, Path file) {
        if (file != null) {
            candidates.putIfAbsent(coordinates, file);
        }
        return this;
    }

    /** Every candidate that is a regular file, by coordinates, in the order added. */
    public Map<String, Path> files() {
        Map<String, Path> files = new LinkedHashMap<>();
        candidates.forEach((coordinates, file) -> {
            if (Files.isRegularFile(file)) {
                files.put(coordinates, file);
            }
        });
        return files;
    }

    /** Every candidate that is a regular file, in the order added, with its size and digest. */
    public List<BuiltArtifact> digest() throws IOException {
        List<BuiltArtifact> artifacts = new ArrayList<>();
        for (Map.Entry<String, Path> candidate : candidates.entrySet()) {
            if (Files.isRegularFile(candidate.getValue())) {
                artifacts.add(BuiltArtifact.of(candidate.getKey(), candidate.getValue(), executionRoot));
            }
        }
        return artifacts;
    }
}
