package dev.gatekeeper.core;

import java.io.Writer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * StAX factories that never resolve a DTD or an external entity, so that a report file cannot make
 * the build read local files or reach the network (XXE).
 */
public final class SafeXml {
    private SafeXml() {}

    /**
     * The JDK's own StAX implementation, not whichever one the class path offers: the CycloneDX
     * library brings Woodstox, whose error messages and defaults differ from the ones this class
     * was written and tested against.
     */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        // Belt and braces: even if a parser ignored SUPPORT_DTD, nothing may be fetched.
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity '" + systemId + "' is not allowed");
        });
        return factory;
    }

    public static XMLStreamWriter writer(Writer out) throws XMLStreamException {
        return XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
    }

    /** The 1-based line of a parser location, or null when the parser does not know it. */
    public static Integer lineOf(Location location) {
        return location == null || location.getLineNumber() <= 0 ? null : location.getLineNumber();
    }

    /** What {@link #problemOf} says of a document that ends in the middle of an element. */
    public static final String TRUNCATED = "unexpected end of file: the document is truncated";

    /** The parser's own words without its "ParseError at [row,col]" preamble, on one line. */
    public static String problemOf(XMLStreamException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int start = message.indexOf("Message: ");
        message = (start >= 0 ? message.substring(start + "Message: ".length()) : message).strip();
        if (message.contains("must start and end within the same entity")) {
            return TRUNCATED;
        }
        if (message.contains("Premature end of file")) {
            return "unexpected end of file: no XML content";
        }
        int newline = message.indexOf('\n');
        return newline >= 0 ? message.substring(0, newline).strip() : message;
    }
}
