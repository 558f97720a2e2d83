package dev.gatekeeper.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies sources several IT projects share from {@code src/it/shared/<name>} into an IT's cloned
 * project, for its {@code prebuild.groovy} (the invoker passes the directory as the script variable
 * {@code sharedSources}, a path). The shared directory mirrors the project's layout, so
 * {@code shared/scanner/src/main/java/...} lands at {@code src/main/java/...}.
 */
public final class SharedSources {
    private SharedSources() {}

    /** Copies every file of {@code sharedSources/name} into {@code project}, replacing what is there; returns the files copied. */
    public static List<Path> copy(String sharedSources, String name, File project) {
        Path from = Path.of(sharedSources).resolve(name);
        if (!Files.isDirectory(from)) {
            throw new AssertionError("no shared sources " + from + ": expected a directory under src/it/shared");
        }
        try (Stream<Path> walk = Files.walk(from)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                Path to = project.toPath().resolve(from.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
            }
            return files.stream()
                    .map(file -> project.toPath().resolve(from.relativize(file).toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the shared sources " + from + " into " + project, e);
        }
    }
}
