package dev.gatekeeper.sbom;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads and schema-validates a small, valid SBOM in each format on a background thread while the real
 * one is being generated. The CycloneDX library's first validation in a JVM loads and compiles its parsers
 * and schema validators, about 2 s of Gatekeeper's own time that would otherwise come after the generation;
 * done beside it, the real SBOM's verification pays only its own work. A warm-up that fails changes nothing.
 */
final class SbomValidationWarmUp {
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String PURL = "pkg:maven/com.example/warm-up@1.0?type=jar";

    // Plain concatenation: the plugin descriptor's source scanner does not read text blocks.
    static final String JSON = "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"version\": 1,"
            + " \"serialNumber\": \"urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79\","
            + " \"components\": [{\"type\": \"library\", \"group\": \"com.example\", \"name\": \"warm-up\","
            + " \"version\": \"1.0\", \"hashes\": [{\"alg\": \"SHA-256\", \"content\": \"" + HASH + "\"}],"
            + " \"purl\": \"" + PURL + "\"}]}";

    static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\""
            + " serialNumber=\"urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79\" version=\"1\">"
            + "<components><component type=\"library\"><group>com.example</group><name>warm-up</name>"
            + "<version>1.0</version><hashes><hash alg=\"SHA-256\">" + HASH + "</hash></hashes>"
            + "<purl>" + PURL + "</purl></component></components></bom>";

    private SbomValidationWarmUp() {}

    static List<SbomDocument> run() throws UnreadableSbomException {
        return List.of(
                SbomReader.readJson(JSON.getBytes(StandardCharsets.UTF_8), true),
                SbomReader.readXml(XML.getBytes(StandardCharsets.UTF_8), true));
    }

    static void startInBackground() {
        Thread thread = new Thread(
                () -> {
                    try {
                        run();
                    } catch (UnreadableSbomException | RuntimeException | LinkageError e) {
                        // Only a warm-up: the real verification reports whatever is wrong.
                    }
                },
                "gatekeeper-sbom-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
