package dev.gatekeeper.sbom;

import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.model.Bom;

/**
 * A CycloneDX document as read.
 *
 * @param format         JSON or XML, told by the content rather than the file name
 * @param specVersion    the spec version the document declares
 * @param bom            the CycloneDX library's model, or null when a schema-invalid document
 *                       could not be mapped onto it
 * @param schemaProblems what the schema of {@code specVersion} rejects, empty when it is valid
 */
record SbomDocument(Format format, Version specVersion, Bom bom, List<String> schemaProblems) {

    enum Format {
        JSON,
        XML
    }

    SbomDocument {
        schemaProblems = List.copyOf(schemaProblems);
    }
}
