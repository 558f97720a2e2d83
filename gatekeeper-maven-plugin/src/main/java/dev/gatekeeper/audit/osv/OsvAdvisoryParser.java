package dev.gatekeeper.audit.osv;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatekeeper.audit.osv.RangeEvent.Kind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads one OSV advisory (schema 1.x) into {@link OsvAdvisory}, keeping only Maven packages and their
 * {@code ECOSYSTEM} ranges, the only range type the schema defines for Maven.
 */
final class OsvAdvisoryParser {
    static final String MAVEN = "Maven";
    private static final Map<String, Kind> EVENT_KINDS = Map.of(
            "introduced",
            Kind.INTRODUCED,
            "fixed",
            Kind.FIXED,
            "last_affected",
            Kind.LAST_AFFECTED,
            "limit",
            Kind.LIMIT);

    /** Ranges of a type that cannot be evaluated on Maven versions ({@code SEMVER}, {@code GIT}): counted, not errors. */
    private int rangesSkipped;

    int rangesSkipped() {
        return rangesSkipped;
    }

    /**
     * @param problems told about what is wrong in the advisory without making it unusable
     *                 (an unknown range type, a bad event, a vector that cannot be scored)
     * @throws InvalidAdvisoryException when the JSON is not an OSV advisory at all
     */
    OsvAdvisory parse(JsonNode root, Consumer<String> problems) throws InvalidAdvisoryException {
        if (root == null
                || !root.isObject()
                || !root.path("id").isTextual()
                || root.path("id").asText().isBlank()) {
            throw new InvalidAdvisoryException("not an OSV advisory (no \"id\")");
        }
        if (!root.path("affected").isMissingNode() && !root.path("affected").isArray()) {
            throw new InvalidAdvisoryException("\"affected\" is not an array");
        }
        SeverityRating rating = CvssScoring.rate(
                severityEntries(root.path("severity")),
                root.path("database_specific").path("severity").asText(null),
                problems);
        List<MavenPackage> packages = new ArrayList<>();
        for (JsonNode affected : root.path("affected")) {
            JsonNode pkg = affected.path("package");
            String name = pkg.path("name").asText("");
            if (!MAVEN.equals(pkg.path("ecosystem").asText()) || name.isBlank()) {
                continue;
            }
            if (name.indexOf(':') <= 0) {
                problems.accept("Maven package name '" + name + "' is not groupId:artifactId");
                continue;
            }
            SeverityRating own = affected.path("severity").isArray()
                            && !affected.path("severity").isEmpty()
                    ? CvssScoring.rate(severityEntries(affected.path("severity")), null, problems)
                    : null;
            packages.add(new MavenPackage(
                    name,
                    new AffectedRanges(
                            ranges(affected.path("ranges"), name, problems), textList(affected.path("versions"))),
                    own));
        }
        return new OsvAdvisory(
                root.path("id").asText(),
                textList(root.path("aliases")),
                timestamp(root.path("modified")),
                root.hasNonNull("withdrawn"),
                root.path("summary").asText(root.path("details").asText("")),
                references(root.path("references")),
                rating,
                packages);
    }

    private List<List<RangeEvent>> ranges(JsonNode ranges, String packageName, Consumer<String> problems) {
        List<List<RangeEvent>> result = new ArrayList<>();
        for (JsonNode range : ranges) {
            String type = range.path("type").asText("");
            if (type.equals("SEMVER") || type.equals("GIT")) {
                rangesSkipped++;
                continue;
            }
            if (!type.equals("ECOSYSTEM")) {
                problems.accept("range type '" + type + "' of " + packageName + " is unknown; the range is skipped");
                continue;
            }
            List<RangeEvent> events = new ArrayList<>();
            for (JsonNode event : range.path("events")) {
                RangeEvent parsed = event(event);
                if (parsed == null) {
                    problems.accept("event " + event + " of " + packageName + " is not one of introduced, fixed, "
                            + "last_affected, limit with a version; the event is skipped");
                } else {
                    events.add(parsed);
                }
            }
            if (events.stream().noneMatch(event -> event.kind() == Kind.INTRODUCED)) {
                problems.accept("a range of " + packageName + " has no \"introduced\" event, which the OSV schema "
                        + "requires; it matches no version");
            }
            result.add(events);
        }
        return result;
    }

    private static RangeEvent event(JsonNode event) {
        if (!event.isObject() || event.size() != 1) {
            return null;
        }
        Map.Entry<String, JsonNode> only = event.fields().next();
        Kind kind = EVENT_KINDS.get(only.getKey());
        return kind == null
                        || !only.getValue().isTextual()
                        || only.getValue().asText().isBlank()
                ? null
                : new RangeEvent(kind, only.getValue().asText());
    }

    private static List<CvssScoring.Entry> severityEntries(JsonNode severity) {
        List<CvssScoring.Entry> entries = new ArrayList<>();
        for (JsonNode entry : severity) {
            entries.add(new CvssScoring.Entry(
                    entry.path("type").asText(""), entry.path("score").asText("")));
        }
        return entries;
    }

    private static List<String> textList(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            if (value.isTextual() && !value.asText().isBlank()) {
                values.add(value.asText());
            }
        }
        return values;
    }

    private static List<String> references(JsonNode references) {
        List<String> urls = new ArrayList<>();
        for (JsonNode reference : references) {
            if (reference.path("url").isTextual()) {
                urls.add(reference.path("url").asText());
            }
        }
        return urls;
    }

    private static Instant timestamp(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asText().toUpperCase(Locale.ROOT)).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
