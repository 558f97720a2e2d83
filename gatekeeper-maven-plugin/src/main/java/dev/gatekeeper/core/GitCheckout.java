package dev.gatekeeper.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A read-only view of the git checkout a build runs in, read with JGit (no {@code git} binary).
 * Nothing here writes to the repository: status is computed without refreshing the index.
 */
public final class GitCheckout implements AutoCloseable {
    private final Repository repository;
    private final Path workTree;

    private GitCheckout(Repository repository) {
        this.repository = repository;
        this.workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /**
     * The checkout that contains {@code start}, searching upwards as git does; empty when
     * {@code start} is not inside a git working tree (or the repository is bare).
     */
    public static Optional<GitCheckout> find(Path start) throws IOException {
        GitWithoutHome.install();
        FileRepositoryBuilder builder = new FileRepositoryBuilder()
                .readEnvironment()
                .findGitDir(start.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        Repository repository = builder.setMustExist(true).build();
        if (repository.isBare()) {
            repository.close();
            return Optional.empty();
        }
        return Optional.of(new GitCheckout(repository));
    }

    public Path workTree() {
        return workTree;
    }

    /** Whether history was cut short ({@code git clone --depth}): older commits and tags may be missing. */
    public boolean shallow() throws IOException {
        // Asked of the object database, not of .git/shallow: a linked worktree keeps that file in the common directory.
        return !repository.getObjectDatabase().getShallowCommits().isEmpty();
    }

    /** The checked-out branch's short name, or empty on a detached HEAD. */
    public Optional<String> branch() throws IOException {
        Ref head = repository.exactRef(Constants.HEAD);
        if (head == null || !head.isSymbolic()) {
            return Optional.empty();
        }
        return Optional.of(Repository.shortenRefName(head.getTarget().getName()));
    }

    /** The commit HEAD points at, or empty in a repository without commits. */
    public Optional<String> headCommit() throws IOException {
        ObjectId head = repository.resolve(Constants.HEAD + "^{commit}");
        return Optional.ofNullable(head).map(ObjectId::name);
    }

    /**
     * Every path under {@code prefixes} (relative to the work tree, '/'-separated; none means the
     * whole tree) that differs from HEAD: staged or not, deleted, or untracked and not ignored.
     */
    public List<Change> changes(Collection<String> prefixes) throws IOException {
        Status status;
        try (Git git = new Git(repository)) {
            StatusCommand command = git.status();
            prefixes.forEach(command::addPath);
            status = command.call();
        } catch (GitAPIException e) {
            throw new IOException("cannot compute git status in " + workTree + ": " + e.getMessage(), e);
        }
        // Later puts win: a file staged as new and then edited or deleted is still new against HEAD.
        Map<String, ChangeKind> byPath = new TreeMap<>();
        put(byPath, status.getUntracked(), ChangeKind.UNTRACKED);
        put(byPath, status.getChanged(), ChangeKind.MODIFIED);
        put(byPath, status.getModified(), ChangeKind.MODIFIED);
        put(byPath, status.getRemoved(), ChangeKind.DELETED);
        put(byPath, status.getMissing(), ChangeKind.DELETED);
        put(byPath, status.getAdded(), ChangeKind.ADDED);
        put(byPath, status.getConflicting(), ChangeKind.CONFLICTING);
        List<Change> changes = new ArrayList<>();
        byPath.forEach((path, kind) -> changes.add(new Change(path, kind)));
        return changes;
    }

    private static void put(Map<String, ChangeKind> byPath, Set<String> paths, ChangeKind kind) {
        paths.forEach(path -> byPath.put(path, kind));
    }

    /**
     * The content of the file {@code path} (relative to the work tree) in the HEAD commit, or empty
     * when HEAD has no file there (nothing, a directory or a submodule).
     */
    public Optional<byte[]> contentAtHead(String path) throws IOException {
        Optional<ObjectLoader> blob = blobAtHead(path);
        if (blob.isEmpty()) {
            return Optional.empty();
        }
        try {
            // getBytes() refuses objects above the streaming threshold; read them whole up to an array's limit.
            return Optional.of(blob.get().getCachedBytes(Integer.MAX_VALUE - 8).clone());
        } catch (LargeObjectException e) {
            throw new IOException(
                    path + " at HEAD is too large to read into memory ("
                            + blob.get().getSize() + " bytes)",
                    e);
        }
    }

    /** The size in bytes of the file {@code path} in the HEAD commit, without reading it; empty as for {@link #contentAtHead}. */
    public Optional<Long> sizeAtHead(String path) throws IOException {
        return blobAtHead(path).map(ObjectLoader::getSize);
    }

    private Optional<ObjectLoader> blobAtHead(String path) throws IOException {
        ObjectId head = repository.resolve(Constants.HEAD + "^{tree}");
        if (head == null) {
            return Optional.empty();
        }
        try (TreeWalk walk = TreeWalk.forPath(repository, path, head)) {
            if (walk == null
                    || (walk.getRawMode(0) & FileMode.TYPE_MASK) == FileMode.TYPE_TREE
                    || (walk.getRawMode(0) & FileMode.TYPE_MASK) == FileMode.TYPE_GITLINK) {
                return Optional.empty();
            }
            return Optional.of(repository.open(walk.getObjectId(0), Constants.OBJ_BLOB));
        }
    }

    /** Every tag with the commit it points at (annotated tags peeled), in name order. */
    public List<Tag> tags() throws IOException {
        List<Tag> tags = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                tags.add(new Tag(
                        ref.getName().substring(Constants.R_TAGS.length()), peeledCommit(walk, ref.getObjectId())));
            }
        }
        tags.sort(Comparator.comparing(Tag::name));
        return tags;
    }

    private static String peeledCommit(RevWalk walk, ObjectId target) {
        if (target == null) {
            return null;
        }
        try {
            return walk.parseCommit(target).name();
        } catch (IOException notACommit) {
            // a tag of a tree or blob, or of an object a shallow clone does not have
            return null;
        }
    }

    @Override
    public void close() {
        repository.close();
    }

    /** How a path differs from HEAD. */
    public enum ChangeKind {
        MODIFIED,
        DELETED,
        /** New and staged, not yet committed. */
        ADDED,
        /** New and neither staged nor ignored. */
        UNTRACKED,
        CONFLICTING
    }

    /** @param path relative to the work tree, '/'-separated */
    public record Change(String path, ChangeKind kind) {}

    /** @param commit the commit the tag points at (peeled), or null when it tags something else */
    public record Tag(String name, String commit) {}
}
