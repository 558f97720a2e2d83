package dev.gatekeeper.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gatekeeper.snapshot.JsonCanonicalizer.Canonical;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonCanonicalizerTest {

    @Test
    void objectKeysAreSortedAtEveryLevelAndArrayOrderIsKept() throws Exception {
        String json = "{\"b\":1,\"a\":{\"z\":[3,1,2],\"y\":{\"d\":true,\"c\":null}},\"A\":\"x\"}";

        assertThat(JsonCanonicalizer.canonicalize(json, List.of())).isEqualTo("""
                {
                  "A": "x",
                  "a": {
                    "y": {
                      "c": null,
                      "d": true
                    },
                    "z": [
                      3,
                      1,
                      2
                    ]
                  },
                  "b": 1
                }
                """);
    }

    @Test
    void differentKeyOrderAndWhitespaceGiveTheSameText() throws Exception {
        String one = "{\"id\": 1, \"tags\": [\"a\", \"b\"], \"meta\": {\"x\": 1, \"y\": 2}}";
        String other = "{\r\n\t\"meta\":{\"y\":2,\"x\":1},\"tags\":[\"a\",\"b\"],\r\n\"id\":1}";

        assertThat(JsonCanonicalizer.canonicalize(one, List.of()))
                .isEqualTo(JsonCanonicalizer.canonicalize(other, List.of()));
    }

    @Test
    void scalarsEmptyContainersAndEscapesPrintCanonically() throws Exception {
        String json = "{\"e\":[],\"o\":{},\"s\":\"quote\\\" back\\\\ tab\\t nl\\n \\u0001 é\",\"n\":1.50,"
                + "\"big\":123456789012345678901234567890,\"f\":0.1,\"neg\":-2,\"exp\":1e3}";

        assertThat(JsonCanonicalizer.canonicalize(json, List.of())).isEqualTo("""
                {
                  "big": 123456789012345678901234567890,
                  "e": [],
                  "exp": 1E+3,
                  "f": 0.1,
                  "n": 1.50,
                  "neg": -2,
                  "o": {},
                  "s": "quote\\" back\\\\ tab\\t nl\\n \\u0001 é"
                }
                """);
    }

    @Test
    void scalarRootIsPrintedWithAFinalNewline() throws Exception {
        assertThat(JsonCanonicalizer.canonicalize(" \"text\" ", List.of())).isEqualTo("\"text\"\n");
        assertThat(JsonCanonicalizer.canonicalize("[]", List.of())).isEqualTo("[]\n");
    }

    @Test
    void pointersRemoveFieldsAndReportWhatMatchedNothing() throws Exception {
        String json = "{\"generatedAt\":\"now\",\"build\":{\"host\":\"ci-7\",\"id\":3},\"name\":\"x\"}";

        Canonical canonical = JsonCanonicalizer.canonicalizeAndReport(
                json, List.of("/generatedAt", "/build/host", "/build/missing", "/nothing/here"));

        assertThat(canonical.text()).isEqualTo("""
                {
                  "build": {
                    "id": 3
                  },
                  "name": "x"
                }
                """);
        assertThat(canonical.unmatchedPointers()).containsExactly("/build/missing", "/nothing/here");
    }

    @Test
    void pointerEscapesAddressKeysWithSlashAndTilde() throws Exception {
        String json = "{\"a/b\":1,\"m~n\":2,\"a\":{\"b\":3},\"keep\":4}";

        assertThat(JsonCanonicalizer.canonicalize(json, List.of("/a~1b", "/m~0n")))
                .isEqualTo("{\n  \"a\": {\n    \"b\": 3\n  },\n  \"keep\": 4\n}\n");
    }

    @Test
    void emptySegmentAddressesTheEmptyKey() throws Exception {
        assertThat(JsonCanonicalizer.canonicalize("{\"\":1,\"x\":2}", List.of("/")))
                .isEqualTo("{\n  \"x\": 2\n}\n");
    }

    @Test
    void wildcardMatchesEveryArrayElementAndObjectMember() throws Exception {
        String json = """
                {"items": [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}, {"name": "c"}],
                 "byHost": {"ci-1": {"ms": 5, "ok": true}, "ci-2": {"ms": 7, "ok": false}}}
                """;

        Canonical canonical = JsonCanonicalizer.canonicalizeAndReport(json, List.of("/items/*/id", "/byHost/*/ms"));

        assertThat(canonical.text()).isEqualTo("""
                {
                  "byHost": {
                    "ci-1": {
                      "ok": true
                    },
                    "ci-2": {
                      "ok": false
                    }
                  },
                  "items": [
                    {
                      "name": "a"
                    },
                    {
                      "name": "b"
                    },
                    {
                      "name": "c"
                    }
                  ]
                }
                """);
        assertThat(canonical.unmatchedPointers()).isEmpty();
    }

    @Test
    void trailingWildcardEmptiesTheContainer() throws Exception {
        assertThat(JsonCanonicalizer.canonicalize(
                        "{\"env\":{\"A\":1,\"B\":2},\"list\":[1,2]}", List.of("/env/*", "/list/*")))
                .isEqualTo("{\n  \"env\": {},\n  \"list\": []\n}\n");
    }

    @Test
    void removingAnArrayElementRemovesItFromTheArray() throws Exception {
        String json = "{\"steps\":[\"a\",\"b\",\"c\"],\"matrix\":[[1,2],[3,4]]}";

        Canonical canonical = JsonCanonicalizer.canonicalizeAndReport(
                json, List.of("/steps/1", "/matrix/*/0", "/steps/9", "/steps/-", "/steps/01"));

        assertThat(canonical.text()).isEqualTo("""
                {
                  "matrix": [
                    [
                      2
                    ],
                    [
                      4
                    ]
                  ],
                  "steps": [
                    "a",
                    "c"
                  ]
                }
                """);
        assertThat(canonical.unmatchedPointers()).containsExactly("/steps/9", "/steps/-", "/steps/01");
    }

    @Test
    void pointersApplyInOrderEachToTheResultOfTheOnesBefore() throws Exception {
        assertThat(JsonCanonicalizer.canonicalize("[\"a\",\"b\",\"c\"]", List.of("/0", "/0")))
                .isEqualTo("[\n  \"c\"\n]\n");
    }

    @Test
    void pointerIntoAScalarMatchesNothing() throws Exception {
        Canonical canonical = JsonCanonicalizer.canonicalizeAndReport("{\"a\":1}", List.of("/a/b", "/a/*"));

        assertThat(canonical.text()).isEqualTo("{\n  \"a\": 1\n}\n");
        assertThat(canonical.unmatchedPointers()).containsExactly("/a/b", "/a/*");
    }

    @Test
    void malformedPointersAreRejectedWithTheRuleTheyBreak() {
        assertThatThrownBy(() -> JsonCanonicalizer.canonicalize("{}", List.of("generatedAt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must start with '/'");
        assertThatThrownBy(() -> JsonCanonicalizer.canonicalize("{}", List.of("")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must start with '/'");
        assertThatThrownBy(() -> JsonCanonicalizer.canonicalize("{}", List.of("/a~2b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("~0 for '~'");
        assertThatThrownBy(() -> JsonCanonicalizer.canonicalize("{}", List.of("/a~")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'/a~'");
    }

    @Test
    void invalidJsonReportsLineAndColumnOnOneLine() {
        String json = "{\n  \"a\": 1,\n  \"b\": }\n";

        InvalidJsonException e =
                catchThrowableOfType(InvalidJsonException.class, () -> JsonCanonicalizer.canonicalize(json, List.of()));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(8);
        assertThat(e.getMessage())
                .startsWith("line 3, column 8: Unexpected character ('}'")
                .doesNotContain("\n")
                .doesNotContain("Source");
        assertThat(e.getStackTrace()).as("no stack-trace noise").isEmpty();
    }

    @Test
    void unclosedObjectIsReportedWithoutJacksonSourceNoise() {
        InvalidJsonException e = catchThrowableOfType(
                InvalidJsonException.class, () -> JsonCanonicalizer.canonicalize("{\"a\": [1, 2]", List.of()));

        assertThat(e.getMessage())
                .contains("Unexpected end-of-input")
                .contains("line 1, column 1")
                .doesNotContain("Source")
                .doesNotContain("\n");
    }

    @Test
    void trailingGarbageAfterTheRootValueIsRejected() {
        InvalidJsonException e = catchThrowableOfType(
                InvalidJsonException.class, () -> JsonCanonicalizer.canonicalize("{\"a\":1}\n{\"b\":2}", List.of()));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).containsIgnoringCase("trailing token");
    }

    @Test
    void emptyTextIsNotJson() {
        assertThatThrownBy(() -> JsonCanonicalizer.canonicalize(" \n ", List.of()))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessage("line 1, column 1: no JSON value: the text is empty");
    }

    @Test
    void repeatedKeyIsRejectedRatherThanSilentlyDroppingAValue() {
        assertThatThrownBy(() -> JsonCanonicalizer.canonicalize("{\"a\":1,\"a\":2}", List.of()))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("Duplicate field 'a'");
    }

    @Test
    void fiveThousandNestedArraysFailWithAClearMessageInsteadOfAStackOverflow() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);

        assertThatThrownBy(() -> JsonCanonicalizer.canonicalize(deep, List.of()))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("nesting depth");
    }

    @Test
    void nestingUpToJacksonsLimitIsCanonicalisedWithoutRecursion() throws Exception {
        int depth = 1_000;
        String deep = "{\"k\":".repeat(depth - 1) + "[]" + "}".repeat(depth - 1);

        String canonical = JsonCanonicalizer.canonicalize(deep, List.of());

        assertThat(canonical.lines()).hasSize(2 * depth - 1);
        assertThat(canonical).contains("  ".repeat(depth - 1) + "\"k\": []");
    }
}
