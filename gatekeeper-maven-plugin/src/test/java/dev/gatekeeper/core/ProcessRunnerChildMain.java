package dev.gatekeeper.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A JVM that runs one command through {@link ProcessRunner}; the containment test terminates it half way. */
public final class ProcessRunnerChildMain {
    private ProcessRunnerChildMain() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        CommandSpec spec = new CommandSpec("held", args[1], List.of(), dir, Map.of(), Duration.ofMinutes(5), Set.of());
        ProcessRunner.run(spec, dir.resolve("held.log"), SecretRedactor.patternsOnly());
    }
}
