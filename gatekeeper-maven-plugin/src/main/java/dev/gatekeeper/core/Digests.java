package dev.gatekeeper.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Fingerprints of the files a gate judged, for {@link GateEvaluation#input}. */
public final class Digests {
    private Digests() {}

    /** The SHA-256 of the file's bytes, as 64 lower-case hex digits. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newSha256();
        byte[] buffer = new byte[8192];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of the bytes, as 64 lower-case hex digits. */
    public static String sha256(byte[] content) {
        return HexFormat.of().formatHex(newSha256().digest(content));
    }

    /** The SHA-256 of the text's UTF-8 bytes. */
    public static String sha256(String text) {
        return HexFormat.of().formatHex(newSha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * One digest for a whole directory tree: every regular file's path (relative, '/' separated,
     * in sorted order) and content. Renaming, adding, removing or editing a file changes it.
     */
    public static String sha256Tree(Path directory) throws IOException {
        MessageDigest tree = newSha256();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String relative = directory.relativize(file).toString().replace('\\', '/');
            tree.update(relative.getBytes(StandardCharsets.UTF_8));
            tree.update((byte) 0);
            tree.update(sha256(file).getBytes(StandardCharsets.US_ASCII));
            tree.update((byte) '\n');
        }
        return HexFormat.of().formatHex(tree.digest());
    }

    /** A fresh SHA-256 digest; every Java platform has one. */
    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
