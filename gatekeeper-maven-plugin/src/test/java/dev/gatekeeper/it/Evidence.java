package dev.gatekeeper.it;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.Map;

/**
 * What the IT verify scripts read of a build's evidence, on their classpath (the invoker runs with
 * {@code addTestClassPath}): {@code target/gatekeeper/evidence.json}, a gate's result file, or any
 * other JSON the build wrote, as Groovy reads JSON (maps, lists, Integer or Long, BigDecimal), so that a
 * script asserts {@code evidence.results[0].status == 'PASS'} and {@code cvss == 9.8} as before.
 * A file that is not there fails with its path and what wrote it, not with a parser's message.
 */
public final class Evidence {
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Evidence() {}

    /** The evidence the verdict wrote for the IT project in {@code basedir}: {@code target/gatekeeper/evidence.json}. */
    public static Map<String, Object> of(File basedir) {
        return read(new File(basedir, "target/gatekeeper/evidence.json"), "the verdict did not write its evidence");
    }

    /** The result file the {@code gate} goal wrote in {@code basedir}: {@code target/gatekeeper/results/<gate>.json}. */
    public static Map<String, Object> result(File basedir, String gate) {
        return read(
                new File(basedir, "target/gatekeeper/results/" + gate + ".json"),
                "the " + gate + " goal wrote no result");
    }

    /** Any JSON object the build wrote (a part's evidence, the SARIF log, the in-toto statement, an SBOM). */
    public static Map<String, Object> read(File file) {
        return read(file, "the build did not write it");
    }

    private static Map<String, Object> read(File file, String why) {
        if (!file.isFile()) {
            throw new AssertionError("no " + file + ": " + why + " (see build.log)");
        }
        try {
            Map<String, Object> json = JSON.readValue(file, new TypeReference<Map<String, Object>>() {});
            if (json == null) {
                throw new AssertionError(file + " is empty");
            }
            return json;
        } catch (IOException e) {
            throw new AssertionError(file + " is not a JSON object: " + e.getMessage(), e);
        }
    }
}
