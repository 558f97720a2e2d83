package dev.gatekeeper.certify;

import static dev.gatekeeper.certify.Reports.failed;
import static dev.gatekeeper.certify.Reports.flaky;
import static dev.gatekeeper.certify.Reports.suite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateLog;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.PosixShell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fix is pasted into a shell: whatever a test name or module path contains, the printed command
 * must read back as exactly the words Gatekeeper meant, and run nothing else.
 */
class FixCommandShellQuotingTest {
    @TempDir
    Path root;

    private Path module;
    private Path surefire;
    private Path pwned;
    private String hostileName;

    @BeforeEach
    void createModule() throws IOException {
        module = Files.createDirectories(root.resolve("app"));
        surefire = module.resolve("target/surefire-reports");
        pwned = root.resolve("pwned");
        // the parameterised test name of the issue, touching a file in the test's own directory
        hostileName = "greets[3] x; touch " + pwned + " #";
    }

    @Test
    void failedTestWithShellCodeInItsNameIsReproducedByAFixThatRunsNothingElse() throws Exception {
        Reports.write(
                surefire,
                "TEST-com.x.GreeterTest.xml",
                suite("com.x.GreeterTest", failed("com.x.GreeterTest", hostileName, "no")));

        Finding finding = evaluate().findings().get(0);

        assertThat(finding.fix()).startsWith("Run '").endsWith("' to reproduce");
        String pasted = finding.fix().substring("Run '".length(), finding.fix().length() - "' to reproduce".length());
        assertThat(PosixShell.words(pasted, root))
                .containsExactly("mvn", "-pl", "app", "verify", "-Dtest=com.x.GreeterTest#" + hostileName);
        assertThat(pwned).doesNotExist();
    }

    @Test
    void flakyTestWithShellCodeInItsNameIsRerunByAFixThatRunsNothingElse() throws Exception {
        Reports.write(
                surefire,
                "TEST-com.x.GreeterTest.xml",
                suite("com.x.GreeterTest", flaky("com.x.GreeterTest", hostileName, "once")));

        Finding finding = evaluate().findings().get(0);

        String pasted = finding.fix().substring("Run '".length(), finding.fix().indexOf("' until it fails"));
        assertThat(PosixShell.words(pasted, root))
                .containsExactly(
                        "mvn",
                        "-pl",
                        "app",
                        "verify",
                        "-Dtest=com.x.GreeterTest#" + hostileName,
                        "-Dsurefire.rerunFailingTestsCount=0");
        assertThat(pwned).doesNotExist();
    }

    @Test
    void moduleDirectoryWithShellCodeInItsNameIsQuotedToo() throws Exception {
        module = Files.createDirectories(root.resolve("app $(touch " + pwned + ")"));
        surefire = module.resolve("target/surefire-reports");
        Reports.write(surefire, "TEST-A.xml", suite("A", failed("A", "t", "no")));

        Finding finding = evaluate().findings().get(0);

        String pasted = finding.fix().substring("Run '".length(), finding.fix().length() - "' to reproduce".length());
        assertThat(PosixShell.words(pasted, root))
                .containsExactly("mvn", "-pl", "app $(touch " + pwned + ")", "verify", "-Dtest=A#t");
        assertThat(pwned).doesNotExist();
    }

    @Test
    void plainNamesStayReadableWithoutQuotes() throws Exception {
        Reports.write(
                surefire, "TEST-com.x.FooTest.xml", suite("com.x.FooTest", failed("com.x.FooTest", "adds", "no")));

        assertThat(evaluate().findings().get(0).fix())
                .isEqualTo("Run 'mvn -pl app verify -Dtest=com.x.FooTest#adds' to reproduce");
    }

    private GateResult evaluate() throws Exception {
        CertifySettings settings = CertifySettings.builder(module, Instant.now().minusSeconds(1))
                .executionRoot(root)
                .hasTestSources(true)
                .build();
        GateEvaluation evaluation =
                new GateEvaluation("certify", "dev.example:app", "build-1", Clock.systemUTC(), GateLog.silent());
        new CertifyGate(settings).evaluate(evaluation);
        return evaluation.finish();
    }
}
