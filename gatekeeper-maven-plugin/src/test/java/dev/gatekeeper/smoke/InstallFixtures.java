package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Real JDKs, the real Maven and local repository, and a small CLI compiled on the spot. */
final class InstallFixtures {
    static final Path JDK_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
    static final Path JDK_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    static final String GROUP = "demo.smoke";
    static final String VERSION = "1.0";

    private InstallFixtures() {}

    /** The user's local repository as the build running these tests sees it; only ever read. */
    static Path userRepository() {
        String configured = System.getProperty("gatekeeper.userRepository");
        return configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".m2", "repository")
                : Path.of(configured);
    }

    static Path mavenHome() {
        String home = System.getProperty("maven.home");
        assumeTrue(
                home != null && Files.isDirectory(Path.of(home, "bin")),
                "maven.home is passed by surefire; run the tests through ./mvnw");
        return Path.of(home);
    }

    static Path commonsTextJar() {
        Path jar = userRepository().resolve("org/apache/commons/commons-text/1.9/commons-text-1.9.jar");
        // A test dependency of the plugin module, so the build has always resolved it by now.
        assertThat(jar).as("commons-text 1.9 in the local repository").isRegularFile();
        return jar;
    }

    /**
     * A jar with {@code demo.cli.Main} (its {@code --help} needs commons-text, {@code --version} and
     * {@code --lines n} need nothing), {@code Sleeper}, {@code Exit}, {@code Usage} (prints usage and
     * exits 2, as many CLIs do for {@code --help}) and {@code Probe}.
     */
    static Path cliJar(Path dir) throws IOException {
        Map<String, String> sources = Map.of(
                "demo/cli/Main.java", """
                        package demo.cli;
                        public class Main {
                            public static void main(String[] args) {
                                String first = args.length == 0 ? "--help" : args[0];
                                switch (first) {
                                    case "--help" -> Help.print();
                                    case "--version" -> System.out.println("demo-cli 1.0");
                                    case "--lines" -> {
                                        for (int i = 1; i <= Integer.parseInt(args[1]); i++) System.out.println("line " + i);
                                    }
                                    default -> { System.err.println("unknown option " + first); System.exit(2); }
                                }
                            }
                        }
                        """,
                "demo/cli/Help.java", """
                        package demo.cli;
                        import org.apache.commons.text.WordUtils;
                        class Help {
                            static void print() {
                                System.out.println(WordUtils.capitalize("usage: demo-cli [--help] [--version]"));
                                System.out.println("running on java " + System.getProperty("java.version"));
                            }
                        }
                        """,
                "demo/cli/Sleeper.java", """
                        package demo.cli;
                        public class Sleeper {
                            public static void main(String[] args) throws Exception {
                                System.out.println("pid " + ProcessHandle.current().pid());
                                System.out.flush();
                                Thread.sleep(120_000);
                            }
                        }
                        """,
                "demo/cli/Exit.java", """
                        package demo.cli;
                        public class Exit {
                            public static void main(String[] args) {
                                System.out.println("exiting with " + args[0]);
                                System.exit(Integer.parseInt(args[0]));
                            }
                        }
                        """,
                "demo/cli/Usage.java", """
                        package demo.cli;
                        public class Usage {
                            public static void main(String[] args) {
                                System.err.println("Usage: demo-cli [options] <file>");
                                System.err.println("Options:");
                                System.err.println("  -h, --help     show this help");
                                System.err.println("  -v, --verbose  say more");
                                System.exit(2);
                            }
                        }
                        """,
                "demo/cli/Probe.java", """
                        package demo.cli;
                        public class Probe {
                            public static void main(String[] args) throws Exception {
                                Class.forName("org.apache.commons.text.WordUtils");
                                System.out.println("probe ok");
                            }
                        }
                        """);
        Path sourceRoot = Files.createDirectories(dir.resolve("src"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> arguments = new ArrayList<>(
                List.of("--release", "17", "-classpath", commonsTextJar().toString(), "-d", classes.toString()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceRoot.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler.run(null, null, null, arguments.toArray(String[]::new)))
                .as("javac")
                .isZero();

        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "demo.cli.Main");
        Path jar = dir.resolve("demo-cli.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(
                        new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** A POM for {@code demo.smoke:<artifactId>:1.0} with the given {@code <dependency>} elements. */
    static Path pom(Path dir, String artifactId, String... dependencies) throws IOException {
        String pom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                  <dependencies>
                %s
                  </dependencies>
                </project>
                """.formatted(GROUP, artifactId, VERSION, String.join("\n", dependencies));
        Path file = dir.resolve(artifactId + ".pom");
        Files.writeString(file, pom, StandardCharsets.UTF_8);
        return file;
    }

    static String dependency(String groupId, String artifactId, String version, String scope) {
        return "    <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version><scope>%s</scope></dependency>"
                .formatted(groupId, artifactId, version, scope);
    }

    /** Path, size and modification time of every file and directory under {@code root}. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(root)) {
            return entries;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                entries.put(
                        root.relativize(path).toString(),
                        attributes.size() + " " + attributes.lastModifiedTime().toMillis());
            }
        }
        return entries;
    }
}
