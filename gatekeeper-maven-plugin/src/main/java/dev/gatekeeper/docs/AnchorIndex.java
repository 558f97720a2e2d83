package dev.gatekeeper.docs;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The anchors of Markdown files that links point into, each file parsed at most once. */
final class AnchorIndex {
    private final Map<Path, Optional<Set<String>>> anchors = new HashMap<>();

    void add(MarkdownDoc doc) {
        anchors.put(key(doc.path()), Optional.of(doc.anchors()));
    }

    /** The file's anchors; empty when it cannot be read as Markdown (that file's own check says why). */
    Optional<Set<String>> of(Path file) {
        return anchors.computeIfAbsent(key(file), AnchorIndex::load);
    }

    private static Optional<Set<String>> load(Path file) {
        try {
            return Optional.of(MarkdownDoc.read(file).anchors());
        } catch (UnreadableDocException e) {
            return Optional.empty();
        }
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
