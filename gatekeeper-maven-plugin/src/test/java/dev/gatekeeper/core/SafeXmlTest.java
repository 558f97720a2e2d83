package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeXmlTest {
    private static final String SECRET_CONTENT = "top-secret-content-of-a-local-file";

    @Test
    void externalEntityIsNeverExpandedIntoText(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET_CONTENT);
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<x>&e;</x>";

        String text = readAllTextOrError(xml);

        assertThat(text).doesNotContain(SECRET_CONTENT);
    }

    @Test
    void externalEntityPointingAtEtcPasswdDoesNotLeakIt() throws Exception {
        String xml = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";

        String text = readAllTextOrError(xml);

        assertThat(text).doesNotContain("root:");
    }

    @Test
    void ordinaryDocumentIsReadNormally() throws Exception {
        String text = readAllTextOrError("<x a=\"1\">hello &amp; bye</x>");

        assertThat(text).isEqualTo("hello & bye");
    }

    @Test
    void writerProducesEscapedXml() throws Exception {
        StringWriter out = new StringWriter();
        XMLStreamWriter writer = SafeXml.writer(out);
        writer.writeStartElement("x");
        writer.writeCharacters("a < b");
        writer.writeEndElement();
        writer.close();

        assertThat(out.toString()).isEqualTo("<x>a &lt; b</x>");
    }

    /** All character data of the document, or the parse error's message when it is rejected. */
    private static String readAllTextOrError(String xml) {
        StringBuilder text = new StringBuilder();
        try {
            XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(new StringReader(xml));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(reader.getText());
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    text.append(reader.getText() == null ? "" : reader.getText());
                }
            }
            return text.toString();
        } catch (XMLStreamException e) {
            return "error: " + e.getMessage();
        }
    }
}
