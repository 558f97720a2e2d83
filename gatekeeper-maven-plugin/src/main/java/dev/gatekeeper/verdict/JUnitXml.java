package dev.gatekeeper.verdict;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The verdict as a JUnit XML report, so CI systems show each gate and module as a test case: FAIL
 * and HOLD as failures, ERROR as an error, SKIPPED as skipped.
 */
final class JUnitXml {
    private static final String INDENT = "  ";

    // JUnit's timestamp is a local date-time without zone; UTC keeps it the same on every machine.
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private JUnitXml() {}

    static byte[] render(Verdict verdict) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            // The JDK's own writer, whatever StAX implementation happens to be on the class path.
            XMLStreamWriter xml =
                    XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            writeSuite(xml, verdict);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + EvidenceFiles.JUNIT_XML + ": " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static void writeSuite(XMLStreamWriter xml, Verdict verdict) throws XMLStreamException {
        var counts = verdict.counts();
        long totalMillis =
                verdict.results().stream().mapToLong(GateResult::durationMillis).sum();
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", EvidenceFiles.TOOL_NAME);
        xml.writeAttribute("tests", Integer.toString(verdict.results().size()));
        xml.writeAttribute("failures", Integer.toString(counts.get(GateStatus.FAIL) + counts.get(GateStatus.HOLD)));
        xml.writeAttribute("errors", Integer.toString(counts.get(GateStatus.ERROR)));
        xml.writeAttribute("skipped", Integer.toString(counts.get(GateStatus.SKIPPED)));
        xml.writeAttribute("time", seconds(totalMillis));
        xml.writeAttribute("timestamp", TIMESTAMP.format(verdict.build().startedAt()));
        for (GateResult result : verdict.results()) {
            xml.writeCharacters("\n" + INDENT);
            writeTestCase(xml, result);
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private static void writeTestCase(XMLStreamWriter xml, GateResult result) throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", xmlSafe(EvidenceFiles.TOOL_NAME + "." + result.gate()));
        xml.writeAttribute(
                "name",
                xmlSafe(
                        result.subject() == null
                                ? result.moduleName()
                                : result.moduleName() + " [" + result.subject() + "]"));
        xml.writeAttribute("time", seconds(result.durationMillis()));
        switch (result.status()) {
            case FAIL, HOLD -> writeProblem(xml, "failure", result);
            case ERROR -> writeProblem(xml, "error", result);
            case SKIPPED -> {
                xml.writeCharacters("\n" + INDENT.repeat(2));
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", xmlSafe(Text.oneLine(result.summary())));
            }
            case PASS, WARN -> {}
        }
        List<Finding> others = result.findings().stream()
                .filter(finding -> !finding.severity().blocksMerge())
                .toList();
        if (!others.isEmpty()) {
            xml.writeCharacters("\n" + INDENT.repeat(2));
            xml.writeStartElement("system-out");
            xml.writeCharacters(xmlSafe(describe(others)));
            xml.writeEndElement();
        }
        if (result.status() != GateStatus.PASS || !others.isEmpty()) {
            xml.writeCharacters("\n" + INDENT);
        }
        xml.writeEndElement();
    }

    private static void writeProblem(XMLStreamWriter xml, String element, GateResult result) throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(2));
        xml.writeStartElement(element);
        xml.writeAttribute("message", xmlSafe(Text.oneLine(result.summary())));
        xml.writeAttribute("type", result.status().name());
        List<Finding> blocking = result.blockingFindings();
        xml.writeCharacters(xmlSafe(blocking.isEmpty() ? result.summary() : describe(blocking)));
        xml.writeEndElement();
    }

    /** One paragraph per finding: code and message, then where it is and how to fix it. */
    private static String describe(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append(finding.severity())
                    .append(' ')
                    .append(finding.code())
                    .append(": ")
                    .append(finding.message())
                    .append('\n');
            String location = Text.location(finding.file(), finding.line());
            if (!location.isEmpty()) {
                text.append("  at ").append(location).append('\n');
            }
            if (finding.fix() != null && !finding.fix().isBlank()) {
                text.append("  fix: ").append(finding.fix().strip()).append('\n');
            }
            if (finding.detail() != null && !finding.detail().isBlank()) {
                text.append(finding.detail().stripTrailing().indent(4));
            }
        }
        return text.toString();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", Math.max(0, millis) / 1000.0);
    }

    /**
     * Drops what XML 1.0 cannot represent at all, not even as a character reference: most control
     * characters, lone surrogates, U+FFFE and U+FFFF. The writer escapes everything else.
     */
    static String xmlSafe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().filter(JUnitXml::allowedInXml10).forEach(safe::appendCodePoint);
        return safe.toString();
    }

    private static boolean allowedInXml10(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
