package dev.gatekeeper.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void readsShortFormsAndIso8601() {
        assertThat(Durations.parse("90s", "t")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("10m", "t")).isEqualTo(Duration.ofMinutes(10));
        assertThat(Durations.parse("1h", "t")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("500ms", "t")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse(" PT2M30S ", "t")).isEqualTo(Duration.ofSeconds(150));
    }

    @Test
    void rejectsNonsenseNamingWhereItWasWritten() {
        assertThatThrownBy(() -> Durations.parse("ten minutes", "certify <commands> entry 2 <timeout>"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("certify <commands> entry 2 <timeout>")
                .hasMessageContaining("'ten minutes' is not a duration");
    }
}
