package dev.gatekeeper.docs;

import dev.gatekeeper.core.ConfinedReads;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.FindingCode;
import dev.gatekeeper.core.GateStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a link or image destination of a doc. URLs with a scheme are external and not fetched; a
 * {@code file:} URL only works on its author's machine; anything else is a path relative to the doc
 * (or to the repository root when it starts with '/') that must exist inside the repository, and
 * its fragment, when it points into Markdown, must name a heading there.
 */
final class LinkCheck {
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    private final DocsSettings settings;
    private final AnchorIndex anchors;
    private final Path realRoot;

    LinkCheck(DocsSettings settings, AnchorIndex anchors) throws IOException {
        this.settings = settings;
        this.anchors = anchors;
        this.realRoot = Files.isDirectory(settings.repositoryRoot())
                ? settings.repositoryRoot().toRealPath()
                : settings.repositoryRoot();
    }

    /** The finding for the destination, or null when it is fine (or external). */
    Finding check(MarkdownDoc doc, MarkdownDoc.Reference link) {
        String destination =
                link.destination() == null ? "" : link.destination().strip();
        String shownDoc = settings.display(doc.path());
        if (destination.startsWith("//")) {
            return null;
        }
        if (SCHEME.matcher(destination).matches()) {
            if (!destination.toLowerCase(Locale.ROOT).startsWith("file:")) {
                return null;
            }
            return finding(
                            DocsCodes.FILE_URL,
                            doc,
                            link,
                            "Link '" + destination + "' is a file: URL, which only works on its author's machine")
                    .withFix("Link to the file with a path relative to " + shownDoc + ", or to its https address");
        }
        int hash = destination.indexOf('#');
        String fragment = hash < 0 ? null : percentDecode(destination.substring(hash + 1));
        String pathPart = hash < 0 ? destination : destination.substring(0, hash);
        int query = pathPart.indexOf('?');
        String path = percentDecode(query < 0 ? pathPart : pathPart.substring(0, query));
        if (path.isEmpty()) {
            return fragment == null || fragment.isEmpty() ? null : checkAnchor(doc, link, doc.path(), fragment);
        }
        Path target;
        try {
            target = path.startsWith("/")
                    ? settings.repositoryRoot()
                            .resolve(path.replaceFirst("^/+", ""))
                            .normalize()
                    : doc.path().toAbsolutePath().getParent().resolve(path).normalize();
        } catch (InvalidPathException e) {
            return finding(
                            DocsCodes.BROKEN_LINK,
                            doc,
                            link,
                            "Link '" + destination + "' is not a valid path: " + e.getReason())
                    .withFix("Correct the link in " + shownDoc);
        }
        if (ConfinedReads.writtenOutside(settings.repositoryRoot(), target)) {
            return outside(doc, link, destination);
        }
        if (!Files.exists(target)) {
            return finding(
                            DocsCodes.BROKEN_LINK,
                            doc,
                            link,
                            "Link '" + destination + "' points to " + settings.display(target)
                                    + ", which does not exist")
                    .withFix("Point the link in " + shownDoc + " at an existing file, or create "
                            + settings.display(target));
        }
        try {
            if (ConfinedReads.leadsOutside(realRoot, target)) {
                return outside(doc, link, destination);
            }
        } catch (IOException e) {
            return finding(
                            DocsCodes.BROKEN_LINK,
                            doc,
                            link,
                            "Link '" + destination + "' cannot be followed: " + e.getMessage())
                    .withFix("Point the link in " + shownDoc + " at a readable file");
        }
        if (fragment != null && !fragment.isEmpty() && Files.isRegularFile(target) && isMarkdown(target)) {
            return checkAnchor(doc, link, target, fragment);
        }
        return null;
    }

    private Finding checkAnchor(MarkdownDoc doc, MarkdownDoc.Reference link, Path target, String fragment) {
        Optional<Set<String>> known = target.equals(doc.path().toAbsolutePath().normalize())
                ? Optional.of(doc.anchors())
                : anchors.of(target);
        if (known.isEmpty() || known.get().contains(fragment)) {
            return null;
        }
        String shownTarget = settings.display(target);
        List<String> listed = known.get().stream().limit(40).toList();
        return finding(
                        DocsCodes.BROKEN_ANCHOR,
                        doc,
                        link,
                        "Link '" + link.destination() + "' names the anchor '" + fragment + "', but no heading of "
                                + shownTarget + " has that id")
                .withFix("Use the id of an existing heading of " + shownTarget
                        + " (listed in the detail), or add the heading")
                .withDetail(
                        listed.isEmpty()
                                ? shownTarget + " has no headings"
                                : "anchors in " + shownTarget + ":\n"
                                        + String.join(
                                                "\n",
                                                listed.stream()
                                                        .map(a -> "#" + a)
                                                        .toList()));
    }

    private Finding outside(MarkdownDoc doc, MarkdownDoc.Reference link, String destination) {
        return finding(
                        DocsCodes.LINK_OUTSIDE_REPOSITORY,
                        doc,
                        link,
                        "Link '" + destination
                                + "' leads outside the repository, so it breaks wherever the repository is read on its own")
                .withFix("Link to a file inside the repository, or to the other project's https address");
    }

    private Finding finding(FindingCode code, MarkdownDoc doc, MarkdownDoc.Reference link, String message) {
        return Finding.of(code, GateStatus.HOLD, message).withFile(settings.display(doc.path()), link.line());
    }

    static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /** Decodes {@code %XX} escapes as UTF-8; a '+' stays a '+' (this is a path, not a form). */
    static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                byte[] encoded = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
