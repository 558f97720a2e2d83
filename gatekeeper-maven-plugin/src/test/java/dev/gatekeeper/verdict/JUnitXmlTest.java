package dev.gatekeeper.verdict;

import static dev.gatekeeper.verdict.VerdictFixtures.build;
import static dev.gatekeeper.verdict.VerdictFixtures.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** TEST-gatekeeper.xml as EvidenceFiles writes it, read back the way a CI server would. */
class JUnitXmlTest {
    @TempDir
    Path outputDirectory;

    @Test
    void suiteCountsTestsFailuresErrorsAndSkippedGates() throws Exception {
        Verdict verdict = Verdict.of(
                build(),
                List.of(
                        result(
                                "certify",
                                "core",
                                GateStatus.FAIL,
                                "tests failed",
                                Finding.of("CERTIFY_TEST_FAILED", GateStatus.FAIL, "ShopTest failed")),
                        result(
                                "snapshot",
                                "core",
                                GateStatus.HOLD,
                                "snapshot dependency",
                                Finding.of("SNAPSHOT_DEPENDENCY", GateStatus.HOLD, "pricing is a snapshot")),
                        result("smoke", "core", GateStatus.ERROR, "smoke command did not start"),
                        result("docs", "core", GateStatus.SKIPPED, "docs are off"),
                        result("audit", "core", GateStatus.PASS),
                        result("sbom", "core", GateStatus.WARN)));

        Element suite = writeAndParse(verdict).getDocumentElement();

        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("gatekeeper");
        assertThat(suite.getAttribute("tests")).isEqualTo("6");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(suite.getAttribute("time")).isEqualTo("7.200");
        assertThat(suite.getAttribute("timestamp")).isEqualTo("2025-03-01T09:30:00");
        assertThat(suite.getElementsByTagName("testcase").getLength()).isEqualTo(6);
    }

    @Test
    void failedAndHeldGatesAreFailuresCarryingTheirBlockingFindings() throws Exception {
        Document junit = writeAndParse(VerdictFixtures.holdVerdict());

        List<Element> failures = elements(junit, "failure");

        assertThat(failures).extracting(failure -> failure.getAttribute("type")).containsExactly("FAIL", "HOLD");
        assertThat(failures)
                .extracting(failure -> ((Element) failure.getParentNode()).getAttribute("classname"))
                .containsExactly("gatekeeper.certify", "gatekeeper.snapshot");
        Element certify = failures.get(0);
        assertThat(certify.getAttribute("message")).isEqualTo("2 tests failed");
        assertThat(certify.getTextContent())
                .contains("CERTIFY_TEST_FAILED: ShopTest.checkout failed")
                .contains("CERTIFY_TEST_FAILED: CartTest.total failed")
                .contains("at shop-core/src/main/java/Shop.java:42")
                .contains("fix: mvn -pl shop-core test -Dtest=ShopTest")
                .doesNotContain("CERTIFY_SLOW_TEST");
        assertThat(((Element) certify.getParentNode()).getAttribute("name")).isEqualTo("shop-core");
    }

    @Test
    void errorsAreErrorsSkippedAreSkippedAndWarningsPassWithTheirFindingsInSystemOut() throws Exception {
        Verdict verdict = Verdict.of(
                build(),
                List.of(
                        result(
                                "smoke",
                                "core",
                                GateStatus.ERROR,
                                "smoke command did not start",
                                Finding.of("SMOKE_NOT_STARTED", GateStatus.ERROR, "bash not found")
                                        .withFix("install bash")),
                        result("sbom", "core", GateStatus.SKIPPED, "sbom is off"),
                        result(
                                "docs",
                                "core",
                                GateStatus.WARN,
                                "stale README",
                                Finding.of("DOCS_STALE_VERSION", GateStatus.WARN, "README.md mentions 2.3.0"))));

        Document junit = writeAndParse(verdict);

        List<Element> errors = elements(junit, "error");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getAttribute("type")).isEqualTo("ERROR");
        assertThat(errors.get(0).getTextContent()).contains("SMOKE_NOT_STARTED: bash not found", "fix: install bash");
        assertThat(elements(junit, "skipped"))
                .singleElement()
                .satisfies(
                        skipped -> assertThat(skipped.getAttribute("message")).isEqualTo("sbom is off"));
        assertThat(elements(junit, "failure")).isEmpty();
        List<Element> out = elements(junit, "system-out");
        assertThat(out)
                .singleElement()
                .satisfies(systemOut -> assertThat(systemOut.getTextContent())
                        .contains("DOCS_STALE_VERSION: README.md mentions 2.3.0"));
        assertThat(((Element) out.get(0).getParentNode()).getAttribute("classname"))
                .isEqualTo("gatekeeper.docs");
    }

    @Test
    void escapesMarkupAndDropsCharactersXmlCannotHold() throws Exception {
        String hostile = "expected <tag> & \"quoted\" ]]> got \u0001bell\uFFFF and \uD800 alone";
        Verdict verdict = Verdict.of(
                build(),
                List.of(
                        result(
                                "certify",
                                "core",
                                GateStatus.FAIL,
                                hostile,
                                Finding.of("CERTIFY_ODD", GateStatus.FAIL, hostile)
                                        .withFix("echo '<&>'")),
                        result(
                                "docs",
                                "core",
                                GateStatus.WARN,
                                "warn",
                                Finding.of("DOCS_ODD", GateStatus.WARN, hostile))));

        Document junit = writeAndParse(verdict);

        String clean = "expected <tag> & \"quoted\" ]]> got bell and  alone";
        Element failure = elements(junit, "failure").get(0);
        assertThat(failure.getAttribute("message")).isEqualTo(clean);
        assertThat(failure.getTextContent()).contains("CERTIFY_ODD: " + clean).contains("fix: echo '<&>'");
        assertThat(elements(junit, "system-out").get(0).getTextContent()).contains("DOCS_ODD: " + clean);
    }

    private Document writeAndParse(Verdict verdict) throws Exception {
        EvidenceFiles.writeAll(verdict, outputDirectory, VerdictFixtures.FINISHED);
        return safeDocumentBuilder()
                .parse(outputDirectory.resolve("TEST-gatekeeper.xml").toFile());
    }

    /** A parser that resolves no DTD and no external entity, as anything reading evidence should. */
    private static DocumentBuilder safeDocumentBuilder() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        // Fail the test on any parse problem instead of printing it and carrying on.
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return builder;
    }

    private static List<Element> elements(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
