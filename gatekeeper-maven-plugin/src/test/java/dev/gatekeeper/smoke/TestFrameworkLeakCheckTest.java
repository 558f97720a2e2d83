package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestFrameworkLeakCheckTest {
    private static final RuntimeDependency.Declaration AT_LINE_80 = new RuntimeDependency.Declaration("pom.xml", 80);

    @TempDir
    Path dir;

    private static RuntimeDependency dependency(String coordinates, String scope, boolean optional, String... via) {
        String[] parts = coordinates.split(":");
        List<String> path = new ArrayList<>(List.of(via));
        path.add(coordinates);
        return new RuntimeDependency(parts[0], parts[1], parts[2], scope, optional, path, null);
    }

    /** Commons Lang at its newest commit: mockito-inline without test scope, and what it brings. */
    private static List<RuntimeDependency> commonsLangGraph(String scope, boolean optional) {
        String inline = "org.mockito:mockito-inline:4.11.0";
        String core = "org.mockito:mockito-core:4.11.0";
        return List.of(
                dependency(inline, scope, optional),
                dependency(core, scope, false, inline),
                dependency("net.bytebuddy:byte-buddy:1.12.19", scope, false, inline, core),
                dependency("org.objenesis:objenesis:3.3", scope, false, inline, core));
    }

    private static GateEvaluation check(
            List<RuntimeDependency> graph,
            Map<String, RuntimeDependency.Declaration> declared,
            GateStatus severity,
            String artifactId,
            Path jar) {
        GateEvaluation evaluation = SmokeFixtures.evaluation();
        new TestFrameworkLeakCheck(graph, declared, TestFrameworks.defaults(), false, severity)
                .check("org.apache.commons", artifactId, jar, "pom.xml", evaluation);
        return evaluation;
    }

    @Test
    void aCompileScopeTestFrameworkHoldsNamingItsLineWhatComesWithItAndTheScopeToSet() {
        Finding finding = SmokeFixtures.only(check(
                commonsLangGraph("compile", false),
                Map.of("org.mockito:mockito-inline", AT_LINE_80),
                GateStatus.HOLD,
                "commons-lang3",
                null));

        assertThat(finding.code()).isEqualTo("SMOKE_TEST_FRAMEWORK_AT_RUNTIME");
        assertThat(finding.severity()).isEqualTo(GateStatus.HOLD);
        assertThat(finding.message())
                .isEqualTo("Test framework org.mockito:mockito-inline:4.11.0 is a compile dependency "
                        + "(pom.xml line 80): every consumer gets org.mockito:mockito-inline:4.11.0, org.mockito:mockito-core:4.11.0 "
                        + "on its runtime classpath");
        assertThat(finding.file()).isEqualTo("pom.xml");
        assertThat(finding.line()).isEqualTo(80);
        assertThat(finding.fix())
                .startsWith("Add <scope>test</scope> to the org.mockito:mockito-inline dependency at pom.xml line 80");
        assertThat(finding.detail()).isEqualTo("""
                org.mockito:mockito-inline:4.11.0 (compile): declared directly
                org.mockito:mockito-core:4.11.0 (compile): org.mockito:mockito-inline:4.11.0 -> org.mockito:mockito-core:4.11.0
                and with them: net.bytebuddy:byte-buddy:1.12.19, org.objenesis:objenesis:3.3""");
        assertThat(finding.attributes()).containsEntry("dependency", "org.mockito:mockito-inline:4.11.0");
    }

    @Test
    void aTransitiveTestFrameworkNamesTheDirectDependencyThePathAndTheExclusion() {
        String helper = "com.example:helper:1.0";
        List<RuntimeDependency> graph = List.of(
                dependency(helper, "compile", false),
                dependency("junit:junit:4.13.2", "compile", false, helper),
                dependency("org.hamcrest:hamcrest-core:1.3", "compile", false, helper, "junit:junit:4.13.2"),
                dependency("org.apache.commons:commons-text:1.9", "compile", false));

        Finding finding = SmokeFixtures.only(check(
                graph,
                Map.of("com.example:helper", new RuntimeDependency.Declaration("pom.xml", 31)),
                GateStatus.HOLD,
                "app",
                null));

        assertThat(finding.message())
                .isEqualTo("com.example:helper:1.0 (compile, pom.xml line 31) brings test frameworks "
                        + "junit:junit:4.13.2, org.hamcrest:hamcrest-core:1.3 to every consumer's runtime classpath");
        assertThat(finding.line()).isEqualTo(31);
        // excluding junit removes hamcrest-core, which comes through it: one exclusion
        assertThat(finding.fix())
                .isEqualTo("Exclude them from com.example:helper at pom.xml line 31: <exclusions><exclusion>"
                        + "<groupId>junit</groupId><artifactId>junit</artifactId></exclusion></exclusions>; or, if only tests use "
                        + "com.example:helper, give it <scope>test</scope>");
        assertThat(finding.detail())
                .contains(
                        "org.hamcrest:hamcrest-core:1.3 (compile): com.example:helper:1.0 -> junit:junit:4.13.2 -> org.hamcrest:hamcrest-core:1.3");
    }

    @Test
    void optionalProvidedAndTestDependenciesNeverReachAConsumer() {
        assertThat(check(commonsLangGraph("compile", true), Map.of(), GateStatus.HOLD, "commons-lang3", null)
                        .findings())
                .as("an optional dependency and what it brings")
                .isEmpty();
        assertThat(check(commonsLangGraph("provided", false), Map.of(), GateStatus.HOLD, "commons-lang3", null)
                        .findings())
                .isEmpty();
        assertThat(check(commonsLangGraph("test", false), Map.of(), GateStatus.HOLD, "commons-lang3", null)
                        .findings())
                .isEmpty();
    }

    @Test
    void aRuntimeScopeFrameworkLeaksToo() {
        assertThat(SmokeFixtures.only(check(
                                commonsLangGraph("runtime", false), Map.of(), GateStatus.HOLD, "commons-lang3", null))
                        .message())
                .contains("is a runtime dependency (pom.xml)");
    }

    @Test
    void theSeverityIsTheCallersAnUnpublishedModuleOnlyWarns() {
        assertThat(SmokeFixtures.only(check(
                                commonsLangGraph("compile", false), Map.of(), GateStatus.WARN, "commons-lang3", null))
                        .severity())
                .isEqualTo(GateStatus.WARN);
    }

    @Test
    void aTestSupportLibraryIsRecognisedByItsNameItsGroupOrWhatItSays() {
        Finding byName = SmokeFixtures.only(
                check(commonsLangGraph("compile", false), Map.of(), GateStatus.HOLD, "spring-boot-starter-test", null));
        assertThat(byName.code()).isEqualTo("SMOKE_TEST_SUPPORT_LIBRARY");
        assertThat(byName.severity()).isEqualTo(GateStatus.PASS);
        assertThat(byName.message()).contains("its artifactId ends in -test");

        GateEvaluation ownGroup = SmokeFixtures.evaluation();
        new TestFrameworkLeakCheck(
                        commonsLangGraph("compile", false), Map.of(), TestFrameworks.defaults(), false, GateStatus.HOLD)
                .check("org.mockito", "mockito-junit-jupiter", null, "pom.xml", ownGroup);
        assertThat(SmokeFixtures.only(ownGroup).message()).contains("it is itself a test framework, org.mockito");

        GateEvaluation declared = SmokeFixtures.evaluation();
        new TestFrameworkLeakCheck(
                        commonsLangGraph("compile", false), Map.of(), TestFrameworks.defaults(), true, GateStatus.HOLD)
                .check("com.example", "fixtures", null, "pom.xml", declared);
        assertThat(SmokeFixtures.only(declared).message()).contains("gatekeeper.smoke.testSupport=true");
        assertThat(SmokeFixtures.only(declared).severity()).isEqualTo(GateStatus.PASS);
    }

    @Test
    void aLibraryWhoseClassesUseTheFrameworkIsTestSupportOneThatDoesNotHolds() throws Exception {
        Path jupiterApi = jarOf(Test.class);
        List<RuntimeDependency> graph = List.of(new RuntimeDependency(
                "org.junit.jupiter",
                "junit-jupiter-api",
                "5.x",
                "compile",
                false,
                List.of("org.junit.jupiter:junit-jupiter-api:5.x"),
                jupiterApi));

        Path extension = compiledJar("extension", "com/example/ext/TimingExtension.java", """
                package com.example.ext;
                public class TimingExtension implements org.junit.jupiter.api.extension.BeforeEachCallback {
                    @Override
                    public void beforeEach(org.junit.jupiter.api.extension.ExtensionContext context) {}
                }
                """, jupiterApi);
        Finding support = SmokeFixtures.only(check(graph, Map.of(), GateStatus.HOLD, "timing", extension));
        assertThat(support.code()).isEqualTo("SMOKE_TEST_SUPPORT_LIBRARY");
        assertThat(support.message())
                .isEqualTo("timing is a test-support library for org.junit.jupiter:junit-jupiter-api: "
                        + "its classes use org.junit.jupiter.api.*");

        Path plain = compiledJar("plain", "com/example/lib/Greeter.java", """
                package com.example.lib;
                public class Greeter { public static String greet(String name) { return "Hello, " + name; } }
                """, jupiterApi);
        assertThat(SmokeFixtures.only(check(graph, Map.of(), GateStatus.HOLD, "greeter", plain))
                        .code())
                .isEqualTo("SMOKE_TEST_FRAMEWORK_AT_RUNTIME");
    }

    @Test
    void aGraphThatCannotBeCollectedWarnsSayingWhyInsteadOfPassing() {
        GateEvaluation evaluation = SmokeFixtures.evaluation();
        TestFrameworkLeakCheck.notJudged(
                        "cannot collect the dependencies a consumer of app gets: org.example:gone:1.0 is missing")
                .check("com.example", "app", null, "pom.xml", evaluation);

        Finding finding = SmokeFixtures.only(evaluation);
        assertThat(finding.code()).isEqualTo("SMOKE_TEST_FRAMEWORKS_NOT_JUDGED");
        assertThat(finding.severity()).isEqualTo(GateStatus.WARN);
        assertThat(finding.message()).endsWith("org.example:gone:1.0 is missing");
    }

    @Test
    void noTestFrameworkNoFinding() {
        assertThat(check(
                                List.of(dependency("org.apache.commons:commons-text:1.9", "compile", false)),
                                Map.of(),
                                GateStatus.HOLD,
                                "app",
                                null)
                        .findings())
                .isEmpty();
    }

    private static Path jarOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** A real jar of one class, compiled by javac against {@code classpath}. */
    private Path compiledJar(String name, String file, String source, Path classpath) throws IOException {
        Path sources = Files.createDirectories(dir.resolve(name + "-src"));
        Path classes = Files.createDirectories(dir.resolve(name + "-classes"));
        Path sourceFile = sources.resolve(file);
        Files.createDirectories(sourceFile.getParent());
        Files.writeString(sourceFile, source);
        int exit = ToolProvider.getSystemJavaCompiler()
                .run(
                        null,
                        null,
                        null,
                        "--release",
                        "17",
                        "-classpath",
                        classpath.toString(),
                        "-d",
                        classes.toString(),
                        sourceFile.toString());
        assertThat(exit).as("javac").isZero();
        Path jar = dir.resolve(name + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path classFile : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(
                        new JarEntry(classes.relativize(classFile).toString().replace('\\', '/')));
                Files.copy(classFile, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
