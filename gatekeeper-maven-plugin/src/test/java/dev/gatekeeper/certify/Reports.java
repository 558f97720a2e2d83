package dev.gatekeeper.certify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes surefire-shaped report XML for tests, so each test shows only the cases it is about. */
final class Reports {
    private Reports() {}

    static String suite(String name, String... cases) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuite xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" version=\"3.0\" name=\""
                + name + "\" time=\"0.5\" tests=\"" + cases.length + "\" errors=\"0\" skipped=\"0\" failures=\"0\">\n"
                + "  <properties>\n    <property name=\"java.version\" value=\"17\"/>\n  </properties>\n"
                + String.join("", cases)
                + "</testsuite>\n";
    }

    static String passed(String className, String name) {
        return "  <testcase name=\"" + name + "\" classname=\"" + className + "\" time=\"0.01\"/>\n";
    }

    static String failed(String className, String name, String message) {
        return "  <testcase name=\"" + name + "\" classname=\"" + className + "\" time=\"0.02\">\n"
                + "    <failure message=\"" + message + "\" type=\"org.opentest4j.AssertionFailedError\">"
                + "org.opentest4j.AssertionFailedError: " + message + "\n\tat " + className + "." + name
                + "(Test.java:12)\n</failure>\n"
                + "    <system-out><![CDATA[some output]]></system-out>\n"
                + "  </testcase>\n";
    }

    static String errored(String className, String name, String message) {
        return "  <testcase name=\"" + name + "\" classname=\"" + className + "\" time=\"0.02\">\n"
                + "    <error message=\"" + message + "\" type=\"java.lang.IllegalStateException\">"
                + "java.lang.IllegalStateException: " + message + "\n\tat x.y(Z.java:1)\n</error>\n"
                + "  </testcase>\n";
    }

    static String skipped(String className, String name, String reason) {
        return "  <testcase name=\"" + name + "\" classname=\"" + className + "\" time=\"0\">\n"
                + "    <skipped message=\"" + reason + "\"/>\n"
                + "  </testcase>\n";
    }

    static String flaky(String className, String name, String firstFailure) {
        return "  <testcase name=\"" + name + "\" classname=\"" + className + "\" time=\"0.03\">\n"
                + "    <flakyFailure message=\"" + firstFailure + "\" type=\"java.lang.AssertionError\">\n"
                + "      <stackTrace>java.lang.AssertionError: " + firstFailure + "</stackTrace>\n"
                + "      <system-out><![CDATA[attempt 1]]></system-out>\n"
                + "    </flakyFailure>\n"
                + "  </testcase>\n";
    }

    static Path write(Path directory, String fileName, String content) throws IOException {
        Files.createDirectories(directory);
        return Files.writeString(directory.resolve(fileName), content);
    }
}
