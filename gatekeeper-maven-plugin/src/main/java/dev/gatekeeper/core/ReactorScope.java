package dev.gatekeeper.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which modules of the reactor this build covers. Under {@code -pl}, {@code -rf} or {@code -am}
 * Maven builds part of the reactor; the gates that judge the whole reactor and the verdict say so.
 *
 * @param built    the modules in this build ({@code groupId:artifactId}), in reactor order
 * @param notBuilt the reactor's other modules, in reactor order; empty when the build covers all
 */
@JsonPropertyOrder({"modules", "built", "notBuilt"})
public record ReactorScope(List<String> built, List<String> notBuilt) {

    public ReactorScope {
        built = List.copyOf(Objects.requireNonNull(built, "built"));
        notBuilt = List.copyOf(Objects.requireNonNull(notBuilt, "notBuilt"));
    }

    /**
     * @param built every module in this build
     * @param all   every module of the reactor, in reactor order; null or empty when Maven does not say
     */
    public static ReactorScope of(List<String> built, List<String> all) {
        List<String> notBuilt = new ArrayList<>();
        if (all != null) {
            for (String module : all) {
                if (!built.contains(module)) {
                    notBuilt.add(module);
                }
            }
        }
        return new ReactorScope(built, notBuilt);
    }

    /** How many modules the reactor has. */
    @JsonProperty("modules")
    public int modules() {
        return built.size() + notBuilt.size();
    }

    /** Whether some modules of the reactor are not in this build. */
    @JsonIgnore
    public boolean partial() {
        return !notBuilt.isEmpty();
    }

    /** "partial reactor: 1 of 4 modules". */
    @JsonIgnore
    public String headline() {
        return "partial reactor: " + built.size() + " of " + modules() + " modules";
    }

    /** "partial reactor: 1 of 4 modules in this build (c); not built: parent, a, b", with artifactIds. */
    @JsonIgnore
    public String description() {
        return headline() + " in this build (" + artifactIds(built) + "); not built: " + artifactIds(notBuilt);
    }

    private static String artifactIds(List<String> modules) {
        return String.join(
                ", ", modules.stream().map(m -> m.substring(m.indexOf(':') + 1)).toList());
    }
}
