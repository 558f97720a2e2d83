package dev.gatekeeper.smoke;

import dev.gatekeeper.core.CommandOutcome;
import dev.gatekeeper.core.CommandSpec;
import dev.gatekeeper.core.ProcessRunner;
import dev.gatekeeper.core.SecretRedactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The version of a JDK installation: from its {@code release} file, else from {@code java -version}. */
final class JdkVersion {
    private static final Pattern RELEASE_LINE = Pattern.compile("^JAVA_VERSION=\"?([^\"]+)\"?\\s*$", Pattern.MULTILINE);
    private static final Pattern VERSION_OUTPUT = Pattern.compile("version \"([^\"]+)\"");
    private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(30);

    private JdkVersion() {}

    static Path javaExecutable(Path jdkHome) {
        return jdkHome.resolve("bin")
                .resolve(System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java");
    }

    static Optional<String> of(Path jdkHome) {
        Optional<String> released = fromReleaseFile(jdkHome);
        return released.isPresent() ? released : fromJavaVersion(jdkHome);
    }

    static Optional<String> fromReleaseFile(Path jdkHome) {
        Path release = jdkHome.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            Matcher matcher = RELEASE_LINE.matcher(Files.readString(release));
            return matcher.find() ? Optional.of(matcher.group(1).trim()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The feature release: 17 for "17.0.15", 8 for "1.8.0_392"; empty when unreadable. */
    static Optional<Integer> major(String version) {
        Matcher matcher = Pattern.compile("^(?:1\\.)?(\\d+)").matcher(version);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    private static Optional<String> fromJavaVersion(Path jdkHome) {
        Path java = javaExecutable(jdkHome);
        if (!Files.isExecutable(java)) {
            return Optional.empty();
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("gatekeeper-java-version-");
            CommandSpec spec = new CommandSpec(
                    "java-version", java.toString(), List.of("-version"), scratch, Map.of(), VERSION_TIMEOUT, null);
            CommandOutcome outcome =
                    ProcessRunner.run(spec, scratch.resolve("java-version.log"), SecretRedactor.build());
            Matcher matcher = VERSION_OUTPUT.matcher(outcome.tailText());
            return outcome.succeeded(spec) && matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory != null) {
            try {
                CleanRepository.deleteTree(directory);
            } catch (IOException ignored) {
                // A leftover temp directory is not worth failing a version lookup for.
            }
        }
    }
}
