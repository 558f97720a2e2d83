package dev.gatekeeper.certify;

import static dev.gatekeeper.certify.Reports.passed;
import static dev.gatekeeper.certify.Reports.suite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateLog;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module the Maven Build Cache Extension restored instead of building: its tests did not run in this build. */
class CertifyBuildCacheRestoreTest {
    private static final String EXTENSIONS_XML = """
            <extensions>
              <extension>
                <groupId>org.apache.maven.extensions</groupId>
                <artifactId>maven-build-cache-extension</artifactId>
                <version>1.2.1</version>
              </extension>
            </extensions>
            """;

    @TempDir
    Path root;

    private Path module;
    private Instant buildStart;

    @BeforeEach
    void createModule() throws Exception {
        module = Files.createDirectories(root.resolve("app"));
        buildStart = Instant.now().minusSeconds(1);
    }

    @Test
    void restoredModuleAfterCleanHoldsAsRestoredNotAsATestSetUpFindingNoTests() throws Exception {
        GateResult result = evaluate(true);

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("CERTIFY_RESTORED_FROM_BUILD_CACHE");
            assertThat(f.message()).contains("No test ran in this build").contains("Build Cache Extension");
            assertThat(f.fix()).contains("-Dmaven.build.cache.skipCache=true");
        });
        assertThat(result.summary()).contains("No test ran in this build").doesNotContain("passed");
    }

    @Test
    void greenReportsOfTheBuildThatFilledTheCacheAreNotCertifiedAsRunInThisOne() throws Exception {
        Path old = Reports.write(
                module.resolve("target/surefire-reports"),
                "TEST-com.x.ATest.xml",
                suite("com.x.ATest", passed("com.x.ATest", "one"), passed("com.x.ATest", "two")));
        Files.setLastModifiedTime(old, FileTime.from(buildStart.minusSeconds(600)));

        GateResult result = evaluate(true);

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        assertThat(result.findings().stream().map(Finding::code))
                .containsExactlyInAnyOrder("CERTIFY_RESTORED_FROM_BUILD_CACHE", "CERTIFY_STALE_REPORT_IGNORED");
        assertThat(result.findings().stream()
                        .filter(f -> f.code().equals("CERTIFY_RESTORED_FROM_BUILD_CACHE"))
                        .findFirst()
                        .orElseThrow()
                        .message())
                .contains("1 older report not counted");
        assertThat(result.summary()).doesNotContain("2 tests passed");
        assertThat(result.inputs()).isEmpty();
    }

    @Test
    void withoutTheExtensionAModuleWithoutReportsStillSaysNoTestsRan() throws Exception {
        GateResult result = evaluate(false);

        assertThat(result.findings().stream().map(Finding::code)).containsExactly("CERTIFY_NO_TESTS_RAN");
    }

    @Test
    void reportsWrittenByThisBuildAreCountedAsUsualWhenTheExtensionBuiltTheModule() throws Exception {
        Reports.write(
                module.resolve("target/surefire-reports"),
                "TEST-com.x.ATest.xml",
                suite("com.x.ATest", passed("com.x.ATest", "one")));

        GateResult result = evaluate(true);

        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.summary()).isEqualTo("1 test passed in 1 report");
    }

    @Test
    void extensionDeclaredInDotMvnExtensionsXmlIsActive() throws Exception {
        writeExtensionsXml(EXTENSIONS_XML);

        assertThat(BuildCacheExtension.isActive(root, Map.<String, String>of()::get))
                .isTrue();
    }

    @Test
    void extensionSwitchedOffOrNotLookingUpRestoresNothing() throws Exception {
        writeExtensionsXml(EXTENSIONS_XML);

        assertThat(BuildCacheExtension.isActive(root, Map.of("maven.build.cache.enabled", "false")::get))
                .isFalse();
        assertThat(BuildCacheExtension.isActive(root, Map.of("maven.build.cache.skipCache", "true")::get))
                .isFalse();
    }

    @Test
    void extensionCommentedOutOrAbsentIsNotActive() throws Exception {
        assertThat(BuildCacheExtension.isActive(root, Map.<String, String>of()::get))
                .isFalse();
        assertThat(BuildCacheExtension.isActive(null, Map.<String, String>of()::get))
                .isFalse();
        writeExtensionsXml(
                EXTENSIONS_XML.replace("<extension>", "<!-- <extension>").replace("</extension>", "</extension> -->"));
        assertThat(BuildCacheExtension.isActive(root, Map.<String, String>of()::get))
                .isFalse();
    }

    @Test
    void extensionOnTheExtClassPathIsActive() {
        assertThat(BuildCacheExtension.isActive(
                        root, Map.of("maven.ext.class.path", "/opt/ext/maven-build-cache-extension-1.2.1.jar")::get))
                .isTrue();
    }

    private void writeExtensionsXml(String text) throws Exception {
        Files.writeString(Files.createDirectories(root.resolve(".mvn")).resolve("extensions.xml"), text);
    }

    private GateResult evaluate(boolean buildCacheActive) throws Exception {
        CertifySettings settings = CertifySettings.builder(module, buildStart)
                .executionRoot(root)
                .hasTestSources(true)
                .buildCacheActive(buildCacheActive)
                .build();
        GateEvaluation evaluation =
                new GateEvaluation("certify", "dev.example:app", "build-1", Clock.systemUTC(), GateLog.silent());
        new CertifyGate(settings).evaluate(evaluation);
        return evaluation.finish();
    }
}
