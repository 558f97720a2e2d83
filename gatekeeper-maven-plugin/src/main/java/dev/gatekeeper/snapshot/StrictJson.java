package dev.gatekeeper.snapshot;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.regex.Pattern;

/**
 * Reads product output as exactly one JSON value. Stricter than {@link dev.gatekeeper.core.GatekeeperJson}
 * on purpose: a snapshot must not silently lose data.
 *
 * <ul>
 *   <li>anything after the root value is an error (FAIL_ON_TRAILING_TOKENS);</li>
 *   <li>a repeated object key is an error, because "last one wins" would hide half of the output;</li>
 *   <li>decimals are kept as written ({@code 1.50} stays {@code 1.50}, {@code 0.1} does not become a double).</li>
 * </ul>
 * Jackson's default stream limits apply unchanged (nesting depth, number and string lengths), and its
 * tree reader does not recurse, so deep documents fail with a message instead of a StackOverflowError.
 */
final class StrictJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** "(start marker at [Source: REDACTED …; line: 1, column: 1])" becomes "(start marker at line 1, column 1)". */
    private static final Pattern SOURCE_LOCATION =
            Pattern.compile("\\[Source: [^;\\]]*(?:;[^;\\]]*)*?; line: (\\d+), column: (\\d+)]");

    private StrictJson() {}

    static JsonNode parse(String json) throws InvalidJsonException {
        if (json.isBlank()) {
            throw new InvalidJsonException(1, 1, "no JSON value: the text is empty");
        }
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? InvalidJsonException.UNKNOWN : location.getLineNr();
            int column = location == null ? InvalidJsonException.UNKNOWN : location.getColumnNr();
            throw new InvalidJsonException(line, column, oneLine(e.getOriginalMessage()));
        }
    }

    private static String oneLine(String message) {
        String withoutSources = SOURCE_LOCATION
                .matcher(message == null ? "unreadable JSON" : message)
                .replaceAll("line $1, column $2");
        return withoutSources.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
