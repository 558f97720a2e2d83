package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceKeyTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef";

    @Test
    void noVariableOrAnEmptyOneMeansUnsigned() {
        assertThat(EvidenceKey.fromEnvironment(Map.of())).isInstanceOf(EvidenceKey.Absent.class);
        assertThat(EvidenceKey.fromEnvironment(Map.of(EvidenceKey.VARIABLE, "")))
                .isInstanceOf(EvidenceKey.Absent.class);
    }

    @Test
    void aKeyShorterThan32BytesIsRefusedNamingTheVariableNeverTheValue() {
        EvidenceKey.Setting setting = EvidenceKey.fromEnvironment(Map.of(EvidenceKey.VARIABLE, "hunter2-short-key"));

        assertThat(setting).isInstanceOf(EvidenceKey.TooShort.class);
        String message = ((EvidenceKey.TooShort) setting).message();
        assertThat(message)
                .isEqualTo("GATEKEEPER_EVIDENCE_KEY holds a key of 17 bytes; an evidence key needs at least 32"
                        + " bytes, so the evidence cannot be signed or checked with it");
        assertThat(message + EvidenceKey.TooShort.fix() + setting).doesNotContain("hunter2");
    }

    @Test
    void theSignatureIsTheHmacSha256ThatOpensslComputesToo() {
        EvidenceKey key = usable(KEY);

        // python3 -c "import hmac,hashlib;print(hmac.new(b'0123…cdef',b'abc',hashlib.sha256).hexdigest())"
        assertThat(key.signatureLine("abc".getBytes(StandardCharsets.UTF_8), "evidence.json"))
                .isEqualTo(
                        "hmac-sha256:a60c859a6827c5ea576a48d8d368672fbfe4667c6a927428284a0cb3859cc1d6  evidence.json\n");
    }

    @Test
    void onlyTheSameKeyOverTheSameBytesVerifies() {
        byte[] content = "{\"outcome\":\"READY\"}".getBytes(StandardCharsets.UTF_8);
        EvidenceKey key = usable(KEY);
        byte[] signature = key.signatureLine(content, "evidence.json").getBytes(StandardCharsets.US_ASCII);

        assertThat(key.verifies(content, "evidence.json", signature)).isTrue();
        assertThat(usable(KEY.toUpperCase()).verifies(content, "evidence.json", signature))
                .isFalse();
        assertThat(key.verifies("{\"outcome\":\"HOLD\"}".getBytes(StandardCharsets.UTF_8), "evidence.json", signature))
                .isFalse();
        assertThat(key.verifies(content, "gatekeeper.intoto.json", signature)).isFalse();
        assertThat(key.verifies(content, "evidence.json", new byte[0])).isFalse();
    }

    @Test
    void theKeyNeverShowsInItsStringForm() {
        assertThat(usable(KEY).toString()).doesNotContain(KEY).contains("GATEKEEPER_EVIDENCE_KEY");
        assertThat(EvidenceKey.fromEnvironment(Map.of(EvidenceKey.VARIABLE, KEY))
                        .toString())
                .doesNotContain(KEY);
    }

    static EvidenceKey usable(String value) {
        return ((EvidenceKey.Usable) EvidenceKey.fromEnvironment(Map.of(EvidenceKey.VARIABLE, value))).key();
    }
}
