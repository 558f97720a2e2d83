package dev.gatekeeper.audit;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gatekeeper.core.GatekeeperJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads Gatekeeper's suppression file:
 *
 * <pre>{@code
 * {
 *   "suppressions": [
 *     { "id": "CVE-2022-42889", "package": "org.apache.commons:commons-text:*",
 *       "reason": "StringSubstitutor never sees untrusted input (SEC-123)", "expires": "2027-01-31" }
 *   ]
 * }
 * }</pre>
 *
 * Unknown keys are rejected, so a misspelt {@code "expiry"} is an error rather than a suppression
 * that never expires.
 */
public final class SuppressionFile {
    private static final Set<String> KEYS = Set.of("id", "package", "reason", "expires");

    private SuppressionFile() {}

    /** The suppressions in {@code file}; none when the file does not exist. */
    public static List<Suppression> read(Path file) throws InvalidSuppressionsException {
        JsonNode root;
        try {
            root = GatekeeperJson.mapper().readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (JacksonException e) {
            String where =
                    e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
            throw new InvalidSuppressionsException(file + where + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidSuppressionsException("cannot read " + file + ": " + e.getMessage());
        }
        JsonNode entries = root == null ? null : root.get("suppressions");
        if (entries == null || !entries.isArray()) {
            throw new InvalidSuppressionsException(file + " must be an object with a \"suppressions\" array");
        }
        List<Suppression> suppressions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            suppressions.add(entry(file, entries.get(i), i + 1));
        }
        return suppressions;
    }

    private static Suppression entry(Path file, JsonNode entry, int index) throws InvalidSuppressionsException {
        String where = file + " suppression " + index;
        if (!entry.isObject()) {
            throw new InvalidSuppressionsException(where + " must be an object");
        }
        for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw new InvalidSuppressionsException(
                        where + " has an unknown key \"" + name + "\"; the keys are id, package, reason and expires");
            }
        }
        String id = text(entry, "id", where, true);
        String reason = text(entry, "reason", where, true);
        String expires = text(entry, "expires", where, true);
        String packages = text(entry, "package", where, false);
        try {
            return new Suppression(id, packages, reason, LocalDate.parse(expires), index);
        } catch (DateTimeParseException e) {
            throw new InvalidSuppressionsException(
                    where + " has \"expires\": \"" + expires + "\", which is not a date like 2027-01-31");
        }
    }

    private static String text(JsonNode entry, String key, String where, boolean required)
            throws InvalidSuppressionsException {
        JsonNode value = entry.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                throw new InvalidSuppressionsException(where + " has no \"" + key + "\"; every suppression needs "
                        + "an id, a reason and an expiry date");
            }
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidSuppressionsException(where + " has an empty or non-text \"" + key + "\"");
        }
        return value.asText().trim();
    }
}
