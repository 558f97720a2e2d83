package dev.gatekeeper.smoke;

import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * Looks inside a built jar without extracting anything: that its central directory reads, that it
 * has a manifest, that no entry name could escape a directory it is extracted into, and that no
 * class needs a newer Java than the project declares.
 *
 * <p>The jar is read through its central directory, as the JVM's class loaders read it; a copy cut
 * short loses that directory and is reported, where a sequential read of the local headers would
 * find the first entries and miss the damage. Of each class only the first 8 bytes are inflated.
 */
public final class JarCheck {
    /** Far longer than any real class name; the JVM's own limit on a name is 65535 bytes. */
    private static final int MAX_MAIN_CLASS_LENGTH = 1024;

    private static final String IDENTIFIER = "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*";
    private static final Pattern CLASS_NAME = Pattern.compile(IDENTIFIER + "(?:[.$]" + IDENTIFIER + ")*");

    /** Class file major version = Java release + 44 (Java 8 is 52, Java 17 is 61). */
    static final int MAJOR_VERSION_OFFSET = 44;

    private static final int CLASS_MAGIC = 0xCAFEBABE;
    private static final Pattern VERSIONED = Pattern.compile("META-INF/versions/(\\d{1,4})/.+");
    private static final Pattern DRIVE_LETTER = Pattern.compile("[A-Za-z]:.*", Pattern.DOTALL);
    private static final int LISTED_CLASSES = 20;

    private JarCheck() {}

    /**
     * @param declaredRelease the Java release the project compiles for (maven.compiler.release), or 0
     *                        when unknown, which skips the class-version check of the base classes
     * @return what the jar holds, or empty when it cannot be read
     */
    public static Optional<JarSummary> check(Path jar, String shown, int declaredRelease, GateEvaluation evaluation) {
        if (!Files.isRegularFile(jar)) {
            evaluation.add(
                    Finding.of(SmokeCodes.JAR_UNREADABLE, GateStatus.FAIL, "The jar " + shown + " does not exist")
                            .withFile(shown, null)
                            .withFix("Run 'mvn package' before this gate"));
            return Optional.empty();
        }
        Map<Integer, Offenders> tooNew = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile(), false, ZipFile.OPEN_READ)) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                evaluation.add(Finding.of(
                                SmokeCodes.JAR_NO_MANIFEST,
                                GateStatus.WARN,
                                "The jar " + shown + " has no META-INF/MANIFEST.MF")
                        .withFile(shown, null)
                        .withFix("Build the jar with maven-jar-plugin, which writes the manifest, or add "
                                + "META-INF/MANIFEST.MF to the assembly or shade configuration that builds it"));
            }
            int entries = 0;
            int highest = 0;
            for (Enumeration<JarEntry> all = file.entries(); all.hasMoreElements(); ) {
                JarEntry entry = all.nextElement();
                entries++;
                String name = entry.getName();
                String unsafe = unsafeBecause(name);
                if (unsafe != null) {
                    evaluation.add(unsafeEntry(shown, name, unsafe));
                }
                if (entry.isDirectory() || !name.endsWith(".class")) {
                    continue;
                }
                int major = majorVersionOf(file, entry);
                if (major < 0) {
                    evaluation.add(Finding.of(
                                    SmokeCodes.CLASS_MALFORMED,
                                    GateStatus.FAIL,
                                    shown + " holds " + printable(name) + ", which is not a class file")
                            .withFile(shown, null)
                            .withFix("Rebuild with 'mvn clean package'; if it stays, find what copies "
                                    + printable(name) + " into the jar (resources, a filtered copy) and stop it"));
                    continue;
                }
                Integer release = versionDirectoryOf(name);
                if (release == null) {
                    highest = Math.max(highest, major);
                }
                int allowed = release != null ? release : declaredRelease;
                if (allowed > 0 && major > allowed + MAJOR_VERSION_OFFSET) {
                    tooNew.computeIfAbsent(release == null ? 0 : release, r -> new Offenders())
                            .add(name, major);
                }
            }
            tooNew.forEach((release, offenders) -> evaluation.add(
                    release == 0
                            ? tooNewForProject(offenders, declaredRelease, shown)
                            : tooNewForVersionDirectory(offenders, release, shown)));
            evaluation.input(shown, Digests.sha256(jar));
            return Optional.of(new JarSummary(mainClassOf(manifest, shown, evaluation), highest, entries));
        } catch (IOException | IllegalArgumentException e) {
            // ZipFile reports an entry name that is not valid in the jar's encoding unchecked.
            evaluation.add(Finding.of(
                            SmokeCodes.JAR_UNREADABLE,
                            GateStatus.FAIL,
                            "The jar " + shown + " cannot be read: " + reasonOf(e))
                    .withFile(shown, null)
                    .withFix("Rebuild it with 'mvn clean package' and check that nothing else writes to " + shown));
            return Optional.empty();
        }
    }

    /** Why an entry name could write outside the directory it is extracted into, or null when it cannot. */
    static String unsafeBecause(String name) {
        if (name.startsWith("/")) {
            return "is an absolute path";
        }
        if (DRIVE_LETTER.matcher(name).matches()) {
            return "starts with a drive letter";
        }
        if (name.indexOf('\\') >= 0) {
            return "contains a backslash, which Windows treats as a separator";
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return "contains a '..' segment";
            }
        }
        return null;
    }

    private static Finding unsafeEntry(String shown, String name, String reason) {
        String entry = printable(name);
        return Finding.of(
                        SmokeCodes.JAR_UNSAFE_ENTRY,
                        GateStatus.FAIL,
                        shown + " holds the entry '" + entry + "', which " + reason
                                + "; extracting it could write outside the target directory")
                .withFile(shown, null)
                .withFix("Find what adds '" + entry + "' to the jar (a resource directory, an assembly descriptor, "
                        + "a shade filter) and remove it; do not extract this jar")
                .withAttribute("entry", entry);
    }

    /** The class file's major version, or -1 when the entry does not start like a class file. */
    private static int majorVersionOf(JarFile file, JarEntry entry) throws IOException {
        byte[] header;
        try (InputStream in = file.getInputStream(entry)) {
            header = in.readNBytes(8);
        }
        if (header.length < 8 || readInt(header, 0) != CLASS_MAGIC) {
            return -1;
        }
        return ((header[6] & 0xff) << 8) | (header[7] & 0xff);
    }

    private static int readInt(byte[] bytes, int at) {
        return ((bytes[at] & 0xff) << 24)
                | ((bytes[at + 1] & 0xff) << 16)
                | ((bytes[at + 2] & 0xff) << 8)
                | (bytes[at + 3] & 0xff);
    }

    /** N for an entry under {@code META-INF/versions/N/}, else null. */
    static Integer versionDirectoryOf(String name) {
        Matcher matcher = VERSIONED.matcher(name);
        return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
    }

    private static Finding tooNewForProject(Offenders offenders, int declaredRelease, String shown) {
        return Finding.of(
                        SmokeCodes.CLASS_VERSION_TOO_NEW,
                        GateStatus.FAIL,
                        offenders.worstEntry + " targets Java " + javaOf(offenders.worstMajor) + " (class file "
                                + offenders.worstMajor + ") but the project declares release " + declaredRelease
                                + offenders.others())
                .withFile(shown, null)
                .withFix("Compile with <maven.compiler.release>" + declaredRelease
                        + "</maven.compiler.release> (or raise the declared release)")
                .withDetail(offenders.detail());
    }

    private static Finding tooNewForVersionDirectory(Offenders offenders, int release, String shown) {
        String directory = "META-INF/versions/" + release + "/";
        return Finding.of(
                        SmokeCodes.CLASS_VERSION_TOO_NEW,
                        GateStatus.FAIL,
                        offenders.worstEntry + " targets Java " + javaOf(offenders.worstMajor) + " (class file "
                                + offenders.worstMajor + ") but sits under " + directory + ", which Java " + release
                                + " loads" + offenders.others())
                .withFile(shown, null)
                .withFix("Compile the classes for " + directory + " with <release>" + release
                        + "</release> in their maven-compiler-plugin execution, or move them under META-INF/versions/"
                        + javaOf(offenders.worstMajor) + "/")
                .withDetail(offenders.detail());
    }

    /** The Java release a class file major version belongs to: 52 is 8, 65 is 21, 48 is 1.4. */
    static String javaOf(int major) {
        int release = major - MAJOR_VERSION_OFFSET;
        return release >= 5 ? Integer.toString(release) : "1." + release;
    }

    /**
     * The manifest's Main-Class when it is a Java class name; otherwise null and a finding. The name goes
     * onto a command line: one of a megabyte, or with shell metacharacters, is never run or printed whole.
     */
    private static String mainClassOf(Manifest manifest, String shown, GateEvaluation evaluation) {
        if (manifest == null) {
            return null;
        }
        String mainClass = manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
        if (mainClass == null || mainClass.isBlank()) {
            return null;
        }
        String stripped = mainClass.strip();
        if (stripped.length() > MAX_MAIN_CLASS_LENGTH
                || !CLASS_NAME.matcher(stripped).matches()) {
            String quoted = printable(stripped.length() > 80 ? stripped.substring(0, 80) + "…" : stripped);
            evaluation.add(Finding.of(
                            SmokeCodes.JAR_MAIN_CLASS_INVALID,
                            GateStatus.FAIL,
                            "The jar " + shown + " declares Main-Class '" + quoted + "' (" + stripped.length()
                                    + " characters), which is not a Java class name; it was not run")
                    .withFile(shown, null)
                    .withFix(
                            "Set <mainClass> of maven-jar-plugin's manifest configuration to the fully qualified name of"
                                    + " the class with the main method"));
            return null;
        }
        return stripped;
    }

    /** An entry name with control characters escaped, so that a hostile name cannot forge log lines. */
    static String printable(String name) {
        StringBuilder shown = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    private static String reasonOf(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The classes of one scope (the base, or one versions directory) that are too new for it. */
    private static final class Offenders {
        private final List<String> listed = new ArrayList<>();
        private String worstEntry;
        private int worstMajor;
        private int count;

        void add(String name, int major) {
            count++;
            if (major > worstMajor) {
                worstMajor = major;
                worstEntry = printable(name);
            }
            if (listed.size() < LISTED_CLASSES) {
                listed.add(printable(name) + ": class file " + major);
            }
        }

        String others() {
            int others = count - 1;
            return others == 0 ? "" : " (and " + others + " more class" + (others == 1 ? "" : "es") + " too new)";
        }

        String detail() {
            if (count == 1) {
                return null;
            }
            return String.join("\n", listed)
                    + (count > listed.size() ? "\n… and " + (count - listed.size()) + " more" : "");
        }
    }
}
