package dev.gatekeeper.smoke;

import java.util.List;
import java.util.Objects;

/**
 * What a module publishes about itself, taken from its effective model (so inherited values count).
 * Any field may be null or blank; the checks treat both as missing.
 *
 * @param name          {@code <name>}
 * @param description   {@code <description>}
 * @param url           {@code <url>}
 * @param licenses      the {@code <name>} of each {@code <license>}
 * @param developers    each {@code <developer>}'s name, or its id when it has no name
 * @param scmUrl        {@code <scm><url>}
 * @param scmConnection {@code <scm><connection>}
 * @param version       {@code <version>}
 * @param packaging     {@code <packaging>}; null means Maven's default, jar
 * @param inherited     the elements among these that a parent POM declares, with that parent
 */
public record PublishedMetadata(
        String name,
        String description,
        String url,
        List<String> licenses,
        List<String> developers,
        String scmUrl,
        String scmConnection,
        String version,
        String packaging,
        List<InheritedMetadataCheck.Inherited> inherited) {

    public PublishedMetadata {
        licenses = licenses == null
                ? List.of()
                : licenses.stream().filter(Objects::nonNull).toList();
        developers = developers == null
                ? List.of()
                : developers.stream().filter(Objects::nonNull).toList();
        packaging = isBlank(packaging) ? "jar" : packaging.strip();
        inherited = inherited == null ? List.of() : List.copyOf(inherited);
    }

    /** Metadata whose origin is not known: nothing counts as inherited. */
    public PublishedMetadata(
            String name,
            String description,
            String url,
            List<String> licenses,
            List<String> developers,
            String scmUrl,
            String scmConnection,
            String version,
            String packaging) {
        this(name, description, url, licenses, developers, scmUrl, scmConnection, version, packaging, List.of());
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static boolean noneGiven(List<String> values) {
        return values.stream().allMatch(PublishedMetadata::isBlank);
    }
}
