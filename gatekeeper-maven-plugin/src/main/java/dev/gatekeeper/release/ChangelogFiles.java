package dev.gatekeeper.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a project keeps its changelog when none is configured: the first of {@link #NAMES} with one
 * of {@link #EXTENSIONS} (in these orders, the name's case ignored) at the root, then under
 * {@code docs/}, then the maven-changes-plugin's {@code src/changes/changes.xml}, and only then
 * the {@link #RELEASE_NOTES} names: where a project has both, its release notes are generated from
 * the changes.xml at each release (the maven-changes-plugin's announcement, as Apache Commons does)
 * and name the last release, not the planned one.
 */
final class ChangelogFiles {
    static final List<String> NAMES =
            List.of("CHANGELOG", "CHANGES", "HISTORY", "NEWS", "RELEASE-NOTES", "RELEASE_NOTES");
    static final List<String> RELEASE_NOTES = List.of("RELEASE-NOTES", "RELEASE_NOTES");
    static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".txt", ".adoc", "");
    static final String CHANGES_XML = "src/changes/changes.xml";

    private ChangelogFiles() {}

    static Optional<Path> find(Path root) throws IOException {
        List<String> kept =
                NAMES.stream().filter(name -> !RELEASE_NOTES.contains(name)).toList();
        Optional<Path> found = first(root, kept);
        if (found.isPresent()) {
            return found;
        }
        Path changesXml = root.resolve(CHANGES_XML);
        return Files.isRegularFile(changesXml) ? Optional.of(changesXml) : first(root, RELEASE_NOTES);
    }

    private static Optional<Path> first(Path root, List<String> names) throws IOException {
        for (Path directory : List.of(root, root.resolve("docs"))) {
            Map<String, Path> files = regularFiles(directory);
            for (String name : names) {
                for (String extension : EXTENSIONS) {
                    Path found = files.get((name + extension).toLowerCase(Locale.ROOT));
                    if (found != null) {
                        return Optional.of(found);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The names a project's changelog may have, for a finding's text. */
    static String namesForMessage() {
        return String.join(", ", NAMES) + " (.md, .txt, .adoc or no extension, at the root or under docs/) or "
                + CHANGES_XML;
    }

    private static Map<String, Path> regularFiles(Path directory) throws IOException {
        Map<String, Path> files = new HashMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            entries.filter(Files::isRegularFile)
                    .sorted()
                    .forEach(file ->
                            files.putIfAbsent(file.getFileName().toString().toLowerCase(Locale.ROOT), file));
        }
        return files;
    }
}
