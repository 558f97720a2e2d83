package dev.gatekeeper.release;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateLog;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.RecordingGateLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real git repository in a temporary directory, created with JGit, holding a one-module project
 * at 1.2.0-SNAPSHOT on branch main with a changelog that has a section for 1.2.0; plus the
 * settings, modules and SNAPSHOT references a {@link ReleasePlanGate} is built from.
 */
final class ReleaseRepository implements AutoCloseable {
    static final PersonIdent IT = new PersonIdent("Test", "test@example.com");
    static final String CHANGELOG = """
            # Changelog

            ## [Unreleased]

            ## [1.2.0] - 2026-11-24
            ### Added
            - the release plan

            ## [1.1.0] - 2026-10-01
            """;

    final Path root;
    final Git git;
    private final RecordingGateLog recordingLog = new RecordingGateLog();
    final List<String> logged = recordingLog.lines();
    final Map<String, String> environment = new HashMap<>();
    /** The reactor; when left empty, one module com.example:app at {@link #projectVersion}. */
    final List<ReactorModule> modules = new ArrayList<>();

    final List<SnapshotReference> snapshotReferences = new ArrayList<>();
    String projectVersion = "1.2.0-SNAPSHOT";
    String explicitVersion;
    String explicitBranch;
    boolean force;
    boolean requireCleanTree = true;
    /** Gatekeeper's own tagFormat, as the tests before issue 15 used; null lets the release plugin's format decide. */
    String tagFormat = "v@{version}";
    /** The maven-release-plugin's tagNameFormat, and the POM it is in, when {@link #tagFormat} is null. */
    String releasePluginTagFormat;

    String changelog = "CHANGELOG.md";
    boolean requireChangelog;
    Path localRepository;
    List<String> allowedSnapshots = List.of();
    List<String> branchPatterns = ReleasePlanSettings.DEFAULT_BRANCH_PATTERNS;

    ReleaseRepository(Path root) throws Exception {
        this.root = root;
        this.git =
                Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
        write(".gitignore", "target/\n");
        write("pom.xml", "<project/>\n");
        write("CHANGELOG.md", CHANGELOG);
        commit("the project");
    }

    Path write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    RevCommit commit(String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return git.commit()
                .setMessage(message)
                .setAuthor(IT)
                .setCommitter(IT)
                .setSign(false)
                .call();
    }

    void tag(String name) throws Exception {
        git.tag().setName(name).setAnnotated(false).call();
    }

    void annotatedTag(String name) throws Exception {
        git.tag()
                .setName(name)
                .setAnnotated(true)
                .setMessage("release " + name)
                .setTagger(IT)
                .setSigned(false)
                .call();
    }

    void detach() throws Exception {
        git.checkout().setName(git.getRepository().resolve("HEAD").name()).call();
    }

    ReleasePlanSettings settings() {
        return new ReleasePlanSettings(
                root,
                projectVersion,
                explicitVersion,
                explicitBranch,
                force,
                branchPatterns.stream().map(Pattern::compile).toList(),
                tagFormat != null
                        ? TagFormatChoice.Declared.gatekeeper(tagFormat, "com.example", "app")
                        : releasePluginTagFormat != null
                                ? TagFormatChoice.Declared.releasePlugin(
                                        releasePluginTagFormat, "pom.xml", "com.example", "app")
                                : TagFormatChoice.Declared.releasePluginDefault("com.example", "app"),
                changelog == null ? null : root.resolve(changelog),
                requireChangelog,
                requireCleanTree,
                environment,
                localRepository,
                allowedSnapshots);
    }

    GateResult evaluate() throws Exception {
        GateEvaluation evaluation =
                new GateEvaluation(GateId.RELEASE_PLAN.goal(), "com.example:app", "build-1", Clock.systemUTC(), log());
        List<ReactorModule> reactor = modules.isEmpty()
                ? List.of(new ReactorModule("com.example:app", projectVersion, root.resolve("pom.xml")))
                : modules;
        new ReleasePlanGate(settings(), reactor, snapshotReferences).evaluate(evaluation);
        return evaluation.finish();
    }

    static List<String> codes(GateResult result) {
        return result.findings().stream().map(Finding::code).toList();
    }

    static Finding only(GateResult result, String code) {
        List<Finding> found =
                result.findings().stream().filter(f -> f.code().equals(code)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + code + " in " + result.findings());
        }
        return found.get(0);
    }

    private GateLog log() {
        return recordingLog;
    }

    @Override
    public void close() {
        git.close();
    }
}
