package dev.gatekeeper.core;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one pattern of a set of known values and every token shape, for {@link SecretRedactor}; each alternative has
 * one group, the part masked.
 */
record SecretPattern(Pattern pattern, List<String> anchors, Set<String> buildSet, int buildSize) {
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

    static SecretPattern of(Set<String> values) {
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
        return new SecretPattern(Pattern.compile(String.join("|", alternatives)), List.copyOf(anchors), null, -1);
    }

    SecretPattern forBuild(Set<String> set, int size) {
        return new SecretPattern(pattern, anchors, set, size);
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
            out.append(text, copied, matcher.start(group)).append(SecretRedactor.MASK);
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
        return PRIVATE_KEY_BLOCK.matcher(text).replaceAll(SecretRedactor.MASK);
    }
}
