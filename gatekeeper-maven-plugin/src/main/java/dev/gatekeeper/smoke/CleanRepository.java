package dev.gatekeeper.smoke;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;

/**
 * A new, empty Maven local repository that the reactor's artifacts are installed into, so that a
 * consumer build can only find what was installed plus what it downloads itself.
 *
 * <p>Installed files get no {@code _remote.repositories} marker: Maven 3.9 treats such files as
 * locally installed and offers them to every build, exactly like {@code mvn install} output.
 */
public final class CleanRepository implements AutoCloseable {
    /** Artifact files Maven writes once (through a temporary file and a move) and then only reads. */
    private static final Pattern IMMUTABLE = Pattern.compile(".*\\.(jar|pom)(\\.(sha1|md5|sha256|sha512))?");

    private final Path root;
    private boolean keep;

    private CleanRepository(Path root) {
        this.root = root;
    }

    /** Creates a new empty directory under {@code parentDir} (which is created if needed). */
    public static CleanRepository create(Path parentDir) throws IOException {
        Files.createDirectories(parentDir);
        return new CleanRepository(
                Files.createTempDirectory(parentDir, "clean-repo-").toRealPath());
    }

    /**
     * Copies what {@code prepared} (a repository a consumer build of the same Maven on the same source filled)
     * holds into this one: its directories and regular files, never a link out of it. The artifacts themselves
     * (jars, POMs and their checksums, which Maven never rewrites, only replaces) are hard links where the file
     * system allows, so a reactor of many modules does not copy the same megabytes into each; the files Maven
     * updates in place (_remote.repositories, resolver status, metadata) are copies. Returns the number of files.
     */
    public int copyFrom(Path prepared) throws IOException {
        Path source = prepared.toRealPath();
        int[] files = {0};
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(root.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile()) {
                    linkOrCopy(file, root.resolve(source.relativize(file).toString()));
                    files[0]++;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files[0];
    }

    private static void linkOrCopy(Path file, Path target) throws IOException {
        String name = file.getFileName().toString();
        if (IMMUTABLE.matcher(name).matches() && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createLink(target, file);
                return;
            } catch (IOException | UnsupportedOperationException e) {
                // another file system, or none that links: a copy is as good, only slower
            }
        }
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    }

    public Path root() {
        return root;
    }

    /** Keeps the directory on {@link #close()}, e.g. to inspect it after a failure. */
    public CleanRepository keep(boolean keepOnClose) {
        this.keep = keepOnClose;
        return this;
    }

    /** Copies the artifact's file to its place in the repository layout and returns that place. */
    public Path install(ArtifactFile artifact) throws IOException {
        if (!Files.isRegularFile(artifact.file())) {
            throw new NoSuchFileException(
                    artifact.file().toString(),
                    null,
                    "cannot install " + artifact.coordinates() + ": not a regular file");
        }
        Path target = pathOf(artifact);
        Files.createDirectories(target.getParent());
        Files.copy(artifact.file(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Where the repository keeps the artifact; the coordinates were already validated by the record. */
    public Path pathOf(ArtifactFile artifact) {
        Path directory = root;
        for (String segment : artifact.groupId().split("\\.")) {
            directory = directory.resolve(Coordinates.requireSafe("groupId segment", segment));
        }
        Path target = directory
                .resolve(artifact.artifactId())
                .resolve(artifact.version())
                .resolve(artifact.repositoryFileName())
                .normalize();
        // The coordinate check already rules this out; the check here does not depend on it.
        if (!target.startsWith(root)) {
            throw new IllegalArgumentException(artifact.coordinates() + " would be written outside " + root);
        }
        return target;
    }

    /** Whether {@code path} (after resolving links) lies inside this repository. */
    public boolean contains(Path path) {
        try {
            return path.toRealPath().startsWith(root);
        } catch (IOException e) {
            return path.toAbsolutePath().normalize().startsWith(root);
        }
    }

    @Override
    public void close() throws IOException {
        if (!keep) {
            deleteTree(root);
        }
    }

    static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // walkFileTree does not follow links, so a link planted inside cannot make us delete outside.
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
