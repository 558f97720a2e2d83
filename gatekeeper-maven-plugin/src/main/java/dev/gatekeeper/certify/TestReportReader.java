package dev.gatekeeper.certify;

import dev.gatekeeper.certify.TestCaseResult.Outcome;
import dev.gatekeeper.core.ConfinedReads;
import dev.gatekeeper.core.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads surefire and failsafe {@code TEST-*.xml} reports. A report that is not a complete
 * {@code <testsuite>} document is a {@link MalformedReportException}, never a partial result: a
 * truncated report usually means the test JVM died, and its missing tests must not count as passed.
 * Neither is a report whose {@code tests} count claims more than the {@code <testcase>} elements it holds
 * ({@code tests="5"} and none): surefire and failsafe always write one element per test. A count below them
 * (surefire writes {@code tests="0"} for a class with JUnit 5 {@code @Nested} classes) is not trusted either:
 * the test cases are counted.
 */
public final class TestReportReader {
    private static final int MAX_MESSAGE_LENGTH = 200;

    private TestReportReader() {}

    public static TestSuiteReport read(Path file) throws MalformedReportException, IOException {
        // a report linked out of its directory is not a report of this build: its content is not shown
        String outside = ConfinedReads.problem(file.toAbsolutePath().getParent(), file.getFileName(), "the report");
        if (outside != null) {
            throw new MalformedReportException(file, null, outside);
        }
        if (Files.size(file) == 0) {
            throw new MalformedReportException(file, null, "the file is empty, expected a <testsuite> report");
        }
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = SafeXml.inputFactory().createXMLStreamReader(in);
            try {
                return readDocument(file, xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw malformed(file, e);
        }
    }

    private static TestSuiteReport readDocument(Path file, XMLStreamReader xml)
            throws XMLStreamException, MalformedReportException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new MalformedReportException(
                        file, lineOf(xml), "declares a DTD (<!DOCTYPE>), which test reports never do; it was not read");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!"testsuite".equals(xml.getLocalName())) {
                    throw new MalformedReportException(
                            file, lineOf(xml), "root element is <" + xml.getLocalName() + ">, expected <testsuite>");
                }
                TestSuiteReport report = readSuite(file, xml);
                // Reading to the end makes trailing garbage an error too.
                while (xml.hasNext()) {
                    xml.next();
                }
                return report;
            }
        }
        throw new MalformedReportException(file, null, "no XML element found, expected a <testsuite> report");
    }

    private static TestSuiteReport readSuite(Path file, XMLStreamReader xml)
            throws XMLStreamException, MalformedReportException {
        Integer suiteLine = lineOf(xml);
        String suiteName = xml.getAttributeValue(null, "name");
        SuiteCounts declared = new SuiteCounts(
                xml.getAttributeValue(null, "tests"),
                xml.getAttributeValue(null, "failures"),
                xml.getAttributeValue(null, "errors"),
                xml.getAttributeValue(null, "skipped"),
                xml.getAttributeValue(null, "flakes"));
        List<TestCaseResult> cases = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("testcase".equals(xml.getLocalName())) {
                    cases.add(readTestCase(xml));
                } else {
                    textOfElement(xml);
                }
            }
        }
        int declaredTests = declared.number(file, suiteLine, "tests", declared.tests());
        if (declared.tests() != null && !declared.tests().isBlank() && declaredTests > cases.size()) {
            // A report claiming tests it does not hold is not evidence that they passed (nor that they failed).
            // Fewer claimed than held is surefire's own count of a class with @Nested classes (tests="0"): the
            // test cases are the evidence, and every count below comes from them.
            throw new MalformedReportException(
                    file,
                    suiteLine,
                    "<testsuite tests=\"" + declared.tests().strip()
                            + "\"> disagrees with the " + cases.size() + " <testcase> element"
                            + (cases.size() == 1 ? "" : "s")
                            + " it holds; the counts cannot be trusted");
        }
        if (cases.isEmpty()) {
            return new TestSuiteReport(
                    file,
                    suiteName,
                    cases,
                    declaredTests,
                    declared.number(file, suiteLine, "failures", declared.failures()),
                    declared.number(file, suiteLine, "errors", declared.errors()),
                    declared.number(file, suiteLine, "skipped", declared.skipped()),
                    declared.number(file, suiteLine, "flakes", declared.flakes()));
        }
        return new TestSuiteReport(
                file,
                suiteName,
                cases,
                cases.size(),
                count(cases, Outcome.FAILED),
                count(cases, Outcome.ERROR),
                count(cases, Outcome.SKIPPED),
                (int) cases.stream().filter(TestCaseResult::flaky).count());
    }

    private static TestCaseResult readTestCase(XMLStreamReader xml) throws XMLStreamException {
        String className = xml.getAttributeValue(null, "classname");
        String name = xml.getAttributeValue(null, "name");
        String failure = null;
        String error = null;
        String skipped = null;
        String flake = null;
        boolean hasFailure = false;
        boolean hasError = false;
        boolean hasSkipped = false;
        boolean hasFlake = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String element = xml.getLocalName();
            String messageAttribute = xml.getAttributeValue(null, "message");
            String body = textOfElement(xml);
            String message = firstLine(messageAttribute != null ? messageAttribute : body);
            switch (element) {
                case "failure" -> {
                    hasFailure = true;
                    failure = message;
                }
                case "error" -> {
                    hasError = true;
                    error = message;
                }
                case "skipped" -> {
                    hasSkipped = true;
                    skipped = message;
                }
                case "flakyFailure", "flakyError" -> {
                    hasFlake = true;
                    flake = flake == null ? message : flake;
                }
                default -> {
                    // rerunFailure/rerunError accompany a failure or error; system-out and the like carry no verdict.
                }
            }
        }
        if (hasError) {
            return new TestCaseResult(className, name, Outcome.ERROR, false, error);
        }
        if (hasFailure) {
            return new TestCaseResult(className, name, Outcome.FAILED, false, failure);
        }
        if (hasSkipped) {
            return new TestCaseResult(className, name, Outcome.SKIPPED, false, skipped);
        }
        return new TestCaseResult(className, name, Outcome.PASSED, hasFlake, hasFlake ? flake : null);
    }

    /** Consumes the current element up to and including its end tag; returns the text inside it. */
    private static String textOfElement(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
                default -> {}
            }
        }
        return text.toString();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return null;
        }
        String line = text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .findFirst()
                .orElse(null);
        if (line == null || line.length() <= MAX_MESSAGE_LENGTH) {
            return line;
        }
        return line.substring(0, MAX_MESSAGE_LENGTH) + "…";
    }

    private static int count(List<TestCaseResult> cases, Outcome outcome) {
        return (int) cases.stream().filter(c -> c.outcome() == outcome).count();
    }

    private static Integer lineOf(XMLStreamReader xml) {
        return SafeXml.lineOf(xml.getLocation());
    }

    private static MalformedReportException malformed(Path file, XMLStreamException e) {
        return new MalformedReportException(file, SafeXml.lineOf(e.getLocation()), describe(e));
    }

    /** The parser's own words, with a test report's likeliest cause of truncation. */
    private static String describe(XMLStreamException e) {
        String problem = SafeXml.problemOf(e);
        return problem.equals(SafeXml.TRUNCATED)
                ? "unexpected end of file: the report is truncated (did the test JVM die while writing it?)"
                : problem;
    }

    private record SuiteCounts(String tests, String failures, String errors, String skipped, String flakes) {
        int number(Path file, Integer line, String attribute, String value) throws MalformedReportException {
            if (value == null || value.isBlank()) {
                return 0;
            }
            int number;
            try {
                number = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new MalformedReportException(
                        file, line, "<testsuite " + attribute + "=\"" + value + "\"> is not a whole number");
            }
            if (number < 0) {
                throw new MalformedReportException(
                        file, line, "<testsuite " + attribute + "=\"" + value + "\"> is negative");
            }
            return number;
        }
    }
}
