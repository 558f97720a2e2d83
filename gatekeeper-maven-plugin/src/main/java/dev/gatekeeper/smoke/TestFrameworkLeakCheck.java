package dev.gatekeeper.smoke;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * A test framework on the module's runtime graph reaches every consumer's runtime classpath (and its
 * SBOM, as required). Judged on the graph this build resolved (compile and runtime scope, transitive):
 * it is there offline and names the declaring dependency; {@code provided}, {@code test} and
 * {@code <optional>} dependencies never reach a consumer and are not looked at.
 *
 * <p>A test-support library depends on a test framework on purpose. It is recognised, and nothing
 * holds, when
 * <ul>
 *   <li>the module says so ({@code gatekeeper.smoke.testSupport=true});
 *   <li>the module is itself in a test framework's group, or its artifactId names it test support
 *       ({@code -test}, {@code -testing}, {@code -test-support}, {@code -testkit}, {@code -test-utils},
 *       {@code -junit}, {@code -junit5}…);
 *   <li>the module's own classes use the framework: a class of its jar refers to a package of a test
 *       framework that the same direct dependency brings.
 * </ul>
 */
public final class TestFrameworkLeakCheck {
    private static final List<String> TEST_SUPPORT_SUFFIXES = List.of(
            "-test",
            "-testing",
            "-test-support",
            "-testkit",
            "-test-kit",
            "-test-utils",
            "-testutils",
            "-test-fixtures",
            "-junit",
            "-junit4",
            "-junit5",
            "-junit-jupiter");

    private final List<RuntimeDependency> graph;
    private final Map<String, RuntimeDependency.Declaration> declarations;
    private final TestFrameworks frameworks;
    private final boolean declaredTestSupport;
    private final GateStatus severity;
    /** Why the graph could not be had, or null. */
    private String notJudged;

    /**
     * @param declarations        where each direct dependency is declared, by groupId:artifactId
     * @param declaredTestSupport {@code gatekeeper.smoke.testSupport}
     * @param severity            how a leak counts: HOLD for a published module, WARN for one that is not
     */
    public TestFrameworkLeakCheck(
            List<RuntimeDependency> graph,
            Map<String, RuntimeDependency.Declaration> declarations,
            TestFrameworks frameworks,
            boolean declaredTestSupport,
            GateStatus severity) {
        this.graph = List.copyOf(graph);
        this.declarations = Map.copyOf(declarations);
        this.frameworks = Objects.requireNonNull(frameworks, "frameworks");
        this.declaredTestSupport = declaredTestSupport;
        this.severity = Objects.requireNonNull(severity, "severity");
    }

    /** A check that finds nothing: no graph. */
    public static TestFrameworkLeakCheck none() {
        return new TestFrameworkLeakCheck(List.of(), Map.of(), TestFrameworks.defaults(), false, GateStatus.HOLD);
    }

    /** A check that could not get the module's graph: a WARN saying why, instead of a silent pass. */
    public static TestFrameworkLeakCheck notJudged(String reason) {
        TestFrameworkLeakCheck check = none();
        check.notJudged = Objects.requireNonNull(reason, "reason");
        return check;
    }

    /**
     * @param groupId      the module's coordinates
     * @param mainArtifact the module's jar, whose classes may use the framework; null when there is none
     */
    public void check(
            String groupId, String artifactId, Path mainArtifact, String pomShown, GateEvaluation evaluation) {
        if (notJudged != null) {
            evaluation.add(Finding.of(
                            SmokeCodes.TEST_FRAMEWORKS_NOT_JUDGED,
                            GateStatus.WARN,
                            "Test frameworks on consumers' runtime classpath were not " + "judged: " + notJudged)
                    .withFile(pomShown, null)
                    .withFix("Make every dependency of " + pomShown
                            + " resolvable (run 'mvn dependency:tree' to see which "
                            + "one fails), or run without -o so that Maven can download it"));
            return;
        }
        Map<String, RuntimeDependency> byKey = new LinkedHashMap<>();
        graph.forEach(dependency -> byKey.putIfAbsent(dependency.key(), dependency));
        // By the direct dependency that brings them: that is the line to change.
        Map<String, List<RuntimeDependency>> leaks = new LinkedHashMap<>();
        for (RuntimeDependency dependency : graph) {
            if (frameworks.match(dependency.groupId(), dependency.artifactId()) != null
                    && reachesConsumers(dependency, byKey)) {
                leaks.computeIfAbsent(dependency.directKey(), key -> new ArrayList<>())
                        .add(dependency);
            }
        }
        if (leaks.isEmpty()) {
            return;
        }
        Optional<String> support = testSupportBy(groupId, artifactId);
        if (support.isPresent()) {
            evaluation.add(Finding.of(
                            SmokeCodes.TEST_SUPPORT_LIBRARY,
                            GateStatus.PASS,
                            artifactId + " is a test-support library (" + support.get()
                                    + "): its test frameworks on consumers' runtime classpath are intended")
                    .withFile(pomShown, null)
                    .withDetail(
                            detail(leaks.values().stream().flatMap(List::stream).toList())));
            return;
        }
        MainClasses classes = MainClasses.of(mainArtifact, evaluation);
        for (Map.Entry<String, List<RuntimeDependency>> leak : leaks.entrySet()) {
            RuntimeDependency direct = byKey.get(leak.getKey());
            String used = classes.firstUse(leak.getValue());
            if (used != null) {
                evaluation.add(Finding.of(
                                SmokeCodes.TEST_SUPPORT_LIBRARY,
                                GateStatus.PASS,
                                artifactId + " is a test-support library for " + leak.getKey() + ": its classes use "
                                        + used.replace('/', '.') + "*")
                        .withFile(pomShown, null)
                        .withDetail(detail(leak.getValue())));
            } else {
                evaluation.add(leakFinding(direct, leak.getValue(), pomShown));
            }
        }
    }

    /** Why the module is a test-support library by what it says or is called, if it is. */
    Optional<String> testSupportBy(String groupId, String artifactId) {
        if (declaredTestSupport) {
            return Optional.of("gatekeeper.smoke.testSupport=true");
        }
        String own = frameworks.match(groupId, artifactId);
        if (own != null) {
            return Optional.of("it is itself a test framework, " + own);
        }
        String name = artifactId.toLowerCase(Locale.ROOT);
        return TEST_SUPPORT_SUFFIXES.stream()
                .filter(name::endsWith)
                .findFirst()
                .map(suffix -> "its artifactId ends in " + suffix);
    }

    private static boolean reachesConsumers(RuntimeDependency dependency, Map<String, RuntimeDependency> byKey) {
        if (!"compile".equals(dependency.scope()) && !"runtime".equals(dependency.scope())) {
            return false;
        }
        RuntimeDependency direct = byKey.get(dependency.directKey());
        return !dependency.optional() && (direct == null || !direct.optional());
    }

    private Finding leakFinding(RuntimeDependency direct, List<RuntimeDependency> found, String pomShown) {
        RuntimeDependency.Declaration declared =
                declarations.get(direct == null ? found.get(0).directKey() : direct.key());
        String directCoordinates = direct == null ? found.get(0).path().get(0) : direct.coordinates();
        String scope = direct == null ? found.get(0).scope() : direct.scope();
        String where = declared == null ? pomShown : declared.describe();
        String names = found.stream().map(RuntimeDependency::coordinates).collect(Collectors.joining(", "));
        boolean frameworkItself = direct != null && frameworks.match(direct.groupId(), direct.artifactId()) != null;
        String message = frameworkItself
                ? "Test framework " + directCoordinates + " is a " + scope + " dependency (" + where
                        + "): every consumer gets " + names + " on its runtime classpath"
                : directCoordinates + " (" + scope + ", " + where + ") brings test framework"
                        + (found.size() == 1 ? " " : "s ") + names + " to every consumer's runtime classpath";
        String dependencyKey = direct == null ? found.get(0).directKey() : direct.key();
        String fix = frameworkItself
                ? "Add <scope>test</scope> to the " + dependencyKey + " dependency at " + where
                        + "; if the main code needs it, mark the module as test support (gatekeeper.smoke.testSupport=true)"
                : "Exclude " + (found.size() == 1 ? "it" : "them") + " from " + dependencyKey + " at " + where + ": "
                        + exclusions(found) + "; or, if only tests use " + dependencyKey
                        + ", give it <scope>test</scope>";
        Finding finding = Finding.of(SmokeCodes.TEST_FRAMEWORK_AT_RUNTIME, severity, message)
                .withFix(fix)
                .withDetail(detail(found))
                .withAttribute("dependency", directCoordinates)
                .withAttribute("testFrameworks", names);
        return declared == null ? finding.withFile(pomShown, null) : finding.withFile(declared.file(), declared.line());
    }

    private static String exclusions(List<RuntimeDependency> found) {
        return "<exclusions>"
                + found.stream()
                        .filter(dependency -> found.stream()
                                .noneMatch(other ->
                                        other != dependency && dependency.path().contains(other.coordinates())))
                        .map(dependency -> "<exclusion><groupId>" + dependency.groupId() + "</groupId><artifactId>"
                                + dependency.artifactId() + "</artifactId></exclusion>")
                        .collect(Collectors.joining())
                + "</exclusions>";
    }

    /** Each framework artifact with its path, then what comes to consumers along with them. */
    private String detail(List<RuntimeDependency> found) {
        List<String> lines = new ArrayList<>();
        for (RuntimeDependency dependency : found) {
            lines.add(dependency.coordinates() + " (" + dependency.scope() + "): "
                    + (dependency.direct() ? "declared directly" : String.join(" -> ", dependency.path())));
        }
        TreeSet<String> along = new TreeSet<>();
        for (RuntimeDependency other : graph) {
            boolean underAFramework = other.path().stream()
                    .limit(other.path().size() - 1)
                    .anyMatch(step -> found.stream()
                            .anyMatch(framework -> framework.coordinates().equals(step)));
            if (underAFramework && frameworks.match(other.groupId(), other.artifactId()) == null) {
                along.add(other.coordinates());
            }
        }
        if (!along.isEmpty()) {
            lines.add("and with them: " + String.join(", ", along));
        }
        return String.join("\n", lines);
    }

    /** The class files of the module's jar, as text in which a package name can be found. */
    private record MainClasses(List<String> classes) {
        static MainClasses of(Path jar, GateEvaluation evaluation) {
            return new MainClasses(jar == null ? List.of() : classFiles(jar, evaluation));
        }

        /**
         * The first package of the frameworks that a class refers to, or null. A class file names every
         * class it uses in its constant pool in internal form ({@code org/mockito/Mockito}), so a
         * package's name appears in its bytes exactly when one of its classes is used.
         */
        String firstUse(List<RuntimeDependency> frameworks) {
            if (classes.isEmpty()) {
                return null;
            }
            for (RuntimeDependency framework : frameworks) {
                if (framework.file() == null) {
                    continue;
                }
                for (String prefix : packagesOf(framework.file())) {
                    if (classes.stream().anyMatch(text -> text.contains(prefix))) {
                        return prefix;
                    }
                }
            }
            return null;
        }

        private static List<String> classFiles(Path jar, GateEvaluation evaluation) {
            List<String> texts = new ArrayList<>();
            try (JarFile file = new JarFile(jar.toFile())) {
                for (JarEntry entry : file.stream().toList()) {
                    if (entry.getName().endsWith(".class") && !entry.isDirectory()) {
                        texts.add(new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1));
                    }
                }
            } catch (IOException e) {
                evaluation.log().warn("cannot read the classes of " + jar.getFileName() + ": " + e.getMessage());
            }
            return texts;
        }

        /** The framework's top packages in internal form ({@code org/mockito/}); none for a jar without classes. */
        private static List<String> packagesOf(Path jar) {
            TreeSet<String> packages = new TreeSet<>();
            try (JarFile file = new JarFile(jar.toFile())) {
                file.stream()
                        .map(JarEntry::getName)
                        .filter(name ->
                                name.endsWith(".class") && !name.startsWith("META-INF/") && name.indexOf('/') > 0)
                        .forEach(name -> packages.add(name.substring(0, name.lastIndexOf('/') + 1)));
            } catch (IOException e) {
                return List.of();
            }
            List<String> top = new ArrayList<>();
            for (String name : packages) {
                if (top.stream().noneMatch(name::startsWith)) {
                    top.add(name);
                }
            }
            return top;
        }
    }
}
