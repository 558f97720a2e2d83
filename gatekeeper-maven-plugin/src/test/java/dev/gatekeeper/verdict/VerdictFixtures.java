package dev.gatekeeper.verdict;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builds, results and verdicts shared by the verdict tests. */
final class VerdictFixtures {
    static final String BUILD_ID = "build-7f3a";
    static final Instant STARTED = Instant.parse("2025-03-01T09:30:00Z");
    static final Instant FINISHED = Instant.parse("2025-03-01T09:34:12.345Z");

    private VerdictFixtures() {}

    static BuildInfo build() {
        return new BuildInfo(
                "com.example", "shop", "2.4.0-SNAPSHOT", BUILD_ID, STARTED, "3.9.9", "17.0.12", "0.1.0", null);
    }

    /** A build with every binding field set: commit, clean tree, configuration digest, two artifacts. */
    static BuildInfo boundBuild() {
        return build().withCommit("9c1d2e3")
                .withBinding(
                        true,
                        "c".repeat(64),
                        List.of(
                                new BuiltArtifact(
                                        "com.example:shop-core:2.4.0-SNAPSHOT:jar",
                                        "shop-core/target/shop-core-2.4.0-SNAPSHOT.jar",
                                        1234,
                                        "a".repeat(64)),
                                new BuiltArtifact(
                                        "com.example:shop-core:2.4.0-SNAPSHOT:pom",
                                        "shop-core/pom.xml",
                                        567,
                                        "b".repeat(64))),
                        "git+file:///work/shop");
    }

    static GateResult result(String gate, String artifactId, GateStatus status, String summary, Finding... findings) {
        return new GateResult(
                gate,
                "com.example:" + artifactId,
                status,
                summary,
                List.of(findings),
                BUILD_ID,
                STARTED,
                1200,
                Map.of());
    }

    /** The same result, having spent {@code toolTimes} (tool → milliseconds) of its duration in tools. */
    static GateResult withTools(GateResult result, Map<String, Long> toolTimes) {
        long toolMillis = toolTimes.values().stream().mapToLong(Long::longValue).sum();
        return new GateResult(
                result.gate(),
                result.subject(),
                result.module(),
                result.status(),
                result.summary(),
                result.findings(),
                result.buildId(),
                result.startedAt(),
                result.durationMillis(),
                result.inputs(),
                toolMillis,
                toolTimes);
    }

    static GateResult result(String gate, String artifactId, GateStatus status) {
        return result(gate, artifactId, status, gate + " " + status.name().toLowerCase());
    }

    /** A finding with every optional field set. */
    static Finding fullFinding(String code, GateStatus severity, String message, String fix) {
        return Finding.of(code, severity, message)
                .withFile("shop-core/src/main/java/Shop.java", 42)
                .withFix(fix)
                .withDetail("line one\nline two")
                .withRuleId(code + "-RULE")
                .withAttribute("origin", "fixture");
    }

    /**
     * Two modules, one failing and one holding gate, a warning, a skipped gate, and results with
     * every optional field, including findings with every optional field.
     */
    static Verdict holdVerdict() {
        GateResult certify = new GateResult(
                "certify",
                "com.example:shop-core",
                GateStatus.FAIL,
                "2 tests failed",
                List.of(
                        fullFinding(
                                "CERTIFY_TEST_FAILED",
                                GateStatus.FAIL,
                                "ShopTest.checkout failed",
                                "mvn -pl shop-core test -Dtest=ShopTest"),
                        fullFinding(
                                "CERTIFY_TEST_FAILED",
                                GateStatus.FAIL,
                                "CartTest.total failed",
                                "mvn -pl shop-core test -Dtest=CartTest"),
                        Finding.of("CERTIFY_SLOW_TEST", GateStatus.WARN, "ShopTest took 40 s")),
                BUILD_ID,
                STARTED,
                3200,
                Map.of("surefire-reports", "sha256:ab12", "pom.xml", "sha256:cd34"));
        GateResult snapshot = result(
                "snapshot",
                "shop-api",
                GateStatus.HOLD,
                "depends on a SNAPSHOT",
                fullFinding(
                        "SNAPSHOT_DEPENDENCY",
                        GateStatus.HOLD,
                        "com.example:pricing:1.1-SNAPSHOT is a snapshot",
                        "release com.example:pricing first"));
        GateResult docs = result(
                "docs",
                "shop-core",
                GateStatus.WARN,
                "README mentions an old version",
                Finding.of("DOCS_STALE_VERSION", GateStatus.WARN, "README.md mentions 2.3.0")
                        .withFile("README.md", 3));
        return Verdict.of(
                boundBuild(),
                List.of(
                        withTools(certify, Map.of("command", 2_900L)),
                        docs,
                        withTools(result("audit", "shop-core", GateStatus.PASS), Map.of("dependency-check", 1_000L)),
                        snapshot,
                        result("smoke", "shop-api", GateStatus.SKIPPED, "gatekeeper.smoke.skip is set"),
                        result("certify", "shop-api", GateStatus.PASS)));
    }

    static Verdict readyVerdict() {
        return Verdict.of(
                build(),
                List.of(
                        result("certify", "shop-core", GateStatus.PASS),
                        result("snapshot", "shop-core", GateStatus.PASS),
                        result(
                                "docs",
                                "shop-core",
                                GateStatus.WARN,
                                "README is long",
                                Finding.of("DOCS_LONG_README", GateStatus.WARN, "README.md has 900 lines")),
                        result("smoke", "shop-core", GateStatus.SKIPPED, "no smoke command configured")));
    }
}
