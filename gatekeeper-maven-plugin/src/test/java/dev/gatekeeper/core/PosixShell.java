package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What a POSIX shell makes of a pasted command line, for tests of the commands Gatekeeper prints. */
public final class PosixShell {
    private PosixShell() {}

    /**
     * The words {@code sh} reads from {@code command}, run in {@code directory} as
     * {@code printf '%s\0' <command>}: NUL-terminated, so empty words and line breaks survive. Whatever
     * the command would have run besides (a {@code ;}, a {@code $(…)}) runs too, which is what a test checks.
     */
    public static List<String> words(String command, Path directory) throws Exception {
        Process shell = new ProcessBuilder("sh", "-c", "printf '%s\\0' " + command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        try {
            shell.getOutputStream().close();
            String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(shell.waitFor(10, TimeUnit.SECONDS)).isTrue();
            List<String> words = Arrays.asList(output.split("\0", -1));
            return words.subList(0, words.size() - 1);
        } finally {
            shell.destroyForcibly();
        }
    }
}
