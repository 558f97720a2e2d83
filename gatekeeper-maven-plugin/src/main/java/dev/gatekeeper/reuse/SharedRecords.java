package dev.gatekeeper.reuse;

import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.EvidenceKey;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a reuse record travels through a {@link ReuseStore}: under a key made of the gate, the module and a digest of
 * every input (so a store only ever answers for these exact inputs), and sealed: a first line that is the record's
 * HMAC-SHA256 with the evidence key ({@value EvidenceKey#VARIABLE}), bound to the key, or {@value #UNSIGNED} when no
 * key was configured, followed by the record's JSON.
 */
public final class SharedRecords {
    static final String UNSIGNED = "unsigned";

    private SharedRecords() {}

    /** What a sealed record was opened into: the record's bytes, or why it is not trusted. */
    public record Opened(byte[] body, String problem) {
        static Opened refused(String problem) {
            return new Opened(null, problem);
        }
    }

    /**
     * {@code <gate>-<sha256>}: the digest of the module's {@code groupId:artifactId} and every input's name and
     * value, in name order. The inputs must be clone-independent (no path of the working copy, no timestamp) and
     * exclude the gate's own outputs, which a fresh clone does not have yet.
     */
    public static String key(String gate, String module, Map<String, String> inputs) {
        StringBuilder canonical = new StringBuilder("gatekeeper-reuse ")
                .append(ResultReuse.FORMAT)
                .append('\n');
        canonical.append(gate).append('\n').append(module).append('\n');
        new TreeMap<>(inputs)
                .forEach((name, value) ->
                        canonical.append(name).append('=').append(value).append('\n'));
        return gate + "-" + Digests.sha256(canonical.toString());
    }

    /** The record with its first line: its signature under {@code key} with {@code evidenceKey}, or unsigned. */
    public static byte[] seal(byte[] body, String key, EvidenceKey evidenceKey) {
        String first = evidenceKey == null ? UNSIGNED + "\n" : evidenceKey.signatureLine(body, key);
        byte[] head = first.getBytes(StandardCharsets.US_ASCII);
        byte[] stored = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, stored, head.length, body.length);
        return stored;
    }

    /**
     * The record inside {@code stored}. With an {@code evidenceKey} only a record whose signature under this
     * {@code key} verifies is opened; without one the first line is not checked (there is nothing to check it with).
     */
    public static Opened open(byte[] stored, String key, EvidenceKey evidenceKey) {
        int newline = -1;
        for (int index = 0; index < stored.length && index < 512; index++) {
            if (stored[index] == '\n') {
                newline = index;
                break;
            }
        }
        if (newline < 0) {
            return Opened.refused("it is not a sealed reuse record (no signature line)");
        }
        byte[] first = Arrays.copyOf(stored, newline + 1);
        byte[] body = Arrays.copyOfRange(stored, newline + 1, stored.length);
        if (evidenceKey != null && !evidenceKey.verifies(body, key, first)) {
            String line = new String(first, StandardCharsets.US_ASCII).trim();
            return Opened.refused(
                    line.equals(UNSIGNED)
                            ? "it is unsigned, and " + EvidenceKey.VARIABLE + " is set"
                            : "signature does not verify");
        }
        return new Opened(body, null);
    }
}
