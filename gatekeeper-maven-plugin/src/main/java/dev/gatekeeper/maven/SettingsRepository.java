package dev.gatekeeper.maven;

import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.Authentication;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * A URL Gatekeeper reaches itself (the managed OSV database, the remote reuse store) as Maven's settings see a
 * repository: a {@link RemoteRepository} of the given id, with the {@code <server>} of that id's authentication
 * (passwords already decrypted by Maven) and the active {@code <proxy>} for the URL's host ({@code nonProxyHosts}
 * applied), both taken from the repository session's selectors. Either is null when the settings give none.
 */
public final class SettingsRepository {
    private SettingsRepository() {}

    public static RemoteRepository of(RepositorySystemSession session, String id, String url) {
        RemoteRepository bare = new RemoteRepository.Builder(id, "default", url).build();
        Authentication authentication = session.getAuthenticationSelector() == null
                ? null
                : session.getAuthenticationSelector().getAuthentication(bare);
        Proxy proxy = session.getProxySelector() == null
                ? null
                : session.getProxySelector().getProxy(bare);
        return new RemoteRepository.Builder(bare)
                .setAuthentication(authentication)
                .setProxy(proxy)
                .build();
    }
}
