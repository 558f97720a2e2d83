package dev.gatekeeper.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatekeeper.core.CommandSpec;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class CommandConfigsTest {
    private static final Path MODULE = Path.of("/work/app");

    @Test
    void defaultsNameWorkingDirectoryTimeoutAndExitCodes() throws Exception {
        CertificationCommand generate = command("./scripts/generate.py");
        generate.setArguments(List.of("--write"));

        List<CommandSpec> specs = CommandConfigs.toSpecs(List.of(generate), "fixtures <regenerate>", "./x.sh", MODULE);

        assertThat(specs)
                .containsExactly(new CommandSpec(
                        "generate.py",
                        "./scripts/generate.py",
                        List.of("--write"),
                        MODULE,
                        Map.of(),
                        Duration.ofMinutes(10),
                        Set.of(0)));
    }

    @Test
    void keepsWhatIsConfigured() throws Exception {
        CertificationCommand check = command("python3");
        check.setName("check");
        check.setWorkingDirectory(new File("/work/tools"));
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("DEBUG", null);
        environment.put("MODE", "check");
        check.setEnvironment(environment);
        check.setTimeout("90s");
        check.setAllowedExitCodes(List.of(0, 2));

        CommandSpec spec = CommandConfigs.toSpecs(List.of(check), "certify <commands>", "./x.sh", MODULE)
                .get(0);

        assertThat(spec.name()).isEqualTo("check");
        assertThat(spec.workingDirectory()).isEqualTo(Path.of("/work/tools"));
        assertThat(spec.environment()).containsExactly(Map.entry("DEBUG", ""), Map.entry("MODE", "check"));
        assertThat(spec.timeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(spec.allowedExitCodes()).containsExactlyInAnyOrder(0, 2);
    }

    @Test
    void entryWithoutExecutableIsNamedWithTheExample() {
        assertThatThrownBy(() -> CommandConfigs.toSpecs(
                        List.of(command("a"), command(" ")),
                        "fixtures <regenerate>",
                        "./scripts/generate_fixtures.sh",
                        MODULE))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("fixtures <regenerate> entry 2 has no <executable>; name the program to run, e.g. "
                        + "<executable>./scripts/generate_fixtures.sh</executable>");
    }

    @Test
    void twoCommandsWithOneNameAreRefused() {
        assertThatThrownBy(() -> CommandConfigs.toSpecs(
                        List.of(command("bin/gen"), command("other/gen")), "fixtures <regenerate>", "./x.sh", MODULE))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("fixtures <regenerate> entry 2 reuses the name 'gen'; give each command its own <name>");
    }

    @Test
    void unsafeNameAndBadTimeoutAreRefused() {
        CertificationCommand spaced = command("gen");
        spaced.setName("my gen");
        assertThatThrownBy(() -> CommandConfigs.toSpecs(List.of(spaced), "certify <commands>", "./x.sh", MODULE))
                .hasMessageContaining("certify <commands> entry 1 has the name 'my gen'");
        CertificationCommand slow = command("gen");
        slow.setTimeout("soon");
        assertThatThrownBy(() -> CommandConfigs.toSpecs(List.of(slow), "certify <commands>", "./x.sh", MODULE))
                .hasMessageContaining("certify <commands> entry 1 <timeout>: 'soon' is not a duration");
    }

    private static CertificationCommand command(String executable) {
        CertificationCommand command = new CertificationCommand();
        command.setExecutable(executable);
        return command;
    }
}
