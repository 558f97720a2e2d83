package dev.gatekeeper.smoke;

import static dev.gatekeeper.smoke.SmokeFixtures.classWithMajorVersion;
import static dev.gatekeeper.smoke.SmokeFixtures.compiledClass;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.smoke.SmokeFixtures.JarBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JarCheckTest {
    private static final int JAVA_17 = 61;
    private static final int JAVA_21 = 65;

    @TempDir
    Path dir;

    private final GateEvaluation evaluation = SmokeFixtures.evaluation();

    private Optional<JarSummary> check(JarBuilder jar, int declaredRelease) throws IOException {
        return check(jar.writeTo(dir.resolve("app.jar")), declaredRelease);
    }

    private Optional<JarSummary> check(Path jar, int declaredRelease) {
        return JarCheck.check(jar, "target/app.jar", declaredRelease, evaluation);
    }

    @Test
    void readsMainClassHighestClassVersionAndEntryCountOfAHealthyJar() throws IOException {
        JarBuilder jar = new JarBuilder()
                .manifest("Main-Class", "com.example.Main")
                .entry("com/example/", new byte[0])
                .entry("com/example/Main.class", compiledClass())
                .entry("com/example/app.properties", "a=b".getBytes(StandardCharsets.UTF_8));

        Optional<JarSummary> summary = check(jar, 17);

        assertThat(evaluation.findings()).isEmpty();
        assertThat(evaluation.finish().inputs())
                .containsEntry("target/app.jar", Digests.sha256(dir.resolve("app.jar")));
        // META-INF/MANIFEST.MF (written by JarOutputStream) plus the three entries.
        assertThat(summary).contains(new JarSummary("com.example.Main", JAVA_17, 4));
    }

    @Test
    void jarWithoutMainClassHasNoneAndAJarWithoutClassesHasVersionZero() throws IOException {
        Optional<JarSummary> summary = check(new JarBuilder().manifest().entry("readme.txt", new byte[] {'x'}), 17);

        assertThat(summary).contains(new JarSummary(null, 0, 2));
    }

    @Test
    void jarWithoutManifestWarns() throws IOException {
        check(new JarBuilder().entry("com/example/Main.class", compiledClass()), 17);

        Finding finding = SmokeFixtures.only(evaluation);
        assertThat(finding.code()).isEqualTo("SMOKE_JAR_NO_MANIFEST");
        assertThat(finding.severity()).isEqualTo(GateStatus.WARN);
        assertThat(finding.file()).isEqualTo("target/app.jar");
    }

    @Test
    void entryClimbingOutOfTheTargetDirectoryIsNamedAndNothingIsExtracted() throws IOException {
        check(new JarBuilder().manifest().entry("../evil", "pwned".getBytes(StandardCharsets.UTF_8)), 17);

        Finding finding = SmokeFixtures.only(evaluation);
        assertThat(finding.code()).isEqualTo("SMOKE_JAR_UNSAFE_ENTRY");
        assertThat(finding.severity()).isEqualTo(GateStatus.FAIL);
        assertThat(finding.message())
                .isEqualTo("target/app.jar holds the entry '../evil', which contains a '..' "
                        + "segment; extracting it could write outside the target directory");
        assertThat(finding.attributes()).containsEntry("entry", "../evil");
        assertThat(dir.resolveSibling("evil")).doesNotExist();
        assertThat(dir.resolve("evil")).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/etc/cron.d/evil | is an absolute path",
                "C:/Windows/evil.dll | starts with a drive letter",
                "c:evil | starts with a drive letter",
                "dir\\..\\evil | contains a backslash, which Windows treats as a separator",
                "a/b/../../../evil | contains a '..' segment",
            })
    void everyKindOfUnsafeEntryIsReportedWithItsReason(String name, String reason) throws IOException {
        check(new JarBuilder().manifest().entry(name, new byte[] {1}), 17);

        Finding finding = SmokeFixtures.only(evaluation);
        assertThat(finding.code()).isEqualTo("SMOKE_JAR_UNSAFE_ENTRY");
        assertThat(finding.message()).contains("'" + name + "', which " + reason + ";");
    }

    @Test
    void namesThatMerelyLookSimilarAreSafe() throws IOException {
        check(new JarBuilder().manifest().entry("a/..b/c..", new byte[] {1}).entry("x/.../y", new byte[] {1}), 17);

        assertThat(evaluation.findings()).isEmpty();
    }

    @Test
    void entryNameWithControlCharactersIsShownEscaped() throws IOException {
        check(new JarBuilder().manifest().entry("../evil\nINFO all good", new byte[] {1}), 17);

        assertThat(SmokeFixtures.only(evaluation).message())
                .contains("'../evil\\u000aINFO all good'")
                .doesNotContain("\n");
    }

    @Test
    void classNewerThanTheDeclaredReleaseFailsNamingTheClass() throws IOException {
        check(
                new JarBuilder()
                        .manifest()
                        .entry("com/example/Util.class", compiledClass())
                        .entry("com/example/Main.class", classWithMajorVersion(JAVA_21)),
                17);

        Finding finding = SmokeFixtures.only(evaluation);
        assertThat(finding.code()).isEqualTo("SMOKE_CLASS_VERSION_TOO_NEW");
        assertThat(finding.severity()).isEqualTo(GateStatus.FAIL);
        assertThat(finding.message())
                .isEqualTo(
                        "com/example/Main.class targets Java 21 (class file 65) but the project declares release 17");
        assertThat(finding.fix())
                .isEqualTo(
                        "Compile with <maven.compiler.release>17</maven.compiler.release> (or raise the declared release)");
        assertThat(finding.file()).isEqualTo("target/app.jar");
    }

    @Test
    void classOfExactlyTheDeclaredReleasePasses() throws IOException {
        Optional<JarSummary> summary = check(new JarBuilder().manifest().entry("A.class", compiledClass()), 17);

        assertThat(evaluation.findings()).isEmpty();
        assertThat(summary.orElseThrow().highestClassFileVersion()).isEqualTo(JAVA_17);
    }

    @Test
    void manyTooNewClassesMakeOneFindingNamingTheNewestAndCountingTheRest() throws IOException {
        check(
                new JarBuilder()
                        .manifest()
                        .entry("a/A.class", classWithMajorVersion(62))
                        .entry("a/B.class", classWithMajorVersion(JAVA_21))
                        .entry("a/C.class", classWithMajorVersion(63)),
                17);

        Finding finding = SmokeFixtures.only(evaluation);
        assertThat(finding.message())
                .startsWith("a/B.class targets Java 21 (class file 65)")
                .endsWith("(and 2 more classes too new)");
        assertThat(finding.detail())
                .isEqualTo("a/A.class: class file 62\na/B.class: class file 65\na/C.class: class file 63");
    }

    @Test
    void unknownDeclaredReleaseSkipsTheCheckButStillReportsTheHighestVersion() throws IOException {
        Optional<JarSummary> summary =
                check(new JarBuilder().manifest().entry("A.class", classWithMajorVersion(JAVA_21)), 0);

        assertThat(evaluation.findings()).isEmpty();
        assertThat(summary.orElseThrow().highestClassFileVersion()).isEqualTo(JAVA_21);
    }

    @Test
    void multiReleaseClassForItsOwnVersionIsFineAndDoesNotCountAsTheBaseVersion() throws IOException {
        Optional<JarSummary> summary = check(
                new JarBuilder()
                        .manifest("Multi-Release", "true")
                        .entry("com/example/Main.class", compiledClass())
                        .entry("META-INF/versions/21/com/example/Main.class", classWithMajorVersion(JAVA_21)),
                17);

        assertThat(evaluation.findings()).isEmpty();
        assertThat(summary.orElseThrow().highestClassFileVersion()).isEqualTo(JAVA_17);
    }

    @Test
    void multiReleaseClassNewerThanItsVersionDirectoryFails() throws IOException {
        check(
                new JarBuilder()
                        .manifest("Multi-Release", "true")
                        .entry("com/example/Main.class", compiledClass())
                        .entry("META-INF/versions/11/com/example/Main.class", classWithMajorVersion(JAVA_21)),
                17);

        Finding finding = SmokeFixtures.only(evaluation);
        assertThat(finding.code()).isEqualTo("SMOKE_CLASS_VERSION_TOO_NEW");
        assertThat(finding.severity()).isEqualTo(GateStatus.FAIL);
        assertThat(finding.message())
                .isEqualTo("META-INF/versions/11/com/example/Main.class targets Java 21 "
                        + "(class file 65) but sits under META-INF/versions/11/, which Java 11 loads");
        assertThat(finding.fix()).contains("<release>11</release>", "META-INF/versions/21/");
    }

    @Test
    void truncatedJarIsUnreadable() throws IOException {
        Path whole = new JarBuilder()
                .manifest("Main-Class", "com.example.Main")
                .entry("com/example/Main.class", compiledClass())
                .writeTo(dir.resolve("whole.jar"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.jar"), Arrays.copyOf(bytes, bytes.length - 30));

        Optional<JarSummary> summary = check(cut, 17);

        assertThat(summary).isEmpty();
        Finding finding = SmokeFixtures.only(evaluation);
        assertThat(finding.code()).isEqualTo("SMOKE_JAR_UNREADABLE");
        assertThat(finding.severity()).isEqualTo(GateStatus.FAIL);
        assertThat(finding.message()).startsWith("The jar target/app.jar cannot be read: ");
        assertThat(finding.file()).isEqualTo("target/app.jar");
    }

    @Test
    void fileThatIsNoZipAtAllIsUnreadable() throws IOException {
        Path text = Files.writeString(dir.resolve("app.jar"), "not a zip");

        assertThat(check(text, 17)).isEmpty();
        assertThat(SmokeFixtures.only(evaluation).code()).isEqualTo("SMOKE_JAR_UNREADABLE");
    }

    @Test
    void missingJarIsUnreadable() {
        assertThat(check(dir.resolve("absent.jar"), 17)).isEmpty();

        Finding finding = SmokeFixtures.only(evaluation);
        assertThat(finding.code()).isEqualTo("SMOKE_JAR_UNREADABLE");
        assertThat(finding.message()).isEqualTo("The jar target/app.jar does not exist");
    }

    @Test
    void classEntryThatIsNotAClassFileIsReported() throws IOException {
        check(
                new JarBuilder().manifest().entry("com/example/Fake.class", "<html>".getBytes(StandardCharsets.UTF_8)),
                17);

        Finding finding = SmokeFixtures.only(evaluation);
        assertThat(finding.code()).isEqualTo("SMOKE_CLASS_MALFORMED");
        assertThat(finding.message())
                .isEqualTo("target/app.jar holds com/example/Fake.class, which is not a class file");
    }

    @Test
    void classVersionsAreReadFromJavacOutput() {
        byte[] compiled = compiledClass();
        assertThat(((compiled[6] & 0xff) << 8) | (compiled[7] & 0xff)).isEqualTo(JAVA_17);
        assertThat(JarCheck.javaOf(52)).isEqualTo("8");
        assertThat(JarCheck.javaOf(48)).isEqualTo("1.4");
    }
}
