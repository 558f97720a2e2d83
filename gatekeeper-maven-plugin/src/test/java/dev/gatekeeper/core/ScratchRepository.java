package dev.gatekeeper.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real git repository in a temporary directory, written with JGit, for tests of git-based gates. */
public final class ScratchRepository implements AutoCloseable {
    private static final PersonIdent TESTER = new PersonIdent("Test", "test@example.com");

    private final Path root;
    private final Git git;

    private ScratchRepository(Path root, Git git) {
        this.root = root;
        this.git = git;
    }

    /** A new repository on branch {@code main} in {@code root}, without commits. */
    public static ScratchRepository init(Path root) throws GitAPIException {
        return new ScratchRepository(root, Git.init().setDirectory(root.toFile()).setInitialBranch("main").call());
    }

    public Path root() {
        return root;
    }

    public Git git() {
        return git;
    }

    /** Writes {@code text} to {@code path} (relative to the work tree), creating directories; does not stage it. */
    public Path write(String path, String text) throws IOException {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public Path write(String path, byte[] content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    public void delete(String path) throws IOException {
        Files.delete(root.resolve(path));
    }

    public void stage(String path) throws GitAPIException {
        git.add().addFilepattern(path).call();
    }

    /** Stages everything (deletions too) and commits it. */
    public RevCommit commitAll(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return git.commit().setMessage(message).setAuthor(TESTER).setCommitter(TESTER).setSign(false).call();
    }

    /** Bytes of {@code .git/index}, to prove a read left the index alone. */
    public byte[] indexBytes() throws IOException {
        return Files.readAllBytes(git.getRepository().getIndexFile().toPath());
    }

    @Override
    public void close() {
        git.getRepository().close();
        git.close();
    }
}
