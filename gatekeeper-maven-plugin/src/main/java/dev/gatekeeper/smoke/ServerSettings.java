package dev.gatekeeper.smoke;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
public record ServerSettings(Mode mode, List<String> arguments, String readyPattern, String readyUrl, Duration readyTimeout) {
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
    }

    /** The arguments a server gets, {@code {port}} replaced: the configured ones, else none. */
    List<String> serverArguments(int port) {
        return arguments == null ? List.of() : arguments.stream().map(a -> withPort(a, port)).toList();
    }

    static String withPort(String text, int port) {
        return text == null ? null : text.replace(PORT, Integer.toString(port));
    }
}
