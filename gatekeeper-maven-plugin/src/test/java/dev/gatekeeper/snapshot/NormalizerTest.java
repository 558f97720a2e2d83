package dev.gatekeeper.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatekeeper.snapshot.Normalizer.Replacement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NormalizerTest {
    private static final Normalizer DEFAULTS = Normalizer.withDefaults(Map.of());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-05-01T10:15:30Z",
                "2024-05-01T10:15:30.123456789Z",
                "2024-05-01T10:15:30,5+02:00",
                "2024-05-01T10:15:30-0500",
                "2024-05-01T10:15",
                "2024-05-01 10:15:30",
                "2024-05-01T10:15:30+01:00[Europe/Paris]"
            })
    void isoTimestampsBecomeAPlaceholder(String timestamp) {
        assertThat(DEFAULTS.normalize("started " + timestamp + ", done")).isEqualTo("started <timestamp>, done\n");
    }

    @Test
    void timestampInsideJsonStringIsReplacedButThePlainDateStays() {
        assertThat(DEFAULTS.normalize("{\"at\": \"2024-05-01T10:15:30.5Z\", \"day\": \"2024-05-01\"}"))
                .isEqualTo("{\"at\": \"<timestamp>\", \"day\": \"2024-05-01\"}\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "PT1.5S",
                "PT2H3M",
                "PT-0.25S",
                "P2DT3H",
                "12 ms",
                "12ms",
                "1.5s",
                "3 sec",
                "250µs",
                "250μs",
                "40 ns",
                "2 minutes",
                "1 hour",
                "3h",
                "10 seconds"
            })
    void durationsBecomeAPlaceholder(String duration) {
        assertThat(DEFAULTS.normalize("took " + duration + " in total")).isEqualTo("took <duration> in total\n");
    }

    @Test
    void uuidsBecomeAPlaceholderInEitherCase() {
        assertThat(DEFAULTS.normalize(
                        "run 123e4567-e89b-12d3-a456-426614174000 and 123E4567-E89B-12D3-A456-426614174000"))
                .isEqualTo("run <uuid> and <uuid>\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "42",
                "3.14",
                "version 1.2.3",
                "1.2.3s",
                "v2s",
                "5 items",
                "5 secrets",
                "12 hosts",
                "5 m",
                "2024-05-01",
                "HTTP/1.1 200 OK",
                "P1D",
                "PTSD",
                "12345678-1234",
                "build-42 ms-office",
                "10:15 meeting",
                "0xdeadbeef",
                "item-3s"
            })
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(DEFAULTS.normalize(text)).isEqualTo(text + "\n");
    }

    @Test
    void lineEndingsBecomeNewlinesAndAMissingFinalNewlineIsAdded() {
        assertThat(DEFAULTS.normalize("a\r\nb\rc")).isEqualTo("a\nb\nc\n");
        assertThat(DEFAULTS.normalize("a\n")).isEqualTo(DEFAULTS.normalize("a"));
        assertThat(DEFAULTS.normalize("a\r\n")).isEqualTo("a\n");
        assertThat(DEFAULTS.normalize("")).isEmpty();
        assertThat(DEFAULTS.normalize("a\n\n"))
                .as("a trailing blank line is content")
                .isEqualTo("a\n\n");
    }

    @Test
    void literalPathsAreReplacedLongestFirst() {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("/work/app", "<project>");
        paths.put("/work/app/src/test/profiles/demo", "<profile>");
        paths.put("/work", "<root>");
        Normalizer normalizer = Normalizer.withDefaults(paths);

        assertThat(normalizer.normalize("read /work/app/src/test/profiles/demo/config.json,"
                        + " wrote /work/app/target/out.json, log in /work/logs"))
                .isEqualTo("read <profile>/config.json, wrote <project>/target/out.json, log in <root>/logs\n");
    }

    @Test
    void literalPathIsNotReplacedInsideALongerName() {
        Normalizer normalizer = Normalizer.withDefaults(Map.of("/work/app", "<project>"));

        assertThat(normalizer.normalize("/work/apple /work/app-old /work/app_2 /work/app. \"/work/app\""))
                .isEqualTo("/work/apple /work/app-old /work/app_2 <project>. \"<project>\"\n");
    }

    @Test
    void backslashPathsAreAlsoMatchedWithForwardSlashes() {
        Normalizer normalizer = Normalizer.withDefaults(Map.of("C:\\work\\app", "<project>"));

        assertThat(normalizer.normalize("C:\\work\\app\\out.json and C:/work/app/out.json"))
                .isEqualTo("<project>\\out.json and <project>/out.json\n");
    }

    @Test
    void literalPathsAreReplacedBeforePatternsSoAPathWithATimestampIsOnePlaceholder() {
        Normalizer normalizer = Normalizer.withDefaults(Map.of("/tmp/run-2024-05-01T10:15:30Z", "<profile>"));

        assertThat(normalizer.normalize("/tmp/run-2024-05-01T10:15:30Z/x at 2024-05-01T11:00:00Z"))
                .isEqualTo("<profile>/x at <timestamp>\n");
    }

    @Test
    void customReplacementsRunInOrderAndMayUseGroups() {
        Normalizer normalizer = new Normalizer(
                List.of(
                        new Replacement(Pattern.compile("pid=(\\w+)=(\\d+)"), "pid=$1=<pid>"),
                        Replacement.of("<pid>", "<process>")),
                Map.of());

        assertThat(normalizer.normalize("pid=worker=4711 started 2024-05-01T10:15:30Z"))
                .as("no default replacements were asked for")
                .isEqualTo("pid=worker=<process> started 2024-05-01T10:15:30Z\n");
    }

    @Test
    void placeholderContainingDollarSignsIsInsertedLiterally() {
        Normalizer normalizer = new Normalizer(List.of(), Map.of("/work/app", "${project}"));

        assertThat(normalizer.normalize("/work/app/x")).isEqualTo("${project}/x\n");
    }

    @Test
    void emptyLiteralPathIsRejected() {
        assertThatThrownBy(() -> new Normalizer(List.of(), Map.of("", "<root>")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty literal path");
    }
}
