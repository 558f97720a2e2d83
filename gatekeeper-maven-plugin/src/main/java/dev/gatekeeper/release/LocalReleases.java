package dev.gatekeeper.release;

import dev.gatekeeper.core.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * The releases of an artifact that the local Maven repository knows: version directories that hold
 * the artifact's POM, and the versions its {@code maven-metadata*.xml} files list (a remote
 * repository's metadata, as Maven keeps it there). Unreadable metadata is passed over: this only
 * names an example in a fix.
 */
final class LocalReleases {
    private final Path repository;

    /** @param repository the local repository's directory, or null when unknown */
    LocalReleases(Path repository) {
        this.repository = repository;
    }

    /** The highest release of {@code groupId:artifactId} before {@code snapshot}'s version, if the local repository knows one. */
    Optional<String> latestBefore(String coordinates, String snapshot) {
        String[] parts = coordinates.split(":");
        if (repository == null || parts.length != 2) {
            return Optional.empty();
        }
        Path directory = repository.resolve(parts[0].replace('.', '/')).resolve(parts[1]);
        ComparableVersion limit = new ComparableVersion(snapshot);
        return versions(directory, parts[1]).stream()
                .filter(ReleaseVersions::isRelease)
                .filter(version -> new ComparableVersion(version).compareTo(limit) < 0)
                .max((left, right) -> new ComparableVersion(left).compareTo(new ComparableVersion(right)));
    }

    private static List<String> versions(Path directory, String artifactId) {
        List<String> versions = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return versions;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry) && Files.isRegularFile(entry.resolve(artifactId + "-" + name + ".pom"))) {
                    versions.add(name);
                } else if (name.startsWith("maven-metadata") && name.endsWith(".xml") && Files.isRegularFile(entry)) {
                    versions.addAll(metadataVersions(entry));
                }
            }
        } catch (IOException e) {
            return versions;
        }
        return versions;
    }

    private static List<String> metadataVersions(Path metadata) {
        List<String> versions = new ArrayList<>();
        try (InputStream in = Files.newInputStream(metadata)) {
            XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT
                            && reader.getLocalName().equals("version")) {
                        versions.add(reader.getElementText().trim());
                    }
                }
            } finally {
                reader.close();
            }
        } catch (IOException | XMLStreamException e) {
            return versions;
        }
        return versions;
    }
}
