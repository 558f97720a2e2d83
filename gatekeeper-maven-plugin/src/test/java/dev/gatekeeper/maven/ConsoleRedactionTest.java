package dev.gatekeeper.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatekeeper.core.SecretRedactor;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 16, item 2: every console line of ours, and the message a goal fails with, is masked with the build's secrets. */
class ConsoleRedactionTest {
    private final RecordingLog maven = new RecordingLog();

    @BeforeEach
    void knowASecret() {
        SecretRedactor.shareBuildSecrets(SecretRedactor.newSecretSet());
        SecretRedactor.registerBuildSecrets(List.of("Srv-Pa55w0rd-42"));
    }

    @AfterEach
    void forgetBuild() {
        SecretRedactor.shareBuildSecrets(SecretRedactor.newSecretSet());
    }

    @Test
    void aGatesLinesAreMasked() {
        MavenGateLog log = new MavenGateLog("certify", maven);

        log.info("deploying with Srv-Pa55w0rd-42");
        log.warn("token ghp_abcdefghijklmnopqrstuvwxyz0123456789 refused");
        log.error("Srv-Pa55w0rd-42 expired");

        assertThat(maven.lines())
                .containsExactly(
                        "info: certify: deploying with ****",
                        "warn: certify: token **** refused",
                        "error: certify: **** expired");
    }

    @Test
    void aLineLoggedOutsideAGatesLogIsMaskedToo() {
        RedactingLog.of(maven).warn("smoke: cannot use " + "Srv-Pa55w0rd-42");

        assertThat(maven.lines()).containsExactly("warn: smoke: cannot use ****");
    }

    @Test
    void secretsOfACommandMadeLaterAreMaskedOnTheConsole() {
        MavenGateLog log = new MavenGateLog("certify", maven);
        new SecretRedactor(Map.of(), List.of("scripts/deploy.sh", "-p", "S3cretArg"));

        log.warn("release-check printed S3cretArg");

        assertThat(maven.lines()).containsExactly("warn: certify: release-check printed ****");
    }

    @Test
    void theMessageAGoalFailsWithIsMasked() {
        assertThatThrownBy(() -> RedactingLog.runMasked(() -> {
                    throw new MojoFailureException("Gatekeeper verdict: HOLD\n  fix: Run 'deploy -p Srv-Pa55w0rd-42'");
                }))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("Gatekeeper verdict: HOLD\n  fix: Run 'deploy -p ****'");
        assertThatThrownBy(() -> RedactingLog.runMasked(() -> {
                    throw new MojoExecutionException("cannot write Srv-Pa55w0rd-42", new IllegalStateException("x"));
                }))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("cannot write ****")
                .hasCauseInstanceOf(IllegalStateException.class);
    }
}
