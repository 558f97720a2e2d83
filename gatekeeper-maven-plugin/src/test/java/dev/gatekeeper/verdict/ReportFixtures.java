package dev.gatekeeper.verdict;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Verdicts shaped like real builds, for the HTML report's tests and its screenshot. */
final class ReportFixtures {
    static final String HOSTILE_MESSAGE = "pom.xml names <script>alert('owned')</script> & \"quotes\"";
    static final String HOSTILE_ESCAPED =
            "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;";

    private static final Instant START = VerdictFixtures.STARTED;

    private ReportFixtures() {}

    /**
     * A three-module build that holds: every status, gates that overlap in time (a parallel
     * build), a long message, a multi-line detail, and a finding whose message tries to inject a
     * script.
     */
    static Verdict realisticHold() {
        List<GateResult> results = List.of(
                VerdictFixtures.withTools(
                        result(
                                "certify",
                                null,
                                "shop-parent",
                                GateStatus.PASS,
                                "no test sources; 1 of 1 command passed",
                                0,
                                410),
                        Map.of("command", 330L)),
                result(
                        "certify",
                        null,
                        "shop-core",
                        GateStatus.FAIL,
                        "com.example.shop.CartTest.totals failed",
                        450,
                        38_200,
                        Finding.of(
                                        "CERTIFY_TEST_FAILED",
                                        GateStatus.FAIL,
                                        "com.example.shop.CartTest.totals failed: expected: <107.50> but was: <105.00>")
                                .withFile("shop-core/target/surefire-reports/TEST-com.example.shop.CartTest.xml", null)
                                .withFix(
                                        "Run 'mvn -pl shop-core verify -Dtest=com.example.shop.CartTest#totals' to reproduce")
                                .withDetail(
                                        "org.opentest4j.AssertionFailedError: expected: <107.50> but was: <105.00>\n"
                                                + "\tat com.example.shop.CartTest.totals(CartTest.java:58)\n"
                                                + "\tat java.base/java.util.ArrayList.forEach(ArrayList.java:1596)"),
                        Finding.of(
                                "CERTIFY_SLOW_TEST",
                                GateStatus.WARN,
                                "com.example.shop.InventoryIT took 31.4 s, more than the 20 s budget")),
                result("certify", null, "shop-api", GateStatus.PASS, "214 tests passed in 12 reports", 500, 21_700),
                result(
                        "snapshot",
                        "openapi",
                        "shop-api",
                        GateStatus.HOLD,
                        "openapi.json differs from the approved snapshot",
                        22_300,
                        2_900,
                        Finding.of(
                                        "SNAPSHOT_CHANGED",
                                        GateStatus.HOLD,
                                        "openapi.json differs from the approved snapshot"
                                                + " in 3 places (a field was removed from /orders/{id}, which breaks existing clients)")
                                .withFile("shop-api/src/test/snapshots/openapi.json", 212)
                                .withFix(
                                        "Run 'mvn verify -Pmerge-ready -Dgatekeeper.snapshot.update' to approve the new output")
                                .withDetail(
                                        "--- approved\n+++ actual\n@@ -210,4 +210,3 @@\n   \"id\": {\"type\": \"string\"},\n"
                                                + "-  \"discount\": {\"type\": \"number\"},\n   \"total\": {\"type\": \"number\"}")),
                VerdictFixtures.withTools(
                        result(
                                "audit",
                                null,
                                "shop-parent",
                                GateStatus.WARN,
                                "1 vulnerability below the threshold",
                                39_000,
                                6_400,
                                Finding.of(
                                                "AUDIT_VULNERABILITY",
                                                GateStatus.WARN,
                                                "org.yaml:snakeyaml:1.33 has CVE-2022-1471"
                                                        + " (CVSS 8.3 v3.1, HIGH), below the threshold 9.0")
                                        .withFix("Upgrade org.yaml:snakeyaml to 2.0 or later")),
                        Map.of("dependency-check", 5_600L, "maven-resolver", 200L)),
                result(
                        "smoke",
                        "publish",
                        "shop-app",
                        GateStatus.SKIPPED,
                        "skipped (gatekeeper.smoke.skip=true)",
                        45_500,
                        0),
                result(
                        "sbom",
                        null,
                        "shop-app",
                        GateStatus.ERROR,
                        "sbom could not run: target/bom.json is not valid JSON",
                        45_600,
                        120,
                        Finding.of(
                                        "SBOM_GATE_ERROR",
                                        GateStatus.ERROR,
                                        "sbom could not run: target/bom.json is not valid JSON")
                                .withFile("shop-app/target/bom.json", 1)
                                .withFix(
                                        "Run 'mvn verify -Pmerge-ready -e' for the stack trace and report it if the cause"
                                                + " is not your configuration")),
                result(
                        "docs",
                        null,
                        "shop-parent",
                        GateStatus.HOLD,
                        HOSTILE_MESSAGE,
                        45_800,
                        900,
                        Finding.of("DOCS_BROKEN_LINK", GateStatus.HOLD, HOSTILE_MESSAGE)
                                .withFile("docs/<img src=x onerror=alert(1)>.md", 7)
                                .withFix("Fix the link in docs/setup.md or create the file it points to")
                                .withDetail("</pre><script>alert('detail')</script>")),
                result(
                        "release-plan",
                        null,
                        "shop-parent",
                        GateStatus.PASS,
                        "1.4.0 planned on main: past v1.3.2, in CHANGELOG.md, no SNAPSHOTs, tree clean",
                        46_800,
                        350));
        BuildInfo build = new BuildInfo(
                "com.example",
                "shop-parent",
                "1.4.0-SNAPSHOT",
                VerdictFixtures.BUILD_ID,
                START,
                "3.9.9",
                "17.0.15",
                "0.1.0",
                "9c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d");
        return Verdict.of(build, results);
    }

    /** One gate with {@code count} findings, each with a detail of {@code detailLength} characters. */
    static Verdict manyFindings(int count, int detailLength) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            findings.add(
                    Finding.of("DOCS_BROKEN_LINK", GateStatus.HOLD, "docs/page-" + i + ".md links to a missing file")
                            .withFile("docs/page-" + i + ".md", i + 1)
                            .withFix("Fix the link in docs/page-" + i + ".md")
                            .withDetail("x".repeat(detailLength)));
        }
        return Verdict.of(
                VerdictFixtures.build(),
                List.of(result(
                        "docs",
                        null,
                        "shop",
                        GateStatus.HOLD,
                        count + " broken links",
                        0,
                        1500,
                        findings.toArray(Finding[]::new))));
    }

    static GateResult result(
            String gate,
            String subject,
            String artifactId,
            GateStatus status,
            String summary,
            long startOffsetMillis,
            long durationMillis,
            Finding... findings) {
        return new GateResult(
                gate,
                subject,
                "com.example:" + artifactId,
                status,
                summary,
                List.of(findings),
                VerdictFixtures.BUILD_ID,
                START.plusMillis(startOffsetMillis),
                durationMillis,
                Map.of());
    }
}
