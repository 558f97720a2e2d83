package dev.gatekeeper.guard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatekeeper.core.EvidenceKey;
import dev.gatekeeper.core.GatekeeperJson;
import dev.gatekeeper.verdict.BuiltArtifact;
import dev.gatekeeper.verdict.EvidenceFiles;
import dev.gatekeeper.verdict.InTotoStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * evidence.json read back for the guard, after checking it is what the verdict wrote: its bytes
 * match evidence.json.sha256, it has the shape schema 1.x describes, and the in-toto Statement
 * beside it names the same artifacts, outcome and commit. This catches edits and stale copies; an
 * attacker who recomputes the digest (and edits the Statement to agree) is stopped only by the
 * signatures a configured evidence key adds, checked here when the key is given.
 *
 * @param artifacts by coordinates
 */
public record VerifiedEvidence(
        String outcome,
        String commit,
        Boolean treeClean,
        String configurationDigest,
        Map<String, BuiltArtifact> artifacts) {

    /** Why evidence could not be used: it is absent, or it is not what the verdict wrote. */
    public static final class Unusable extends Exception {
        private final boolean missing;
        private final boolean unsigned;

        Unusable(String message, boolean missing) {
            this(message, missing, false);
        }

        private Unusable(String message, boolean missing, boolean unsigned) {
            super(message);
            this.missing = missing;
            this.unsigned = unsigned;
        }

        public boolean missing() {
            return missing;
        }

        /** A key is configured and the evidence's signature is missing or made with another key (or over other bytes). */
        public boolean unsigned() {
            return unsigned;
        }
    }

    public static VerifiedEvidence read(Path evidenceDirectory) throws Unusable {
        return read(evidenceDirectory, null);
    }

    /**
     * Reads and checks the evidence in {@code evidenceDirectory}; with a {@code key}, evidence.json and the
     * in-toto Statement must also carry its signature, which whoever edits them cannot recompute.
     */
    public static VerifiedEvidence read(Path evidenceDirectory, EvidenceKey key) throws Unusable {
        Path json = evidenceDirectory.resolve(EvidenceFiles.EVIDENCE_JSON);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(json);
        } catch (NoSuchFileException e) {
            throw new Unusable("there is no " + json, true);
        } catch (IOException e) {
            throw new Unusable("cannot read " + json + ": " + e.getMessage(), false);
        }
        String recorded = readText(evidenceDirectory.resolve(EvidenceFiles.EVIDENCE_DIGEST));
        if (!recorded.equals(EvidenceFiles.digestLine(bytes))) {
            throw new Unusable(
                    json.getFileName() + " does not match the digest in " + EvidenceFiles.EVIDENCE_DIGEST
                            + ": it was edited after the verdict wrote it",
                    false);
        }
        byte[] statementBytes = readBytes(evidenceDirectory.resolve(InTotoStatement.FILE_NAME));
        if (key != null) {
            requireSigned(evidenceDirectory, EvidenceFiles.EVIDENCE_JSON, bytes, key);
            requireSigned(evidenceDirectory, InTotoStatement.FILE_NAME, statementBytes, key);
        }
        JsonNode evidence = parse(json, bytes);
        VerifiedEvidence verified = fromJson(evidence, json);
        JsonNode statement = parse(evidenceDirectory.resolve(InTotoStatement.FILE_NAME), statementBytes);
        verified.requireSameAs(statement);
        return verified;
    }

    private static void requireSigned(Path evidenceDirectory, String fileName, byte[] content, EvidenceKey key)
            throws Unusable {
        Path signature = evidenceDirectory.resolve(fileName + EvidenceKey.SIGNATURE_SUFFIX);
        byte[] recorded;
        try {
            recorded = Files.readAllBytes(signature);
        } catch (IOException e) {
            throw new Unusable(
                    fileName + " has no signature (" + signature.getFileName() + " is missing), although "
                            + EvidenceKey.VARIABLE + " is set",
                    false,
                    true);
        }
        if (!key.verifies(content, fileName, recorded)) {
            throw new Unusable(
                    fileName + " does not match its signature in " + signature.getFileName() + " under the key in "
                            + EvidenceKey.VARIABLE + ": it was written with another key or edited since",
                    false,
                    true);
        }
    }

    private static VerifiedEvidence fromJson(JsonNode evidence, Path json) throws Unusable {
        if (!evidence.path("schemaVersion").asText("").startsWith("1.")) {
            throw new Unusable(
                    json.getFileName() + " has schemaVersion '"
                            + evidence.path("schemaVersion").asText() + "'; this guard reads 1.x",
                    false);
        }
        String outcome = evidence.path("outcome").asText("");
        if (!outcome.equals("READY") && !outcome.equals("HOLD")) {
            throw new Unusable(json.getFileName() + " has no READY or HOLD outcome", false);
        }
        JsonNode build = evidence.path("build");
        if (!build.isObject() || !evidence.path("artifacts").isArray()) {
            throw new Unusable(
                    json.getFileName() + " has no build or artifacts: it was not written by this"
                            + " Gatekeeper version's verdict",
                    false);
        }
        Map<String, BuiltArtifact> artifacts = new LinkedHashMap<>();
        for (JsonNode artifact : evidence.path("artifacts")) {
            String coordinates = artifact.path("coordinates").asText("");
            String sha256 = artifact.path("sha256").asText("");
            if (coordinates.isEmpty() || !sha256.matches("[0-9a-f]{64}")) {
                throw new Unusable(json.getFileName() + " lists an artifact without coordinates or SHA-256", false);
            }
            artifacts.put(
                    coordinates,
                    new BuiltArtifact(
                            coordinates,
                            artifact.path("file").asText(""),
                            artifact.path("size").asLong(),
                            sha256));
        }
        return new VerifiedEvidence(
                outcome,
                textOrNull(build.path("commit")),
                build.path("treeClean").isBoolean() ? build.path("treeClean").asBoolean() : null,
                textOrNull(build.path("configurationDigest")),
                artifacts);
    }

    private void requireSameAs(JsonNode statement) throws Unusable {
        Map<String, String> subjects = new TreeMap<>();
        statement
                .path("subject")
                .forEach(s -> subjects.put(
                        s.path("name").asText(), s.path("digest").path("sha256").asText()));
        Map<String, String> recorded = new TreeMap<>();
        artifacts.values().forEach(a -> recorded.put(a.coordinates(), a.sha256()));
        JsonNode predicate = statement.path("predicate");
        String statementCommit = textOrNull(
                predicate.path("resolvedDependencies").path(0).path("digest").path("gitCommit"));
        boolean same = subjects.equals(recorded)
                && outcome.equals(predicate.path("outcome").asText())
                && java.util.Objects.equals(commit, statementCommit);
        if (!same) {
            throw new Unusable(
                    InTotoStatement.FILE_NAME + " and " + EvidenceFiles.EVIDENCE_JSON
                            + " disagree on the artifacts, the outcome or the commit: one of them was edited or replaced",
                    false);
        }
    }

    private static JsonNode parse(Path file, byte[] bytes) throws Unusable {
        try {
            JsonNode node = GatekeeperJson.mapper().readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new Unusable(file.getFileName() + " is not a JSON object", false);
            }
            return node;
        } catch (IOException e) {
            throw new Unusable(
                    file.getFileName() + " is not valid JSON: "
                            + e.getMessage().lines().findFirst().orElse(""),
                    false);
        }
    }

    private static String readText(Path file) throws Unusable {
        return new String(readBytes(file), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(Path file) throws Unusable {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Unusable(file.getFileName() + " is missing beside " + EvidenceFiles.EVIDENCE_JSON, false);
        } catch (IOException e) {
            throw new Unusable("cannot read " + file + ": " + e.getMessage(), false);
        }
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() && !node.asText().isEmpty() ? node.asText() : null;
    }
}
