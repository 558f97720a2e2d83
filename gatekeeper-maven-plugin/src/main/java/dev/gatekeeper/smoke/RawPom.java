package dev.gatekeeper.smoke;

import dev.gatekeeper.core.SafeXml;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parts of a POM file a consumer's resolver reads, exactly as written: no inheritance, no
 * interpolation. Only the coordinates that contain an expression are kept.
 *
 * @param properties  the POM's own {@code <properties>}, by name
 * @param coordinates every coordinate element outside profiles whose text contains an expression
 */
record RawPom(Map<String, String> properties, List<Coordinate> coordinates) {

    private static final Set<String> PROJECT_FIELDS = Set.of("groupId", "artifactId", "version");
    private static final Set<String> DEPENDENCY_FIELDS =
            Set.of("groupId", "artifactId", "version", "scope", "type", "classifier");

    enum Place {
        PROJECT,
        PARENT,
        DEPENDENCY,
        MANAGED_DEPENDENCY
    }

    /**
     * One coordinate element with an expression in it.
     *
     * @param place   whose coordinate it is
     * @param element the element's name, e.g. version
     * @param owner   groupId:artifactId of the dependency as written, or null for the project and parent
     * @param value   the element's text
     * @param line    where the element starts, or null when the parser does not say
     */
    record Coordinate(Place place, String element, String owner, String value, Integer line) {
        /** The project's and the parent's coordinates; see {@link PublishedPomCheck} for why. */
        boolean mustBeLiteral() {
            return place == Place.PROJECT || place == Place.PARENT;
        }

        String describe() {
            return switch (place) {
                case PROJECT -> "<" + element + ">";
                case PARENT -> "<parent><" + element + ">";
                case DEPENDENCY -> "the <" + element + "> of dependency " + owner;
                case MANAGED_DEPENDENCY -> "the <" + element + "> of managed dependency " + owner;
            };
        }
    }

    /** A POM that parses as XML but is not one Gatekeeper will read. */
    static final class RejectedPomException extends Exception {
        private final Integer line;

        RejectedPomException(Integer line, String problem) {
            super(problem);
            this.line = line;
        }

        Integer line() {
            return line;
        }
    }

    private record Field(String value, Integer line) {}

    static RawPom read(InputStream in) throws XMLStreamException, RejectedPomException {
        XMLStreamReader xml = SafeXml.inputFactory().createXMLStreamReader(in);
        try {
            return readDocument(xml);
        } finally {
            xml.close();
        }
    }

    private static RawPom readDocument(XMLStreamReader xml) throws XMLStreamException, RejectedPomException {
        Map<String, String> properties = new LinkedHashMap<>();
        List<Coordinate> coordinates = new ArrayList<>();
        Deque<String> path = new ArrayDeque<>();
        Map<String, Field> dependency = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                // Refused before any entity is declared or used, so nothing it points at is ever read.
                throw new RejectedPomException(
                        SafeXml.lineOf(xml.getLocation()),
                        "it declares a DTD (<!DOCTYPE>), which a POM never does; it was not read");
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                String where = String.join("/", path);
                if (dependency != null && placeOfDependency(where) != null) {
                    addDependency(placeOfDependency(where), dependency, coordinates);
                    dependency = null;
                }
                path.removeLast();
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (path.isEmpty() && !"project".equals(name)) {
                throw new RejectedPomException(
                        SafeXml.lineOf(xml.getLocation()), "the root element is <" + name + ">, expected <project>");
            }
            path.addLast(name);
            String where = String.join("/", path);
            String enclosing = where.substring(0, where.length() - name.length() - (path.size() > 1 ? 1 : 0));
            Integer line = SafeXml.lineOf(xml.getLocation());
            if (placeOfDependency(where) != null) {
                dependency = new LinkedHashMap<>();
            } else if ("project/properties".equals(enclosing)) {
                properties.put(name, textOf(xml, path));
            } else if ("project".equals(enclosing) && PROJECT_FIELDS.contains(name)) {
                addIfExpression(new Coordinate(Place.PROJECT, name, null, textOf(xml, path), line), coordinates);
            } else if ("project/parent".equals(enclosing) && PROJECT_FIELDS.contains(name)) {
                addIfExpression(new Coordinate(Place.PARENT, name, null, textOf(xml, path), line), coordinates);
            } else if (dependency != null && placeOfDependency(enclosing) != null && DEPENDENCY_FIELDS.contains(name)) {
                dependency.put(name, new Field(textOf(xml, path), line));
            }
        }
        return new RawPom(properties, coordinates);
    }

    private static Place placeOfDependency(String where) {
        return switch (where) {
            case "project/dependencies/dependency" -> Place.DEPENDENCY;
            case "project/dependencyManagement/dependencies/dependency" -> Place.MANAGED_DEPENDENCY;
            default -> null;
        };
    }

    /** The text of a leaf element; leaves the reader on its end tag, which is popped here. */
    private static String textOf(XMLStreamReader xml, Deque<String> path)
            throws XMLStreamException, RejectedPomException {
        StringBuilder text = new StringBuilder();
        for (int event = xml.next(); event != XMLStreamConstants.END_ELEMENT; event = xml.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                throw new RejectedPomException(
                        SafeXml.lineOf(xml.getLocation()),
                        "<" + path.getLast() + "> must hold text, but holds <" + xml.getLocalName() + ">");
            }
            if (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(xml.getText());
            }
        }
        path.removeLast();
        return text.toString().strip();
    }

    private static void addDependency(Place place, Map<String, Field> fields, List<Coordinate> coordinates) {
        String owner = valueOf(fields.get("groupId")) + ":" + valueOf(fields.get("artifactId"));
        fields.forEach((element, field) ->
                addIfExpression(new Coordinate(place, element, owner, field.value(), field.line()), coordinates));
    }

    private static String valueOf(Field field) {
        return field == null || field.value().isEmpty() ? "?" : field.value();
    }

    private static void addIfExpression(Coordinate coordinate, List<Coordinate> coordinates) {
        if (coordinate.value().contains("${")) {
            coordinates.add(coordinate);
        }
    }
}
