package dev.gatekeeper.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.HostileRun;
import dev.gatekeeper.core.RecordingGateLog;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markdown written by someone hostile: pathological nesting, links out of the repository, a doc that is
 * a link to a file outside it, a huge doc. Each is a finding naming the doc, never a stack trace, never
 * the content of a file outside the repository, and the repository is left as it was.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputTest {
    @TempDir
    Path temp;

    private DocsFixture fixture;
    private Map<String, String> before;

    @BeforeEach
    void repository() throws IOException {
        fixture = new DocsFixture(temp);
    }

    private HostileRun run() {
        before = HostileRun.tree(fixture.root);
        RecordingGateLog log = new RecordingGateLog();
        var evaluation =
                new dev.gatekeeper.core.GateEvaluation(GateId.DOCS.goal(), "g:a", "build-1", Clock.systemUTC(), log);
        HostileRun run =
                HostileRun.of(evaluation, log.lines(), () -> new DocsGate(fixture.settings()).evaluate(evaluation));
        assertThat(HostileRun.tree(fixture.root))
                .as("the repository outside target/")
                .isEqualTo(before);
        return run;
    }

    @Test
    void deeplyNestedBlockQuotesAndListsAreCheckedWithoutStackOverflow() throws IOException {
        fixture.write(
                "README.md",
                "# Title\n\n" + "> ".repeat(50_000) + "[broken](missing.md)\n\n"
                        + "- a\n".indent(0) + "  ".repeat(1).concat("- b\n").repeat(1)
                        + "[".repeat(100_000) + "x" + "]".repeat(100_000) + "\n\n" + "*".repeat(100_000) + "\n");

        HostileRun run = run();

        assertThat(run.crash()).as("what the gate threw").isNull();
        run.noStackTrace();
    }

    @Test
    void linkToEtcPasswdIsOutsideTheRepositoryAndNotRead() throws IOException {
        fixture.write(
                "docs/guide.md",
                "# Guide\n\nSee [users](../../../../../../../../etc/passwd) and [root](/../../etc/passwd#root).\n");

        HostileRun run = run().namesInputWithoutStackTrace("docs/guide.md");

        assertThat(run.result().findings()).extracting(f -> f.code()).containsOnly("DOCS_LINK_OUTSIDE_REPOSITORY");
        assertThat(run.text()).doesNotContain("root:x:0");
    }

    @Test
    void docLinkedToAFileOutsideTheRepositoryIsNotReadAndNamed() throws IOException {
        Path outside =
                Files.writeString(temp.resolve("outside.md"), "# s3cretHeading\n\n[s3cretLink](s3cret-target.md)\n");
        Files.createSymbolicLink(fixture.root.resolve("NOTES.md"), outside);
        fixture.write("README.md", "# Readme\n");

        HostileRun run = run().namesInputWithoutStackTrace("NOTES.md");

        assertThat(run.text()).doesNotContain("s3cret");
    }

    @Test
    void hugeDocIsRefusedWithoutReadingIt() throws IOException {
        Path huge = fixture.root.resolve("HUGE.md");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(MarkdownDoc.MAX_BYTES + 1); // sparse
        }

        HostileRun run = run().namesInputWithoutStackTrace("HUGE.md");

        assertThat(run.result().status()).isEqualTo(GateStatus.ERROR);
    }

    @Test
    void binaryGarbageDocIsNamed() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(16).nextBytes(garbage);
        Files.write(fixture.root.resolve("BINARY.md"), garbage);

        run().namesInputWithoutStackTrace("BINARY.md");
    }

    @Test
    void pathReferenceAndAnchorToAFileOutsideAreNotFollowed() throws IOException {
        Path outside = Files.writeString(temp.resolve("other.md"), "# s3cretAnchor\n");
        Files.createDirectories(fixture.root.resolve("docs"));
        Files.createSymbolicLink(fixture.root.resolve("docs/linked"), temp);
        fixture.write("README.md", "# Readme\n\n[x](docs/linked/other.md#nope) and `docs/linked/other.md`\n");

        HostileRun run = run().namesInputWithoutStackTrace("README.md");

        assertThat(run.text()).doesNotContain("s3cretAnchor", "s3cretanchor");
        assertThat(outside).exists();
    }
}
