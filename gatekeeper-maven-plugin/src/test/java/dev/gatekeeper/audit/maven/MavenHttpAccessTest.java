package dev.gatekeeper.audit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatekeeper.audit.osv.download.HttpAccess;
import java.net.URI;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;
import org.junit.jupiter.api.Test;

/** The database's proxy and credentials, from the selectors Maven builds out of settings.xml. */
class MavenHttpAccessTest {
    private static final URI MIRROR = URI.create("https://repo.example.com/osv/all.zip");

    private static DefaultRepositorySystemSession session() {
        DefaultRepositorySystemSession session = new DefaultRepositorySystemSession();
        DefaultProxySelector proxies = new DefaultProxySelector();
        proxies.add(
                new Proxy(
                        "https",
                        "proxy.example.com",
                        3128,
                        new AuthenticationBuilder()
                                .addUsername("proxy-user")
                                .addPassword("proxy-secret")
                                .build()),
                "localhost|*.internal.example.com");
        session.setProxySelector(proxies);
        DefaultAuthenticationSelector servers = new DefaultAuthenticationSelector();
        servers.add(
                "osv-mirror",
                new AuthenticationBuilder()
                        .addUsername("ci")
                        .addPassword("server-secret")
                        .build());
        session.setAuthenticationSelector(servers);
        return session;
    }

    @Test
    void theSettingsProxyForTheUrlAndTheNamedServersCredentialsAreUsed() {
        HttpAccess access = MavenHttpAccess.of(session(), MIRROR, "osv-mirror");

        assertThat(access.proxy().host()).isEqualTo("proxy.example.com");
        assertThat(access.proxy().port()).isEqualTo(3128);
        assertThat(access.proxy().credentials()).isEqualTo(new HttpAccess.Credentials("proxy-user", "proxy-secret"));
        assertThat(access.server()).isEqualTo(new HttpAccess.Credentials("ci", "server-secret"));
        assertThat(access.toString()).doesNotContain("proxy-secret", "server-secret");
    }

    @Test
    void aHostTheProxysNonProxyHostsNameIsReachedDirectly() {
        HttpAccess access =
                MavenHttpAccess.of(session(), URI.create("https://nexus.internal.example.com/osv/all.zip"), null);

        assertThat(access.proxy()).isNull();
        assertThat(access.server()).isNull();
    }

    @Test
    void withoutAServerIdNoCredentialsGoToTheHost() {
        assertThat(MavenHttpAccess.of(session(), MIRROR, " ").server()).isNull();
    }

    @Test
    void aSessionWithoutProxiesOrServersConnectsDirectly() {
        assertThat(MavenHttpAccess.of(new DefaultRepositorySystemSession(), MIRROR, null))
                .isEqualTo(HttpAccess.DIRECT);
    }

    @Test
    void aServerIdTheSettingsDoNotHaveIsAClearErrorNamingIt() {
        assertThatThrownBy(() -> MavenHttpAccess.of(session(), MIRROR, "nexus"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gatekeeper.audit.osv.serverId=nexus names no <server> with a <username> and <password>"
                        + " in the Maven settings (settings.xml)");
    }
}
