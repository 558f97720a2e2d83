package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandSpecTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void missingCollectionsDefaultToEmptyAndExitCodeZero() {
        CommandSpec spec = new CommandSpec("lint", "make", null, null, null, MINUTE, null);

        assertThat(spec.arguments()).isEmpty();
        assertThat(spec.environment()).isEmpty();
        assertThat(spec.allowedExitCodes()).containsExactly(0);
    }

    @Test
    void nameThatCannotBeAFileNameIsRejected() {
        assertThatThrownBy(() -> new CommandSpec("../evil", "make", List.of(), null, Map.of(), MINUTE, Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'../evil'");
        assertThatThrownBy(() -> new CommandSpec(".hidden", "make", List.of(), null, Map.of(), MINUTE, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeoutMustBePositive() {
        assertThatThrownBy(() -> new CommandSpec("x", "make", List.of(), null, Map.of(), Duration.ZERO, Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive timeout");
    }

    @Test
    void environmentVariableWithoutValueIsRejected() {
        Map<String, String> env = new HashMap<>();
        env.put("TOKEN", null);

        assertThatThrownBy(() -> new CommandSpec("x", "make", List.of(), null, env, MINUTE, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void executableWithASeparatorIsAPathAndABareNameIsNot() {
        assertThat(new CommandSpec("x", "./run.sh", List.of(), null, Map.of(), MINUTE, Set.of()).executableIsPath())
                .isTrue();
        assertThat(new CommandSpec("x", "scripts/run.sh", List.of(), null, Map.of(), MINUTE, Set.of())
                        .executableIsPath())
                .isTrue();
        assertThat(new CommandSpec("x", "make", List.of(), null, Map.of(), MINUTE, Set.of()).executableIsPath())
                .isFalse();
    }

    @Test
    void withWorkingDirectoryKeepsEverythingElse() {
        CommandSpec spec = new CommandSpec("x", "make", List.of("a"), null, Map.of("K", "V"), MINUTE, Set.of(0, 1));

        CommandSpec moved = spec.withWorkingDirectory(Path.of("/tmp"));

        assertThat(moved)
                .isEqualTo(new CommandSpec(
                        "x", "make", List.of("a"), Path.of("/tmp"), Map.of("K", "V"), MINUTE, Set.of(0, 1)));
    }
}
