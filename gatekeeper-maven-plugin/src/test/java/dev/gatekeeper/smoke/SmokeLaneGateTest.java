package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The lane gate running real JVMs on JDK 17 with the demo CLI, its classpath as if resolved from a clean repository. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmokeLaneGateTest {
    @TempDir
    static Path work;

    private Path jar;

    @BeforeAll
    void compileDemoClasses() throws Exception {
        jar = InstallFixtures.cliJar(work.resolve("fixture"));
    }

    private GateEvaluation runLane(
            List<Path> classpath, String mainClass, List<String> arguments, Set<Integer> expectedExitCodes)
            throws Exception {
        return runLane(
                JdkLanes.resolve(List.of(InstallFixtures.JDK_17), List.of()),
                classpath,
                mainClass,
                arguments,
                expectedExitCodes);
    }

    private GateEvaluation runLane(
            JdkLanes lanes,
            List<Path> classpath,
            String mainClass,
            List<String> arguments,
            Set<Integer> expectedExitCodes)
            throws Exception {
        SmokeSettings settings = new SmokeSettings(
                work,
                InstallFixtures.GROUP,
                "demo-cli",
                InstallFixtures.VERSION,
                "jar",
                work.resolve("pom.xml"),
                Set.of(),
                null,
                jar,
                List.of(),
                17,
                List.of(),
                new SmokeSettings.Entry(
                        mainClass, null, arguments, null, expectedExitCodes, lanes, Duration.ofSeconds(30)),
                new SmokeSettings.Install(
                        work.resolve("no-maven"),
                        ResolutionSource.localRepository(work.resolve("no-repo")),
                        work.resolve("smoke"),
                        false,
                        Duration.ofSeconds(30)),
                new SmokeSettings.Checks(false, false, false, GateStatus.HOLD, Set.of(), ReleaseAttachments.NONE));
        SmokeRun run = new SmokeRun(settings);
        run.resolved(classpath);
        GateEvaluation evaluation = SmokeFixtures.evaluation();
        new SmokeLaneGate(run, lanes.lanes().get(0)).evaluate(evaluation);
        return evaluation;
    }

    @Test
    void aJdkThatIsNotInstalledIsAnErrorWhoseFixNamesEveryPlaceALaneComesFrom() throws Exception {
        JdkLanes lanes = JdkLanes.resolve(List.of(work.resolve("no-such-jdk")), List.of());

        Finding unusable = SmokeFixtures.only(runLane(lanes, List.of(jar), "demo.cli.Main", List.of(), Set.of(0)));

        assertThat(unusable.code()).isEqualTo("SMOKE_JDK_UNUSABLE");
        assertThat(unusable.severity()).isEqualTo(GateStatus.ERROR);
        assertThat(unusable.message()).contains("no-such-jdk");
        assertThat(unusable.fix())
                .contains("<jdks>", "toolchains.xml", "-t", "--global-toolchains")
                .as("the toolchains file Maven reads is not only ~/.m2/toolchains.xml")
                .doesNotContain("(or ~/.m2/toolchains.xml)");
    }

    @Test
    void helpThatExitsTwoWithUsageTextSuggestsExpectedExitCodesAndDoesNotBlameTheClasspath() throws Exception {
        GateEvaluation evaluation = runLane(List.of(jar), "demo.cli.Usage", List.of("--help"), Set.of(0));

        Finding failed = SmokeFixtures.only(evaluation);
        assertThat(failed.code()).isEqualTo("SMOKE_ENTRY_POINT_FAILED");
        assertThat(failed.severity()).isEqualTo(GateStatus.FAIL);
        assertThat(failed.message())
                .contains("exited with 2 (expected: 0)", "looks like usage text", "Usage: demo-cli [options] <file>");
        assertThat(failed.fix())
                .contains(
                        "<expectedExitCodes><expectedExitCode>2</expectedExitCode></expectedExitCodes>",
                        "-Dgatekeeper.smoke.expectedExitCodes=2")
                .doesNotContain("provided", "classpath");
        assertThat(failed.detail()).startsWith("Usage: demo-cli [options] <file>\nOptions:\n");
        assertThat(failed.attributes()).containsEntry("exitCode", "2").containsEntry("expectedExitCodes", "0");
    }

    @Test
    void expectedExitCodesLetTheUsageExitPass() throws Exception {
        GateEvaluation evaluation = runLane(List.of(jar), "demo.cli.Usage", List.of("--help"), Set.of(0, 2));

        Finding passed = SmokeFixtures.only(evaluation);
        assertThat(passed.code()).isEqualTo("SMOKE_ENTRY_POINT_PASSED");
        assertThat(passed.message())
                .isEqualTo("java demo.cli.Usage --help exited 2 (expected: 0, 2) on JDK "
                        + passed.attributes().get("jdk"));
        assertThat(evaluation.currentSummary())
                .startsWith("java demo.cli.Usage --help exited 2 (expected: 0, 2) on JDK 17");
    }

    @Test
    void missingClassAtRunTimeIsBlamedOnTheClasspath() throws Exception {
        // commons-text is not on the classpath: Main --help fails with NoClassDefFoundError
        GateEvaluation evaluation = runLane(List.of(jar), "demo.cli.Main", List.of("--help"), Set.of(0));

        Finding failed = SmokeFixtures.only(evaluation);
        assertThat(failed.message())
                .contains("exited with 1 (expected: 0)", "NoClassDefFoundError: org/apache/commons/text/WordUtils");
        assertThat(failed.fix()).contains("provided").doesNotContain("expectedExitCodes");
    }

    @Test
    void aNonZeroExitWithoutUsageTextOrMissingClassBlamesNeither() throws Exception {
        GateEvaluation evaluation = runLane(List.of(jar), "demo.cli.Exit", List.of("3"), Set.of(0));

        Finding failed = SmokeFixtures.only(evaluation);
        assertThat(failed.message()).contains("exited with 3 (expected: 0)").doesNotContain("usage");
        assertThat(failed.fix())
                .startsWith("If exit code 3 is intended, add it to <expectedExitCodes>")
                .endsWith(
                        "otherwise run it with the published runtime classpath and read its output: java demo.cli.Exit 3")
                .doesNotContain("provided");
    }

    @Test
    void printedCommandsAreShellQuoted() throws Exception {
        GateEvaluation evaluation =
                runLane(List.of(jar), "demo.cli.Exit", List.of("3", "two words", "it's", "$HOME", "a;b"), Set.of(0));

        assertThat(SmokeFixtures.only(evaluation).fix())
                .endsWith(": java demo.cli.Exit 3 'two words' 'it'\\''s' '$HOME' 'a;b'");
    }
}
