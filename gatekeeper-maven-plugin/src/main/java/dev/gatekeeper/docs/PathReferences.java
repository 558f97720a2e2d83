package dev.gatekeeper.docs;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Repository paths named in inline code, such as {@code `src/main/java`}: a code span whose whole text
 * looks like a relative path and whose first segment exists (next to the doc or at the repository
 * root) is a reference, and must exist. Requiring the first segment keeps {@code application/json}
 * and {@code org/apache} from being taken for paths.
 */
final class PathReferences {
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_.@-]+(/[A-Za-z0-9_.@-]*)+");

    private final DocsSettings settings;

    PathReferences(DocsSettings settings) {
        this.settings = settings;
    }

    /** Whether the code span names a path in this repository (one that must then exist). */
    boolean isReference(MarkdownDoc doc, MarkdownDoc.CodeSpan span) {
        String text = span.text();
        if (!PATH.matcher(text).matches() || ignored(text)) {
            return false;
        }
        String first = text.substring(0, text.indexOf('/'));
        if (first.equals(".") || first.equals("..")) {
            return true;
        }
        return exists(directoryOf(doc).resolve(first))
                || exists(settings.repositoryRoot().resolve(first));
    }

    /** The finding for a reference that does not exist, or null. */
    Finding check(MarkdownDoc doc, MarkdownDoc.CodeSpan span) {
        String text = span.text();
        Path besideDoc = directoryOf(doc).resolve(text).normalize();
        Path fromRoot = settings.repositoryRoot().resolve(text).normalize();
        if (insideAndExists(besideDoc) || insideAndExists(fromRoot)) {
            return null;
        }
        String where = besideDoc.equals(fromRoot)
                ? settings.display(fromRoot)
                : "neither " + settings.display(besideDoc) + " nor " + settings.display(fromRoot);
        boolean outside =
                !besideDoc.startsWith(settings.repositoryRoot()) && !fromRoot.startsWith(settings.repositoryRoot());
        String message = outside
                ? "The path `" + text + "` leads outside the repository"
                : "The path `" + text + "` does not exist (" + where + ")";
        return Finding.of(DocsCodes.BROKEN_PATH_REFERENCE, GateStatus.HOLD, message)
                .withFile(settings.display(doc.path()), span.line())
                .withFix(
                        "Correct the path in " + settings.display(doc.path())
                                + "; if it is generated output, add its prefix to <ignoredPaths> (-Dgatekeeper.docs.ignoredPaths)");
    }

    /**
     * Whether an entry of ignoredPaths covers the text. An entry matches whole path segments at any depth
     * ({@code target/} covers {@code app/target/x}), or only at the start when it begins with '/'.
     */
    boolean ignored(String text) {
        String padded = "/" + text + (text.endsWith("/") ? "" : "/");
        for (String entry : settings.ignoredPaths()) {
            String trimmed = entry.strip();
            boolean anchored = trimmed.startsWith("/");
            String segments = trimmed.replaceAll("^/+|/+$", "");
            if (segments.isEmpty()) {
                continue;
            }
            String needle = "/" + segments + "/";
            if (anchored ? padded.startsWith(needle) : padded.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private boolean insideAndExists(Path path) {
        return path.startsWith(settings.repositoryRoot()) && exists(path);
    }

    private static Path directoryOf(MarkdownDoc doc) {
        return doc.path().toAbsolutePath().normalize().getParent();
    }

    private static boolean exists(Path path) {
        try {
            return Files.exists(path);
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
