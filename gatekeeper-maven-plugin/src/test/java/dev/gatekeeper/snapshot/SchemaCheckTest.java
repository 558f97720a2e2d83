package dev.gatekeeper.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SchemaCheckTest {
    private static final String ITEMS_SCHEMA = """
            {
              "type": "object",
              "required": ["items"],
              "properties": {
                "items": {
                  "type": "array",
                  "items": {"$ref": "#/$defs/item"}
                },
                "generatedAt": {"type": "string", "format": "date-time"}
              },
              "$defs": {
                "item": {
                  "type": "object",
                  "required": ["id"],
                  "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
                  "additionalProperties": false
                }
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void validDocumentHasNoViolations() throws Exception {
        Path schema = write("items.schema.json", ITEMS_SCHEMA);

        assertThat(SchemaCheck.validate(
                        "{\"items\":[{\"id\":1,\"name\":\"a\"}],\"generatedAt\":\"2024-05-01T10:00:00Z\"}", schema))
                .isEmpty();
    }

    @Test
    void violationsNameTheJsonPointerAndAreSorted() throws Exception {
        Path schema = write("items.schema.json", ITEMS_SCHEMA);
        String json =
                "{\"items\":[{\"id\":1},{\"id\":\"two\",\"colour\":\"red\"},{\"name\":3}],\"generatedAt\":\"soon\"}";

        assertThat(SchemaCheck.validate(json, schema))
                .containsExactly(
                        "/generatedAt: does not match the date-time pattern must be a valid RFC 3339 date-time",
                        "/items/1: property 'colour' is not defined in the schema and the schema does not allow additional properties",
                        "/items/1/id: string found, integer expected",
                        "/items/2: required property 'id' not found",
                        "/items/2/name: integer found, string expected");
    }

    @Test
    void violationAtTheRootIsNamedRoot() throws Exception {
        Path schema = write("items.schema.json", ITEMS_SCHEMA);

        assertThat(SchemaCheck.validate("[]", schema)).containsExactly("(root): array found, object expected");
    }

    @Test
    void loadedSchemaValidatesSeveralDocuments() throws Exception {
        SchemaCheck check = SchemaCheck.load(write("items.schema.json", ITEMS_SCHEMA));

        assertThat(check.violations("{\"items\":[]}")).isEmpty();
        assertThat(check.violations("{}")).containsExactly("(root): required property 'items' not found");
    }

    @Test
    void draftNamedByTheSchemaIsUsed() throws Exception {
        // Draft 4 spells an exclusive maximum as a boolean; 2020-12 would reject that schema keyword's form.
        Path schema = write("draft4.schema.json", """
                {"$schema": "http://json-schema.org/draft-04/schema#",
                 "type": "object",
                 "properties": {"n": {"type": "number", "maximum": 10, "exclusiveMaximum": true}}}
                """);

        assertThat(SchemaCheck.validate("{\"n\": 9}", schema)).isEmpty();
        assertThat(SchemaCheck.validate("{\"n\": 10}", schema))
                .hasSize(1)
                .first()
                .asString()
                .startsWith("/n: ");
    }

    @Test
    void documentThatIsNotJsonIsReportedAsSuch() throws Exception {
        Path schema = write("items.schema.json", ITEMS_SCHEMA);

        assertThatThrownBy(() -> SchemaCheck.validate("{\"items\": [}", schema))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageStartingWith("line 1, column 12: ");
    }

    @Test
    void missingSchemaFileIsNamed() {
        Path missing = dir.resolve("absent.schema.json");

        assertThatThrownBy(() -> SchemaCheck.validate("{}", missing))
                .isInstanceOf(InvalidSchemaException.class)
                .hasMessage("JSON schema " + missing.toAbsolutePath() + " does not exist");
    }

    @Test
    void schemaThatIsNotJsonIsNamedWithTheProblemsPosition() throws Exception {
        Path broken = write("broken.schema.json", "{\n  \"type\": \"object\",\n}");

        assertThatThrownBy(() -> SchemaCheck.validate("{}", broken))
                .isInstanceOf(InvalidSchemaException.class)
                .hasMessageStartingWith(
                        "JSON schema " + broken.toAbsolutePath() + " is not valid JSON: line 3, column 1: ");
    }

    @Test
    void schemaThatIsNotAnObjectIsRejected() throws Exception {
        Path list = write("list.schema.json", "[]");

        assertThatThrownBy(() -> SchemaCheck.load(list))
                .isInstanceOf(InvalidSchemaException.class)
                .hasMessageContaining(list.toAbsolutePath().toString())
                .hasMessageContaining("must be a JSON object");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void remoteRefIsRefusedWithoutBeingFetched() throws Exception {
        Path schema = write("remote.schema.json", """
                {"type": "object", "properties": {"a": {"$ref": "https://schemas.example.invalid/a.json"}}}
                """);

        assertThatThrownBy(() -> SchemaCheck.load(schema))
                .isInstanceOf(InvalidSchemaException.class)
                .hasMessageContaining(schema.toAbsolutePath().toString())
                .hasMessageContaining("https://schemas.example.invalid/a.json")
                .hasMessageContaining("not allowed to be loaded");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void unknownRemoteMetaSchemaIsRefusedWithoutBeingFetched() throws Exception {
        Path schema = write("custom-meta.schema.json", """
                {"$schema": "https://meta.example.invalid/schema", "type": "object"}
                """);

        assertThatThrownBy(() -> SchemaCheck.load(schema))
                .isInstanceOf(InvalidSchemaException.class)
                .hasMessageContaining("https://meta.example.invalid/schema");
    }

    @Test
    void localRefToASiblingFileIsFollowed() throws Exception {
        write("id.schema.json", "{\"type\": \"integer\"}");
        Path schema = write("main.schema.json", "{\"properties\": {\"id\": {\"$ref\": \"id.schema.json\"}}}");

        assertThat(SchemaCheck.validate("{\"id\": 1}", schema)).isEmpty();
        assertThat(SchemaCheck.validate("{\"id\": \"x\"}", schema))
                .containsExactly("/id: string found, integer expected");
    }

    @Test
    void schemaWithAnHttpsIdResolvesItsOwnDefinitionsOffline() throws Exception {
        Path schema = write("with-id.schema.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$id": "https://gatekeeper.example.invalid/schemas/out.json",
                 "properties": {"id": {"$ref": "#/$defs/id"}},
                 "$defs": {"id": {"type": "integer"}}}
                """);

        assertThat(SchemaCheck.validate("{\"id\": \"x\"}", schema))
                .containsExactly("/id: string found, integer expected");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
