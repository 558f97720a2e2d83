package dev.gatekeeper.core;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that signs evidence: an HMAC-SHA256 over the exact bytes of a file, written beside it as
 * {@code <file>.sig}. The key comes only from the environment variable {@value #VARIABLE} (a CI
 * secret), never from the POM or a {@code -D} property, so it is not in the project, the command
 * line or the effective POM. The key is never logged, written or shown; {@link #toString()} says so.
 */
public final class EvidenceKey {
    public static final String VARIABLE = "GATEKEEPER_EVIDENCE_KEY";
    public static final int MIN_BYTES = 32;
    public static final String SIGNATURE_SUFFIX = ".sig";
    static final String ALGORITHM = "HmacSHA256";
    static final String PREFIX = "hmac-sha256:";

    /** What the environment holds: no key, a usable key, or one too short to use (its length only). */
    public sealed interface Setting permits Absent, Usable, TooShort {}

    /** {@value #VARIABLE} is not set (or empty): evidence is written unsigned. */
    public record Absent() implements Setting {}

    /** {@value #VARIABLE} holds a key of at least {@value #MIN_BYTES} bytes. */
    public record Usable(EvidenceKey key) implements Setting {}

    /** {@value #VARIABLE} is shorter than {@value #MIN_BYTES} bytes; {@code bytes} is its length, never its value. */
    public record TooShort(int bytes) implements Setting {
        /** A message naming the variable and the required length, never the value. */
        public String message() {
            return VARIABLE + " holds a key of " + bytes + " bytes; an evidence key needs at least " + MIN_BYTES
                    + " bytes, so the evidence cannot be signed or checked with it";
        }

        public static String fix() {
            return "Set the CI secret " + VARIABLE + " to at least " + MIN_BYTES
                    + " random bytes, for example the output of 'openssl rand -base64 48'";
        }
    }

    private final SecretKeySpec key;

    private EvidenceKey(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** Reads {@value #VARIABLE} from {@code environment} ({@code System.getenv()} in a build). */
    public static Setting fromEnvironment(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        if (value == null || value.isEmpty()) {
            return new Absent();
        }
        byte[] secret = value.getBytes(StandardCharsets.UTF_8);
        if (secret.length < MIN_BYTES) {
            return new TooShort(secret.length);
        }
        return new Usable(new EvidenceKey(secret));
    }

    /** The content of {@code <fileName>.sig}: "{@code hmac-sha256:<hex>  <fileName>}" and a newline. */
    public String signatureLine(byte[] content, String fileName) {
        return PREFIX + HexFormat.of().formatHex(mac(content)) + "  " + fileName + "\n";
    }

    /** Whether {@code signatureFile} is exactly the signature of {@code content}, compared in constant time. */
    public boolean verifies(byte[] content, String fileName, byte[] signatureFile) {
        byte[] expected = signatureLine(content, fileName).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signatureFile);
    }

    private byte[] mac(byte[] content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(content);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java platform must provide " + ALGORITHM, e);
        }
    }

    @Override
    public String toString() {
        return "EvidenceKey[" + VARIABLE + ", value not shown]";
    }
}
