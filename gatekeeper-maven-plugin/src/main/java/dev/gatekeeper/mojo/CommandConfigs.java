package dev.gatekeeper.mojo;

import dev.gatekeeper.core.CommandSpec;
import dev.gatekeeper.maven.Durations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/** Maps {@link CertificationCommand}s as written in a POM to the {@link CommandSpec}s a gate runs. */
final class CommandConfigs {
    private CommandConfigs() {}

    /**
     * @param list             how the list is named in messages, e.g. {@code certify <commands>}
     * @param exampleExecutable shown when an entry has no executable, e.g. {@code ./scripts/certify.sh}
     * @param moduleDirectory  where a command without a working directory runs
     * @throws MojoExecutionException naming the entry when one is incomplete or two share a name
     */
    static List<CommandSpec> toSpecs(
            List<CertificationCommand> commands, String list, String exampleExecutable, Path moduleDirectory)
            throws MojoExecutionException {
        List<CommandSpec> specs = new ArrayList<>();
        if (commands == null) {
            return specs;
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < commands.size(); i++) {
            CertificationCommand command = commands.get(i);
            String where = list + " entry " + (i + 1);
            if (command.getExecutable() == null || command.getExecutable().isBlank()) {
                throw new MojoExecutionException(where + " has no <executable>; name the program to run, e.g. "
                        + "<executable>" + exampleExecutable + "</executable>");
            }
            String name = command.getName() == null || command.getName().isBlank()
                    ? Path.of(command.getExecutable()).getFileName().toString()
                    : command.getName();
            if (!name.matches("[A-Za-z0-9._-]+")) {
                throw new MojoExecutionException(where + " has the name '" + name
                        + "'; use letters, digits, '.', '_' and '-' only (it names the log file)");
            }
            if (!names.add(name)) {
                throw new MojoExecutionException(
                        where + " reuses the name '" + name + "'; give each command its own <name>");
            }
            try {
                specs.add(new CommandSpec(
                        name,
                        command.getExecutable(),
                        List.copyOf(command.getArguments() == null ? List.of() : command.getArguments()),
                        command.getWorkingDirectory() == null
                                ? moduleDirectory
                                : command.getWorkingDirectory().toPath(),
                        environmentOf(command.getEnvironment()),
                        Durations.parse(command.getTimeout(), where + " <timeout>"),
                        new LinkedHashSet<>(
                                command.getAllowedExitCodes() == null
                                                || command.getAllowedExitCodes().isEmpty()
                                        ? List.of(0)
                                        : command.getAllowedExitCodes())));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException(e.getMessage(), e);
            }
        }
        return specs;
    }

    /** An empty element such as {@code <DEBUG/>} arrives as null; it means the empty string. */
    static Map<String, String> environmentOf(Map<String, String> configured) {
        Map<String, String> environment = new LinkedHashMap<>();
        if (configured != null) {
            configured.forEach((name, value) -> environment.put(name, value == null ? "" : value));
        }
        return environment;
    }
}
