package dev.gatekeeper.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * How a goal starts the product, shared by snapshot and docs: a main class on the module's runtime
 * classpath or an executable jar, each in a forked JVM, or an external program.
 */
public final class ProductCommand {
    /** The module's runtime classpath, resolved only when a main class needs it. */
    @FunctionalInterface
    public interface Classpath {
        List<String> elements() throws MojoExecutionException;
    }

    private ProductCommand() {}

    /** The program and the options that precede the product's own arguments. */
    public static List<String> of(
            String where,
            String mainClass,
            File jar,
            String executable,
            List<String> jvmArguments,
            Path javaHome,
            Classpath classpath)
            throws MojoExecutionException {
        int kinds = (mainClass != null ? 1 : 0) + (jar != null ? 1 : 0) + (executable != null ? 1 : 0);
        if (kinds != 1) {
            throw new MojoExecutionException(
                    where + " needs exactly one of <mainClass>, <jar> and <executable> (has " + kinds + ")");
        }
        if (executable != null) {
            return List.of(executable);
        }
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(jvmArguments == null ? List.of() : jvmArguments);
        if (jar != null) {
            command.add("-jar");
            command.add(jar.getAbsolutePath());
        } else {
            command.add("-cp");
            command.add(String.join(File.pathSeparator, classpath.elements()));
            command.add(mainClass);
        }
        return command;
    }
}
