package dev.gatekeeper.certify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatekeeper.core.CommandSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertifySettingsTest {
    private static final Path MODULE = Path.of("/build/repo/app");

    @Test
    void builderDefaultsToMavenLayout() {
        CertifySettings settings =
                CertifySettings.builder(MODULE, Instant.EPOCH).build();

        assertThat(settings.executionRoot()).isEqualTo(MODULE);
        assertThat(settings.reportDirectories())
                .containsExactly(MODULE.resolve("target/surefire-reports"), MODULE.resolve("target/failsafe-reports"));
        assertThat(settings.testClassesDirectory()).isEqualTo(MODULE.resolve("target/test-classes"));
        assertThat(settings.outputDirectory()).isEqualTo(MODULE.resolve("target/gatekeeper/certify"));
        assertThat(settings.allowFlaky()).isTrue();
        assertThat(settings.maxSkipped()).isNull();
    }

    @Test
    void pathsAreShownRelativeToTheExecutionRootWhenInsideIt() {
        CertifySettings settings = CertifySettings.builder(MODULE, Instant.EPOCH)
                .executionRoot(Path.of("/build/repo"))
                .build();

        assertThat(settings.display(MODULE.resolve("target/x.log"))).isEqualTo("app/target/x.log");
        assertThat(settings.display(Path.of("/elsewhere/y.log"))).isEqualTo("/elsewhere/y.log");
    }

    @Test
    void twoCommandsWithOneNameAreRejectedBecauseTheirLogsWouldCollide() {
        CommandSpec lint = new CommandSpec("lint", "make", List.of(), null, Map.of(), Duration.ofMinutes(1), Set.of());

        assertThatThrownBy(() -> CertifySettings.builder(MODULE, Instant.EPOCH)
                        .command(lint)
                        .command(lint)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'lint'");
    }

    @Test
    void negativeSkipLimitIsRejected() {
        assertThatThrownBy(() -> CertifySettings.builder(MODULE, Instant.EPOCH)
                        .maxSkipped(-1)
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
