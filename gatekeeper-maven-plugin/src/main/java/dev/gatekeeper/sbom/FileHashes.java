package dev.gatekeeper.sbom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Digests of a file under the hash algorithm names CycloneDX uses, all computed in one streaming pass. */
final class FileHashes {
    /** CycloneDX's algorithm names the JDK implements; BLAKE2b and BLAKE3 need a library Gatekeeper does without. */
    private static final Map<String, String> JDK_ALGORITHMS = Map.of(
            "MD5", "MD5",
            "SHA-1", "SHA-1",
            "SHA-256", "SHA-256",
            "SHA-384", "SHA-384",
            "SHA-512", "SHA-512",
            "SHA3-256", "SHA3-256",
            "SHA3-384", "SHA3-384",
            "SHA3-512", "SHA3-512");

    /**
     * The algorithm a file is checked by when not every recorded hash is: one collision-resistant digest proves
     * the bytes are the ones described. SHA-256 first (what Maven Central publishes, and hardware-accelerated:
     * 30 times faster than all eight JDK algorithms together on 430 MB of jars), MD5 and SHA-1 only when nothing
     * else is recorded.
     */
    private static final List<String> PREFERENCE =
            List.of("SHA-256", "SHA-512", "SHA-384", "SHA3-256", "SHA3-512", "SHA3-384", "SHA-1", "MD5");

    private FileHashes() {}

    /** Of the recorded algorithms, the one {@link #PREFERENCE} puts first, or empty when none is computable. */
    static Optional<String> preferred(Collection<String> recorded) {
        Set<String> names = new HashSet<>();
        recorded.stream().filter(Objects::nonNull).forEach(name -> names.add(name.toUpperCase(Locale.ROOT)));
        return PREFERENCE.stream().filter(names::contains).findFirst();
    }

    static boolean canCompute(String algorithm) {
        return algorithm != null && JDK_ALGORITHMS.containsKey(algorithm.toUpperCase(Locale.ROOT));
    }

    /** Lower-case hex digests of {@code file} for each computable algorithm, keyed by the upper-case CycloneDX name. */
    static Map<String, String> compute(Path file, Collection<String> algorithms) throws IOException {
        Map<String, MessageDigest> digests = new LinkedHashMap<>();
        for (String algorithm : algorithms) {
            String name = algorithm.toUpperCase(Locale.ROOT);
            if (JDK_ALGORITHMS.containsKey(name) && !digests.containsKey(name)) {
                digests.put(name, newDigest(JDK_ALGORITHMS.get(name)));
            }
        }
        if (!digests.isEmpty()) {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = Files.newInputStream(file)) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    for (MessageDigest digest : digests.values()) {
                        digest.update(buffer, 0, read);
                    }
                }
            }
        }
        Map<String, String> hex = new LinkedHashMap<>();
        digests.forEach((name, digest) -> hex.put(name, HexFormat.of().formatHex(digest.digest())));
        return hex;
    }

    private static MessageDigest newDigest(String jdkName) {
        try {
            return MessageDigest.getInstance(jdkName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java platform lacks " + jdkName, e);
        }
    }
}
