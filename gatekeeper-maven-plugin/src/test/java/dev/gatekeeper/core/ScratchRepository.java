package dev.gatekeeper.core;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real git repository written with JGit, for tests of git-based gates: in a temporary directory
 * for unit tests, or in an invoker IT's project directory ({@link #forIntegrationTest}, called from
 * {@code prebuild.groovy}, which has the test classpath).
 */
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
        return new ScratchRepository(
                root,
                Git.init().setDirectory(root.toFile()).setInitialBranch("main").call());
    }

    /**
     * A fresh repository in an IT's project directory (an old {@code .git} is removed), ignoring the
     * build's output, the invoker's {@code build.log} and {@code extraIgnores}; nothing committed yet.
     * Without it, a git-based gate would judge the enclosing Gatekeeper checkout.
     */
    public static ScratchRepository forIntegrationTest(File basedir, String... extraIgnores)
            throws IOException, GitAPIException {
        Path root = basedir.toPath();
        deleteTree(root.resolve(".git"));
        List<String> ignored = new ArrayList<>(List.of("target/", "build.log"));
        ignored.addAll(List.of(extraIgnores));
        Files.writeString(root.resolve(".gitignore"), String.join("\n", ignored) + "\n");
        return init(root);
    }

    /**
     * A fresh repository for an IT that runs the maven-release-plugin: leftovers of an earlier
     * release (a second invoker execution clones over the first one's files) are removed, a bare
     * remote at {@code remote.git} (ignored) replaces {@code REMOTE_URL} in {@code pom.xml}, and the
     * git binary the plugin runs gets its identity from this repository, never from global config.
     */
    public static ScratchRepository forReleasePluginIntegrationTest(File basedir) throws IOException, GitAPIException {
        Path root = basedir.toPath();
        for (String leftover : List.of(
                "release.properties", "pom.xml.releaseBackup", "pom.xml.next", "pom.xml.tag", "release-pom.xml")) {
            Files.deleteIfExists(root.resolve(leftover));
        }
        Path remote = root.resolve("remote.git");
        deleteTree(remote);
        Git.init()
                .setBare(true)
                .setDirectory(remote.toFile())
                .setInitialBranch("main")
                .call()
                .close();
        Path pom = root.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("REMOTE_URL", "file://" + remote.toAbsolutePath()));
        ScratchRepository repository = forIntegrationTest(basedir, "remote.git/");
        StoredConfig config = repository.git.getRepository().getConfig();
        config.setString("user", null, "name", "IT");
        config.setString("user", null, "email", "it@example.com");
        config.setBoolean("commit", null, "gpgsign", false);
        config.setBoolean("tag", null, "gpgsign", false);
        config.save();
        return repository;
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
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
        return git.commit()
                .setMessage(message)
                .setAuthor(TESTER)
                .setCommitter(TESTER)
                .setSign(false)
                .call();
    }

    /** Tags HEAD: annotated (with a message) or lightweight. */
    public void tag(String name, boolean annotated) throws GitAPIException {
        if (annotated) {
            git.tag()
                    .setName(name)
                    .setAnnotated(true)
                    .setMessage(name)
                    .setTagger(TESTER)
                    .setSigned(false)
                    .call();
        } else {
            git.tag().setName(name).setAnnotated(false).call();
        }
    }

    /** Creates {@code branch} at HEAD and checks it out. */
    public void checkoutNewBranch(String branch) throws GitAPIException {
        git.checkout().setCreateBranch(true).setName(branch).call();
    }

    /** Bytes of {@code .git/index}, to prove a read left the index alone. */
    public byte[] indexBytes() throws IOException {
        return Files.readAllBytes(git.getRepository().getIndexFile().toPath());
    }

    @Override
    public void close() {
        git.close(); // closes the repository too: Git.init() hands it over
    }
}
