package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Real JVMs on JDK 17 running the compiled demo classes; no Maven involved. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntryPointRunTest {
    private static final Duration GENEROUS = Duration.ofSeconds(30);

    @TempDir
    static Path work;

    private Path jar;
    private EntryPointRun run;

    @BeforeAll
    void compileDemoClasses() throws Exception {
        jar = InstallFixtures.cliJar(work.resolve("fixture"));
        run = new EntryPointRun(InstallFixtures.JDK_17, GENEROUS, work.resolve("runs"));
    }

    @Test
    void timeoutKillsTheJvm() throws Exception {
        EntryPointRun impatient =
                new EntryPointRun(InstallFixtures.JDK_17, Duration.ofSeconds(2), work.resolve("runs"));

        EntryPointResult result = impatient.run(EntryPoint.mainClass(List.of(jar), "demo.cli.Sleeper"));

        assertThat(result.passed()).isFalse();
        assertThat(result.timedOut()).isTrue();
        assertThat(result.exitCode()).isNull();
        assertThat(result.failureReason()).startsWith("timed out after 2 s; ended 1 process");
        assertThat(result.duration()).isLessThan(Duration.ofSeconds(15));
        long pid = Long.parseLong(result.output().get(0).substring("pid ".length()));
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive))
                .as("the sleeping JVM")
                .isNotEqualTo(Optional.of(true));
    }

    @Test
    void outputThatDoesNotMatchTheExpectedPatternFails() throws Exception {
        EntryPoint version = EntryPoint.executableJar(jar)
                .withArguments(List.of("--version"))
                .expecting("^Usage:");

        EntryPointResult result = run.run(version);

        assertThat(result.exitCode()).isZero();
        assertThat(result.passed()).isFalse();
        assertThat(result.failureReason()).isEqualTo("no line of the output matches /^Usage:/");
        assertThat(result.output()).containsExactly("demo-cli 1.0");
    }

    @Test
    void exitCodeOutsideTheAllowedOnesFailsAndAllowingItPasses() throws Exception {
        EntryPoint exit3 = EntryPoint.mainClass(List.of(jar), "demo.cli.Exit").withArguments(List.of("3"));

        EntryPointResult strict = run.run(exit3);
        EntryPointResult lenient = run.run(exit3.allowingExitCodes(Set.of(0, 3)));

        assertThat(strict.passed()).isFalse();
        assertThat(strict.exitCode()).isEqualTo(3);
        assertThat(strict.failureReason()).isEqualTo("exited with 3 (expected: 0)");
        assertThat(lenient.passed()).as(lenient.failureReason()).isTrue();
        assertThat(strict.usageText()).as("'exiting with 3' is no usage text").isFalse();
        assertThat(strict.missingClass()).isFalse();
    }

    @Test
    void usageTextIsRecognisedInTheOutput() throws Exception {
        EntryPointResult result =
                run.run(EntryPoint.mainClass(List.of(jar), "demo.cli.Usage").withArguments(List.of("--help")));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.usageText()).isTrue();
        assertThat(result.missingClass()).isFalse();
        assertThat(result.firstLines(2)).containsExactly("Usage: demo-cli [options] <file>", "Options:");
    }

    @Test
    void executableJarRunsWithJavaDashJar() throws Exception {
        EntryPointResult result = run.run(EntryPoint.executableJar(jar)
                .withArguments(List.of("--version"))
                .expecting("^demo-cli 1\\.0$"));

        assertThat(result.passed()).as(result.failureReason()).isTrue();
        assertThat(result.commandLine())
                .contains("-jar", jar.toString(), "--version")
                .doesNotContain("-cp");
        assertThat(result.jdkVersion()).startsWith("17.");
        assertThat(result.logFile()).content().isEqualTo("demo-cli 1.0\n");
    }

    @Test
    void longOutputIsBoundedButTheWholeOutputIsSearched() throws Exception {
        EntryPoint thousandLines = EntryPoint.mainClass(List.of(jar), "demo.cli.Main")
                .withArguments(List.of("--lines", "1000"))
                .expecting("^line 500$");

        EntryPointResult result = run.run(thousandLines);

        assertThat(result.passed()).as(result.failureReason()).isTrue();
        assertThat(result.omittedLines()).isEqualTo(800);
        assertThat(result.output())
                .hasSize(EntryPointRun.MAX_OUTPUT_LINES + 1)
                .startsWith("line 1")
                .endsWith("line 1000")
                .contains("[… 800 lines omitted …]")
                .doesNotContain("line 500");
        assertThat(Files.readAllLines(result.logFile())).hasSize(1000);
    }

    @Test
    void missingMainClassIsReportedWithTheJvmsOwnWords() throws Exception {
        EntryPointResult result = run.run(EntryPoint.mainClass(List.of(jar), "demo.cli.Absent"));

        assertThat(result.passed()).isFalse();
        assertThat(result.failureReason()).contains("Could not find or load main class demo.cli.Absent");
    }

    @Test
    void jdkWithoutJavaIsAFailedResultNotAnException() throws Exception {
        Path notAJdk = Files.createDirectories(work.resolve("not-a-jdk"));

        EntryPointResult result =
                new EntryPointRun(notAJdk, GENEROUS, work.resolve("runs")).run(EntryPoint.executableJar(jar));

        assertThat(result.passed()).isFalse();
        assertThat(result.failureReason()).startsWith("java could not start:").contains("no such file");
        assertThat(result.jdkVersion()).isEqualTo("unknown");
    }

    @Test
    void mainClassThatIsNotAClassNameIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> EntryPoint.mainClass(List.of(jar), "-XX:OnOutOfMemoryError=sh"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a Java class name");
    }
}
