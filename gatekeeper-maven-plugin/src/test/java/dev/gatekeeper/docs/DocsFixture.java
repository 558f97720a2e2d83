package dev.gatekeeper.docs;

import dev.gatekeeper.core.CommandSpec;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.RecordingGateLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A repository on disk for docs gate tests: Markdown files, scripts outside it, and a gate to run over it. */
final class DocsFixture {
    final Path root;
    final Path bin;
    final Path output;
    final RecordingGateLog log = new RecordingGateLog();
    final List<String> logged = log.lines();
    final List<Surface> surfaces = new ArrayList<>();
    List<String> includes = List.of();
    /** Whether the module configured its doc paths itself (else they are the defaults or inherited). */
    boolean pathsConfigured;

    boolean update;
    boolean coverage;

    DocsFixture(Path temp) throws IOException {
        this.root = Files.createDirectories(temp.resolve("repo")).toRealPath();
        this.bin = Files.createDirectories(temp.resolve("bin"));
        this.output = root.resolve("target/gatekeeper/docs");
    }

    Path write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    String read(String path) throws IOException {
        return Files.readString(root.resolve(path));
    }

    /** An executable {@code /bin/sh} script outside the repository. */
    Path script(String name, String... lines) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + String.join("\n", lines) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /** A command surface running {@code script}. */
    DocsFixture commandSurface(String name, Path script) {
        surfaces.add(new Surface(
                name,
                new Surface.CommandSource(new CommandSpec(
                        name,
                        script.toString(),
                        List.of("--help"),
                        root,
                        Map.of(),
                        Duration.ofSeconds(30),
                        Set.of(0)))));
        return this;
    }

    DocsFixture surface(Surface surface) {
        surfaces.add(surface);
        return this;
    }

    DocsSettings settings() {
        return new DocsSettings(
                root, root, includes, List.of(), null, surfaces, output, update, coverage, pathsConfigured);
    }

    GateResult evaluate() throws Exception {
        GateEvaluation evaluation = new GateEvaluation(GateId.DOCS.goal(), "g:a", "build-1", Clock.systemUTC(), log);
        new DocsGate(settings()).evaluate(evaluation);
        return evaluation.finish();
    }

    static List<String> codes(GateResult result) {
        return result.findings().stream().map(Finding::code).toList();
    }

    /** Each finding as {@code CODE file:line}. */
    static List<String> located(GateResult result) {
        return result.findings().stream()
                .map(f -> f.code() + " " + f.file() + ":" + f.line())
                .toList();
    }
}
