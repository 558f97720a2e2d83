package dev.gatekeeper.smoke;

import dev.gatekeeper.core.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the JDK entries of a Maven {@code toolchains.xml}. DTDs and external entities are refused
 * ({@link SafeXml}), so the file cannot make the build read other files.
 */
public final class ToolchainsFile {
    /** One {@code <toolchain><type>jdk</type>} entry; version and vendor are null when not provided. */
    public record JdkToolchain(String version, String vendor, Path jdkHome) {}

    public static final class InvalidToolchainsException extends Exception {
        InvalidToolchainsException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private ToolchainsFile() {}

    /** {@code ~/.m2/toolchains.xml}, where Maven looks by default. */
    public static Path defaultLocation() {
        return Path.of(System.getProperty("user.home"), ".m2", "toolchains.xml");
    }

    /** The JDK toolchains in the file, in file order; entries without a {@code jdkHome} are left out. */
    public static List<JdkToolchain> readJdks(Path file) throws InvalidToolchainsException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(in);
            try {
                return parse(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String where = at == null || at.getLineNumber() < 0 ? "" : " at line " + at.getLineNumber();
            throw new InvalidToolchainsException(
                    file + " is not a valid toolchains file" + where + ": " + firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new InvalidToolchainsException(file + " cannot be read: " + e, e);
        }
    }

    private static List<JdkToolchain> parse(XMLStreamReader reader) throws XMLStreamException {
        List<JdkToolchain> jdks = new ArrayList<>();
        Deque<String> path = new ArrayDeque<>();
        Entry entry = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                path.addLast(reader.getLocalName());
                String at = String.join("/", path);
                if (at.equals("toolchains/toolchain")) {
                    entry = new Entry();
                } else if (entry != null && isValueElement(at)) {
                    entry.set(at, reader.getElementText().strip());
                    path.removeLast();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (String.join("/", path).equals("toolchains/toolchain") && entry != null) {
                    if ("jdk".equals(entry.type) && entry.jdkHome != null && !entry.jdkHome.isEmpty()) {
                        jdks.add(new JdkToolchain(entry.version, entry.vendor, Path.of(entry.jdkHome)));
                    }
                    entry = null;
                }
                path.pollLast();
            }
        }
        return jdks;
    }

    private static boolean isValueElement(String at) {
        return at.equals("toolchains/toolchain/type")
                || at.equals("toolchains/toolchain/provides/version")
                || at.equals("toolchains/toolchain/provides/vendor")
                || at.equals("toolchains/toolchain/configuration/jdkHome");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed XML";
        }
        // StAX prefixes "ParseError at [row,col]:[r,c]\nMessage: " – the location is reported separately.
        String text = message.contains("Message: ") ? message.substring(message.indexOf("Message: ") + 9) : message;
        return text.lines().findFirst().orElse(text).strip();
    }

    private static final class Entry {
        String type;
        String version;
        String vendor;
        String jdkHome;

        void set(String at, String value) {
            switch (at.substring(at.lastIndexOf('/') + 1)) {
                case "type" -> type = value;
                case "version" -> version = value;
                case "vendor" -> vendor = value;
                default -> jdkHome = value;
            }
        }
    }
}
