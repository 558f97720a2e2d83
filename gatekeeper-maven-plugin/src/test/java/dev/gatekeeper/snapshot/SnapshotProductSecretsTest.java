package dev.gatekeeper.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.SecretRedactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, item 2: a product that prints a secret the build knows leaves it in no kept file, finding or snapshot. */
class SnapshotProductSecretsTest {
    private static final String SECRET = "tok-8c1f5e2d9a7b";

    @TempDir
    Path temp;

    private SnapshotGateFixture project;
    private Path product;

    @BeforeEach
    void createProject() throws Exception {
        // as BuildSecrets does for a CI variable such as DEPLOY_TOKEN that every command inherits
        SecretRedactor.shareBuildSecrets(SecretRedactor.newSecretSet());
        SecretRedactor.registerBuildSecrets(List.of(SECRET));
        project = new SnapshotGateFixture(temp);
        product = project.script(
                "leaky.sh",
                "echo 'connecting with " + SECRET + "' >&2",
                "printf '{\"token\": \"" + SECRET + "\", \"files\": 1}\\n'");
    }

    @AfterEach
    void forgetBuild() {
        SecretRedactor.shareBuildSecrets(SecretRedactor.newSecretSet());
    }

    @Test
    void aComparedOutputHoldingASecretKeepsItInNoFileAndNoFinding() throws Exception {
        project.commit(project.snapshotOf("leaky"), "{\n  \"files\": 2,\n  \"token\": \"****\"\n}\n");

        GateResult result = project.evaluate(
                project.settings(), project.jsonCase("leaky", product).build());

        assertThat(result.status()).isEqualTo(GateStatus.HOLD);
        assertThat(result.findings()).isNotEmpty().allSatisfy(this::holdsNoSecret);
        assertThat(SnapshotGateFixture.filesBelow(project.output)).isNotEmpty();
        assertNoFileHoldsTheSecret(project.output);
        assertThat(project.logged).noneMatch(line -> line.contains(SECRET));
    }

    @Test
    void anUpdatedSnapshotHoldsTheMaskNotTheSecret() throws Exception {
        project.evaluate(project.update(), project.jsonCase("leaky", product).build());

        assertThat(Files.readString(project.snapshotOf("leaky")))
                .contains("\"****\"")
                .doesNotContain(SECRET);
        assertNoFileHoldsTheSecret(project.output);
    }

    @Test
    void anUnchangedProductMatchesItsMaskedSnapshotOnTheNextRun() throws Exception {
        project.evaluate(project.update(), project.jsonCase("leaky", product).build());

        GateResult again = project.evaluate(
                project.settings(), project.jsonCase("leaky", product).build());

        assertThat(again.status()).isEqualTo(GateStatus.PASS);
    }

    private void holdsNoSecret(Finding finding) {
        assertThat(String.join(
                        "\n", finding.message(), String.valueOf(finding.detail()), String.valueOf(finding.fix())))
                .doesNotContain(SECRET);
    }

    private static void assertNoFileHoldsTheSecret(Path directory) throws Exception {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(SECRET);
            }
        }
    }
}
