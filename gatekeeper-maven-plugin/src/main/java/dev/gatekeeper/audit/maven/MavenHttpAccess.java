package dev.gatekeeper.audit.maven;

import dev.gatekeeper.audit.osv.download.HttpAccess;
import dev.gatekeeper.maven.SettingsRepository;
import java.net.URI;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.AuthenticationContext;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * The managed OSV database's {@link HttpAccess}, from Maven's own services: the repository session's proxy
 * selector (built from the settings' {@code <proxies>}, {@code nonProxyHosts} applied for the database's
 * URL) and its authentication selector (the settings' {@code <servers>}, passwords already decrypted). The
 * database's URL is treated like a repository whose id is the {@code <server>} named by
 * {@code gatekeeper.audit.osv.serverId}. Nothing here logs a credential.
 */
public final class MavenHttpAccess {
    /** The id the database's URL is looked up under when no server is named (only proxies then apply). */
    static final String DEFAULT_ID = "gatekeeper-osv";

    private MavenHttpAccess() {}

    /**
     * @param serverId the settings {@code <server>} whose user name and password go to the database's host, or
     *                 null for none
     * @throws IllegalArgumentException when {@code serverId} names no server with a user name and password
     */
    public static HttpAccess of(RepositorySystemSession session, URI url, String serverId) {
        String id = serverId == null || serverId.isBlank() ? null : serverId.trim();
        RemoteRepository repository = SettingsRepository.of(session, id == null ? DEFAULT_ID : id, url.toString());
        HttpAccess.ProxyServer proxy = proxy(session, repository);
        HttpAccess.Credentials server = null;
        if (id != null) {
            server = repository.getAuthentication() == null
                    ? null
                    : credentials(AuthenticationContext.forRepository(session, repository));
            if (server == null) {
                throw new IllegalArgumentException("gatekeeper.audit.osv.serverId=" + id
                        + " names no <server> with a <username> and <password> in the Maven settings"
                        + " (settings.xml)");
            }
        }
        return new HttpAccess(proxy, server);
    }

    private static HttpAccess.ProxyServer proxy(RepositorySystemSession session, RemoteRepository repository) {
        Proxy proxy = repository.getProxy();
        if (proxy == null) {
            return null;
        }
        HttpAccess.Credentials credentials = proxy.getAuthentication() == null
                ? null
                : credentials(AuthenticationContext.forProxy(session, repository));
        // The selector has already applied the settings' nonProxyHosts to this URL.
        return new HttpAccess.ProxyServer(proxy.getHost(), proxy.getPort(), credentials, null);
    }

    private static HttpAccess.Credentials credentials(AuthenticationContext context) {
        if (context == null) {
            return null;
        }
        try (context) {
            String username = context.get(AuthenticationContext.USERNAME);
            if (username == null) {
                return null;
            }
            return new HttpAccess.Credentials(username, context.get(AuthenticationContext.PASSWORD));
        }
    }
}
