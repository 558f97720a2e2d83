package dev.gatekeeper.certify;

import dev.gatekeeper.core.CommandSpec;
import dev.gatekeeper.core.DisplayPaths;
import dev.gatekeeper.core.ShellWords;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything {@link CertifyGate} needs to know about a module and its build.
 *
 * @param moduleDirectory      the module's base directory; commands without a working directory run here
 * @param executionRoot        paths in findings are shown relative to this directory
 * @param reportDirectories    where surefire and failsafe write {@code TEST-*.xml}
 * @param testClassesDirectory compiled test classes, to recognise reports of deleted tests
 * @param hasTestSources       whether the module has tests that should have run
 * @param buildStart           reports older than this are left over from an earlier build
 * @param testSkipFlags        skip flags set to true in this build, name to value ({@code skipTests=true})
 * @param maxSkipped           more skipped tests than this hold the merge; null reports skips only
 * @param allowFlaky           whether a test that passed only on a rerun may merge
 * @param commands             extra commands that must pass, run in order
 * @param outputDirectory      where command logs go ({@code target/gatekeeper/certify})
 * @param buildCacheActive     whether the Maven Build Cache Extension is active in this build: a module
 *                             without a report from this build was then most likely restored from its cache
 */
public record CertifySettings(
        Path moduleDirectory,
        Path executionRoot,
        List<Path> reportDirectories,
        Path testClassesDirectory,
        boolean hasTestSources,
        Instant buildStart,
        Map<String, String> testSkipFlags,
        Integer maxSkipped,
        boolean allowFlaky,
        List<CommandSpec> commands,
        Path outputDirectory,
        boolean buildCacheActive) {

    public CertifySettings {
        Objects.requireNonNull(moduleDirectory, "moduleDirectory");
        Objects.requireNonNull(buildStart, "buildStart");
        executionRoot = executionRoot == null ? moduleDirectory : executionRoot;
        reportDirectories = reportDirectories == null ? List.of() : List.copyOf(reportDirectories);
        testClassesDirectory =
                testClassesDirectory == null ? moduleDirectory.resolve("target/test-classes") : testClassesDirectory;
        // Sorted so that findings come out in the same order on every run.
        testSkipFlags = testSkipFlags == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(testSkipFlags));
        if (maxSkipped != null && maxSkipped < 0) {
            throw new IllegalArgumentException("maxSkipped must be 0 or more, got " + maxSkipped);
        }
        commands = commands == null ? List.of() : List.copyOf(commands);
        Set<String> names = new HashSet<>();
        for (CommandSpec command : commands) {
            if (!names.add(command.name())) {
                // Each command's log is named after it; two with one name would overwrite each other's evidence.
                throw new IllegalArgumentException("two certify commands are named '" + command.name() + "'");
            }
        }
        outputDirectory =
                outputDirectory == null ? moduleDirectory.resolve("target/gatekeeper/certify") : outputDirectory;
    }

    /** {@code path} as findings show it: relative to the execution root when inside it, with '/' separators. */
    public String display(Path path) {
        return DisplayPaths.relativeTo(executionRoot, path);
    }

    /**
     * A Maven command line for a fix hint, run from the execution root: {@code mvn <args>} in a
     * single-module build, {@code mvn -pl <module> <args>} for a module of a larger one; each
     * argument is one word of the command, quoted for a POSIX shell.
     */
    public String mvn(String... arguments) {
        List<String> words = new ArrayList<>(List.of("mvn"));
        boolean isRoot = moduleDirectory
                .toAbsolutePath()
                .normalize()
                .equals(executionRoot.toAbsolutePath().normalize());
        if (!isRoot) {
            words.add("-pl");
            words.add(display(moduleDirectory));
        }
        words.addAll(List.of(arguments));
        // every word is quoted as a shell needs it: a test name or module path must not run as code when pasted
        return ShellWords.join(words);
    }

    /** Settings with the Maven defaults for a module in {@code moduleDirectory}; adjust with the builder. */
    public static Builder builder(Path moduleDirectory, Instant buildStart) {
        return new Builder(moduleDirectory, buildStart);
    }

    public static final class Builder {
        private final Path moduleDirectory;
        private final Instant buildStart;
        private Path executionRoot;
        private List<Path> reportDirectories;
        private Path testClassesDirectory;
        private boolean hasTestSources;
        private final Map<String, String> testSkipFlags = new LinkedHashMap<>();
        private Integer maxSkipped;
        private boolean allowFlaky = true;
        private final List<CommandSpec> commands = new ArrayList<>();
        private Path outputDirectory;
        private boolean buildCacheActive;

        private Builder(Path moduleDirectory, Instant buildStart) {
            this.moduleDirectory = moduleDirectory;
            this.buildStart = buildStart;
            this.reportDirectories = List.of(
                    moduleDirectory.resolve("target/surefire-reports"),
                    moduleDirectory.resolve("target/failsafe-reports"));
        }

        public Builder executionRoot(Path value) {
            executionRoot = value;
            return this;
        }

        public Builder reportDirectories(List<Path> value) {
            reportDirectories = value;
            return this;
        }

        public Builder testClassesDirectory(Path value) {
            testClassesDirectory = value;
            return this;
        }

        public Builder hasTestSources(boolean value) {
            hasTestSources = value;
            return this;
        }

        public Builder testSkipFlag(String flag, String value) {
            testSkipFlags.put(flag, value);
            return this;
        }

        public Builder maxSkipped(Integer value) {
            maxSkipped = value;
            return this;
        }

        public Builder allowFlaky(boolean value) {
            allowFlaky = value;
            return this;
        }

        public Builder command(CommandSpec value) {
            commands.add(value);
            return this;
        }

        public Builder outputDirectory(Path value) {
            outputDirectory = value;
            return this;
        }

        public Builder buildCacheActive(boolean value) {
            buildCacheActive = value;
            return this;
        }

        public CertifySettings build() {
            return new CertifySettings(
                    moduleDirectory,
                    executionRoot,
                    reportDirectories,
                    testClassesDirectory,
                    hasTestSources,
                    buildStart,
                    testSkipFlags,
                    maxSkipped,
                    allowFlaky,
                    commands,
                    outputDirectory,
                    buildCacheActive);
        }
    }
}
