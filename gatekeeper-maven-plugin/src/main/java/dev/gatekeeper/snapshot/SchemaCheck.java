package dev.gatekeeper.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Validates product output against a JSON Schema with networknt json-schema-validator. The draft is the one
 * the schema names in {@code $schema}; without one, 2020-12. {@code format} is asserted, not just annotated,
 * because a schema author who writes {@code "format": "date-time"} expects it to be checked.
 *
 * <p>No network: the factory's schema loaders refuse every IRI that is not {@code file:} or {@code classpath:}
 * (the library maps the standard meta-schemas to its own classpath copies). A remote {@code $ref} therefore
 * fails at {@link #load} with the library's "is not allowed to be loaded" message instead of being fetched;
 * references are resolved when the schema is loaded, not in the middle of a validation.
 */
public final class SchemaCheck {
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .locale(Locale.ENGLISH)
            .build();

    private final Path schemaFile;
    private final JsonSchema schema;

    private SchemaCheck(Path schemaFile, JsonSchema schema) {
        this.schemaFile = schemaFile;
        this.schema = schema;
    }

    /** Loads the schema once, for validating several documents. */
    public static SchemaCheck load(Path schemaFile) throws InvalidSchemaException {
        Path file = schemaFile.toAbsolutePath().normalize();
        JsonNode schemaNode = readSchema(file);
        try {
            SpecVersion.VersionFlag version = SpecVersionDetector.detectOptionalVersion(schemaNode, false)
                    .orElse(SpecVersion.VersionFlag.V202012);
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                    version,
                    builder ->
                            builder.schemaLoaders(loaders -> loaders.add(new AllowSchemaLoader(SchemaCheck::isLocal))));
            JsonSchema schema = factory.getSchema(SchemaLocation.of(file.toUri().toString()), schemaNode, CONFIG);
            schema.initializeValidators();
            return new SchemaCheck(file, schema);
        } catch (JsonSchemaException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidSchemaException("JSON schema " + file + " cannot be used: " + e.getMessage(), e);
        }
    }

    /** {@link #load} and {@link #violations} in one step. */
    public static List<String> validate(String json, Path schemaFile)
            throws InvalidSchemaException, InvalidJsonException {
        return load(schemaFile).violations(json);
    }

    /**
     * Every place where {@code json} breaks the schema, as "{@code <JSON pointer>: <problem>}" (the document
     * itself is "{@code (root)}"), sorted so that the list is the same from run to run. Empty when valid.
     */
    public List<String> violations(String json) throws InvalidJsonException {
        JsonNode document = StrictJson.parse(json);
        // By location first: plain string order would put "/a/b: …" before "/a: …" because '/' < ':'.
        return schema.validate(document).stream()
                .map(message -> new Violation(location(message), message.getError()))
                .distinct()
                .sorted(Comparator.comparing(Violation::location).thenComparing(Violation::problem))
                .map(violation -> violation.location() + ": " + violation.problem())
                .toList();
    }

    public Path schemaFile() {
        return schemaFile;
    }

    private record Violation(String location, String problem) {}

    private static String location(ValidationMessage message) {
        String pointer = message.getInstanceLocation().toString();
        return pointer.isEmpty() ? "(root)" : pointer;
    }

    private static boolean isLocal(com.networknt.schema.AbsoluteIri iri) {
        String text = iri.toString();
        return text.startsWith("file:") || text.startsWith("classpath:");
    }

    private static JsonNode readSchema(Path file) throws InvalidSchemaException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidSchemaException("JSON schema " + file + " does not exist");
        } catch (IOException e) {
            throw new InvalidSchemaException("JSON schema " + file + " cannot be read: " + e, e);
        }
        try {
            JsonNode node = StrictJson.parse(text);
            if (!node.isObject() && !node.isBoolean()) {
                throw new InvalidSchemaException("JSON schema " + file + " must be a JSON object (or true/false), not "
                        + node.getNodeType().name().toLowerCase(Locale.ROOT));
            }
            return node;
        } catch (InvalidJsonException e) {
            throw new InvalidSchemaException("JSON schema " + file + " is not valid JSON: " + e.getMessage());
        }
    }
}
