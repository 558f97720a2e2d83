package dev.gatekeeper.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad server settings stop the build with a message naming the property, before anything starts. */
class ServerSettingsTest {
    private static final Duration TWO_MINUTES = Duration.ofMinutes(2);

    @Test
    void modeIsReadWhateverItsCaseAndAnythingElseIsNamed() {
        assertThat(ServerSettings.Mode.parse(" Serve ", "gatekeeper.smoke.mode"))
                .isEqualTo(ServerSettings.Mode.SERVE);
        assertThat(ServerSettings.Mode.parse(null, "gatekeeper.smoke.mode")).isEqualTo(ServerSettings.Mode.AUTO);
        assertThatThrownBy(() -> ServerSettings.Mode.parse("daemon", "gatekeeper.smoke.mode"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gatekeeper.smoke.mode is 'daemon'; use auto, run or serve");
    }

    @Test
    void aReadyPatternThatIsNoRegularExpressionIsNamed() {
        assertThatThrownBy(() -> new ServerSettings(ServerSettings.Mode.SERVE, null, "Started (", null, TWO_MINUTES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("gatekeeper.smoke.readyPattern 'Started (' is not a regular expression: ");
    }

    @Test
    void aReadyUrlMustBeHttpWithAHost() {
        assertThatThrownBy(() -> new ServerSettings(
                        ServerSettings.Mode.SERVE, null, null, "localhost:{port}/health", TWO_MINUTES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "gatekeeper.smoke.readyUrl 'localhost:{port}/health' is not an http(s) URL with a host");
        assertThatThrownBy(() -> new ServerSettings(ServerSettings.Mode.SERVE, null, null, "http://a b/", TWO_MINUTES))
                .hasMessageStartingWith("gatekeeper.smoke.readyUrl 'http://a b/' is not a URL: ");
    }

    @Test
    void thePortReplacesThePlaceholderInArgumentsPatternAndUrl() {
        ServerSettings settings = new ServerSettings(
                ServerSettings.Mode.SERVE,
                List.of("--listen=127.0.0.1:{port}", "-v"),
                "listening on {port}$",
                "http://127.0.0.1:{port}/ping",
                TWO_MINUTES);

        assertThat(settings.serverArguments(41234)).containsExactly("--listen=127.0.0.1:41234", "-v");
        assertThat(settings.readyPattern(41234).pattern()).isEqualTo("listening on 41234$");
        assertThat(settings.readyUrl(41234)).hasToString("http://127.0.0.1:41234/ping");
        assertThat(ServerSettings.AUTO.serverArguments(1))
                .as("a server gets no --help")
                .isEmpty();
    }
}
