package dev.gatekeeper.audit.osv.download;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which URIs go through {@link HttpAccess#proxy()}: all but the hosts its {@code nonProxyHosts} name, matched as
 * Maven matches them (case-insensitive, {@code *} for any characters, patterns separated by {@code |}; the
 * adapter normally splits them, a pattern still holding {@code |} or {@code ,} is split here as Maven would).
 */
final class ProxyRoute extends ProxySelector {
    private final HttpAccess.ProxyServer proxy;
    private final List<Pattern> direct;

    ProxyRoute(HttpAccess.ProxyServer proxy) {
        this.proxy = proxy;
        this.direct = proxy == null
                ? List.of()
                : proxy.nonProxyHosts().stream()
                        .flatMap(pattern -> Arrays.stream(pattern.split("[|,]")))
                        .map(String::trim)
                        .filter(pattern -> !pattern.isEmpty())
                        .map(ProxyRoute::compile)
                        .toList();
    }

    private static Pattern compile(String hostPattern) {
        return Pattern.compile(
                Arrays.stream(hostPattern.toLowerCase(Locale.ROOT).split("\\*", -1))
                        .map(Pattern::quote)
                        .collect(Collectors.joining(".*")));
    }

    /** Whether a request to this URI goes through the proxy. */
    boolean proxied(URI uri) {
        if (proxy == null) {
            return false;
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String candidate = host;
        return direct.stream().noneMatch(pattern -> pattern.matcher(candidate).matches());
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (!proxied(uri)) {
            return List.of(Proxy.NO_PROXY);
        }
        return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.host(), proxy.port())));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {
        // One proxy, no fallback: the failure is reported by the request itself.
    }

    /** The {@code Proxy-Authorization} value for a request to this URI, or null. */
    String proxyAuthorization(URI uri) {
        return proxied(uri) && proxy.credentials() != null ? basic(proxy.credentials()) : null;
    }

    String describe() {
        return proxy == null ? "" : " through the proxy " + proxy.host() + ":" + proxy.port();
    }

    static String basic(HttpAccess.Credentials credentials) {
        String pair = credentials.username() + ":" + credentials.password();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether this JVM refuses to send Basic credentials to a proxy for an HTTPS tunnel (CONNECT): the JDK's
     * {@code jdk.http.auth.tunneling.disabledSchemes}, a system property or else {@code conf/net.properties},
     * {@code Basic} by default since 8u111.
     */
    static boolean basicTunnelingDisabled() {
        String schemes = System.getProperty("jdk.http.auth.tunneling.disabledSchemes");
        if (schemes == null) {
            Properties net = new Properties();
            Path file = Path.of(System.getProperty("java.home"), "conf", "net.properties");
            try (InputStream in = Files.newInputStream(file)) {
                net.load(in);
                schemes = net.getProperty("jdk.http.auth.tunneling.disabledSchemes", "");
            } catch (IOException e) {
                schemes = "Basic";
            }
        }
        return Arrays.stream(schemes.split(",")).map(String::trim).anyMatch("Basic"::equalsIgnoreCase);
    }
}
