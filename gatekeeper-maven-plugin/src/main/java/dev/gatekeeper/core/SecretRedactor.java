package dev.gatekeeper.core;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static volatile Compiled buildOnly;

    private final Set<String> ownValues;
    private volatile Compiled compiled;

    public SecretRedactor(Map<String, String> environment, List<String> arguments) {
        this(valuesOf(environment, arguments), true);
    }

    private SecretRedactor(Set<String> values, boolean withBuild) {
        this.ownValues = values;
        if (withBuild) {
            registerBuildSecrets(values);
        }
        this.compiled = withBuild ? null : Compiled.of(values);
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
        return current().mask(Compiled.maskPrivateKeyBlocks(text));
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

    private Compiled current() {
        if (compiled != null && compiled.isStatic()) {
            return compiled;
        }
        Set<String> secrets = buildSecrets;
        int size = secrets.size();
        Compiled known = ownValues.isEmpty() ? buildOnly : compiled;
        if (known != null && known.buildSet() == secrets && known.buildSize() == size) {
            return known;
        }
        Set<String> all = new LinkedHashSet<>(ownValues);
        all.addAll(secrets);
        Compiled fresh = Compiled.of(all).forBuild(secrets, size);
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
                if (Compiled.PRIVATE_KEY_END.matcher(line).find()) {
                    inPrivateKey = false;
                    return redactor.redactLine(
                            Compiled.PRIVATE_KEY_END.matcher(line).replaceFirst(MASK));
                }
                return MASK;
            }
            Matcher begin = Compiled.PRIVATE_KEY_BEGIN.matcher(line);
            if (begin.find() && !Compiled.PRIVATE_KEY_END.matcher(line).find(begin.end())) {
                inPrivateKey = true;
                return redactor.redactLine(line.substring(0, begin.start())) + MASK;
            }
            return redactor.redactLine(line);
        }
    }

    /** The one pattern of a set of known values and every token shape; each alternative has one group, the part masked. */
    private record Compiled(Pattern pattern, List<String> anchors, Set<String> buildSet, int buildSize) {
        static final Pattern PRIVATE_KEY_BEGIN = Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----");
        static final Pattern PRIVATE_KEY_END = Pattern.compile("-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----");
        private static final Pattern PRIVATE_KEY_BLOCK = Pattern.compile(
                PRIVATE_KEY_BEGIN.pattern() + ".*?(?:" + PRIVATE_KEY_END.pattern() + "|\\z)", Pattern.DOTALL);

        private static final List<String> SHAPES = List.of(
                // GitHub: classic and fine-grained tokens
                "\\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})",
                // GitLab personal, project, pipeline-trigger and deploy tokens
                "\\b(gl(?:pat|ptt|dt|rt|cbt|oas)-[A-Za-z0-9_-]{20,})",
                // npm
                "\\b(npm_[A-Za-z0-9]{36})",
                // Slack tokens and webhooks
                "\\b(xox[abprse]-[A-Za-z0-9-]{8,}|xapp-[A-Za-z0-9-]{8,})",
                "hooks\\.slack\\.com/services/([A-Za-z0-9/]{16,})",
                // AWS access key ids
                "\\b((?:AKIA|ASIA|AROA|AIDA)[0-9A-Z]{16})\\b",
                // an AWS secret access key where it is named (credentials file, env dump, CLI config)
                "(?i:aws_secret_access_key|aws_session_token|secretaccesskey)[\"']?\\s*[=:]\\s*[\"']?([A-Za-z0-9/+=]{16,})",
                // JWTs
                "\\b(eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*)",
                // HTTP authorization headers
                "\\b[Bb]earer\\s+([A-Za-z0-9._~+/-]{8,}=*)",
                "(?i:authorization)[\"']?\\s*[=:]\\s*[\"']?(?:[A-Za-z]+\\s+)?([^\\s\"'<>]{8,})",
                // the password of a URL's user info: scheme://user:password@host
                "://[^/\\s:@\"'<>]+:([^/\\s@\"'<>]+)@",
                // secret options in printed text: --password=x, --api-key x, -Dgpg.passphrase=x
                "(?<![\\w-])-(?:-|D)?[\\w.-]{0,60}?(?i:password|passwd|passphrase|token|secret|api[-_]?key|credentials?)"
                        + "(?:=|[ \\t]+(?=[^-\\s]))([^\\s\"'<>&]+)");

        /** What a line must contain for a shape to match: each shape's literal part, in the spellings it is matched in. */
        private static final List<String> SHAPE_ANCHORS = List.of(
                "ghp_",
                "gho_",
                "ghu_",
                "ghs_",
                "ghr_",
                "github_pat_",
                "glpat-",
                "glptt-",
                "gldt-",
                "glrt-",
                "glcbt-",
                "gloas-",
                "npm_",
                "xox",
                "xapp-",
                "hooks.slack.com",
                "AKIA",
                "ASIA",
                "AROA",
                "AIDA",
                "ccess_key",
                "CCESS_KEY",
                "ession_token",
                "ESSION_TOKEN",
                "ccessKey",
                "eyJ",
                "earer",
                "uthorization",
                "UTHORIZATION",
                "@",
                "assw",
                "ASSW",
                "assp",
                "ASSP",
                "oken",
                "OKEN",
                "ecret",
                "ECRET",
                "pi-key",
                "pi_key",
                "PI_KEY",
                "PI-KEY",
                "piKey",
                "apikey",
                "APIKEY",
                "redential",
                "REDENTIAL");

        static Compiled of(Set<String> values) {
            Set<String> forms = new LinkedHashSet<>();
            for (String value : values) {
                forms.add(value);
                forms.addAll(escapedForms(value));
            }
            List<String> alternatives = new ArrayList<>();
            if (!forms.isEmpty()) {
                // Longest first, so that a secret containing another secret is masked whole.
                alternatives.add("("
                        + String.join(
                                "|",
                                forms.stream()
                                        .sorted(Comparator.comparingInt(String::length)
                                                .reversed())
                                        .map(Pattern::quote)
                                        .toList())
                        + ")");
            }
            alternatives.addAll(SHAPES);
            List<String> anchors = new ArrayList<>(forms);
            anchors.addAll(SHAPE_ANCHORS);
            return new Compiled(Pattern.compile(String.join("|", alternatives)), List.copyOf(anchors), null, -1);
        }

        Compiled forBuild(Set<String> set, int size) {
            return new Compiled(pattern, anchors, set, size);
        }

        boolean isStatic() {
            return buildSet == null;
        }

        /**
         * Line by line, and the pattern only on a line holding a known value or a shape's anchor: most
         * lines of a log hold neither, and {@code indexOf} rejects them far faster than any pattern.
         */
        String mask(String text) {
            int newline = text.indexOf('\n');
            if (newline < 0) {
                return mayHoldSecret(text) ? maskLine(text) : text;
            }
            StringBuilder out = null;
            int start = 0;
            while (start <= text.length()) {
                int end = newline < 0 ? text.length() : newline;
                String line = text.substring(start, end);
                if (mayHoldSecret(line)) {
                    String masked = maskLine(line);
                    if (!masked.equals(line) && out == null) {
                        out = new StringBuilder(text.length()).append(text, 0, start);
                    }
                    line = masked;
                }
                if (out != null) {
                    out.append(line);
                    if (newline >= 0) {
                        out.append('\n');
                    }
                }
                if (newline < 0) {
                    break;
                }
                start = newline + 1;
                newline = text.indexOf('\n', start);
            }
            return out == null ? text : out.toString();
        }

        private boolean mayHoldSecret(String line) {
            for (String anchor : anchors) {
                if (line.contains(anchor)) {
                    return true;
                }
            }
            return false;
        }

        private String maskLine(String text) {
            Matcher matcher = pattern.matcher(text);
            if (!matcher.find()) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length());
            int copied = 0;
            do {
                int group = 1;
                while (matcher.start(group) < 0) {
                    group++;
                }
                out.append(text, copied, matcher.start(group)).append(MASK);
                copied = matcher.end(group);
            } while (matcher.find());
            return out.append(text, copied, text.length()).toString();
        }

        /** How writers spell {@code value}: JSON strings, HTML (the report), XML text and attributes (JUnit XML). */
        static Set<String> escapedForms(String value) {
            Set<String> forms = new LinkedHashSet<>();
            // as Jackson writes it in evidence.json and the results
            forms.add(new String(JsonStringEncoder.getInstance().quoteAsString(value)));
            String xmlText = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            forms.add(xmlText);
            forms.add(xmlText.replace("\"", "&quot;"));
            forms.add(xmlText.replace("\"", "&quot;").replace("'", "&#39;"));
            forms.remove(value);
            return forms;
        }

        static String maskPrivateKeyBlocks(String text) {
            if (!text.contains("PRIVATE KEY")) {
                return text;
            }
            return PRIVATE_KEY_BLOCK.matcher(text).replaceAll(MASK);
        }
    }
}
