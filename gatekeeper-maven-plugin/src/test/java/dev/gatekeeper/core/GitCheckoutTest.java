package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.GitCheckout.Change;
import dev.gatekeeper.core.GitCheckout.ChangeKind;
import dev.gatekeeper.core.GitCheckout.Tag;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCheckoutTest {
    @TempDir
    Path temp;

    private ScratchRepository repo;

    @BeforeEach
    void createRepository() throws Exception {
        repo = ScratchRepository.init(Files.createDirectories(temp.resolve("project")));
    }

    @AfterEach
    void closeRepository() {
        repo.close();
    }

    @Test
    void findsTheWorkTreeFromASubdirectory() throws Exception {
        Path module = Files.createDirectories(repo.root().resolve("modules/app"));

        try (GitCheckout checkout = GitCheckout.find(module).orElseThrow()) {
            assertThat(checkout.workTree())
                    .isEqualTo(repo.root().toAbsolutePath().normalize());
        }
    }

    @Test
    void findsNothingOutsideAWorkTree() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere/deeper"));

        assertThat(GitCheckout.find(elsewhere)).isEmpty();
    }

    @Test
    void findsNothingInABareRepository() throws Exception {
        Path bare = temp.resolve("bare.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).call().close();

        assertThat(GitCheckout.find(bare)).isEmpty();
    }

    @Test
    void repositoryWithoutCommitsHasNoHeadButItsBranch() throws Exception {
        try (GitCheckout checkout = GitCheckout.find(repo.root()).orElseThrow()) {
            assertThat(checkout.headCommit()).isEmpty();
            assertThat(checkout.branch()).contains("main");
        }
    }

    @Test
    void headCommitAndBranchOfAnOrdinaryCheckout() throws Exception {
        repo.write("a.txt", "a\n");
        RevCommit commit = repo.commitAll("first");

        try (GitCheckout checkout = GitCheckout.find(repo.root()).orElseThrow()) {
            assertThat(checkout.headCommit()).contains(commit.name());
            assertThat(checkout.branch()).contains("main");
            assertThat(checkout.shallow()).isFalse();
        }
    }

    @Test
    void detachedHeadHasNoBranchButACommit() throws Exception {
        repo.write("a.txt", "a\n");
        RevCommit first = repo.commitAll("first");
        repo.write("a.txt", "b\n");
        repo.commitAll("second");
        repo.git().checkout().setName(first.name()).call();

        try (GitCheckout checkout = GitCheckout.find(repo.root()).orElseThrow()) {
            assertThat(checkout.branch()).isEmpty();
            assertThat(checkout.headCommit()).contains(first.name());
        }
    }

    @Test
    void shallowCloneIsRecognised() throws Exception {
        repo.write("a.txt", "a\n");
        repo.commitAll("first");
        repo.write("a.txt", "b\n");
        RevCommit second = repo.commitAll("second");
        Path clone = temp.resolve("clone");
        Git.cloneRepository()
                .setURI(repo.root().toUri().toString())
                .setDirectory(clone.toFile())
                .setDepth(1)
                .call()
                .close();

        try (GitCheckout checkout = GitCheckout.find(clone).orElseThrow()) {
            assertThat(checkout.shallow()).isTrue();
            assertThat(checkout.headCommit()).contains(second.name());
        }
    }

    @Test
    void linkedWorktreeOfAShallowCloneIsShallowAndHasItsOwnHead() throws Exception {
        repo.write("a.txt", "a\n");
        repo.commitAll("first");
        repo.write("a.txt", "b\n");
        repo.commitAll("second");
        Path clone = temp.resolve("clone");
        Git.cloneRepository()
                .setURI(repo.root().toUri().toString())
                .setDirectory(clone.toFile())
                .setDepth(1)
                .call()
                .close();
        Path linked = linkedWorktree(repo.root(), "wt", "ref: refs/heads/main");

        try (GitCheckout checkout = GitCheckout.find(linked).orElseThrow()) {
            assertThat(checkout.workTree()).isEqualTo(linked.toAbsolutePath().normalize());
            assertThat(checkout.shallow()).isFalse();
            assertThat(checkout.branch()).contains("main");
        }
        Path linkedToShallow = linkedWorktree(clone, "wt", headOf(clone));
        try (GitCheckout checkout = GitCheckout.find(linkedToShallow).orElseThrow()) {
            assertThat(checkout.shallow()).isTrue();
            assertThat(checkout.branch()).isEmpty();
            assertThat(checkout.headCommit()).contains(headOf(clone));
        }
    }

    @Test
    void changesFindsEveryKindUnderThePrefixesOnly() throws Exception {
        repo.write(".gitignore", "*.tmp\n");
        repo.write("fixtures/kept.txt", "kept\n");
        repo.write("fixtures/edited.txt", "old\n");
        repo.write("fixtures/gone.txt", "gone\n");
        repo.write("fixtures-other/edited.txt", "old\n");
        repo.write("src/Main.java", "class Main {}\n");
        repo.commitAll("first");
        repo.write("fixtures/edited.txt", "new\n");
        repo.delete("fixtures/gone.txt");
        repo.write("fixtures/new/added.txt", "added\n");
        repo.write("fixtures/scratch.tmp", "ignored\n");
        repo.write("fixtures/staged.txt", "staged\n");
        repo.stage("fixtures/staged.txt");
        repo.write("fixtures-other/edited.txt", "new\n");
        repo.write("src/Main.java", "class Main { }\n");

        try (GitCheckout checkout = GitCheckout.find(repo.root()).orElseThrow()) {
            assertThat(checkout.changes(List.of("fixtures")))
                    .containsExactly(
                            new Change("fixtures/edited.txt", ChangeKind.MODIFIED),
                            new Change("fixtures/gone.txt", ChangeKind.DELETED),
                            new Change("fixtures/new/added.txt", ChangeKind.UNTRACKED),
                            new Change("fixtures/staged.txt", ChangeKind.ADDED));
            assertThat(checkout.changes(List.of()))
                    .extracting(Change::path)
                    .contains("fixtures-other/edited.txt", "src/Main.java")
                    .doesNotContain("fixtures/scratch.tmp");
        }
    }

    @Test
    void aStagedNewFileStaysAddedWhenItIsEditedOrDeletedAgain() throws Exception {
        repo.write("a.txt", "a\n");
        repo.commitAll("first");
        repo.write("edited.txt", "one\n");
        repo.stage("edited.txt");
        repo.write("edited.txt", "two\n");
        repo.write("vanished.txt", "one\n");
        repo.stage("vanished.txt");
        repo.delete("vanished.txt");

        try (GitCheckout checkout = GitCheckout.find(repo.root()).orElseThrow()) {
            assertThat(checkout.changes(List.of()))
                    .containsExactly(
                            new Change("edited.txt", ChangeKind.ADDED), new Change("vanished.txt", ChangeKind.ADDED));
        }
    }

    @Test
    void aStagedModificationOfATrackedFileIsModified() throws Exception {
        repo.write("a.txt", "a\n");
        repo.commitAll("first");
        repo.write("a.txt", "b\n");
        repo.stage("a.txt");

        try (GitCheckout checkout = GitCheckout.find(repo.root()).orElseThrow()) {
            assertThat(checkout.changes(List.of())).containsExactly(new Change("a.txt", ChangeKind.MODIFIED));
        }
    }

    @Test
    void mergeConflictIsConflicting() throws Exception {
        repo.write("data.txt", "base\n");
        repo.commitAll("base");
        repo.git().branchCreate().setName("other").call();
        repo.write("data.txt", "ours\n");
        repo.commitAll("ours");
        repo.git().checkout().setName("other").call();
        repo.write("data.txt", "theirs\n");
        repo.commitAll("theirs");
        repo.git().checkout().setName("main").call();
        repo.git().merge().include(repo.git().getRepository().resolve("other")).call();

        try (GitCheckout checkout = GitCheckout.find(repo.root()).orElseThrow()) {
            assertThat(checkout.changes(List.of())).containsExactly(new Change("data.txt", ChangeKind.CONFLICTING));
        }
    }

    @Test
    void computingChangesNeverWritesTheIndex() throws Exception {
        repo.write("fixtures/a.txt", "a\n");
        repo.write("fixtures/b.txt", "b\n");
        repo.write("fixtures/touched.txt", "same\n");
        repo.commitAll("first");
        repo.write("fixtures/a.txt", "A\n");
        repo.delete("fixtures/b.txt");
        repo.write("fixtures/c.txt", "c\n");
        // Content unchanged, timestamp not: 'git status' would refresh this entry and rewrite the index.
        Files.setLastModifiedTime(
                repo.root().resolve("fixtures/touched.txt"), FileTime.from(Instant.parse("2001-02-03T04:05:06Z")));
        Path index = repo.root().resolve(".git/index");
        byte[] before = repo.indexBytes();
        FileTime writtenAt = Files.getLastModifiedTime(index);

        try (GitCheckout checkout = GitCheckout.find(repo.root()).orElseThrow()) {
            assertThat(checkout.changes(List.of("fixtures"))).hasSize(3);
            assertThat(checkout.changes(List.of())).hasSize(3);
        }

        assertThat(repo.indexBytes()).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(index)).isEqualTo(writtenAt);
        assertThat(repo.root().resolve(".git/index.lock")).doesNotExist();
    }

    @Test
    void aRacilyCleanFileRewrittenWithTheSameSizeAndTimeIsStillAChange() throws Exception {
        // Written in the same clock tick as the index: git's "racily clean" entry, whose stat cannot be trusted.
        // The file store's timestamp resolution is never measured (GitWithoutHome): JGit assumes a coarse one,
        // and must still compare such a file by its content, as here.
        repo.write("fixtures/expected.txt", "one\n");
        repo.commitAll("first");
        Path file = repo.root().resolve("fixtures/expected.txt");
        FileTime committedAt = Files.getLastModifiedTime(file);
        repo.write("fixtures/expected.txt", "two\n");
        Files.setLastModifiedTime(file, committedAt);
        Files.setLastModifiedTime(repo.root().resolve(".git/index"), committedAt);

        try (GitCheckout checkout = GitCheckout.find(repo.root()).orElseThrow()) {
            assertThat(checkout.changes(List.of("fixtures")))
                    .containsExactly(new Change("fixtures/expected.txt", ChangeKind.MODIFIED));
        }
    }

    @Test
    void contentAtHeadIsTheCommittedBlob() throws Exception {
        repo.write("dir/a.txt", "committed\n");
        repo.commitAll("first");
        repo.write("dir/a.txt", "changed\n");

        try (GitCheckout checkout = GitCheckout.find(repo.root()).orElseThrow()) {
            assertThat(checkout.contentAtHead("dir/a.txt"))
                    .hasValueSatisfying(bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                            .isEqualTo("committed\n"));
            assertThat(checkout.sizeAtHead("dir/a.txt")).contains(10L);
            assertThat(checkout.contentAtHead("dir/missing.txt")).isEmpty();
            assertThat(checkout.sizeAtHead("dir/missing.txt")).isEmpty();
        }
    }

    @Test
    void aDirectoryHasNoContentAtHead() throws Exception {
        repo.write("dir/a.txt", "committed\n");
        repo.commitAll("first");

        try (GitCheckout checkout = GitCheckout.find(repo.root()).orElseThrow()) {
            assertThat(checkout.contentAtHead("dir")).isEmpty();
            assertThat(checkout.sizeAtHead("dir")).isEmpty();
        }
    }

    @Test
    void contentAtHeadWithoutCommitsIsEmpty() throws Exception {
        repo.write("a.txt", "a\n");

        try (GitCheckout checkout = GitCheckout.find(repo.root()).orElseThrow()) {
            assertThat(checkout.contentAtHead("a.txt")).isEmpty();
        }
    }

    @Test
    void tagsArePeeledAndSortedByName() throws Exception {
        repo.write("a.txt", "a\n");
        RevCommit first = repo.commitAll("first");
        repo.write("a.txt", "b\n");
        RevCommit second = repo.commitAll("second");
        PersonIdent tagger = new PersonIdent("Test", "test@example.com");
        repo.git()
                .tag()
                .setName("v2")
                .setAnnotated(true)
                .setMessage("two")
                .setTagger(tagger)
                .setSigned(false)
                .call();
        repo.git().tag().setName("v1").setObjectId(first).setAnnotated(false).call();
        repo.git()
                .tag()
                .setName("a-tree")
                .setObjectId(second.getTree())
                .setAnnotated(false)
                .call();

        try (GitCheckout checkout = GitCheckout.find(repo.root()).orElseThrow()) {
            assertThat(checkout.tags())
                    .containsExactly(
                            new Tag("a-tree", null), new Tag("v1", first.name()), new Tag("v2", second.name()));
        }
    }

    private static String headOf(Path checkout) throws Exception {
        try (Git git = Git.open(checkout.toFile())) {
            return git.getRepository().resolve("HEAD").name();
        }
    }

    /**
     * What {@code git worktree add} leaves behind (JGit cannot create one): a work tree whose
     * {@code .git} file points into the main repository's {@code worktrees/<name>}, which holds its own
     * HEAD and index and names the shared directory in {@code commondir}.
     */
    private Path linkedWorktree(Path main, String name, String head) throws Exception {
        Path gitDir = Files.createDirectories(main.resolve(".git/worktrees").resolve(name));
        Path workTree = Files.createDirectories(temp.resolve(main.getFileName() + "-" + name));
        Files.writeString(gitDir.resolve("HEAD"), head + "\n");
        Files.writeString(gitDir.resolve("commondir"), "../..\n");
        Files.writeString(gitDir.resolve("gitdir"), workTree.resolve(".git") + "\n");
        Files.writeString(workTree.resolve(".git"), "gitdir: " + gitDir + "\n");
        return workTree;
    }
}
