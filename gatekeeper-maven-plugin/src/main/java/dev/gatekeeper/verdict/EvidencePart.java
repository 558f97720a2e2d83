package dev.gatekeeper.verdict;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gatekeeper.core.EvidenceException;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GatekeeperJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One evidence.json written by the verdict of another build (a CI job that ran part of the gates),
 * read back for import: which commit and build it is about, and its results exactly as written.
 *
 * @param file    the file as shown in findings (relative to the execution root)
 * @param commit  the commit the part was built from ({@code build.commit}), or null when it records none
 * @param buildId the Maven session of the part
 * @param outcome the part's own outcome, READY or HOLD
 * @param results the part's results, each with its own build id
 */
public record EvidencePart(String file, String commit, String buildId, String outcome, List<GateResult> results) {
    private static final Pattern READABLE_SCHEMA = Pattern.compile("1\\.[0-9]+");

    public EvidencePart {
        results = List.copyOf(results);
    }

    /** The gates the part has results for, each once, in the order they appear. */
    public List<String> gates() {
        return results.stream().map(GateResult::gate).distinct().toList();
    }

    /**
     * Parses {@code bytes}, the content of a part. Anything that is not evidence of schema 1.x (malformed
     * JSON, another tool's file, a result without build id) is an EvidenceException whose message names
     * {@code shownAs} and where in the file the problem is, never the file's content: a part may be
     * anything an attacker put there.
     */
    public static EvidencePart parse(byte[] bytes, String shownAs) throws EvidenceException {
        JsonNode root;
        try {
            root = GatekeeperJson.mapper().readTree(bytes);
        } catch (JacksonException e) {
            throw unreadable(
                    shownAs,
                    "malformed JSON"
                            + (e.getLocation() == null
                                    ? ""
                                    : " at line " + e.getLocation().getLineNr() + ", column "
                                            + e.getLocation().getColumnNr()),
                    null);
        } catch (IOException e) {
            throw unreadable(shownAs, "cannot be parsed", null);
        }
        if (root == null || !root.isObject()) {
            throw unreadable(shownAs, "not a JSON object", null);
        }
        if (!EvidenceFiles.TOOL_NAME.equals(root.path("tool").path("name").asText())) {
            throw unreadable(shownAs, "no tool.name \"gatekeeper\", so it is not Gatekeeper evidence", null);
        }
        String schemaVersion = root.path("schemaVersion").asText("");
        if (!READABLE_SCHEMA.matcher(schemaVersion).matches()) {
            throw unreadable(
                    shownAs,
                    "schemaVersion "
                            + (schemaVersion.matches("[0-9.]{1,12}")
                                    ? "\"" + schemaVersion + "\""
                                    : "(not a version number)")
                            + "; this verdict reads 1.x",
                    null);
        }
        JsonNode build = root.path("build");
        String buildId = build.path("buildId").asText("");
        if (buildId.isEmpty()) {
            throw unreadable(shownAs, "no build.buildId", null);
        }
        JsonNode results = root.path("results");
        if (!results.isArray()) {
            throw unreadable(shownAs, "no results array", null);
        }
        List<GateResult> parsed = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            parsed.add(result(results.get(i), shownAs, i));
        }
        String commit = build.path("commit").isTextual() ? build.path("commit").asText() : null;
        return new EvidencePart(shownAs, commit, buildId, root.path("outcome").asText(""), parsed);
    }

    private static GateResult result(JsonNode node, String shownAs, int index) throws EvidenceException {
        GateResult result;
        try {
            result = GatekeeperJson.mapper().treeToValue(node, GateResult.class);
        } catch (JacksonException | IllegalArgumentException e) {
            // Jackson's message quotes the offending value: name the field only
            String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException m
                            && !m.getPath().isEmpty()
                            && m.getPath().get(0).getFieldName() != null
                    ? " (field " + m.getPath().get(0).getFieldName().replaceAll("[^A-Za-z0-9_]", "?") + ")"
                    : "";
            throw unreadable(shownAs, "results[" + index + "] is not a gate result" + field, null);
        }
        if (result == null || result.buildId() == null || result.startedAt() == null) {
            throw unreadable(shownAs, "results[" + index + "] has no buildId or startedAt", null);
        }
        return result;
    }

    private static EvidenceException unreadable(String shownAs, String reason, Throwable cause) {
        return new EvidenceException(shownAs + " is not readable Gatekeeper evidence: " + reason, cause);
    }
}
