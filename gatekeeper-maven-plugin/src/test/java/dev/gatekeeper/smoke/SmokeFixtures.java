package dev.gatekeeper.smoke;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/** Real files for the smoke checks: jars written with JarOutputStream, class files compiled by javac. */
final class SmokeFixtures {
    private SmokeFixtures() {}

    static GateEvaluation evaluation() {
        return new GateEvaluation("smoke", "com.example:app", "build-1", java.time.Clock.systemUTC(), GateLog.silent());
    }

    /** Every piece of text a finding can show, for asserting that something never appears. */
    static String everythingShown(GateEvaluation evaluation) {
        return evaluation.findings().stream()
                .map(f -> String.join(
                        "\n",
                        String.valueOf(f.message()),
                        String.valueOf(f.fix()),
                        String.valueOf(f.detail()),
                        String.valueOf(f.file()),
                        f.attributes().toString()))
                .collect(Collectors.joining("\n"));
    }

    /** The bytes of a class javac compiled for this module (release 17, class file 61). */
    static byte[] compiledClass() {
        try (InputStream in = SmokeFixtures.class.getResourceAsStream("SmokeFixtures.class")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real compiled class with its major version (bytes 6-7) patched, as a newer javac would write it. */
    static byte[] classWithMajorVersion(int major) {
        byte[] bytes = compiledClass();
        bytes[6] = (byte) (major >> 8);
        bytes[7] = (byte) major;
        return bytes;
    }

    /** 1-based line of the first line of {@code text} containing {@code needle}. */
    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(needle + " is not in the text");
    }

    static Finding only(GateEvaluation evaluation) {
        if (evaluation.findings().size() != 1) {
            throw new AssertionError("expected one finding, got " + evaluation.findings());
        }
        return evaluation.findings().get(0);
    }

    /** Builds a jar entry by entry; a manifest is written first when one is given. */
    static final class JarBuilder {
        private final Map<String, byte[]> entries = new LinkedHashMap<>();
        private Manifest manifest;

        JarBuilder manifest(String... attributes) {
            manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            for (int i = 0; i < attributes.length; i += 2) {
                manifest.getMainAttributes().putValue(attributes[i], attributes[i + 1]);
            }
            return this;
        }

        JarBuilder entry(String name, byte[] content) {
            entries.put(name, content);
            return this;
        }

        Path writeTo(Path file) throws IOException {
            try (OutputStream out = Files.newOutputStream(file);
                    JarOutputStream jar =
                            manifest == null ? new JarOutputStream(out) : new JarOutputStream(out, manifest)) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    jar.putNextEntry(new JarEntry(entry.getKey()));
                    jar.write(entry.getValue());
                    jar.closeEntry();
                }
            }
            return file;
        }
    }
}
