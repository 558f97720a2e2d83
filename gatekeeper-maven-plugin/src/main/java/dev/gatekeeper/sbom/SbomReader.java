package dev.gatekeeper.sbom;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatekeeper.core.IoProblems;
import dev.gatekeeper.core.SafeXml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cyclonedx.Format;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;
import org.xml.sax.SAXParseException;

/**
 * Reads a CycloneDX SBOM with the CycloneDX core library. Before the library sees a byte, the
 * content says which format it is and the document itself which spec version, so that a problem is
 * reported in words (truncated at line 12, an SPDX document) rather than as a library stack trace.
 */
final class SbomReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UTF8_BOM = "\uFEFF";
    /** Larger than any real SBOM (the largest seen are tens of megabytes); a larger file is not read. */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    private SbomReader() {}

    /** Reads and, when {@code validate}, schema-validates {@code file}. */
    static SbomDocument read(Path file, boolean validate) throws UnreadableSbomException {
        refuseUnusual(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableSbomException("cannot be read: " + IoProblems.describe(e), null);
        }
        int start = firstContent(bytes);
        if (start == bytes.length) {
            throw new UnreadableSbomException("is empty", null);
        }
        return switch (bytes[start]) {
            case '{' -> readJson(bytes, validate);
            case '<' -> readXml(bytes, validate);
            default ->
                throw new UnreadableSbomException(
                        startsWith(bytes, start, "SPDXVersion:")
                                ? "is an SPDX tag-value document, not a CycloneDX SBOM"
                                : "is neither JSON nor XML, so it cannot be a CycloneDX SBOM",
                        null);
        };
    }

    /**
     * Refuses, before anything reads or hashes it, a file no SBOM can be: a directory, a device or a pipe
     * ({@code /dev/zero} would be read forever), or one larger than {@link #MAX_BYTES}.
     */
    static void refuseUnusual(Path file) throws UnreadableSbomException {
        if (!Files.exists(file)) {
            throw new UnreadableSbomException("does not exist", null);
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadableSbomException(
                    "is not a regular file (a directory, a device or a pipe); it was not read", null);
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableSbomException(
                        "is " + size / (1024 * 1024) + " MB, larger than any real SBOM (the limit is "
                                + MAX_BYTES / (1024 * 1024) + " MB); it was not read",
                        null);
            }
        } catch (IOException e) {
            throw new UnreadableSbomException("cannot be read: " + IoProblems.describe(e), null);
        }
    }

    static SbomDocument readJson(byte[] bytes, boolean validate) throws UnreadableSbomException {
        JsonNode tree;
        try {
            tree = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new UnreadableSbomException("is not valid JSON: " + e.getOriginalMessage(), lineOf(e));
        } catch (IOException e) {
            throw new UnreadableSbomException("cannot be read: " + IoProblems.describe(e), null);
        }
        if (tree == null || !tree.isObject()) {
            throw new UnreadableSbomException("is JSON but not an object, so it cannot be a CycloneDX SBOM", 1);
        }
        if (tree.has("spdxVersion")) {
            throw new UnreadableSbomException(
                    "is an SPDX document (" + tree.path("spdxVersion").asText() + "), not a CycloneDX SBOM", null);
        }
        if (!"CycloneDX".equals(tree.path("bomFormat").asText(null))) {
            throw new UnreadableSbomException(
                    "has no \"bomFormat\": \"CycloneDX\", so it is not a CycloneDX SBOM", null);
        }
        Version version = versionNamed(tree.path("specVersion").asText(null), Format.JSON);
        JsonParser parser = new JsonParser();
        List<String> problems = new ArrayList<>();
        if (validate) {
            try {
                // The String overload: the byte[] one decodes with the platform charset, not UTF-8.
                parser.validate(new String(bytes, StandardCharsets.UTF_8), version)
                        .forEach(p -> problems.add(p.getMessage()));
            } catch (IOException e) {
                throw new UnreadableSbomException("cannot be validated: " + e.getMessage(), null);
            }
        }
        try {
            return new SbomDocument(SbomDocument.Format.JSON, version, parser.parse(bytes), problems);
        } catch (ParseException e) {
            return mappingFailed(SbomDocument.Format.JSON, version, problems, e);
        }
    }

    static SbomDocument readXml(byte[] bytes, boolean validate) throws UnreadableSbomException {
        String namespace = rootNamespaceOfWellFormed(bytes);
        if (namespace != null && (namespace.startsWith("http://spdx.org/") || namespace.contains("rdf-syntax-ns"))) {
            throw new UnreadableSbomException("is an SPDX (RDF/XML) document, not a CycloneDX SBOM", null);
        }
        Version version = Arrays.stream(Version.values())
                .filter(v -> v.getNamespace().equals(namespace))
                .findFirst()
                .orElseThrow(() -> new UnreadableSbomException(
                        "has the root namespace '" + namespace
                                + "', which is not a CycloneDX namespace (http://cyclonedx.org/schema/bom/1.0 to 1.6)",
                        null));
        XmlParser parser = new XmlParser();
        List<String> problems = new ArrayList<>();
        if (validate) {
            try {
                parser.validate(bytes, version).forEach(p -> problems.add(xmlProblem(p)));
            } catch (IOException e) {
                throw new UnreadableSbomException("cannot be validated: " + e.getMessage(), null);
            }
        }
        try {
            return new SbomDocument(SbomDocument.Format.XML, version, parser.parse(bytes), problems);
        } catch (ParseException e) {
            return mappingFailed(SbomDocument.Format.XML, version, problems, e);
        }
    }

    /**
     * Streams the whole document once with the project's XXE-safe StAX factory, so a truncated file
     * is reported with its line and a DTD never reaches the library's parsers.
     */
    private static String rootNamespaceOfWellFormed(byte[] bytes) throws UnreadableSbomException {
        String namespace = null;
        boolean rootSeen = false;
        XMLStreamReader reader = null;
        try {
            reader = SafeXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new UnreadableSbomException(
                            "declares a DTD, which a CycloneDX SBOM never has; it is refused rather than resolved",
                            SafeXml.lineOf(reader.getLocation()));
                }
                if (event == XMLStreamConstants.START_ELEMENT && !rootSeen) {
                    rootSeen = true;
                    namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
                }
            }
        } catch (XMLStreamException e) {
            throw new UnreadableSbomException(
                    "is not well-formed XML: " + SafeXml.problemOf(e), SafeXml.lineOf(e.getLocation()));
        } finally {
            closeQuietly(reader);
        }
        return namespace;
    }

    private static SbomDocument mappingFailed(
            SbomDocument.Format format, Version version, List<String> problems, ParseException e)
            throws UnreadableSbomException {
        if (problems.isEmpty()) {
            JacksonException cause = causeOfType(e, JacksonException.class);
            throw new UnreadableSbomException(
                    "cannot be read by the CycloneDX library: "
                            + (cause == null ? messageOf(e) : cause.getOriginalMessage()),
                    cause == null ? null : lineOf(cause));
        }
        // The schema problems already say what is wrong; the model is only needed for the deeper checks.
        return new SbomDocument(format, version, null, problems);
    }

    private static Version versionNamed(String specVersion, Format format) throws UnreadableSbomException {
        if (specVersion == null) {
            throw new UnreadableSbomException("has no \"specVersion\"", null);
        }
        for (Version version : Version.values()) {
            if (version.getVersionString().equals(specVersion)
                    && version.getFormats().contains(format)) {
                return version;
            }
        }
        throw new UnreadableSbomException(
                "declares specVersion " + specVersion + ", which the CycloneDX library cannot validate as "
                        + format + " (it knows "
                        + Arrays.stream(Version.values())
                                .filter(v -> v.getFormats().contains(format))
                                .map(Version::getVersionString)
                                .collect(Collectors.joining(", "))
                        + ")",
                null);
    }

    private static String xmlProblem(ParseException problem) {
        SAXParseException sax = causeOfType(problem, SAXParseException.class);
        String message = problem.getMessage() == null ? messageOf(problem) : problem.getMessage();
        return sax == null || sax.getLineNumber() <= 0 ? message : "line " + sax.getLineNumber() + ": " + message;
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String messageOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null
                ? root.getClass().getSimpleName()
                : root.getMessage().strip();
    }

    private static Integer lineOf(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() <= 0
                ? null
                : e.getLocation().getLineNr();
    }

    private static int firstContent(byte[] bytes) {
        int i = startsWith(bytes, 0, UTF8_BOM) ? UTF8_BOM.getBytes(StandardCharsets.UTF_8).length : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] bytes, int offset, String prefix) {
        byte[] wanted = prefix.getBytes(StandardCharsets.UTF_8);
        return bytes.length - offset >= wanted.length
                && Arrays.equals(bytes, offset, offset + wanted.length, wanted, 0, wanted.length);
    }

    private static void closeQuietly(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // Closing an in-memory reader cannot lose data.
            }
        }
    }
}
