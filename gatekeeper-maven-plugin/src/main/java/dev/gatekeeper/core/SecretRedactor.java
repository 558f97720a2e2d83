package dev.gatekeeper.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * Keeps secrets out of logs and evidence: every value it knows and every well-known token shape
 * is replaced by {@value #MASK}.
 *
 * <p>It knows the values a command was given (environment variables and arguments whose name says
 * they are secret) and, build-wide, the secret-named variables of the environment every command
 * inherits plus whatever the build registered ({@link #registerBuildSecrets}: the Maven settings'
 * server passwords, every command's secrets). A redactor made for one command registers that
 * command's secrets build-wide, so the evidence written later by other writers masks them too.
 *
 * <p>All of it is one precompiled pattern, applied in one pass; {@link #redactLine} and
 * {@link #lines()} serve writers that stream a log line by line.
 */
public final class SecretRedactor {
    public static final String MASK = "****";

    /** Shorter values are left alone: masking "on" or "1" everywhere would make logs unreadable. */
    static final int MIN_SECRET_LENGTH = 4;

    /** The build's secrets; a mojo points every plugin realm at the one set of its build. */
    private static volatile Set<String> buildSecrets = newSecretSet();

    /** The build redactor's compiled pattern, shared: it knows no values of its own. */
    private static volatile SecretPattern buildOnly;

    private final Set<String> ownValues;
    private volatile SecretPattern compiled;

    public SecretRedactor(Map<String, String> environment, List<String> arguments) {
        this(valuesOf(environment, arguments), true);
    }

    private SecretRedactor(Set<String> values, boolean withBuild) {
        this.ownValues = values;
        if (withBuild) {
            registerBuildSecrets(values);
        }
        this.compiled = withBuild ? null : SecretPattern.of(values);
    }

    /** A redactor that knows no values and only masks well-known token shapes and secret options. */
    public static SecretRedactor patternsOnly() {
        return new SecretRedactor(Set.of(), false);
    }

    /** The build's redactor: the inherited environment's secrets, the registered ones, every token shape. */
    public static SecretRedactor build() {
        return new SecretRedactor(Set.of(), true);
    }

    /**
     * Makes {@code values} known build-wide (a server password of the Maven settings, a command's
     * secret). Values shorter than {@value #MIN_SECRET_LENGTH} characters are not masked in text.
     */
    public static void registerBuildSecrets(Collection<String> values) {
        Set<String> secrets = buildSecrets;
        for (String value : values) {
            if (value != null && value.length() >= MIN_SECRET_LENGTH && !SecretNames.isHarmlessValue(value)) {
                secrets.add(value);
            }
        }
    }

    /**
     * Shares {@code secrets} as the build's set: every plugin realm of one build holds its own copy
     * of this class, so the mojo hands each the set kept in the build's shared data.
     */
    public static void shareBuildSecrets(Set<String> secrets) {
        buildSecrets = secrets;
    }

    /**
     * A set for {@link #shareBuildSecrets}, holding the values of the secret-named variables of the
     * environment every command inherits; concurrent and of JDK types only, so two realms can share it.
     */
    public static Set<String> newSecretSet() {
        Set<String> secrets = ConcurrentHashMap.newKeySet();
        secrets.addAll(valuesOf(System.getenv(), List.of()));
        return secrets;
    }

    public static boolean isSecretName(String name) {
        return SecretNames.isSecret(name);
    }

    /** {@code text} with every known secret and token shape masked; multi-line private keys whole. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return current().mask(SecretPattern.maskPrivateKeyBlocks(text));
    }

    /** One line of a streamed log (no line break inside); see {@link #lines()} for private-key blocks. */
    public String redactLine(String line) {
        if (line == null || line.isEmpty()) {
            return line;
        }
        return current().mask(line);
    }

    /** UTF-8 bytes redacted; the same bytes when nothing is masked, so invalid UTF-8 is kept as it is. */
    public byte[] redactBytes(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        String redacted = redact(text);
        return redacted.equals(text) ? content : redacted.getBytes(StandardCharsets.UTF_8);
    }

    /** A stateful line redactor for a streamed log: it masks every line of a private-key block. */
    public LineRedactor lines() {
        return new LineRedactor(this);
    }

    /** The arguments as they may be shown: secret option values masked whatever their length. */
    public List<String> redactArguments(List<String> arguments) {
        List<String> shown = new ArrayList<>(arguments.size());
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            String assigned = SecretNames.assignedSecretName(argument);
            if (assigned != null) {
                shown.add(argument.substring(0, argument.indexOf('=') + 1) + MASK);
            } else if (i > 0 && SecretNames.isSeparateSecretOption(arguments.get(i - 1))) {
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

    private SecretPattern current() {
        if (compiled != null && compiled.isStatic()) {
            return compiled;
        }
        Set<String> secrets = buildSecrets;
        int size = secrets.size();
        SecretPattern known = ownValues.isEmpty() ? buildOnly : compiled;
        if (known != null && known.buildSet() == secrets && known.buildSize() == size) {
            return known;
        }
        Set<String> all = new LinkedHashSet<>(ownValues);
        all.addAll(secrets);
        SecretPattern fresh = SecretPattern.of(all).forBuild(secrets, size);
        if (ownValues.isEmpty()) {
            buildOnly = fresh;
        } else {
            compiled = fresh;
        }
        return fresh;
    }

    private static Set<String> valuesOf(Map<String, String> environment, List<String> arguments) {
        Set<String> values = new LinkedHashSet<>();
        environment.forEach((name, value) -> {
            if (name != null && isSecretName(name) && value != null) {
                values.add(value);
            }
        });
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (SecretNames.assignedSecretName(argument) != null) {
                values.add(argument.substring(argument.indexOf('=') + 1));
            } else if (i > 0 && SecretNames.isSeparateSecretOption(arguments.get(i - 1))) {
                values.add(argument);
            }
        }
        values.removeIf(v -> v.length() < MIN_SECRET_LENGTH || SecretNames.isHarmlessValue(v));
        return values;
    }

    /** Masks a streamed log line by line, remembering whether it is inside a private-key block. */
    public static final class LineRedactor {
        private final SecretRedactor redactor;
        private boolean inPrivateKey;

        private LineRedactor(SecretRedactor redactor) {
            this.redactor = redactor;
        }

        public String line(String line) {
            if (inPrivateKey) {
                if (SecretPattern.PRIVATE_KEY_END.matcher(line).find()) {
                    inPrivateKey = false;
                    return redactor.redactLine(
                            SecretPattern.PRIVATE_KEY_END.matcher(line).replaceFirst(MASK));
                }
                return MASK;
            }
            Matcher begin = SecretPattern.PRIVATE_KEY_BEGIN.matcher(line);
            if (begin.find() && !SecretPattern.PRIVATE_KEY_END.matcher(line).find(begin.end())) {
                inPrivateKey = true;
                return redactor.redactLine(line.substring(0, begin.start())) + MASK;
            }
            return redactor.redactLine(line);
        }
    }
}
