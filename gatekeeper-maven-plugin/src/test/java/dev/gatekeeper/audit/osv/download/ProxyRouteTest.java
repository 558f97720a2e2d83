package dev.gatekeeper.audit.osv.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Proxy;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProxyRouteTest {
    private static ProxyRoute route(String... nonProxyHosts) {
        return new ProxyRoute(new HttpAccess.ProxyServer("proxy.corp", 3128, null, List.of(nonProxyHosts)));
    }

    private static boolean proxied(ProxyRoute route, String url) {
        return route.proxied(URI.create(url));
    }

    @Test
    void everyHostGoesThroughTheProxyUnlessNamed() {
        ProxyRoute route = route("localhost", "*.corp.example");

        assertThat(proxied(route, "https://osv-vulnerabilities.storage.googleapis.com/Maven/all.zip"))
                .isTrue();
        assertThat(proxied(route, "http://localhost:8081/all.zip")).isFalse();
        assertThat(proxied(route, "https://nexus.corp.example/repository/osv/all.zip"))
                .isFalse();
        assertThat(proxied(route, "https://corp.example.evil.test/all.zip")).isTrue();
        assertThat(route.select(URI.create("http://localhost/")).get(0)).isEqualTo(Proxy.NO_PROXY);
        assertThat(route.select(URI.create("https://example.org/")).get(0).type())
                .isEqualTo(Proxy.Type.HTTP);
    }

    @Test
    void patternsMatchAsMavenMatchesThemCaseInsensitiveWithStarsAnywhere() {
        ProxyRoute route = route("NEXUS.*.example", "10.0.*", "*");

        assertThat(proxied(route, "https://anything.at.all/")).isFalse();
        ProxyRoute partial = route("NEXUS.*.example", "10.0.*");
        assertThat(proxied(partial, "https://nexus.eu.example/")).isFalse();
        assertThat(proxied(partial, "http://10.0.3.4/")).isFalse();
        assertThat(proxied(partial, "http://10.1.3.4/")).isTrue();
        assertThat(proxied(partial, "http://nexus.example/")).isTrue();
    }

    @Test
    void aPatternStillHoldingMavensSeparatorsIsSplitAsMavenWould() {
        ProxyRoute route = route("localhost|*.corp.example,127.0.0.1");

        assertThat(proxied(route, "http://localhost/")).isFalse();
        assertThat(proxied(route, "http://a.corp.example/")).isFalse();
        assertThat(proxied(route, "http://127.0.0.1/")).isFalse();
        assertThat(proxied(route, "http://example.org/")).isTrue();
    }

    @Test
    void regexCharactersInAPatternAreLiteral() {
        ProxyRoute route = route("a.b");

        assertThat(proxied(route, "http://axb/")).isTrue();
        assertThat(proxied(route, "http://a.b/")).isFalse();
    }

    @Test
    void withoutAProxyNothingIsProxied() {
        ProxyRoute route = new ProxyRoute(null);

        assertThat(route.proxied(URI.create("https://example.org/"))).isFalse();
        assertThat(route.proxyAuthorization(URI.create("https://example.org/"))).isNull();
    }
}
