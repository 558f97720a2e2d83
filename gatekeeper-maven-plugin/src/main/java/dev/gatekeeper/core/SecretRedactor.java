package dev.gatekeeper.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of logs and evidence. It knows the secret values a command was given (through
 * environment variables or arguments whose name says they are secret) and recognises well-known
 * token shapes in any text; both are replaced by {@value #MASK}.
 */
public final class SecretRedactor {
    public static final String MASK = "****";

    /** Shorter values are left alone: masking "on" or "1" everywhere would make logs unreadable. */
    static final int MIN_SECRET_LENGTH = 4;

    private static final Pattern SECRET_NAME = Pattern.compile(
            "token|secret|password|passwd|pwd|credential|apikey|api_key|auth|private_key", Pattern.CASE_INSENSITIVE);

    /** PWD and OLDPWD are the shell's directories, not passwords; masking them would hide every path. */
    private static final Set<String> NOT_SECRET_NAMES = Set.of("PWD", "OLDPWD");

    /** {@code --password=x}, {@code -Dapi.token=x}, {@code -token=x}: group 1 is the name, group 2 the value. */
    private static final Pattern ASSIGNED_OPTION = Pattern.compile("^(?:-D|--?)([^=\\s]+)=(.*)$", Pattern.DOTALL);

    /** {@code --token x}, {@code -p x}: an option whose value is the next argument. */
    private static final Pattern SEPARATE_OPTION = Pattern.compile("^--?([A-Za-z][\\w.-]*)$");

    private static final List<TokenShape> TOKEN_SHAPES = List.of(
            new TokenShape(Pattern.compile("\\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})"), 0),
            new TokenShape(Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"), 0),
            new TokenShape(Pattern.compile("\\bxox[abprs]-[A-Za-z0-9-]{8,}"), 0),
            new TokenShape(Pattern.compile("\\beyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"), 0),
            new TokenShape(Pattern.compile("\\b[Bb]earer\\s+([A-Za-z0-9._~+/-]+=*)"), 1),
            new TokenShape(Pattern.compile("\\b[A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]+:([^/\\s@]+)@"), 1));

    private final List<String> knownValues;

    public SecretRedactor(Map<String, String> environment, List<String> arguments) {
        Set<String> values = new LinkedHashSet<>();
        environment.forEach((name, value) -> {
            if (isSecretName(name) && value != null) {
                values.add(value);
            }
        });
        for (int i = 0; i < arguments.size(); i++) {
            String secret = secretValueAt(arguments, i);
            if (secret != null) {
                values.add(secret);
            }
        }
        // Longest first, so that a secret containing another secret is masked whole.
        this.knownValues = values.stream()
                .filter(v -> v.length() >= MIN_SECRET_LENGTH)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** A redactor that knows no values and only masks well-known token shapes. */
    public static SecretRedactor patternsOnly() {
        return new SecretRedactor(Map.of(), List.of());
    }

    public static boolean isSecretName(String name) {
        return !NOT_SECRET_NAMES.contains(name.toUpperCase(Locale.ROOT)) && SECRET_NAME.matcher(name).find();
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String value : knownValues) {
            result = result.replace(value, MASK);
        }
        for (TokenShape shape : TOKEN_SHAPES) {
            result = shape.mask(result);
        }
        return result;
    }

    /** The arguments as they may be shown: secret option values masked whatever their length. */
    public List<String> redactArguments(List<String> arguments) {
        List<String> shown = new ArrayList<>(arguments.size());
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            Matcher assigned = ASSIGNED_OPTION.matcher(argument);
            if (assigned.matches() && isSecretName(assigned.group(1))) {
                shown.add(argument.substring(0, assigned.start(2)) + MASK);
            } else if (i > 0 && isSeparateSecretOption(arguments.get(i - 1))) {
                shown.add(MASK);
            } else {
                shown.add(redact(argument));
            }
        }
        return shown;
    }

    /** The environment as it may be shown: values of secret-named variables masked whatever their length. */
    public Map<String, String> redactEnvironment(Map<String, String> environment) {
        Map<String, String> shown = new LinkedHashMap<>();
        environment.forEach((name, value) -> shown.put(name, isSecretName(name) ? MASK : redact(value)));
        return shown;
    }

    private static String secretValueAt(List<String> arguments, int index) {
        Matcher assigned = ASSIGNED_OPTION.matcher(arguments.get(index));
        if (assigned.matches()) {
            return isSecretName(assigned.group(1)) ? assigned.group(2) : null;
        }
        if (index > 0 && isSeparateSecretOption(arguments.get(index - 1))) {
            return arguments.get(index);
        }
        return null;
    }

    private static boolean isSeparateSecretOption(String argument) {
        Matcher option = SEPARATE_OPTION.matcher(argument);
        return option.matches() && isSecretName(option.group(1));
    }

    /** A token pattern; {@code group} is the part to mask (0 = the whole match). */
    private record TokenShape(Pattern pattern, int group) {
        String mask(String text) {
            Matcher matcher = pattern.matcher(text);
            if (!matcher.find()) {
                return text;
            }
            StringBuilder out = new StringBuilder();
            int copied = 0;
            do {
                out.append(text, copied, matcher.start(group)).append(MASK);
                copied = matcher.end(group);
            } while (matcher.find());
            return out.append(text, copied, text.length()).toString();
        }
    }
}
