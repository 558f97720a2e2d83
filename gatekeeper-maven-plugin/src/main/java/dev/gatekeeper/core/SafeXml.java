package dev.gatekeeper.core;

import java.io.Writer;
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

    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
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
        return XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    }
}
