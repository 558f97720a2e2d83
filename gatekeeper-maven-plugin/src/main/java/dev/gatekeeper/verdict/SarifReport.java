package dev.gatekeeper.verdict;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.GatekeeperJson;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The verdict's file-located findings as SARIF 2.1.0, for code-scanning views (GitHub, GitLab,
 * Azure DevOps). Every finding with a file and at least a warning becomes a result; its rule is the
 * finding's rule id (the vulnerability id of an audit finding, the code otherwise).
 */
final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/gatekeeper-dev/gatekeeper";

    private SarifReport() {}

    static byte[] render(Verdict verdict) throws IOException {
        JsonNodeFactory json = JsonNodeFactory.instance;
        Map<String, ObjectNode> rules = new LinkedHashMap<>();
        ArrayNode results = json.arrayNode();
        for (GateResult result : verdict.results()) {
            for (Finding finding : result.findings()) {
                if (finding.file() == null || finding.severity().compareTo(GateStatus.WARN) < 0) {
                    continue;
                }
                rules.computeIfAbsent(finding.effectiveRuleId(), id -> rule(json, id, finding));
                results.add(result(json, result, finding));
            }
        }
        ObjectNode driver = json.objectNode()
                .put("name", "Gatekeeper")
                .put("informationUri", INFORMATION_URI)
                .put("version", verdict.build().gatekeeperVersion());
        driver.set("rules", json.arrayNode().addAll(rules.values()));
        ObjectNode run = json.objectNode();
        run.set("tool", json.objectNode().set("driver", driver));
        run.set("results", results);
        ObjectNode sarif = json.objectNode().put("$schema", SCHEMA).put("version", "2.1.0");
        sarif.set("runs", json.arrayNode().add(run));
        return GatekeeperJson.mapper().writeValueAsBytes(sarif);
    }

    private static ObjectNode rule(JsonNodeFactory json, String id, Finding finding) {
        ObjectNode rule = json.objectNode().put("id", id);
        rule.set("shortDescription", json.objectNode().put("text", id));
        String description = finding.attributes().getOrDefault("description", finding.message());
        rule.set("fullDescription", json.objectNode().put("text", description));
        if (finding.fix() != null) {
            rule.set("help", json.objectNode().put("text", finding.fix()));
        }
        ObjectNode properties = json.objectNode();
        String score = finding.attributes().get("cvssScore");
        if (score != null) {
            // GitHub code scanning ranks security results by this property.
            properties.put("security-severity", score);
            properties.set("tags", json.arrayNode().add("security").add("vulnerability"));
        }
        properties.put("gatekeeperCode", finding.code());
        rule.set("properties", properties);
        return rule;
    }

    private static ObjectNode result(JsonNodeFactory json, GateResult result, Finding finding) {
        ObjectNode sarifResult = json.objectNode()
                .put("ruleId", finding.effectiveRuleId())
                .put("level", finding.severity() == GateStatus.WARN ? "warning" : "error");
        sarifResult.set(
                "message",
                json.objectNode()
                        .put("text", finding.message() + (finding.fix() == null ? "" : " Fix: " + finding.fix())));
        ObjectNode physical = json.objectNode();
        physical.set(
                "artifactLocation", json.objectNode().put("uri", finding.file()).put("uriBaseId", "%SRCROOT%"));
        if (finding.line() != null) {
            physical.set("region", json.objectNode().put("startLine", finding.line()));
        }
        sarifResult.set("locations", json.arrayNode().add(json.objectNode().set("physicalLocation", physical)));
        // Stable across runs, so a code-scanning view tracks the same problem instead of opening a new one.
        sarifResult.set(
                "partialFingerprints",
                json.objectNode()
                        .put(
                                "gatekeeper/v1",
                                result.module() + "|" + result.label() + "|" + finding.effectiveRuleId() + "|"
                                        + finding.attributes().getOrDefault("dependency", finding.file())));
        ObjectNode properties = json.objectNode()
                .put("gate", result.label())
                .put("module", result.module())
                .put("status", finding.severity().name());
        finding.attributes().forEach(properties::put);
        sarifResult.set("properties", properties);
        return sarifResult;
    }
}
