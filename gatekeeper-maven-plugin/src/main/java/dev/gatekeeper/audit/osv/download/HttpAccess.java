package dev.gatekeeper.audit.osv.download;

import java.util.List;
import java.util.Objects;

/**
 * How the database's host is reached: the proxy Maven's settings give for its URL (or none), and the
 * credentials of the settings' {@code <server>} the user named for it (or none). Built by the Maven
 * adapter from Maven's own, already decrypted, settings; this package knows nothing of Maven.
 *
 * @param proxy  the proxy to go through, or null for a direct connection
 * @param server credentials for the database's host (HTTP Basic), or null
 */
public record HttpAccess(ProxyServer proxy, Credentials server) {
    public static final HttpAccess DIRECT = new HttpAccess(null, null);

    /** A user name and password; {@link #toString()} never shows the password. */
    public record Credentials(String username, String password) {
        public Credentials {
            Objects.requireNonNull(username, "username");
            password = password == null ? "" : password;
        }

        @Override
        public String toString() {
            return username + ":***";
        }
    }

    /**
     * An HTTP proxy.
     *
     * @param credentials   for the proxy (HTTP Basic), or null
     * @param nonProxyHosts host patterns reached directly ({@code *.example.com}), as Maven's settings write them
     */
    public record ProxyServer(String host, int port, Credentials credentials, List<String> nonProxyHosts) {
        public ProxyServer {
            Objects.requireNonNull(host, "host");
            nonProxyHosts = nonProxyHosts == null ? List.of() : List.copyOf(nonProxyHosts);
        }
    }
}
