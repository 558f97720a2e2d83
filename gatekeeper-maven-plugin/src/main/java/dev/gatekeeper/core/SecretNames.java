package dev.gatekeeper.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which names say their value is secret: environment variables, {@code -D} properties, options.
 *
 * <p>TOKEN, SECRET, PASSWORD, PASSWD, PASSPHRASE, PWD, CREDENTIAL, COOKIE, APIKEY and PRIVATE_KEY count
 * anywhere in a name; AUTH counts except as AUTHOR ({@code GIT_AUTHOR_NAME}); KEY and SESSION count
 * only as a word of the name ({@code API_KEY}, {@code apiKey}, {@code SESSION_ID}, not {@code KEYBOARD}
 * or {@code MONKEY}). A name ending in a word that says the value only locates or describes the
 * secret ({@code _FILE}, {@code _PATH}, {@code _URL}, {@code _USER}, {@code SSH_AUTH_SOCK}) is not secret,
 * nor are the desktop session's and the shell's well-known variables.
 */
final class SecretNames {
    private static final Pattern ANYWHERE = Pattern.compile(
            "token|secret|password|passwd|passphrase|pwd|credential|cookie|apikey|api_key|private_?key"
                    + "|auth(?!or(?!i[sz]ation))",
            Pattern.CASE_INSENSITIVE);

    /** Words of a name that are secret only on their own. */
    private static final Set<String> SECRET_WORDS = Set.of("KEY", "SESSION", "SESSIONID", "PASS", "PW");

    /** A last word that makes the value a locator or a description of the secret, not the secret. */
    private static final Set<String> LOCATOR_WORDS = Set.of(
            "FILE",
            "PATH",
            "DIR",
            "SOCK",
            "SOCKET",
            "URL",
            "URI",
            "HOST",
            "PORT",
            "USER",
            "USERNAME",
            "TYPE",
            "ENABLED",
            "REQUIRED",
            "ALGORITHM",
            "EXPIRY",
            "TIMEOUT");

    private static final Set<String> NOT_SECRET = Set.of(
            "PWD",
            "OLDPWD",
            "XDG_SESSION_ID",
            "XDG_SESSION_TYPE",
            "XDG_SESSION_CLASS",
            "XDG_SESSION_DESKTOP",
            "DESKTOP_SESSION",
            "GDMSESSION",
            "SESSION_MANAGER",
            "DBUS_SESSION_BUS_ADDRESS");

    /** Values a secret-named variable often holds that are not secrets, and would break JSON if masked. */
    private static final Set<String> HARMLESS_VALUES = Set.of("true", "false", "null", "none", "yes", "no");

    /** Options whose next argument is a secret, as {@code -p S3cret} of mysql, sshpass, docker login. */
    private static final Set<String> SHORT_SECRET_OPTIONS = Set.of("-p", "-P");

    /** {@code --password=x}, {@code -Dapi.token=x}, {@code -token=x}: group 1 is the name. */
    private static final Pattern ASSIGNED_OPTION = Pattern.compile("^(?:-D|--?)([^=\\s]+)=(.*)$", Pattern.DOTALL);

    /** {@code --token x}: an option whose value is the next argument. */
    private static final Pattern SEPARATE_OPTION = Pattern.compile("^--?([A-Za-z][\\w.-]*)$");

    private static final Pattern WORD_BOUNDARY = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])");

    private SecretNames() {}

    static boolean isSecret(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (NOT_SECRET.contains(upper) || upper.startsWith("XDG_SESSION")) {
            return false;
        }
        List<String> words = Arrays.stream(WORD_BOUNDARY.split(name))
                .filter(w -> !w.isEmpty())
                .map(w -> w.toUpperCase(Locale.ROOT))
                .toList();
        if (words.size() > 1 && LOCATOR_WORDS.contains(words.get(words.size() - 1))) {
            return false;
        }
        return ANYWHERE.matcher(name).find() || words.stream().anyMatch(SECRET_WORDS::contains);
    }

    static boolean isHarmlessValue(String value) {
        return HARMLESS_VALUES.contains(value.toLowerCase(Locale.ROOT));
    }

    /** The secret name of {@code --password=x} or {@code -Dx.token=y}, or null. */
    static String assignedSecretName(String argument) {
        Matcher assigned = ASSIGNED_OPTION.matcher(argument);
        return assigned.matches() && isSecret(assigned.group(1)) ? assigned.group(1) : null;
    }

    /** Whether the argument after this one is a secret: {@code --token}, {@code --api-key}, {@code -p}. */
    static boolean isSeparateSecretOption(String argument) {
        if (SHORT_SECRET_OPTIONS.contains(argument)) {
            return true;
        }
        Matcher option = SEPARATE_OPTION.matcher(argument);
        return option.matches() && isSecret(option.group(1));
    }
}
