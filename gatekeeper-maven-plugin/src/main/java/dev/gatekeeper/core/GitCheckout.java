package dev.gatekeeper.core;

import java.io.IOException;
import java.nio.file.Files;
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
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
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
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(start.toAbsolutePath().toFile());
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
        return Files.isRegularFile(repository.getDirectory().toPath().resolve("shallow"))
                && Files.size(repository.getDirectory().toPath().resolve("shallow")) > 0;
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
        Map<String, ChangeKind> byPath = new TreeMap<>();
        put(byPath, status.getUntracked(), ChangeKind.UNTRACKED);
        put(byPath, status.getAdded(), ChangeKind.ADDED);
        put(byPath, status.getChanged(), ChangeKind.MODIFIED);
        put(byPath, status.getModified(), ChangeKind.MODIFIED);
        put(byPath, status.getRemoved(), ChangeKind.DELETED);
        put(byPath, status.getMissing(), ChangeKind.DELETED);
        put(byPath, status.getConflicting(), ChangeKind.CONFLICTING);
        List<Change> changes = new ArrayList<>();
        byPath.forEach((path, kind) -> changes.add(new Change(path, kind)));
        return changes;
    }

    private static void put(Map<String, ChangeKind> byPath, Set<String> paths, ChangeKind kind) {
        paths.forEach(path -> byPath.put(path, kind));
    }

    /** The content of {@code path} (relative to the work tree) in the HEAD commit, or empty when it is not there. */
    public Optional<byte[]> contentAtHead(String path) throws IOException {
        ObjectId head = repository.resolve(Constants.HEAD + "^{tree}");
        if (head == null) {
            return Optional.empty();
        }
        try (TreeWalk walk = TreeWalk.forPath(repository, path, head)) {
            if (walk == null) {
                return Optional.empty();
            }
            ObjectLoader loader = repository.open(walk.getObjectId(0));
            return Optional.of(loader.getBytes());
        }
    }

    /** Every tag with the commit it points at (annotated tags peeled), in name order. */
    public List<Tag> tags() throws IOException {
        List<Tag> tags = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                ObjectId target = ref.getObjectId();
                String commit;
                try {
                    RevCommit peeled = walk.parseCommit(target);
                    commit = peeled.name();
                } catch (IOException notACommit) {
                    commit = null;
                }
                tags.add(new Tag(ref.getName().substring(Constants.R_TAGS.length()), commit));
            }
        }
        tags.sort(Comparator.comparing(Tag::name));
        return tags;
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
