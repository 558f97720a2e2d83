package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jars written with the JDK's JarOutputStream, as a build without project.build.outputTimestamp writes them. */
class ArchiveDigestTest {
    private static final Instant FIRST_BUILD = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant SECOND_BUILD = Instant.parse("2026-12-01T10:07:31Z");

    @TempDir
    Path directory;

    @Test
    void twoBuildsOfTheSameContentWithOtherTimestampsOrderAndCompressionDigestEqual() throws IOException {
        Path first = jar("first.jar", FIRST_BUILD, Deflater.DEFAULT_COMPRESSION, classes());
        Map<String, String> reordered = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(classes().keySet());
        Collections.reverse(names);
        names.forEach(name -> reordered.put(name, classes().get(name)));
        Path second = jar("second.jar", SECOND_BUILD, Deflater.BEST_COMPRESSION, reordered);

        assertThat(Files.readAllBytes(first)).as("the jars differ byte for byte").isNotEqualTo(Files.readAllBytes(second));
        assertThat(Digests.sha256(first)).isNotEqualTo(Digests.sha256(second));
        assertThat(ArchiveDigest.of(first)).isEqualTo(ArchiveDigest.of(second)).startsWith("zip:");
    }

    @Test
    void oneChangedByteInOneEntryChangesTheDigest() throws IOException {
        Map<String, String> changed = classes();
        changed.put("com/example/Greeter.class", classes().get("com/example/Greeter.class").replace("hello", "hellp"));

        assertThat(ArchiveDigest.of(jar("changed.jar", FIRST_BUILD, Deflater.DEFAULT_COMPRESSION, changed)))
                .isNotEqualTo(ArchiveDigest.of(jar("same.jar", FIRST_BUILD, Deflater.DEFAULT_COMPRESSION, classes())));
    }

    @Test
    void anAddedEntryChangesTheDigestAndSoDoesARenamedOne() throws IOException {
        Map<String, String> added = classes();
        added.put("com/example/Extra.class", "extra");
        Map<String, String> renamed = classes();
        renamed.put("com/example/Welcome.class", renamed.remove("com/example/Greeter.class"));

        String original = ArchiveDigest.of(jar("original.jar", FIRST_BUILD, Deflater.DEFAULT_COMPRESSION, classes()));
        assertThat(ArchiveDigest.of(jar("added.jar", FIRST_BUILD, Deflater.DEFAULT_COMPRESSION, added))).isNotEqualTo(original);
        assertThat(ArchiveDigest.of(jar("renamed.jar", FIRST_BUILD, Deflater.DEFAULT_COMPRESSION, renamed))).isNotEqualTo(original);
    }

    @Test
    void contentMovedFromOneEntryToTheNextChangesTheDigest() throws IOException {
        Map<String, String> one = new LinkedHashMap<>(Map.of("a", "xy", "b", ""));
        Map<String, String> other = new LinkedHashMap<>(Map.of("a", "x", "b", "y"));

        assertThat(ArchiveDigest.of(jar("one.jar", FIRST_BUILD, Deflater.DEFAULT_COMPRESSION, one)))
                .isNotEqualTo(ArchiveDigest.of(jar("other.jar", FIRST_BUILD, Deflater.DEFAULT_COMPRESSION, other)));
    }

    @Test
    void anEntryWhoseNameSpellsOutTwoEntriesIsNotTakenForThem() throws IOException {
        String yContent = "y";
        String xHash = Digests.sha256("x");
        Map<String, String> two = new LinkedHashMap<>(Map.of("a", "x", "b", yContent));
        Map<String, String> one = new LinkedHashMap<>(Map.of("a\0" + xHash + "\nb", yContent));

        assertThat(ArchiveDigest.of(jar("one.jar", FIRST_BUILD, Deflater.DEFAULT_COMPRESSION, one)))
                .isNotEqualTo(ArchiveDigest.of(jar("two.jar", FIRST_BUILD, Deflater.DEFAULT_COMPRESSION, two)));
    }

    @Test
    void aFileThatIsNotAnArchiveIsDigestedByItsBytes() throws IOException {
        Path pom = Files.writeString(directory.resolve("pom.xml"), "<project/>");
        Path tiny = Files.writeString(directory.resolve("tiny"), "PK");

        assertThat(ArchiveDigest.of(pom)).isEqualTo(Digests.sha256(pom));
        assertThat(ArchiveDigest.of(tiny)).isEqualTo(Digests.sha256(tiny));
    }

    @Test
    void aBrokenArchiveIsDigestedByItsBytesWithoutFailing() throws IOException {
        byte[] whole = Files.readAllBytes(jar("whole.jar", FIRST_BUILD, Deflater.DEFAULT_COMPRESSION, classes()));
        Path cut = Files.write(directory.resolve("cut.jar"), java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThat(ArchiveDigest.of(cut)).isEqualTo(Digests.sha256(cut));
    }

    @Test
    void entryNamesThatClimbOutOfTheArchiveAreOnlyDigestedNeverWritten() throws IOException {
        Map<String, String> hostile = new LinkedHashMap<>(Map.of("../../outside.txt", "x", "/etc/passwd", "y"));
        Path archive = jar("hostile.jar", FIRST_BUILD, Deflater.DEFAULT_COMPRESSION, hostile);

        assertThat(ArchiveDigest.of(archive)).startsWith("zip:");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("hostile.jar");
        }
        assertThat(directory.getParent().getParent().resolve("outside.txt")).doesNotExist();
    }

    @Test
    void anArchiveThatInflatesBeyondItsBudgetIsDigestedByItsBytes() throws IOException {
        // 4 MiB of zeros deflate to a few KiB: with a budget of 1 MiB it counts as a bomb.
        Map<String, String> bomb = new LinkedHashMap<>(Map.of("zeros", "\0".repeat(4 * 1024 * 1024)));
        Path archive = jar("bomb.jar", FIRST_BUILD, Deflater.BEST_COMPRESSION, bomb);

        assertThat(ArchiveDigest.entriesDigest(archive, 1024 * 1024)).isNull();
        assertThat(ArchiveDigest.entriesDigest(archive, 8 * 1024 * 1024)).isNotNull();
        assertThat(Files.size(archive) * ArchiveDigest.MAX_INFLATION_RATIO).isLessThan(4 * 1024 * 1024);
    }

    @Test
    void theInflationBudgetIsAHundredTimesTheArchiveButAtLeast256MiB() {
        assertThat(ArchiveDigest.maxInflatedBytes(10_000)).isEqualTo(256L * 1024 * 1024);
        assertThat(ArchiveDigest.maxInflatedBytes(10L * 1024 * 1024 * 1024)).isEqualTo(1000L * 1024 * 1024 * 1024);
        assertThat(ArchiveDigest.maxInflatedBytes(Long.MAX_VALUE / 2)).isEqualTo(Long.MAX_VALUE);
    }

    private static Map<String, String> classes() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("com/", "");
        entries.put("com/example/", "");
        entries.put("com/example/Greeter.class", "cafebabe greeter says hello");
        entries.put("com/example/Main.class", "cafebabe main");
        entries.put("META-INF/maven/com.example/greeter/pom.properties", "artifactId=greeter\ngroupId=com.example\nversion=1.0\n");
        return entries;
    }

    /** A jar with a manifest and {@code entries} (name to content), every entry stamped {@code builtAt}. */
    private Path jar(String name, Instant builtAt, int level, Map<String, String> entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Created-By", "Maven JAR Plugin 3.4.1");
        Path file = directory.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            jar.setLevel(level);
            ZipEntry manifestEntry = new ZipEntry("META-INF/MANIFEST.MF");
            manifestEntry.setLastModifiedTime(FileTime.from(builtAt));
            jar.putNextEntry(manifestEntry);
            manifest.write(jar);
            jar.closeEntry();
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setLastModifiedTime(FileTime.from(builtAt));
                jar.putNextEntry(zipEntry);
                jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }
}
