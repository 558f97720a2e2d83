import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a synthetic Maven reactor for Gatekeeper's benchmarks, from released artifacts already in the
 * local repository, so that every figure can be reproduced offline:
 *
 * <pre>
 * java bench/reactor/ReactorGenerator.java --modules 50 --dependencies 1500 --out /tmp/r50 \
 *     [--repository ~/.m2/repository] [--seed 42] [--gatekeeper-version 0.1.0-SNAPSHOT]
 * </pre>
 *
 * <p>The root aggregator has modules {@code module-001…}; module-001 is a command-line tool, every other
 * module depends on an earlier one (a binary tree), each module has 2-3 classes and as many JUnit 5 tests.
 * The third-party dependencies are distinct {@code groupId:artifactId:version} across the reactor, spread
 * over the modules, each declared with a {@code *:*} exclusion so nothing transitive is resolved. Only the
 * JDK is used; the same repository and seed give the same project.
 */
public final class ReactorGenerator {
    static final String JUNIT_VERSION = "5.14.1";
    static final String GROUP = "com.example.bench";
    /** The plugin versions this repository's own build and examples/greeter use, present offline. */
    static final Map<String, String> PLUGINS = new LinkedHashMap<>();

    static {
        PLUGINS.put("maven-clean-plugin", "3.5.0");
        PLUGINS.put("maven-resources-plugin", "3.3.1");
        PLUGINS.put("maven-compiler-plugin", "3.14.0");
        PLUGINS.put("maven-surefire-plugin", "3.5.4");
        PLUGINS.put("maven-jar-plugin", "3.4.2");
        PLUGINS.put("maven-install-plugin", "3.1.4");
        PLUGINS.put("maven-deploy-plugin", "3.1.4");
        PLUGINS.put("maven-source-plugin", "3.4.0");
        PLUGINS.put("maven-javadoc-plugin", "3.12.0");
    }

    record Artifact(String groupId, String artifactId, String version) implements Comparable<Artifact> {
        String key() {
            return groupId + ":" + artifactId + ":" + version;
        }

        @Override
        public int compareTo(Artifact other) {
            return key().compareTo(other.key());
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = parse(args);
        int modules = Integer.parseInt(options.getOrDefault("modules", "10"));
        int dependencies = Integer.parseInt(options.getOrDefault("dependencies", "100"));
        Path out = Path.of(require(options, "out"));
        Path repository = Path.of(options.getOrDefault("repository", System.getProperty("user.home") + "/.m2/repository"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        String gatekeeperVersion = options.getOrDefault("gatekeeper-version", "0.1.0-SNAPSHOT");
        if (modules < 1 || modules > 999 || dependencies < 0) {
            fail("--modules must be 1..999 and --dependencies at least 0");
        }
        if (!Files.isDirectory(repository.resolve("org/junit/jupiter/junit-jupiter/" + JUNIT_VERSION))) {
            fail("junit-jupiter " + JUNIT_VERSION + " is not in " + repository + "; build examples/greeter once with network");
        }
        List<Artifact> found = scan(repository);
        if (found.size() < dependencies) {
            fail("asked for " + dependencies + " distinct third-party dependencies, but " + repository + " holds only "
                    + found.size() + " released artifacts with a jar and a POM; run bench/reactor/prepare-repository.sh "
                    + "once (it needs Maven Central) or ask for fewer");
        }
        List<Artifact> chosen = new ArrayList<>(found);
        Collections.shuffle(chosen, new Random(seed));
        chosen = new ArrayList<>(chosen.subList(0, dependencies));
        Collections.sort(chosen);
        List<List<Artifact>> perModule = spread(chosen, modules, new Random(seed + 1));
        if (Files.exists(out) && !isEmptyDirectory(out)) {
            fail(out + " exists and is not empty; choose another --out");
        }
        new ReactorWriter(out, modules, gatekeeperVersion, dependencies).write(perModule);
        System.out.printf("wrote %s: %d modules, %d distinct third-party dependencies (of %d found in %s, seed %d)%n",
                out, modules, dependencies, found.size(), repository, seed);
    }

    /** Released {@code g:a:v} with both {@code a-v.jar} and {@code a-v.pom}, in a stable order. */
    static List<Artifact> scan(Path repository) throws IOException {
        TreeSet<Artifact> artifacts = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(repository)) {
            walk.filter(path -> path.getFileName().toString().endsWith(".jar")).forEach(jar -> {
                Path versionDir = jar.getParent();
                if (versionDir == null || versionDir.getParent() == null || versionDir.getParent().getParent() == null) {
                    return;
                }
                String version = versionDir.getFileName().toString();
                String artifactId = versionDir.getParent().getFileName().toString();
                Path groupDir = repository.relativize(versionDir.getParent().getParent());
                String groupId = groupDir.toString().replace(java.io.File.separatorChar, '.');
                String base = artifactId + "-" + version;
                if (!jar.getFileName().toString().equals(base + ".jar") || version.endsWith("-SNAPSHOT")
                        || groupId.isEmpty() || groupId.equals("dev.gatekeeper") || groupId.startsWith("dev.gatekeeper.")
                        || groupId.startsWith(GROUP) || isTestFramework(groupId) || !Files.isRegularFile(versionDir.resolve(base + ".pom"))
                        || Files.exists(versionDir.resolve(base + ".jar.lastUpdated"))) {
                    return;
                }
                try {
                    if (Files.size(jar) > 0 && PomChain.availableOffline(jar) && PomChain.complete(repository, groupId, artifactId, version)) {
                        artifacts.add(new Artifact(groupId, artifactId, version));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return new ArrayList<>(artifacts);
    }

    /** The reactor's own tests run on these; another version of them as a dependency would replace them. */
    static boolean isTestFramework(String groupId) {
        return groupId.equals("org.junit") || groupId.startsWith("org.junit.") || groupId.equals("org.opentest4j")
                || groupId.equals("org.apiguardian");
    }

    /** Round-robin from a random start, never two versions of one {@code g:a} in the same module. */
    static List<List<Artifact>> spread(List<Artifact> chosen, int modules, Random random) {
        List<List<Artifact>> perModule = new ArrayList<>();
        List<Set<String>> packages = new ArrayList<>();
        for (int i = 0; i < modules; i++) {
            perModule.add(new ArrayList<>());
            packages.add(new HashSet<>());
        }
        int next = random.nextInt(modules);
        for (Artifact artifact : chosen) {
            String ga = artifact.groupId() + ":" + artifact.artifactId();
            int tries = 0;
            while (packages.get(next).contains(ga) && tries++ < modules) {
                next = (next + 1) % modules;
            }
            if (packages.get(next).contains(ga)) {
                fail("more versions of " + ga + " than modules; ask for more modules");
            }
            perModule.get(next).add(artifact);
            packages.get(next).add(ga);
            next = (next + 1) % modules;
        }
        return perModule;
    }

    private static boolean isEmptyDirectory(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> list = Files.list(path)) {
            return list.findAny().isEmpty();
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                fail("usage: java bench/reactor/ReactorGenerator.java --modules N --dependencies N --out DIR "
                        + "[--repository DIR] [--seed N] [--gatekeeper-version V]");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            fail("--" + name + " is required");
        }
        return value;
    }

    static void fail(String message) {
        System.err.println("ReactorGenerator: " + message);
        System.exit(2);
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

/**
 * Whether Maven can read an artifact's POM offline: the POM, its parents and the BOMs they import are all
 * in the local repository. An artifact whose model cannot be built fails dependency collection even with
 * a {@code *:*} exclusion, so such artifacts are not offered.
 */
final class PomChain {
    private static final Map<String, Boolean> KNOWN = new java.util.HashMap<>();

    private PomChain() {}

    static boolean complete(Path repository, String groupId, String artifactId, String version) {
        return check(repository, groupId, artifactId, version, 0);
    }

    private static boolean check(Path repository, String groupId, String artifactId, String version, int depth) {
        String key = groupId + ":" + artifactId + ":" + version;
        Boolean known = KNOWN.get(key);
        if (known != null) {
            return known;
        }
        boolean result = depth < 20 && readable(repository, groupId, artifactId, version, depth);
        KNOWN.put(key, result);
        return result;
    }

    private static boolean readable(Path repository, String groupId, String artifactId, String version, int depth) {
        if (version == null || version.contains("${") || groupId == null || groupId.contains("${")) {
            return false;
        }
        Path pom = repository.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version)
                .resolve(artifactId + "-" + version + ".pom");
        if (!availableOffline(pom)) {
            return false;
        }
        org.w3c.dom.Element project;
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        } catch (Exception e) {
            return false;
        }
        Map<String, String> properties = new java.util.HashMap<>();
        org.w3c.dom.Element parent = child(project, "parent");
        if (parent != null) {
            String parentGroup = text(parent, "groupId");
            String parentVersion = text(parent, "version");
            if (!check(repository, parentGroup, text(parent, "artifactId"), parentVersion, depth + 1)) {
                return false;
            }
            properties.put("project.parent.version", parentVersion);
            properties.put("project.version", parentVersion);
            properties.put("project.groupId", parentGroup);
        }
        if (text(project, "version") != null) {
            properties.put("project.version", text(project, "version"));
        }
        properties.put("project.groupId", text(project, "groupId") != null ? text(project, "groupId") : properties.get("project.groupId"));
        org.w3c.dom.Element declared = child(project, "properties");
        if (declared != null) {
            for (org.w3c.dom.Node n = declared.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof org.w3c.dom.Element e) {
                    properties.put(e.getTagName(), e.getTextContent().trim());
                }
            }
        }
        org.w3c.dom.Element management = child(project, "dependencyManagement");
        org.w3c.dom.Element managed = management == null ? null : child(management, "dependencies");
        if (managed != null) {
            for (org.w3c.dom.Node n = managed.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof org.w3c.dom.Element dependency && "import".equals(text(dependency, "scope"))
                        && !check(repository, expand(text(dependency, "groupId"), properties), text(dependency, "artifactId"),
                                expand(text(dependency, "version"), properties), depth + 1)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Maven's resolver serves a file offline only to the repository it came from ({@code _remote.repositories});
     * what came from a repository another project declared (say "maven-central") is "present, but unavailable".
     */
    static boolean availableOffline(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Path origins = file.resolveSibling("_remote.repositories");
        if (!Files.isRegularFile(origins)) {
            return true;
        }
        try {
            String name = file.getFileName().toString();
            return Files.readAllLines(origins).stream()
                    .anyMatch(line -> line.equals(name + ">central=") || line.equals(name + ">="));
        } catch (IOException e) {
            return false;
        }
    }

    /** Resolves {@code ${name}} from the POM's own properties only; what is left unresolved makes the check fail. */
    private static String expand(String value, Map<String, String> properties) {
        for (int i = 0; value != null && value.contains("${") && i < 5; i++) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([^}]+)}").matcher(value);
            value = m.replaceAll(r -> java.util.regex.Matcher.quoteReplacement(properties.getOrDefault(r.group(1), r.group())));
        }
        return value;
    }

    private static org.w3c.dom.Element child(org.w3c.dom.Element element, String name) {
        for (org.w3c.dom.Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(org.w3c.dom.Element element, String name) {
        org.w3c.dom.Element e = child(element, name);
        return e == null ? null : e.getTextContent().trim();
    }
}

/** Writes the reactor's files; every text is a function of the module number and the chosen artifacts. */
final class ReactorWriter {
    private static final String CLI_PACKAGE = ReactorGenerator.GROUP + ".cli";
    private final Path out;
    private final int modules;
    private final String gatekeeperVersion;
    private final int dependencies;

    ReactorWriter(Path out, int modules, String gatekeeperVersion, int dependencies) {
        this.out = out;
        this.modules = modules;
        this.gatekeeperVersion = gatekeeperVersion;
        this.dependencies = dependencies;
    }

    static String moduleName(int module) {
        return String.format("module-%03d", module);
    }

    /** module-001 is the root of a binary tree: module k depends on module k/2. */
    static int parentOf(int module) {
        return module / 2;
    }

    void write(List<List<ReactorGenerator.Artifact>> perModule) {
        ReactorGenerator.write(out.resolve("pom.xml"), rootPom());
        ReactorGenerator.write(out.resolve("README.md"), readme());
        ReactorGenerator.write(out.resolve(".gitignore"), "target/\nbuild.log\n");
        // What benchmarks read to know the reactor's third-party coordinates without resolving it.
        ReactorGenerator.write(out.resolve("dependencies.txt"), perModule.stream().flatMap(List::stream)
                .map(ReactorGenerator.Artifact::key).sorted().collect(java.util.stream.Collectors.joining("\n", "", "\n")));
        for (int module = 1; module <= modules; module++) {
            java.util.TreeSet<String> onClasspath = new java.util.TreeSet<>();
            for (int m = module; m >= 1; m = parentOf(m)) {
                perModule.get(m - 1).forEach(a -> onClasspath.add(a.groupId() + ":" + a.artifactId()));
            }
            writeModule(module, perModule.get(module - 1), onClasspath);
        }
    }

    private String rootPom() {
        StringBuilder plugins = new StringBuilder();
        ReactorGenerator.PLUGINS.forEach((artifactId, version) -> plugins.append("""
                        <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>%s</artifactId><version>%s</version></plugin>
                """.formatted(artifactId, version)));
        StringBuilder moduleList = new StringBuilder();
        for (int module = 1; module <= modules; module++) {
            moduleList.append("    <module>").append(moduleName(module)).append("</module>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <!-- Generated by bench/reactor/ReactorGenerator.java: %d modules, %d third-party dependencies. -->
                  <groupId>%s</groupId>
                  <artifactId>bench-root</artifactId>
                  <version>1.0.0-SNAPSHOT</version>
                  <packaging>pom</packaging>
                  <name>Generated benchmark reactor</name>
                  <description>A synthetic reactor for Gatekeeper's benchmarks.</description>
                  <url>https://example.com/bench</url>
                  <licenses><license><name>Apache-2.0</name><url>https://www.apache.org/licenses/LICENSE-2.0.txt</url></license></licenses>
                  <developers><developer><id>bench</id><name>Benchmark</name></developer></developers>
                  <scm><url>https://example.com/bench</url><connection>scm:git:https://example.com/bench.git</connection></scm>
                  <modules>
                %s  </modules>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>
                    <maven.compiler.release>17</maven.compiler.release>
                    <!-- Annotation processors among the third-party jars must not run. -->
                    <maven.compiler.proc>none</maven.compiler.proc>
                    <gatekeeper.version>%s</gatekeeper.version>
                    <!-- The audit engines: override with -Dgatekeeper.audit.engines=osv (and -Dgatekeeper.audit.osv.database=...)
                         or dependency-check (and -Dgatekeeper.audit.nvdDatafeedUrl=...), or both, comma-separated. -->
                    <gatekeeper.audit.engines>dependency-check</gatekeeper.audit.engines>
                  </properties>
                  <dependencies>
                    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><version>%s</version><scope>test</scope></dependency>
                  </dependencies>
                  <build>
                    <pluginManagement>
                      <plugins>
                %s      </plugins>
                    </pluginManagement>
                  </build>
                  <profiles>
                    <profile>
                      <id>merge-ready</id>
                      <properties>
                        <maven.test.failure.ignore>true</maven.test.failure.ignore>
                      </properties>
                      <build>
                        <plugins>
                          <plugin>
                            <groupId>dev.gatekeeper</groupId>
                            <artifactId>gatekeeper-maven-plugin</artifactId>
                            <version>${gatekeeper.version}</version>
                            <configuration>
                              <engines>${gatekeeper.audit.engines}</engines>
                            </configuration>
                            <executions>
                              <execution>
                                <id>merge-ready</id>
                                <goals>
                                  <goal>certify</goal>
                                  <goal>audit</goal>
                                  <goal>sbom</goal>
                                  <goal>fixtures</goal>
                                  <goal>verdict</goal>
                                </goals>
                              </execution>
                            </executions>
                          </plugin>
                        </plugins>
                      </build>
                    </profile>
                  </profiles>
                </project>
                """.formatted(modules, dependencies, ReactorGenerator.GROUP, moduleList, gatekeeperVersion,
                ReactorGenerator.JUNIT_VERSION, plugins);
    }

    private String readme() {
        return """
                # Generated benchmark reactor

                %d modules and %d distinct third-party dependencies, written by Gatekeeper's
                `bench/reactor/ReactorGenerator.java`. [module-001](module-001/README.md) is a command-line tool;
                `dependencies.txt` lists the third-party `groupId:artifactId:version`.

                Build it offline with `mvn -o verify`, or with Gatekeeper's gates: `mvn -o verify -Pmerge-ready`.
                """.formatted(modules, dependencies);
    }

    private void writeModule(int module, List<ReactorGenerator.Artifact> thirdParty, Set<String> onClasspath) {
        String name = moduleName(module);
        Path dir = out.resolve(name);
        String pkg = module == 1 ? CLI_PACKAGE : ReactorGenerator.GROUP + ".m" + String.format("%03d", module);
        Path main = dir.resolve("src/main/java").resolve(pkg.replace('.', '/'));
        Path test = dir.resolve("src/test/java").resolve(pkg.replace('.', '/'));
        int classes = 2 + module % 2;
        String parentPackage = module == 1 ? null : parentOf(module) == 1 ? CLI_PACKAGE
                : ReactorGenerator.GROUP + ".m" + String.format("%03d", parentOf(module));
        for (int c = 1; c <= classes; c++) {
            String type = "Part" + c;
            String delegate = c == 1 && parentPackage != null ? parentPackage + ".Part1.weight(text)" : "0";
            ReactorGenerator.write(main.resolve(type + ".java"), """
                    package %s;

                    /** Part %d of %s. */
                    public final class %s {
                        private %s() {}

                        /** A deterministic number for a text: its length, %d, and what the module it builds on says. */
                        public static int weight(String text) {
                            return text.length() * %d + %s;
                        }
                    }
                    """.formatted(pkg, c, name, type, type, c, c, delegate));
            ReactorGenerator.write(test.resolve(type + "Test.java"), """
                    package %s;

                    import static org.junit.jupiter.api.Assertions.assertEquals;

                    import org.junit.jupiter.api.Test;

                    class %sTest {
                        @Test
                        void weightGrowsWithTheText() {
                            assertEquals(%d, %s.weight("ab") - %s.weight("a"));
                        }
                    }
                    """.formatted(pkg, type, weightStep(module, c), type, type));
        }
        if (module == 1) {
            writeCli(dir, main);
        }
        ReactorGenerator.write(dir.resolve("pom.xml"), modulePom(module, thirdParty, onClasspath));
    }

    /** weight("ab") - weight("a"): this part's factor plus, for Part1, the chain of Part1s it delegates to. */
    static int weightStep(int module, int part) {
        if (part != 1) {
            return part;
        }
        int step = 0;
        for (int m = module; m >= 1; m = parentOf(m)) {
            step += 1;
        }
        return step;
    }

    private void writeCli(Path dir, Path main) {
        ReactorGenerator.write(main.resolve("Main.java"), """
                package %s;

                import java.io.IOException;
                import java.nio.charset.StandardCharsets;
                import java.nio.file.Files;
                import java.nio.file.Path;
                import java.util.ArrayList;
                import java.util.List;

                /** {@code bench-cli [--help] [--from DIR] WORD...}: prints each word, and each line of DIR/words.txt, with its weight. */
                public final class Main {
                    private Main() {}

                    public static void main(String[] args) throws IOException {
                        if (args.length > 0 && args[0].equals("--help")) {
                            System.out.println("Usage: bench-cli [--help] [--from DIR] WORD...");
                            System.out.println("Prints each WORD, and each line of DIR/words.txt, with its weight.");
                            return;
                        }
                        List<String> words = new ArrayList<>();
                        for (int i = 0; i < args.length; i++) {
                            if (args[i].equals("--from") && i + 1 < args.length) {
                                Files.readAllLines(Path.of(args[++i], "words.txt"), StandardCharsets.UTF_8).stream()
                                        .filter(line -> !line.isBlank()).forEach(words::add);
                            } else {
                                words.add(args[i]);
                            }
                        }
                        for (String word : words) {
                            System.out.println(word + " " + (Part1.weight(word) + Part2.weight(word)));
                        }
                    }
                }
                """.formatted(CLI_PACKAGE));
        List<String> words = List.of("alpha", "beta", "gamma");
        ReactorGenerator.write(dir.resolve("src/test/fixtures/words/words.txt"), String.join("\n", words) + "\n");
        StringBuilder expected = new StringBuilder();
        for (String word : words) {
            expected.append(word).append(' ').append(word.length() * 3).append('\n');
        }
        ReactorGenerator.write(dir.resolve("src/test/snapshots/weights/words.txt"), expected.toString());
        ReactorGenerator.write(dir.resolve("README.md"), """
                # bench-cli

                The command-line tool of the generated reactor. Its help:

                <!-- gatekeeper:surface bench-cli-help -->

                ```text
                Usage: bench-cli [--help] [--from DIR] WORD...
                Prints each WORD, and each line of DIR/words.txt, with its weight.
                ```

                <!-- /gatekeeper:surface -->

                The fixture [src/test/fixtures/words](src/test/fixtures/words) and its expected output
                [src/test/snapshots/weights/words.txt](src/test/snapshots/weights/words.txt).
                """);
    }

    /**
     * The third-party jars are there to be resolved and scanned, not run: kept off the test classpath, where
     * another JUnit, a test engine or a listener among them would break the module's own tests.
     */
    private String modulePom(int module, List<ReactorGenerator.Artifact> thirdParty, Set<String> onClasspath) {
        StringBuilder excludes = new StringBuilder();
        onClasspath.forEach(ga -> excludes.append("          <classpathDependencyExclude>").append(ga).append("</classpathDependencyExclude>\n"));
        StringBuilder deps = new StringBuilder();
        if (module > 1) {
            deps.append("    <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>${project.version}</version></dependency>\n"
                    .formatted(ReactorGenerator.GROUP, moduleName(parentOf(module))));
        }
        for (ReactorGenerator.Artifact a : thirdParty) {
            deps.append("    <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>"
                    .formatted(a.groupId(), a.artifactId(), a.version()))
                    .append("<exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions></dependency>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>%s</groupId><artifactId>bench-root</artifactId><version>1.0.0-SNAPSHOT</version></parent>
                  <artifactId>%s</artifactId>
                  <!-- Maven does not inherit the name, and Maven Central (so the smoke gate) requires one. -->
                  <name>%s</name>
                  <dependencies>
                %s  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-surefire-plugin</artifactId>
                        <configuration>
                          <classpathDependencyExcludes>
                %s          </classpathDependencyExcludes>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                %s</project>
                """.formatted(ReactorGenerator.GROUP, moduleName(module), module == 1 ? "bench-cli" : "Benchmark " + moduleName(module),
                        deps, excludes, module == 1 ? cliProfile() : "");
    }

    /** The CLI's own gates, configured like examples/greeter/pom.xml. */
    private static String cliProfile() {
        return """
                  <profiles>
                    <profile>
                      <id>merge-ready</id>
                      <build>
                        <plugins>
                          <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-source-plugin</artifactId>
                            <executions><execution><id>attach-sources</id><goals><goal>jar-no-fork</goal></goals></execution></executions></plugin>
                          <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-javadoc-plugin</artifactId>
                            <executions><execution><id>attach-javadocs</id><goals><goal>jar</goal></goals></execution></executions></plugin>
                          <plugin>
                            <groupId>dev.gatekeeper</groupId>
                            <artifactId>gatekeeper-maven-plugin</artifactId>
                            <configuration>
                              <commands>
                                <command>
                                  <name>cli-help</name>
                                  <executable>${java.home}/bin/java</executable>
                                  <arguments><argument>-cp</argument><argument>${project.build.outputDirectory}</argument>
                                    <argument>%1$s.Main</argument><argument>--help</argument></arguments>
                                  <timeout>60s</timeout>
                                </command>
                              </commands>
                              <mainClass>%1$s.Main</mainClass>
                              <expectedOutput>Usage: bench-cli</expectedOutput>
                              <snapshots>
                                <snapshot>
                                  <name>weights</name>
                                  <mainClass>%1$s.Main</mainClass>
                                  <arguments><argument>--from</argument><argument>${profile}</argument></arguments>
                                  <profile>src/test/fixtures/words</profile>
                                </snapshot>
                              </snapshots>
                              <surfaces>
                                <surface>
                                  <name>bench-cli-help</name>
                                  <mainClass>%1$s.Main</mainClass>
                                  <arguments><argument>--help</argument></arguments>
                                </surface>
                              </surfaces>
                            </configuration>
                            <executions>
                              <execution>
                                <id>merge-ready-cli</id>
                                <goals><goal>snapshot</goal><goal>smoke</goal><goal>docs</goal></goals>
                              </execution>
                            </executions>
                          </plugin>
                        </plugins>
                      </build>
                    </profile>
                  </profiles>
                """.formatted(CLI_PACKAGE);
    }
}
