package dev.gatekeeper.certify;

import static dev.gatekeeper.certify.Reports.passed;
import static dev.gatekeeper.certify.Reports.suite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.HostileRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Surefire reports written by someone hostile (or by a dying JVM): each is a finding naming the report,
 * never a stack trace, never a pass, and nothing outside {@code target/} is written.
 */
class HostileInputTest {
    private static final String REPORT = "TEST-com.x.HostileTest.xml";

    @TempDir
    Path temp;

    private Path module;
    private Path reports;
    private Map<String, String> treeBefore;

    @BeforeEach
    void module() throws Exception {
        module = Files.createDirectories(temp.resolve("app"));
        Files.writeString(module.resolve("pom.xml"), "<project/>");
        reports = module.resolve("target/surefire-reports");
        Files.createDirectories(reports);
        treeBefore = HostileRun.tree(module);
    }

    private HostileRun certify(String content) throws Exception {
        Reports.write(reports, REPORT, content);
        return certify();
    }

    private HostileRun certify() {
        HostileRun run = HostileRun.of(
                new CertifyGate(CertifySettings.builder(module, Instant.now().minusSeconds(2))
                        .executionRoot(temp)
                        .hasTestSources(true)
                        .build()));
        assertThat(HostileRun.tree(module)).as("the project outside target/").isEqualTo(treeBefore);
        return run;
    }

    @Test
    void malformedReportIsNamedWithoutStackTrace() throws Exception {
        certify("<testsuite name=\"A\"><testcase name=\"t\" classname=\"A\"></testsuit>")
                .namesInputWithoutStackTrace(REPORT);
    }

    @Test
    void truncatedReportIsNamedAndItsTestsDoNotCount() throws Exception {
        String whole = suite("A", passed("A", "one"), passed("A", "two"));
        HostileRun run = certify(whole.substring(0, whole.length() / 2)).namesInputWithoutStackTrace(REPORT);

        assertThat(run.result().summary()).doesNotContain("2 tests passed");
    }

    @Test
    void externalEntityIsNotReadAndTheReportIsNamed() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "s3cret-content");
        HostileRun run = certify("<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite [<!ENTITY x SYSTEM \""
                        + secret.toUri()
                        + "\">]>\n<testsuite name=\"A\" tests=\"1\"><testcase name=\"&x;\" classname=\"A\">"
                        + "<failure message=\"&x;\"/></testcase></testsuite>")
                .namesInputWithoutStackTrace(REPORT);

        assertThat(run.text()).doesNotContain("s3cret-content");
    }

    @Test
    void billionLaughsIsRefusedQuickly() throws Exception {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 12; i++) {
            dtd.append("<!ENTITY l")
                    .append(i)
                    .append(" \"")
                    .append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        long start = System.nanoTime();
        certify(dtd + "]>\n<testsuite name=\"A\"><testcase name=\"&l12;\" classname=\"A\"/></testsuite>")
                .namesInputWithoutStackTrace(REPORT);

        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
    }

    @Test
    void hugeFailureMessageAttributeIsShortenedInTheFinding() throws Exception {
        String huge = "x".repeat(8 * 1024 * 1024);
        HostileRun run = certify(suite(
                        "A", "<testcase name=\"t\" classname=\"A\"><failure message=\"" + huge + "\"/></testcase>"))
                .namesInputWithoutStackTrace("A");

        assertThat(run.text().length()).as("characters a user reads").isLessThan(10_000);
    }

    @Test
    void deeplyNestedElementsAreReadWithoutStackOverflow() throws Exception {
        int depth = 200_000;
        HostileRun run = certify(suite(
                "A",
                "<testcase name=\"t\" classname=\"A\"><system-out>" + "<x>".repeat(depth) + "</x>".repeat(depth)
                        + "</system-out></testcase>"));

        assertThat(run.result().status()).isEqualTo(GateStatus.PASS);
        assertThat(run.result().summary()).isEqualTo("1 test passed in 1 report");
    }

    @Test
    void binaryGarbageIsAMalformedReportNamingTheFile() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(16).nextBytes(garbage);
        Files.write(reports.resolve(REPORT), garbage);

        certify().namesInputWithoutStackTrace(REPORT);
    }

    @Test
    void controlCharactersInATestNameDoNotReachTheConsole() throws Exception {
        // XML 1.1 allows character references to control characters; a terminal obeys them.
        HostileRun run = certify("<?xml version=\"1.1\"?>\n<testsuite name=\"A\" tests=\"1\">"
                        + "<testcase name=\"t&#27;[2J&#27;]0;pwned&#7;\" classname=\"A\">"
                        + "<failure message=\"boom&#27;[31m\"/></testcase></testsuite>")
                .namesInputWithoutStackTrace("A.t");

        assertThat(run.text()).doesNotContain("\u001b", "\u0007");
    }

    @Test
    void fifoNamedLikeAReportDoesNotHangTheGate() throws Exception {
        Path fifo = reports.resolve(REPORT);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        HostileRun run = certify();

        assertThat(run.result().status()).isNotEqualTo(GateStatus.PASS);
        assertThat(run.crash()).isNull();
    }

    @Test
    void reportSymlinkedOutsideTheProjectIsRefusedAndNamed() throws Exception {
        Path outside = Files.writeString(temp.resolve("elsewhere.xml"), suite("A", passed("A", "t")));
        Files.createSymbolicLink(reports.resolve(REPORT), outside);

        certify().namesInputWithoutStackTrace(REPORT);
    }

    @Test
    void negativeSuiteCountsAreMalformed() throws Exception {
        certify("<testsuite name=\"A\" tests=\"-3\" failures=\"-1\" errors=\"0\" skipped=\"0\"/>")
                .namesInputWithoutStackTrace(REPORT);
    }

    @Test
    void countTooLargeForAnIntegerIsMalformed() throws Exception {
        certify("<testsuite name=\"A\" tests=\"99999999999999999999\" failures=\"0\"/>")
                .namesInputWithoutStackTrace(REPORT);
    }
}
