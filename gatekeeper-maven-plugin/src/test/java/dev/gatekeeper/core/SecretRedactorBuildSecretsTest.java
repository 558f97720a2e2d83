package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 16, item 2: secrets the commands inherit or the build knows are masked by every writer, not only by the command's own. */
class SecretRedactorBuildSecretsTest {
    private Set<String> buildSecrets;

    @BeforeEach
    void freshBuild() {
        buildSecrets = SecretRedactor.newSecretSet();
        SecretRedactor.shareBuildSecrets(buildSecrets);
    }

    @AfterEach
    void forgetBuild() {
        SecretRedactor.shareBuildSecrets(SecretRedactor.newSecretSet());
    }

    @Test
    void inheritedEnvironmentNamesThatLookSecretAreSecret() {
        assertThat(List.of(
                        "GITHUB_TOKEN",
                        "DEPLOY_PASSWORD",
                        "NPM_TOKEN",
                        "AWS_SECRET_ACCESS_KEY",
                        "GPG_PASSPHRASE",
                        "MYSQL_PWD",
                        "SONAR_AUTH",
                        "OAUTH_CLIENT",
                        "HTTP_AUTHORIZATION",
                        "GOOGLE_CREDENTIALS",
                        "CI_SESSION_COOKIE",
                        "SESSION_ID",
                        "API_KEY",
                        "apiKey",
                        "SIGNING_KEY",
                        "GATEKEEPER_EVIDENCE_KEY",
                        "KEY",
                        "gpg.passphrase",
                        "DOCKER_PASS"))
                .allMatch(SecretRedactor::isSecretName);
    }

    @Test
    void harmlessNamesThatMerelyContainASecretWordAreNot() {
        assertThat(List.of(
                        "MAVEN_OPTS",
                        "SSH_AUTH_SOCK",
                        "GIT_AUTHOR_NAME",
                        "GIT_AUTHOR_EMAIL",
                        "KEYBOARD_LAYOUT",
                        "MONKEY_MODE",
                        "KEYCLOAK_URL",
                        "XDG_SESSION_TYPE",
                        "DBUS_SESSION_BUS_ADDRESS",
                        "DESKTOP_SESSION",
                        "PWD",
                        "OLDPWD",
                        "GITHUB_TOKEN_FILE",
                        "DB_PASSWORD_PATH",
                        "VAULT_TOKEN_URL",
                        "JAVA_HOME",
                        "PASSAGE"))
                .noneMatch(SecretRedactor::isSecretName);
    }

    @Test
    void aCommandsSecretsBecomeKnownToTheBuildRedactorOfEveryOtherWriter() {
        new SecretRedactor(
                Map.of("DEPLOY_PASSWORD", "Dpl0y-Pa55"), List.of("-p", "S3cretArg", "--api-key", "k3y-value"));

        assertThat(SecretRedactor.build().redact("Dpl0y-Pa55 S3cretArg k3y-value"))
                .isEqualTo("**** **** ****");
    }

    @Test
    void registeredSettingsPasswordsAreMaskedByTheBuildRedactor() {
        SecretRedactor.registerBuildSecrets(List.of("server-pa55"));

        assertThat(SecretRedactor.build().redact("deploying with server-pa55")).isEqualTo("deploying with ****");
        assertThat(buildSecrets).contains("server-pa55");
    }

    @Test
    void aSecondPluginRealmSharingTheSetSeesTheSameSecrets() {
        Set<String> shared = SecretRedactor.newSecretSet();
        SecretRedactor.shareBuildSecrets(shared);
        SecretRedactor.registerBuildSecrets(List.of("realm-a-secret"));

        assertThat(shared).contains("realm-a-secret");
        assertThat(SecretRedactor.build().redact("x realm-a-secret")).isEqualTo("x ****");
    }

    @Test
    void dashPTakesASecretAsItsNextArgument() {
        SecretRedactor redactor = new SecretRedactor(Map.of(), List.of("scripts/deploy.sh", "-p", "S3cretArg"));

        assertThat(redactor.redactArguments(List.of("scripts/deploy.sh", "-p", "S3cretArg")))
                .containsExactly("scripts/deploy.sh", "-p", "****");
        assertThat(redactor.redact("arguments: -p S3cretArg")).isEqualTo("arguments: -p ****");
    }

    @Test
    void secretsAreMaskedAsJsonHtmlAndXmlSpellThem() {
        new SecretRedactor(Map.of("DB_PASSWORD", "p\"a<s>s&w'd\\1"), List.of());
        SecretRedactor redactor = SecretRedactor.build();

        assertThat(redactor.redact("{\"detail\":\"p\\\"a<s>s&w'd\\\\1\"}")).isEqualTo("{\"detail\":\"****\"}");
        assertThat(redactor.redact("<pre>p&quot;a&lt;s&gt;s&amp;w&#39;d\\1</pre>"))
                .isEqualTo("<pre>****</pre>");
        assertThat(redactor.redact("<failure message=\"p&quot;a&lt;s&gt;s&amp;w'd\\1\"/>"))
                .isEqualTo("<failure message=\"****\"/>");
    }

    @Test
    void booleanLikeValuesOfSecretNamesAreNotMaskedSoJsonStaysJson() {
        new SecretRedactor(Map.of("USE_AUTH", "true", "TOKEN_REQUIRED_FLAG", "false"), List.of());

        assertThat(SecretRedactor.build().redact("{\"treeClean\":true,\"x\":false}"))
                .isEqualTo("{\"treeClean\":true,\"x\":false}");
    }

    @Test
    void tokenShapesOfGitLabNpmAwsAndSlackWebhooksAreMasked() {
        SecretRedactor redactor = SecretRedactor.patternsOnly();

        assertThat(redactor.redact("glpat-AbCdEfGhIjKlMnOpQrSt12 ok")).isEqualTo("**** ok");
        assertThat(redactor.redact("//registry.npmjs.org/:_authToken=npm_9fKx2LmQ7rT4vW8yZ1bC3dE5gH6jN0pS2uV4"))
                .isEqualTo("//registry.npmjs.org/:_authToken=****");
        assertThat(redactor.redact("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))
                .isEqualTo("aws_secret_access_key = ****");
        assertThat(redactor.redact("AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))
                .isEqualTo("AWS_SECRET_ACCESS_KEY=****");
        assertThat(redactor.redact("posting to https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXX"))
                .isEqualTo("posting to https://hooks.slack.com/services/****");
    }

    @Test
    void secretOptionsPrintedInTextAreMasked() {
        SecretRedactor redactor = SecretRedactor.patternsOnly();

        assertThat(redactor.redact("+ deploy --password hunter22 --verbose"))
                .isEqualTo("+ deploy --password **** --verbose");
        assertThat(redactor.redact("mvn deploy -Dgpg.passphrase=Pa55phrase"))
                .isEqualTo("mvn deploy -Dgpg.passphrase=****");
        assertThat(redactor.redact("cli --api-key=abc123xyz")).isEqualTo("cli --api-key=****");
        assertThat(redactor.redact("use --token-file to read it")).isEqualTo("use --token-file to read it");
    }

    @Test
    void privateKeyBlocksAreMaskedWholeInTextAndLineByLine() {
        String key =
                "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nAAAAbm9uZQ==\n-----END OPENSSH PRIVATE KEY-----";
        SecretRedactor redactor = SecretRedactor.patternsOnly();

        assertThat(redactor.redact("key:\n" + key + "\ndone")).isEqualTo("key:\n****\ndone");
        SecretRedactor.LineRedactor lines = redactor.lines();
        assertThat(("key:\n" + key + "\ndone").lines().map(lines::line).toList())
                .containsExactly("key:", "****", "****", "****", "****", "done");
    }

    @Test
    void bytesThatHoldNoSecretAreReturnedUnchangedEvenWhenNotUtf8() {
        byte[] latin1 = "caf\u00e9 ok".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(SecretRedactor.patternsOnly().redactBytes(latin1)).isSameAs(latin1);
    }

    @Test
    void aHundredMegabyteLogIsRedactedInSeconds() {
        new SecretRedactor(Map.of("GITHUB_TOKEN", "tok-3f9a8b7c6d5e", "NPM_TOKEN", "npm-value-1234"), List.of());
        SecretRedactor redactor = SecretRedactor.build();
        String line =
                "[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/x/y/1.0/y-1.0.jar (12 kB at 340 kB/s) --quiet";
        String secretLine = "using tok-3f9a8b7c6d5e for the upload";
        SecretRedactor.LineRedactor lines = redactor.lines();
        long bytes = 0;
        int masked = 0;
        long start = System.nanoTime();
        for (int i = 0; bytes < 100_000_000L; i++) {
            String shown = lines.line(i % 1000 == 0 ? secretLine : line);
            bytes += shown.length() + 1;
            masked += shown.contains(SecretRedactor.MASK) ? 1 : 0;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(masked).isGreaterThan(700);
        // about 5 s on a shared two-core runner; the one pattern run on every line took 75 s
        assertThat(millis).as("redacting 100 MB took %d ms", millis).isLessThan(30_000);
    }
}
