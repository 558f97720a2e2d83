package dev.gatekeeper.sbom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateLog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

/**
 * A small project and the SBOM of it, written by hand: three third-party jars (one with a
 * classifier) that exist as real files, a reactor module, and a CycloneDX 1.6 JSON document whose
 * hashes are those of the jars. Tests break one thing in it at a time.
 */
final class SbomFixture {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String GROUP = "dev.acme";
    static final String ARTIFACT = "acme-app";
    static final String VERSION = "1.0.0";

    final Path directory;
    final GraphArtifact alpha;
    final GraphArtifact beta;
    final GraphArtifact gamma;
    final GraphArtifact reactorModule;

    SbomFixture(Path directory) throws IOException {
        this.directory = directory;
        alpha = artifact("com.example", "alpha", "1.0.0", null);
        beta = artifact("com.example", "beta", "2.1", "linux");
        gamma = artifact("org.sample", "gamma", "3.0", null);
        reactorModule = artifact(GROUP, "acme-core", VERSION, null);
    }

    private GraphArtifact artifact(String groupId, String artifactId, String version, String classifier)
            throws IOException {
        Path jar = directory
                .resolve("repo")
                .resolve(artifactId + "-" + version + (classifier == null ? "" : "-" + classifier) + ".jar");
        writeJar(jar, groupId + ":" + artifactId + ":" + version);
        return new GraphArtifact(groupId, artifactId, version, classifier, "jar", jar);
    }

    /** A real jar with one entry whose content is {@code content}, so every jar's hashes differ. */
    static void writeJar(Path jar, String content) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new ZipEntry("META-INF/fixture.txt"));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    List<GraphArtifact> graph() {
        return List.of(alpha, beta, gamma, reactorModule);
    }

    SbomExpectations expectations() {
        return expectations(graph(), Set.of("GPL-3.0-only", "AGPL-3.0-only"), false);
    }

    SbomExpectations expectations(List<GraphArtifact> graph, Set<String> denied, boolean requireLicenses) {
        return new SbomExpectations(
                GROUP,
                ARTIFACT,
                VERSION,
                Set.of(GROUP + ":" + ARTIFACT, GROUP + ":acme-core"),
                graph,
                denied,
                requireLicenses);
    }

    /** The valid CycloneDX 1.6 JSON SBOM of the graph, as a tree a test may change before writing it. */
    ObjectNode sbom() throws IOException {
        ObjectNode bom = JSON.createObjectNode();
        bom.put("bomFormat", "CycloneDX")
                .put("specVersion", "1.6")
                .put("serialNumber", "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79")
                .put("version", 1);
        ObjectNode subject = bom.putObject("metadata").putObject("component");
        subject.put("type", "application")
                .put("bom-ref", purl(GROUP, ARTIFACT, VERSION, null))
                .put("group", GROUP)
                .put("name", ARTIFACT)
                .put("version", VERSION)
                .put("purl", purl(GROUP, ARTIFACT, VERSION, null));
        subject.putArray("hashes")
                .addObject()
                .put("alg", "SHA-256")
                .put("content", hex("SHA-256", "the project's jar".getBytes()));
        ArrayNode components = bom.putArray("components");
        components.add(component(alpha, "SHA-256", "SHA-1").set("licenses", licenseId("Apache-2.0")));
        components.add(component(beta, "SHA-512", "MD5").set("licenses", licenseId("MIT")));
        components.add(component(gamma, "SHA-256").set("licenses", expression("MIT OR Apache-2.0")));
        ArrayNode dependencies = bom.putArray("dependencies");
        ObjectNode root = dependencies.addObject().put("ref", purl(GROUP, ARTIFACT, VERSION, null));
        root.putArray("dependsOn").add(ref(alpha)).add(ref(beta));
        dependencies.addObject().put("ref", ref(alpha)).putArray("dependsOn").add(ref(gamma));
        dependencies.addObject().put("ref", ref(beta)).putArray("dependsOn");
        dependencies.addObject().put("ref", ref(gamma)).putArray("dependsOn");
        return bom;
    }

    ObjectNode component(GraphArtifact artifact, String... algorithms) throws IOException {
        ObjectNode component = JSON.createObjectNode();
        component
                .put("type", "library")
                .put("bom-ref", ref(artifact))
                .put("group", artifact.groupId())
                .put("name", artifact.artifactId())
                .put("version", artifact.version());
        ArrayNode hashes = component.putArray("hashes");
        byte[] content = Files.readAllBytes(artifact.file());
        for (String algorithm : algorithms) {
            hashes.addObject().put("alg", algorithm).put("content", hex(algorithm, content));
        }
        component.put("purl", ref(artifact));
        return component;
    }

    /** Components of the SBOM by artifactId. */
    ObjectNode componentNamed(ObjectNode sbom, String artifactId) {
        for (var component : sbom.withArray("components")) {
            if (component.path("name").asText().equals(artifactId)) {
                return (ObjectNode) component;
            }
        }
        throw new IllegalArgumentException("no component " + artifactId);
    }

    static ArrayNode licenseId(String id) {
        ArrayNode licenses = JSON.createArrayNode();
        licenses.addObject().putObject("license").put("id", id);
        return licenses;
    }

    static ArrayNode expression(String expression) {
        ArrayNode licenses = JSON.createArrayNode();
        licenses.addObject().put("expression", expression);
        return licenses;
    }

    static String ref(GraphArtifact artifact) {
        return purl(artifact.groupId(), artifact.artifactId(), artifact.version(), artifact.classifier());
    }

    /** The purl the CycloneDX Maven plugin writes. */
    static String purl(String groupId, String artifactId, String version, String classifier) {
        return "pkg:maven/" + groupId + "/" + artifactId + "@" + version
                + (classifier == null ? "?type=jar" : "?classifier=" + classifier + "&type=jar");
    }

    static String hex(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Path write(ObjectNode sbom) throws IOException {
        return write("bom.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sbom));
    }

    Path write(String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    static GateEvaluation evaluation() {
        return new GateEvaluation("sbom", GROUP + ":" + ARTIFACT, "build-1", Clock.systemUTC(), GateLog.silent());
    }

    static List<String> codes(GateEvaluation evaluation) {
        List<String> codes = new ArrayList<>();
        evaluation.findings().forEach(f -> codes.add(f.code()));
        return codes;
    }
}
