package dev.gatekeeper.docs;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the Markdown files to check: glob patterns relative to a directory, where {@code **}{@code /}
 * also matches no directory at all (as in Ant and .gitignore), so {@code docs/**}{@code /*.md} includes
 * {@code docs/setup.md}. Git metadata is never entered.
 */
final class DocFiles {
    private DocFiles() {}

    static List<Path> find(Path directory, List<String> includes, List<String> excludes) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<PathMatcher> included = matchers(includes);
        List<PathMatcher> excluded = matchers(excludes);
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return dir.getFileName() != null
                                && dir.getFileName().toString().equals(".git")
                                && !dir.equals(directory)
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                Path relative = directory.relativize(file);
                if (Files.isRegularFile(file) && matchesAny(included, relative) && !matchesAny(excluded, relative)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    private static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }

    private static List<PathMatcher> matchers(List<String> patterns) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            for (String variant : variants(pattern.trim())) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
            }
        }
        return matchers;
    }

    /** The pattern, and the pattern with each {@code **}{@code /} left out, in every combination. */
    static Set<String> variants(String pattern) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(pattern);
        int at = pattern.indexOf("**/");
        if (at >= 0) {
            String head = pattern.substring(0, at);
            for (String tail : variants(pattern.substring(at + 3))) {
                variants.add(head + "**/" + tail);
                variants.add(head + tail);
            }
        }
        return variants;
    }
}
