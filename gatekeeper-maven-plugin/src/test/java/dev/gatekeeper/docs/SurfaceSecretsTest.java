package dev.gatekeeper.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.SecretRedactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, item 2: CLI help that prints a secret the build knows leaves it in no kept file, finding or rewritten page. */
class SurfaceSecretsTest {
    private static final String SECRET = "Dpl0y-Pa55-7731";

    @TempDir
    Path temp;

    private DocsFixture repo;

    @BeforeEach
    void createRepository() throws Exception {
        // as BuildSecrets does for DEPLOY_PASSWORD inherited from the CI environment
        SecretRedactor.shareBuildSecrets(SecretRedactor.newSecretSet());
        SecretRedactor.registerBuildSecrets(List.of(SECRET));
        repo = new DocsFixture(temp);
        repo.commandSurface(
                "cli-help",
                repo.script(
                        "tool",
                        "echo 'connecting with " + SECRET + "' >&2",
                        "printf 'Usage: tool [options]\\n  --password P  default: " + SECRET + "\\n'"));
        repo.write(
                "README.md",
                "# Tool\n\n<!-- gatekeeper:surface cli-help -->\nold help\n<!-- /gatekeeper:surface -->\n");
    }

    @AfterEach
    void forgetBuild() {
        SecretRedactor.shareBuildSecrets(SecretRedactor.newSecretSet());
    }

    @Test
    void aStaleBlockIsHeldWithoutTheSecretInItsDiffOrKeptOutput() throws Exception {
        GateResult result = repo.evaluate();

        assertThat(DocsFixture.codes(result)).contains("DOCS_SURFACE_STALE");
        assertThat(result.findings())
                .allSatisfy(f -> assertThat(f.message() + f.detail()).doesNotContain(SECRET));
        assertThat(result.findings().get(0).detail()).contains("default: ****");
        assertNoFileHoldsTheSecret(repo.output);
        assertThat(repo.logged).noneMatch(line -> line.contains(SECRET));
    }

    @Test
    void theUpdatedPageHoldsTheMaskNotTheSecret() throws Exception {
        repo.update = true;

        repo.evaluate();

        assertThat(repo.read("README.md")).contains("default: ****").doesNotContain(SECRET);
        assertNoFileHoldsTheSecret(repo.output);
    }

    private static void assertNoFileHoldsTheSecret(Path directory) throws Exception {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(SECRET);
            }
        }
    }
}
