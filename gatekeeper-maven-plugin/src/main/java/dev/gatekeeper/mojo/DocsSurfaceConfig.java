package dev.gatekeeper.mojo;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code <surface>} of the docs goal, as written in the POM. Exactly one source: a command
 * ({@code mainClass}, {@code jar} or {@code executable}), a {@code pluginDescriptor}, or a {@code file}.
 */
public class DocsSurfaceConfig {
    /** What the doc markers name: {@code <!-- gatekeeper:surface NAME -->}. */
    String name;

    /** A main class run on the module's runtime classpath in a forked JVM; its standard output is the surface. */
    String mainClass;

    /** An executable jar run with {@code java -jar}. */
    File jar;

    /** An external program; a relative path with a separator is resolved against the working directory. */
    String executable;

    /** For a command: its output is Markdown, embedded as it is instead of in a code block. */
    boolean markdown;

    /** For a command, e.g. {@code --help}. */
    List<String> arguments = new ArrayList<>();

    /** Options for the forked JVM (main class or jar only). */
    List<String> jvmArguments = new ArrayList<>();

    /** Where the command runs; defaults to the module's base directory. */
    File workingDirectory;

    Map<String, String> environment = new LinkedHashMap<>();

    String timeout = "60s";

    List<Integer> allowedExitCodes = new ArrayList<>(List.of(0));

    /** A generated plugin descriptor, e.g. {@code ${project.build.outputDirectory}/META-INF/maven/plugin.xml}. */
    File pluginDescriptor;

    /** With a plugin descriptor: show this goal's parameters instead of the plugin's goals. */
    String goal;

    /** A file shown as a code block, e.g. a JSON Schema. */
    File file;

    /** The code block's language; defaults from the file's extension. */
    String language;
}
