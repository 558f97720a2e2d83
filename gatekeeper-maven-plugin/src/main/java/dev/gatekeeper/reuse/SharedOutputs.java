package dev.gatekeeper.reuse;

import dev.gatekeeper.core.AtomicFiles;
import dev.gatekeeper.core.Digests;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The files a gate writes itself (the SBOM), carried with its record through a shared store: a fresh clone has
 * none, and a result reused without them would leave later goals and the evidence nothing to read. Each file
 * travels gzip-compressed; it is written back only when it matches the digest its record judged, and never over a
 * file of the working copy.
 */
final class SharedOutputs {
    /** The largest output carried, uncompressed; a store refuses records above 8 MiB anyway. */
    static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

    private SharedOutputs() {}

    /** The outputs packed for a record, or why they cannot travel. */
    record Packed(Map<String, String> files, String problem) {}

    /** What the outputs of {@code inputs} need to travel, as the gate's run left them. */
    static Packed pack(ReuseInputs inputs) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String name : inputs.outputs()) {
            Path file = inputs.outputFile(name).orElse(null);
            if (file == null) {
                return new Packed(null, "the file of its output " + name + " is not known");
            }
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                continue; // the record's digest says "missing"; there is nothing to carry
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return new Packed(null, "its output " + name + " (" + file + ") is not a regular file");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                return new Packed(null, "its output " + name + " is larger than " + MAX_FILE_BYTES + " bytes");
            }
            files.put(name, Base64.getEncoder().encodeToString(gzip(Files.readAllBytes(file))));
        }
        return new Packed(files, null);
    }

    /**
     * Writes the carried outputs that this working copy lacks, once every one of them matches the digest in
     * {@code judged} (the record's inputs) and every file already present is the one judged; otherwise writes
     * nothing and says why.
     */
    static String restore(ReuseInputs inputs, Map<String, String> judged, Map<String, String> carried) {
        Map<String, byte[]> toWrite = new LinkedHashMap<>();
        for (String name : inputs.outputs()) {
            Path file = inputs.outputFile(name).orElse(null);
            String expected = judged.get(name);
            if (file == null || expected == null) {
                return "it does not say what its output " + name + " was";
            }
            try {
                boolean present = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
                if (ReuseInputs.MISSING.equals(expected)) {
                    if (present) {
                        return file + " exists, and the run the record judged left none";
                    }
                    continue;
                }
                String data = carried == null ? null : carried.get(name);
                if (data == null) {
                    return "it carries no copy of its output " + name;
                }
                byte[] content = gunzip(Base64.getDecoder().decode(data));
                if (!Digests.sha256(content).equals(expected)) {
                    return "its copy of " + name + " does not match the digest it judged";
                }
                if (present) {
                    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                            || !Digests.sha256(file).equals(expected)) {
                        return file + " exists and is not the " + name + " the record judged; it is left as it is";
                    }
                    continue;
                }
                toWrite.put(name, content);
            } catch (IOException | IllegalArgumentException e) {
                return "its copy of " + name + " cannot be read (" + e.getMessage() + ")";
            }
        }
        for (Map.Entry<String, byte[]> output : toWrite.entrySet()) {
            Path file = inputs.outputFile(output.getKey()).orElseThrow();
            try {
                AtomicFiles.write(file, output.getValue());
            } catch (IOException e) {
                return "its " + output.getKey() + " cannot be written to " + file + " (" + e.getMessage() + ")";
            }
        }
        return null;
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(content);
        }
        return compressed.toByteArray();
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] content = in.readNBytes(MAX_FILE_BYTES + 1);
            if (content.length > MAX_FILE_BYTES) {
                throw new IOException("more than " + MAX_FILE_BYTES + " bytes uncompressed");
            }
            return content;
        }
    }
}
