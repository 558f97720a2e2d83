package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {
    private static final SecretRedactor PATTERNS = SecretRedactor.patternsOnly();

    /** A redactor made for a command makes its values known build-wide; these made-up ones must not outlive the test. */
    @AfterEach
    void forgetBuildSecrets() {
        SecretRedactor.shareBuildSecrets(SecretRedactor.newSecretSet());
    }

    @Test
    void valuesOfSecretNamedEnvironmentVariablesAreMasked() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GITHUB_TOKEN", "tok-value-1");
        env.put("db_Password", "hunter22");
        env.put("MY_SECRET", "s3cr3t!");
        env.put("DEPLOY_PASSWD", "passwd-value");
        env.put("ADMIN_PWD", "pwd-value");
        env.put("AWS_CREDENTIALS", "cred-value");
        env.put("SERVICE_APIKEY", "apikey-value");
        env.put("SERVICE_API_KEY", "api-key-value");
        env.put("BASIC_AUTH", "auth-value");
        env.put("SSH_PRIVATE_KEY", "private-key-value");
        SecretRedactor redactor = new SecretRedactor(env, List.of());

        for (String value : env.values()) {
            assertThat(redactor.redact("before " + value + " after")).isEqualTo("before **** after");
        }
    }

    @Test
    void valuesOfOrdinaryEnvironmentVariablesAreKept() {
        SecretRedactor redactor = new SecretRedactor(
                Map.of("JAVA_HOME", "/opt/jdk-17", "PWD", "/work/project", "MAVEN_OPTS", "-Xmx1g"), List.of());

        String text = "JAVA_HOME=/opt/jdk-17 in /work/project with -Xmx1g";

        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @Test
    void valuesShorterThanFourCharactersAreNotMaskedInText() {
        SecretRedactor redactor = new SecretRedactor(Map.of("TOKEN", "abc", "PASSWORD", "abcd"), List.of());

        assertThat(redactor.redact("abc abcd")).isEqualTo("abc ****");
    }

    @Test
    void longerSecretContainingAShorterOneIsMaskedWhole() {
        SecretRedactor redactor = new SecretRedactor(Map.of("TOKEN", "abcd", "SECRET", "xxabcdyy"), List.of());

        assertThat(redactor.redact("[xxabcdyy] [abcd]")).isEqualTo("[****] [****]");
    }

    @Test
    void assignedOptionValuesBecomeKnownSecrets() {
        SecretRedactor redactor = new SecretRedactor(
                Map.of(), List.of("--password=opt-pass", "-Dsome.password=sys-pass", "-Dapi.token=sys-token"));

        assertThat(redactor.redact("opt-pass sys-pass sys-token")).isEqualTo("**** **** ****");
    }

    @Test
    void valueInTheArgumentAfterASecretOptionBecomesAKnownSecret() {
        SecretRedactor redactor = new SecretRedactor(Map.of(), List.of("--token", "next-arg-token", "--verbose"));

        assertThat(redactor.redact("using next-arg-token --verbose")).isEqualTo("using **** --verbose");
    }

    @Test
    void redactArgumentsMasksSecretOptionValuesOfAnyLength() {
        SecretRedactor redactor = SecretRedactor.patternsOnly();

        List<String> shown = redactor.redactArguments(
                List.of("--password=x", "--token", "ab", "-Dapi.token=y", "-Dskip=true", "--name", "build", "plain"));

        assertThat(shown)
                .containsExactly(
                        "--password=****",
                        "--token",
                        "****",
                        "-Dapi.token=****",
                        "-Dskip=true",
                        "--name",
                        "build",
                        "plain");
    }

    @Test
    void redactArgumentsAlsoMasksTokenShapes() {
        List<String> shown = PATTERNS.redactArguments(List.of("--header", "Authorization: Bearer abc.def-123"));

        assertThat(shown).containsExactly("--header", "Authorization: Bearer ****");
    }

    @Test
    void redactEnvironmentMasksSecretNamesAndKeepsTheRest() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("NPM_TOKEN", "x");
        env.put("LANG", "C.UTF-8");
        env.put("REPO_URL", "https://bob:pa55word@example.com/repo.git");

        assertThat(PATTERNS.redactEnvironment(env))
                .containsExactly(
                        Map.entry("NPM_TOKEN", "****"),
                        Map.entry("LANG", "C.UTF-8"),
                        Map.entry("REPO_URL", "https://bob:****@example.com/repo.git"));
    }

    @Test
    void githubTokensAreMasked() {
        assertThat(PATTERNS.redact("t=ghp_abcdefghijklmnopqrstuvwxyz0123456789 end"))
                .isEqualTo("t=**** end");
        assertThat(PATTERNS.redact("gho_ABCDEFGHIJKLMNOPQRSTUV12")).isEqualTo("****");
        assertThat(PATTERNS.redact("ghs_ABCDEFGHIJKLMNOPQRSTUV12")).isEqualTo("****");
        assertThat(PATTERNS.redact("github_pat_11ABCDEFG0123456789_abcdefghijklmnop"))
                .isEqualTo("****");
    }

    @Test
    void awsAccessKeyIdsAreMasked() {
        assertThat(PATTERNS.redact("key AKIAIOSFODNN7EXAMPLE used")).isEqualTo("key **** used");
    }

    @Test
    void slackTokensAreMasked() {
        assertThat(PATTERNS.redact("xoxb-1234567890-abcdefghij")).isEqualTo("****");
        assertThat(PATTERNS.redact("xoxp-1234567890-abcdefghij and xoxa-2-abcdefghij"))
                .isEqualTo("**** and ****");
    }

    @Test
    void jsonWebTokensAreMasked() {
        String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

        assertThat(PATTERNS.redact("jwt=" + jwt + ";")).isEqualTo("jwt=****;");
    }

    @Test
    void bearerTokensAreMaskedButTheWordBearerStays() {
        assertThat(PATTERNS.redact("Authorization: Bearer abc.DEF_123-xyz==")).isEqualTo("Authorization: Bearer ****");
    }

    @Test
    void urlPasswordsAreMaskedButUserAndHostStay() {
        assertThat(PATTERNS.redact("cloning https://alice:s3cret@git.example.com/x.git now"))
                .isEqualTo("cloning https://alice:****@git.example.com/x.git now");
    }

    @Test
    void ordinaryTextIsUntouched() {
        String text = "[INFO] Tests run: 42, Failures: 0 - see https://example.com:8443/path?q=1 "
                + "and user@example.com; the token bucket refilled; password policy ok; AKIA is a prefix; "
                + "ghp_short; eyJ alone";

        assertThat(PATTERNS.redact(text)).isEqualTo(text);
    }

    @Test
    void nullAndEmptyTextAreReturnedAsTheyAre() {
        assertThat(PATTERNS.redact(null)).isNull();
        assertThat(PATTERNS.redact("")).isEmpty();
    }
}
