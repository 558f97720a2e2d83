package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.HostileRun;
import dev.gatekeeper.core.RecordingGateLog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Artifacts a hostile build could hand the smoke gate: a jar with zip-slip entry names, a manifest with a
 * 1 MB Main-Class, a published POM with an external entity. Each is a finding naming the file, never a
 * stack trace, and nothing is extracted next to the jar.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputTest {
    @TempDir
    Path temp;

    private Path jar(String mainClass, String... entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        Path jar = Files.createDirectories(temp.resolve("target")).resolve("app-1.0.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write("x".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private HostileRun check(Path jar, AtomicReference<Optional<JarSummary>> summary) {
        RecordingGateLog log = new RecordingGateLog();
        GateEvaluation evaluation = new GateEvaluation("smoke", "g:a", "build-1", Clock.systemUTC(), log);
        return HostileRun.of(
                evaluation, log.lines(), () -> summary.set(JarCheck.check(jar, "target/app-1.0.jar", 17, evaluation)));
    }

    @Test
    void zipSlipEntryNamesAreUnsafeEntriesAndNothingIsExtracted() throws IOException {
        Path jar = jar(null, "../../../../evil.txt", "/etc/evil2.txt", "a/../../evil3.txt", "C:\\evil4.txt");

        HostileRun run = check(jar, new AtomicReference<>()).namesInputWithoutStackTrace("target/app-1.0.jar");

        assertThat(run.result().findings()).extracting(f -> f.code()).contains("SMOKE_JAR_UNSAFE_ENTRY");
        for (Path directory = temp; directory != null; directory = directory.getParent()) {
            assertThat(directory.resolve("evil.txt")).doesNotExist();
        }
    }

    @Test
    void megabyteMainClassIsRefusedAsAnEntryPointAndNotEchoedWhole() throws IOException {
        Path jar = jar("com.example." + "A".repeat(1024 * 1024), "com/example/App.class");
        AtomicReference<Optional<JarSummary>> summary = new AtomicReference<>();

        HostileRun run = check(jar, summary).namesInputWithoutStackTrace("target/app-1.0.jar");

        assertThat(run.text().length()).as("characters a user reads").isLessThan(10_000);
        assertThat(summary.get())
                .hasValueSatisfying(found -> assertThat(found.mainClass()).isNull());
    }

    @Test
    void mainClassWithShellMetacharactersIsRefusedAsAnEntryPoint() throws IOException {
        Path jar = jar("App; touch pwned", "App.class");
        AtomicReference<Optional<JarSummary>> summary = new AtomicReference<>();

        check(jar, summary).namesInputWithoutStackTrace("target/app-1.0.jar");

        assertThat(summary.get())
                .hasValueSatisfying(found -> assertThat(found.mainClass()).isNull());
    }

    @Test
    void truncatedJarIsNamed() throws IOException {
        Path jar = jar("App", "App.class", "b/B.class");
        byte[] bytes = Files.readAllBytes(jar);
        Files.write(jar, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        check(jar, new AtomicReference<>()).namesInputWithoutStackTrace("target/app-1.0.jar");
    }

    @Test
    void publishedPomWithAnExternalEntityIsNotResolvedAndNamed() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "s3cretToken");
        Path pom = Files.writeString(
                temp.resolve("app-1.0.pom"),
                "<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY x SYSTEM \""
                        + secret.toUri() + "\">]>\n<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId>"
                        + "<artifactId>&x;</artifactId><version>1.0</version></project>");
        RecordingGateLog log = new RecordingGateLog();
        GateEvaluation evaluation = new GateEvaluation("smoke", "g:a", "build-1", Clock.systemUTC(), log);

        HostileRun run = HostileRun.of(
                        evaluation, log.lines(), () -> PublishedPomCheck.check(pom, "target/app-1.0.pom", evaluation))
                .namesInputWithoutStackTrace("target/app-1.0.pom");

        assertThat(run.text()).doesNotContain("s3cretToken");
    }
}
