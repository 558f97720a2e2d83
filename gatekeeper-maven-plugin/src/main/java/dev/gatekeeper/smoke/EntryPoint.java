package dev.gatekeeper.smoke;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What to run on a JDK to prove that installed artifacts work.
 *
 * @param kind             how the JVM is started
 * @param classpath        for {@link Kind#MAIN_CLASS} and {@link Kind#PROBE}; unused for a jar
 * @param mainClass        the class to run; null for {@link Kind#EXECUTABLE_JAR}
 * @param jar              the executable jar; null otherwise
 * @param arguments        passed to the program
 * @param expectedOutput   must be found in some line of the output; null means any output will do
 * @param allowedExitCodes exit codes that count as success; empty means {0}
 */
public record EntryPoint(
        Kind kind,
        List<Path> classpath,
        String mainClass,
        Path jar,
        List<String> arguments,
        Pattern expectedOutput,
        Set<Integer> allowedExitCodes) {

    public enum Kind {
        /** {@code java -cp <classpath> <main> <args>} */
        MAIN_CLASS,
        /** {@code java -jar <jar> <args>} */
        EXECUTABLE_JAR,
        /** {@code java -cp <classpath> <probe>}: a library's own check that it loads, no arguments. */
        PROBE
    }

    public static final List<String> DEFAULT_ARGUMENTS = List.of("--help");

    /** A binary class name; anything else (e.g. "-XX:…") must not reach the java command line. */
    private static final Pattern CLASS_NAME =
            Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

    public EntryPoint {
        Objects.requireNonNull(kind, "kind");
        classpath = classpath == null ? List.of() : List.copyOf(classpath);
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        allowedExitCodes =
                allowedExitCodes == null || allowedExitCodes.isEmpty() ? Set.of(0) : Set.copyOf(allowedExitCodes);
        if (kind == Kind.EXECUTABLE_JAR) {
            Objects.requireNonNull(jar, "jar");
        } else if (mainClass == null || !CLASS_NAME.matcher(mainClass).matches()) {
            throw new IllegalArgumentException("'" + mainClass + "' is not a Java class name");
        }
    }

    /** {@code java -cp <classpath> <mainClass> --help}. */
    public static EntryPoint mainClass(List<Path> classpath, String mainClass) {
        return new EntryPoint(Kind.MAIN_CLASS, classpath, mainClass, null, DEFAULT_ARGUMENTS, null, null);
    }

    /** {@code java -jar <jar> --help}. */
    public static EntryPoint executableJar(Path jar) {
        return new EntryPoint(Kind.EXECUTABLE_JAR, null, null, jar, DEFAULT_ARGUMENTS, null, null);
    }

    /** {@code java -cp <classpath> <probeClass>}, expected to exit 0. */
    public static EntryPoint probe(List<Path> classpath, String probeClass) {
        return new EntryPoint(Kind.PROBE, classpath, probeClass, null, List.of(), null, null);
    }

    public EntryPoint withArguments(List<String> newArguments) {
        return new EntryPoint(kind, classpath, mainClass, jar, newArguments, expectedOutput, allowedExitCodes);
    }

    /** Requires a line of output to contain a match of {@code regex}. */
    public EntryPoint expecting(String regex) {
        return new EntryPoint(kind, classpath, mainClass, jar, arguments, Pattern.compile(regex), allowedExitCodes);
    }

    public EntryPoint allowingExitCodes(Set<Integer> codes) {
        return new EntryPoint(kind, classpath, mainClass, jar, arguments, expectedOutput, codes);
    }
}
