package dev.gatekeeper.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gatekeeper.core.AtomicFiles;
import dev.gatekeeper.core.EvidenceKey;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.GatekeeperJson;
import dev.gatekeeper.core.ReactorScope;
import dev.gatekeeper.core.SecretRedactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Writes the verdict's evidence: {@value #EVIDENCE_JSON} for tools, {@value #SUMMARY_MD} for people
 * (a CI step summary or PR comment), {@value #JUNIT_XML} for CI test report views and {@value #SARIF}
 * for code-scanning views and {@value #REPORT_HTML} to look at in a browser. Each file is
 * written atomically, so a CI step that picks them up never reads half a file.
 */
public final class EvidenceFiles {
    public static final String EVIDENCE_JSON = "evidence.json";
    public static final String SUMMARY_MD = "summary.md";
    public static final String JUNIT_XML = "TEST-gatekeeper.xml";
    public static final String SARIF = "gatekeeper.sarif";
    /** The SHA-256 of evidence.json in {@code sha256sum} format, so an edited evidence.json is noticed. */
    public static final String EVIDENCE_DIGEST = EVIDENCE_JSON + ".sha256";

    public static final String REPORT_HTML = "report.html";
    /** The HMAC-SHA256 of evidence.json under the evidence key; written only when a key is configured. */
    public static final String EVIDENCE_SIGNATURE = EVIDENCE_JSON + EvidenceKey.SIGNATURE_SUFFIX;
    /** The HMAC-SHA256 of the in-toto Statement under the evidence key; written only when a key is configured. */
    public static final String STATEMENT_SIGNATURE = InTotoStatement.FILE_NAME + EvidenceKey.SIGNATURE_SUFFIX;

    /** The version of evidence.json's format; see docs/evidence.md for when it changes. */
    public static final String SCHEMA_VERSION = "1.3";

    public static final String TOOL_NAME = "gatekeeper";

    private EvidenceFiles() {}

    /** Writes all evidence files into {@code outputDirectory} and returns their paths. */
    public static List<Path> writeAll(Verdict verdict, Path outputDirectory, Instant finishedAt) throws IOException {
        return writeAll(verdict, outputDirectory, finishedAt, null);
    }

    /**
     * Like {@link #writeAll(Verdict, Path, Instant)}, recording in evidence.json how long the verdict
     * itself took: {@code verdictMillis} is asked after every other file is written, just before
     * evidence.json is rendered; null records nothing.
     */
    public static List<Path> writeAll(
            Verdict verdict, Path outputDirectory, Instant finishedAt, LongSupplier verdictMillis) throws IOException {
        return writeAll(verdict, outputDirectory, finishedAt, verdictMillis, null);
    }

    /**
     * Like {@link #writeAll(Verdict, Path, Instant, LongSupplier)}; with a {@code key}, also signs
     * evidence.json and the in-toto Statement ({@value #EVIDENCE_SIGNATURE}, {@value #STATEMENT_SIGNATURE}).
     * Without one, signatures an earlier build left behind are removed: they would sign other bytes.
     */
    public static List<Path> writeAll(
            Verdict verdict, Path outputDirectory, Instant finishedAt, LongSupplier verdictMillis, EvidenceKey key)
            throws IOException {
        // Every file passes the build's redactor on its way to disk; digests and signatures are of the redacted bytes.
        SecretRedactor redactor = SecretRedactor.build();
        Path statement = outputDirectory.resolve(InTotoStatement.FILE_NAME);
        byte[] statementBytes = redactor.redactBytes(InTotoStatement.render(verdict, finishedAt));
        AtomicFiles.write(statement, statementBytes);
        Path markdown = outputDirectory.resolve(SUMMARY_MD);
        AtomicFiles.writeString(markdown, redactor.redact(SummaryMarkdown.render(verdict)));
        Path junit = outputDirectory.resolve(JUNIT_XML);
        AtomicFiles.write(junit, redactor.redactBytes(JUnitXml.render(verdict)));
        Path sarif = outputDirectory.resolve(SARIF);
        AtomicFiles.write(sarif, redactor.redactBytes(SarifReport.render(verdict)));
        Path html = outputDirectory.resolve(REPORT_HTML);
        AtomicFiles.writeString(html, redactor.redact(HtmlReport.render(verdict, finishedAt)));
        Path json = outputDirectory.resolve(EVIDENCE_JSON);
        byte[] evidence = redactor.redactBytes(
                evidenceJson(verdict, finishedAt, verdictMillis == null ? null : verdictMillis.getAsLong()));
        AtomicFiles.write(json, evidence);
        Path evidenceDigest = outputDirectory.resolve(EVIDENCE_DIGEST);
        AtomicFiles.writeString(evidenceDigest, digestLine(evidence));
        Path evidenceSignature = outputDirectory.resolve(EVIDENCE_SIGNATURE);
        Path statementSignature = outputDirectory.resolve(STATEMENT_SIGNATURE);
        if (key == null) {
            Files.deleteIfExists(evidenceSignature);
            Files.deleteIfExists(statementSignature);
            return List.of(json, markdown, junit, sarif, evidenceDigest, statement, html);
        }
        AtomicFiles.writeString(statementSignature, key.signatureLine(statementBytes, InTotoStatement.FILE_NAME));
        AtomicFiles.writeString(evidenceSignature, key.signatureLine(evidence, EVIDENCE_JSON));
        return List.of(
                json, markdown, junit, sarif, evidenceDigest, evidenceSignature, statement, statementSignature, html);
    }

    /** "{@code <sha256>  evidence.json}", the line {@code sha256sum -c} checks. */
    public static String digestLine(byte[] evidence) {
        return HexFormat.of().formatHex(sha256(evidence)) + "  " + EVIDENCE_JSON + "\n";
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** The content of {@value #EVIDENCE_JSON}, as described by docs/evidence.schema.json. */
    public static byte[] evidenceJson(Verdict verdict, Instant finishedAt) throws IOException {
        return evidenceJson(verdict, finishedAt, null);
    }

    /** The content of {@value #EVIDENCE_JSON}, with the verdict's own duration when it is known. */
    public static byte[] evidenceJson(Verdict verdict, Instant finishedAt, Long verdictMillis) throws IOException {
        BuildInfo build = verdict.build();
        EvidenceDocument document = new EvidenceDocument(
                SCHEMA_VERSION,
                new Tool(TOOL_NAME, build.gatekeeperVersion()),
                verdict.outcome(),
                new Build(
                        build.groupId(),
                        build.artifactId(),
                        build.version(),
                        build.buildId(),
                        build.startedAt(),
                        finishedAt,
                        build.mavenVersion(),
                        build.javaVersion(),
                        build.commit(),
                        build.treeClean(),
                        build.configurationDigest(),
                        verdict.partialReactor().orElse(null)),
                verdict.counts(),
                verdict.results(),
                build.artifacts(),
                verdict.imported().stream()
                        .map(p -> new ImportedPart(p.file(), p.commit(), p.buildId(), p.outcome(), p.gates()))
                        .toList(),
                verdictMillis == null ? null : new VerdictTiming(verdictMillis));
        return GatekeeperJson.mapper().writeValueAsBytes(document);
    }

    @JsonPropertyOrder({
        "schemaVersion",
        "tool",
        "outcome",
        "build",
        "counts",
        "results",
        "artifacts",
        "imported",
        "verdict"
    })
    record EvidenceDocument(
            String schemaVersion,
            Tool tool,
            String outcome,
            Build build,
            Map<GateStatus, Integer> counts,
            List<GateResult> results,
            List<BuiltArtifact> artifacts,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ImportedPart> imported,
            @JsonInclude(JsonInclude.Include.NON_NULL) VerdictTiming verdict) {}

    /** What the verdict goal itself took: Gatekeeper's own code, like the gates' own share. */
    record VerdictTiming(long durationMillis) {}

    /** A part (another build's evidence.json) the verdict imported results from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"file", "commit", "buildId", "outcome", "gates"})
    record ImportedPart(String file, String commit, String buildId, String outcome, List<String> gates) {}

    @JsonPropertyOrder({"name", "version"})
    record Tool(String name, String version) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "groupId",
        "artifactId",
        "version",
        "buildId",
        "startedAt",
        "finishedAt",
        "mavenVersion",
        "javaVersion",
        "commit",
        "treeClean",
        "configurationDigest",
        "partialReactor"
    })
    record Build(
            String groupId,
            String artifactId,
            String version,
            String buildId,
            Instant startedAt,
            Instant finishedAt,
            String mavenVersion,
            String javaVersion,
            String commit,
            Boolean treeClean,
            String configurationDigest,
            ReactorScope partialReactor) {}
}
