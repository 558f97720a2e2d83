package dev.gatekeeper.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.HostileRun;
import dev.gatekeeper.core.RecordingGateLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Git repositories a hostile or unlucky user hands the release plan: refs that are garbage or loop, tag
 * names with shell metacharacters, a HEAD on an unborn branch, a missing object, a {@code .git} file
 * pointing nowhere. Each is judged with a message naming what is wrong, never a stack trace, and the
 * work tree is left as it was.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputTest {
    @TempDir
    Path temp;

    private ReleaseRepository repo;

    @BeforeEach
    void repository() throws Exception {
        repo = new ReleaseRepository(temp.resolve("repo"));
        repo.tag("v1.1.0");
    }

    @AfterEach
    void close() {
        repo.close();
    }

    private HostileRun run() {
        Map<String, String> before = HostileRun.tree(repo.root);
        RecordingGateLog log = new RecordingGateLog();
        GateEvaluation evaluation =
                new GateEvaluation(GateId.RELEASE_PLAN.goal(), "com.example:app", "build-1", Clock.systemUTC(), log);
        HostileRun run = HostileRun.of(
                evaluation,
                log.lines(),
                () -> new ReleasePlanGate(
                                repo.settings(),
                                List.of(new ReactorModule(
                                        "com.example:app", repo.projectVersion, repo.root.resolve("pom.xml"))),
                                List.of())
                        .evaluate(evaluation));
        Map<String, String> after = HostileRun.tree(repo.root);
        after.keySet().removeIf(name -> name.startsWith(".git/"));
        before.keySet().removeIf(name -> name.startsWith(".git/"));
        assertThat(after).as("the work tree").isEqualTo(before);
        return run;
    }

    @Test
    void tagNamesWithShellMetacharactersAreJudgedAndNeverPrintedUnquotedInAFix() throws Exception {
        repo.tag("v1.3.0$(touch${IFS}pwned)");
        repo.tag("v1.2.0;touch${IFS}pwned;#");
        repo.tag("v9`id`");

        HostileRun run = run().noStackTrace();

        assertThat(run.crash()).isNull();
        for (var finding : run.result().findings()) {
            if (finding.fix() != null && finding.fix().contains("touch${IFS}pwned")) {
                assertThat(finding.fix())
                        .as("a pasted fix runs nothing")
                        .containsPattern("'[^']*touch\\$\\{IFS\\}pwned[^']*'");
            }
        }
    }

    @Test
    void refFileOfGarbageIsNamedOrIgnoredWithoutStackTrace() throws Exception {
        Files.writeString(repo.root.resolve(".git/refs/tags/v1.2.0"), "this is not an object id\n");

        HostileRun run = run();

        assertThat(run.crash()).as("what the gate threw").isNull();
        run.noStackTrace();
    }

    @Test
    void symbolicRefLoopIsJudgedWithoutStackTrace() throws Exception {
        Files.writeString(repo.root.resolve(".git/refs/heads/loop-a"), "ref: refs/heads/loop-b\n");
        Files.writeString(repo.root.resolve(".git/refs/heads/loop-b"), "ref: refs/heads/loop-a\n");
        Files.writeString(repo.root.resolve(".git/HEAD"), "ref: refs/heads/loop-a\n");

        HostileRun run = run();

        assertThat(run.crash()).as("what the gate threw").isNull();
        assertThat(run.result().status()).isNotEqualTo(GateStatus.PASS);
        run.noStackTrace();
    }

    @Test
    void headOnAnUnbornBranchIsJudgedWithoutStackTrace() throws Exception {
        Files.writeString(repo.root.resolve(".git/HEAD"), "ref: refs/heads/never-committed\n");

        HostileRun run = run();

        assertThat(run.crash()).as("what the gate threw").isNull();
        run.noStackTrace();
    }

    @Test
    void missingCommitObjectIsNamedWithoutStackTrace() throws Exception {
        ObjectId head = repo.git.getRepository().resolve("HEAD");
        String name = head.name();
        Files.delete(repo.root.resolve(".git/objects/" + name.substring(0, 2) + "/" + name.substring(2)));

        HostileRun run = run().namesInputWithoutStackTrace(repo.root.toString());

        assertThat(run.result().findings())
                .extracting(f -> f.code())
                .containsExactly("RELEASE_PLAN_REPOSITORY_UNREADABLE");
    }

    @Test
    void gitFilePointingNowhereIsNamedWithoutStackTrace() throws Exception {
        repo.close();
        try (Stream<Path> walk = Files.walk(repo.root.resolve(".git"))) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
        Files.writeString(repo.root.resolve(".git"), "gitdir: " + temp.resolve("nowhere") + "\n");

        HostileRun run = run();

        assertThat(run.result().status()).isNotEqualTo(GateStatus.PASS);
        run.noStackTrace();
    }

    @Test
    void packedRefsOfGarbageAreNamedWithoutStackTrace() throws Exception {
        Files.writeString(
                repo.root.resolve(".git/packed-refs"),
                "# pack-refs with: peeled\nzzzz refs/tags/v2.0.0\n\u0000\u0001binary\n");

        HostileRun run = run().namesInputWithoutStackTrace("packed-refs");

        assertThat(run.crash()).as("what the gate threw").isNull();
    }
}
