package dev.gatekeeper.maven;

import dev.gatekeeper.core.SecretRedactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Makes the build's secrets known to every writer and to the console before a goal does anything:
 * the secret-named variables of the environment commands inherit and the passwords and passphrases
 * of the Maven settings' servers, as written and decrypted. One set per build, in the build's shared
 * data, so every plugin realm and every module's goal masks the same values.
 */
final class BuildSecrets {
    static final String KEY = "dev.gatekeeper.secrets";

    private BuildSecrets() {}

    @SuppressWarnings("unchecked")
    static void share(MavenSession session) {
        Set<String> secrets =
                (Set<String>) BuildShared.of(session).computeIfAbsent(KEY, k -> SecretRedactor.newSecretSet());
        SecretRedactor.shareBuildSecrets(secrets);
        Settings settings = session.getSettings();
        if (settings != null) {
            SecretRedactor.registerBuildSecrets(serverSecrets(settings.getServers()));
            SecretRedactor.registerBuildSecrets(serverSecrets(decrypted(session, settings)));
        }
    }

    static List<String> serverSecrets(List<Server> servers) {
        List<String> values = new ArrayList<>();
        for (Server server : servers) {
            values.add(server.getPassword());
            values.add(server.getPassphrase());
        }
        return values;
    }

    /** The servers with {@code {encrypted}} passwords decrypted, when Maven offers a decrypter; else none. */
    @SuppressWarnings("deprecation")
    private static List<Server> decrypted(MavenSession session, Settings settings) {
        if (settings.getServers().isEmpty() || session.getContainer() == null) {
            return List.of();
        }
        try {
            SettingsDecrypter decrypter = session.getContainer().lookup(SettingsDecrypter.class);
            SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(settings));
            boolean failed =
                    result.getProblems().stream().anyMatch(p -> p.getSeverity() != SettingsProblem.Severity.WARNING);
            return failed ? List.of() : result.getServers();
        } catch (Exception | LinkageError e) {
            // no decrypter (an embedding without one): the values as written are masked all the same
            return List.of();
        }
    }
}
