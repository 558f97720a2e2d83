package dev.gatekeeper.smoke;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How the smoke gate runs a module that serves: {@code gatekeeper.smoke.mode} and the readiness settings.
 *
 * @param mode         whether the entry point is run to its end or started as a server
 * @param arguments    the arguments the user configured, or null when none were (a server gets no {@code --help})
 * @param readyPattern a regular expression a line of the server's output matches when it is ready, or null;
 *                     {@code {port}} stands for the port Gatekeeper chose
 * @param readyUrl     a URL that answers 2xx when the server is ready, or null; {@code {port}} as above
 * @param readyTimeout how long the server has to become ready
 */
public record ServerSettings(
        Mode mode, List<String> arguments, String readyPattern, String readyUrl, Duration readyTimeout) {
    /** The placeholder for the chosen port in arguments, the ready pattern and the ready URL. */
    public static final String PORT = "{port}";

    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);
    /** Nothing configured: a Spring Boot application serves, anything else runs to its end. */
    public static final ServerSettings AUTO = new ServerSettings(Mode.AUTO, null, null, null, DEFAULT_READY_TIMEOUT);

    public enum Mode {
        /** A Spring Boot executable jar or war is served; anything else is run. */
        AUTO,
        /** The entry point runs and must exit (with {@code --help} unless arguments are configured). */
        RUN,
        /** The entry point is a server: started on a free port, ready, stopped. */
        SERVE;

        /**
         * @param input the setting's name, for the message about a value that is not a mode
         * @throws IllegalArgumentException naming the input and the value
         */
        public static Mode parse(String value, String input) {
            if (value == null || value.isBlank()) {
                return AUTO;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(input + " is '" + value + "'; use auto, run or serve");
            }
        }
    }

    public ServerSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(readyTimeout, "readyTimeout");
        arguments = arguments == null ? null : List.copyOf(arguments);
        readyPattern = readyPattern == null || readyPattern.isBlank() ? null : readyPattern;
        readyUrl = readyUrl == null || readyUrl.isBlank() ? null : readyUrl.strip();
        // the fields are assigned after this block: check the parameters
        pattern(readyPattern, 0);
        url(readyUrl, 0);
    }

    /**
     * The ready pattern for a port, or null when none is configured.
     *
     * @throws IllegalArgumentException naming {@code gatekeeper.smoke.readyPattern} when it is not a regular expression
     */
    Pattern readyPattern(int port) {
        return pattern(readyPattern, port);
    }

    private static Pattern pattern(String readyPattern, int port) {
        if (readyPattern == null) {
            return null;
        }
        try {
            return Pattern.compile(withPort(readyPattern, port));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("gatekeeper.smoke.readyPattern '" + readyPattern
                    + "' is not a regular expression: " + e.getDescription());
        }
    }

    /**
     * The ready URL for a port, or null when none is configured.
     *
     * @throws IllegalArgumentException naming {@code gatekeeper.smoke.readyUrl} when it is not an http(s) URL
     */
    URI readyUrl(int port) {
        return url(readyUrl, port);
    }

    private static URI url(String readyUrl, int port) {
        if (readyUrl == null) {
            return null;
        }
        URI url;
        try {
            url = new URI(withPort(readyUrl, port));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "gatekeeper.smoke.readyUrl '" + readyUrl + "' is not a URL: " + e.getReason());
        }
        if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
            throw new IllegalArgumentException("gatekeeper.smoke.readyUrl '" + readyUrl
                    + "' is not an http(s) URL with a host, e.g. http://127.0.0.1:{port}/health");
        }
        return url;
    }

    /** The arguments a server gets, {@code {port}} replaced: the configured ones, else none. */
    List<String> serverArguments(int port) {
        return arguments == null
                ? List.of()
                : arguments.stream().map(a -> withPort(a, port)).toList();
    }

    static String withPort(String text, int port) {
        return text == null ? null : text.replace(PORT, Integer.toString(port));
    }
}
