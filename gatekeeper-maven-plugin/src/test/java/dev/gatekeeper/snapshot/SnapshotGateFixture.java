package dev.gatekeeper.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A project on disk for {@link SnapshotGate} tests: an execution root with a module {@code app}, a fixture
 * profile {@code app/profiles/demo} holding one file, a snapshot directory and an output directory, plus
 * products written as real {@code /bin/sh} scripts outside the project.
 */
final class SnapshotGateFixture {
    /** What the {@link #SCAN} product prints, as the gate compares it: canonical, normalised JSON. */
    static final String SCAN_CANONICAL = """
            {
              "a": "input.txt",
              "at": "<timestamp>",
              "b": 1
            }
            """;

    /** Prints unsorted JSON naming the profile's files, with a timestamp. */
    static final String SCAN =
            "printf '{\"b\": 1, \"a\": \"%s\", \"at\": \"2024-05-01T10:00:00Z\"}\\n' \"$(ls \"$1\")\"";

    final Path temp;
    final Path root;
    final Path module;
    final Path profile;
    final Path snapshots;
    final Path output;
    final Path bin;
    final RecordingGateLog log = new RecordingGateLog();
    final List<String> logged = log.lines();

    SnapshotGateFixture(Path temp) throws IOException {
        this.temp = temp;
        this.root = Files.createDirectories(temp.resolve("project"));
        this.module = Files.createDirectories(root.resolve("app"));
        this.profile = Files.createDirectories(module.resolve("profiles/demo"));
        Files.writeString(profile.resolve("input.txt"), "fixture\n");
        this.snapshots = module.resolve("src/test/snapshots");
        this.output = module.resolve("target/gatekeeper/snapshot");
        this.bin = Files.createDirectories(temp.resolve("bin"));
    }

    /** An executable {@code /bin/sh} script outside the project. */
    Path script(String name, String... lines) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + String.join("\n", lines) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    SnapshotSettings settings() {
        return settings(false, false, SnapshotSettings.DEFAULT_MAX_OUTPUT_BYTES);
    }

    SnapshotSettings live() {
        return settings(true, false, SnapshotSettings.DEFAULT_MAX_OUTPUT_BYTES);
    }

    SnapshotSettings update() {
        return settings(false, true, SnapshotSettings.DEFAULT_MAX_OUTPUT_BYTES);
    }

    SnapshotSettings settings(boolean live, boolean update, long maxOutputBytes) {
        return new SnapshotSettings(root, module, snapshots, output, live, update, maxOutputBytes);
    }

    /** A JSON case named {@code name} running {@code product ${profile}} on the demo profile. */
    Case jsonCase(String name, Path product) {
        return new Case(name, product);
    }

    /** The default snapshot file of a case: {@code <snapshots>/<case>/demo.json}. */
    Path snapshotOf(String caseName) {
        return snapshots.resolve(caseName).resolve("demo.json");
    }

    /** Writes a committed snapshot. */
    Path commit(Path snapshotFile, String content) throws IOException {
        Files.createDirectories(snapshotFile.getParent());
        Files.writeString(snapshotFile, content);
        return snapshotFile;
    }

    Path caseDirectory(String caseName) {
        return output.resolve(caseName);
    }

    GateResult evaluate(SnapshotSettings settings, SnapshotCase snapshotCase) throws Exception {
        GateEvaluation evaluation = new GateEvaluation(
                GateId.SNAPSHOT.goal(), snapshotCase.name(), "g:a", "build-1", Clock.systemUTC(), log);
        new SnapshotGate(settings, snapshotCase).evaluate(evaluation);
        return evaluation.finish();
    }

    static List<String> codes(GateResult result) {
        return result.findings().stream().map(Finding::code).toList();
    }

    /** The only finding of a result, after checking that there is exactly one. */
    static Finding onlyFinding(GateResult result) {
        assertThat(result.findings()).hasSize(1);
        return result.findings().get(0);
    }

    /** Every file below {@code directory}, relative to it, sorted. */
    static List<String> filesBelow(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> directory.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    /** A mutable description of a snapshot case, turned into a {@link SnapshotCase} by {@link #build()}. */
    final class Case {
        String name;
        Path product;
        List<String> arguments = List.of("${profile}");
        Duration timeout = Duration.ofSeconds(30);
        Set<Integer> allowedExitCodes = Set.of();
        Path caseProfile = profile;
        Path snapshotFile;
        SnapshotCase.Format format = SnapshotCase.Format.JSON;
        Path schema;
        List<Normalizer.Replacement> replacements = List.of();
        List<String> ignoredPointers = List.of();
        boolean defaults = true;

        private Case(String name, Path product) {
            this.name = name;
            this.product = product;
            this.snapshotFile = snapshotOf(name);
        }

        Case arguments(String... values) {
            arguments = List.of(values);
            return this;
        }

        Case timeout(Duration value) {
            timeout = value;
            return this;
        }

        Case allowedExitCodes(Integer... codes) {
            allowedExitCodes = Set.of(codes);
            return this;
        }

        Case profile(Path value) {
            caseProfile = value;
            return this;
        }

        Case snapshotFile(Path value) {
            snapshotFile = value;
            return this;
        }

        Case text() {
            format = SnapshotCase.Format.TEXT;
            snapshotFile = snapshots.resolve(name).resolve("demo.txt");
            return this;
        }

        Case schema(Path value) {
            schema = value;
            return this;
        }

        Case replacements(Normalizer.Replacement... values) {
            replacements = List.of(values);
            return this;
        }

        Case ignoredPointers(String... values) {
            ignoredPointers = List.of(values);
            return this;
        }

        SnapshotCase build() {
            return new SnapshotCase(
                    name,
                    product.toString(),
                    arguments,
                    module,
                    Map.of(),
                    timeout,
                    allowedExitCodes,
                    caseProfile,
                    snapshotFile,
                    format,
                    schema,
                    new SnapshotCase.Normalization(replacements, ignoredPointers, defaults));
        }
    }
}
