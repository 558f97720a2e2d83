package dev.gatekeeper.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * A jar manifest by what it declares rather than how it was written, for {@link ArchiveDigest}: two builds of
 * the same sources without {@code project.build.outputTimestamp} write different manifests when a tool stamps the
 * build time into one (bnd's {@code Bnd-LastModified}) or writes an OSGi header's parameters in another order
 * ({@code org.a;version="1";uses:="org.b"} and {@code org.a;uses:="org.b";version="1"}, as bnd does from one build
 * to the next). Any other difference in a header, a section or their values is a difference.
 */
final class ManifestContent {
    /** Main attributes that say when the jar was built, not what it holds. */
    static final Set<String> BUILD_TIME_HEADERS = Set.of("bnd-lastmodified");

    private ManifestContent() {}

    /** The manifest in a canonical form, or the bytes as they are when they are not a manifest. */
    static byte[] canonical(byte[] manifest) {
        Manifest parsed;
        try {
            parsed = new Manifest(new ByteArrayInputStream(manifest));
        } catch (IOException | RuntimeException e) {
            return manifest;
        }
        StringBuilder canonical = new StringBuilder();
        section(canonical, "", parsed.getMainAttributes(), BUILD_TIME_HEADERS);
        new TreeMap<>(parsed.getEntries())
                .forEach((name, attributes) -> section(canonical, name, attributes, Set.of()));
        return canonical.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void section(StringBuilder canonical, String name, Attributes attributes, Set<String> left) {
        Map<String, String> headers = new TreeMap<>();
        attributes.forEach((header, value) -> {
            String lower = header.toString().toLowerCase(Locale.ROOT); // header names are case-insensitive
            if (!left.contains(lower)) {
                headers.put(lower, clauses(String.valueOf(value)));
            }
        });
        lengthPrefixed(canonical.append('['), name).append("]\n");
        headers.forEach((header, value) ->
                lengthPrefixed(lengthPrefixed(canonical, header), value).append('\n'));
    }

    private static StringBuilder lengthPrefixed(StringBuilder canonical, String text) {
        return canonical.append(text.length()).append(':').append(text);
    }

    /** The header's clauses in their order, each with its paths first, in order, then its parameters sorted. */
    static String clauses(String value) {
        List<String> clauses = new ArrayList<>();
        for (String clause : outsideQuotes(value, ',')) {
            List<String> paths = new ArrayList<>();
            List<String> parameters = new ArrayList<>();
            for (String part : outsideQuotes(clause, ';')) {
                (outsideQuotes(part, '=').size() > 1 ? parameters : paths).add(part.strip());
            }
            parameters.sort(null);
            paths.addAll(parameters);
            clauses.add(String.join(";", paths));
        }
        return String.join(",", clauses);
    }

    /** {@code text} split at each {@code separator} that is not inside double quotes. */
    private static List<String> outsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                parts.add(text.substring(start, index));
                start = index + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
