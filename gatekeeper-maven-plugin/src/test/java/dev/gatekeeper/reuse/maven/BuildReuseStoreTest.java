package dev.gatekeeper.reuse.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatekeeper.it.NginxDav;
import dev.gatekeeper.reuse.LocalDirectoryStore;
import dev.gatekeeper.reuse.ReuseStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.internal.impl.DefaultTransporterProvider;
import org.eclipse.aether.spi.connector.transport.TransporterProvider;
import org.eclipse.aether.transport.http.HttpTransporterFactory;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which store {@code gatekeeper.reuse.store} names, and a remote store's state shared by the goals of one build: one
 * failure ends its use for the build, a line is said once per build, no line shows the URL's user information.
 */
class BuildReuseStoreTest {
    private static final String KEY = "audit-" + "ab".repeat(32);
    private static final Map<String, String> NO_XDG = Map.of();

    @TempDir
    Path base;

    private final TransporterProvider transporters =
            new DefaultTransporterProvider().addTransporterFactory(new HttpTransporterFactory());

    @ParameterizedTest
    @ValueSource(strings = {"none", " NONE ", "None"})
    void noneInAnyCaseIsNoStore(String setting) {
        assertThat(choose(setting)).isInstanceOf(BuildReuseStore.None.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyIsTheUsersCacheDirectory(String setting) {
        assertThat(choose(setting)).isEqualTo(new BuildReuseStore.Local(Path.of("/home/u/.cache/gatekeeper/reuse")));
        assertThat(choose(null)).isEqualTo(new BuildReuseStore.Local(Path.of("/home/u/.cache/gatekeeper/reuse")));
    }

    @Test
    void aRelativeDirectoryIsUnderTheDirectoryMavenRunsInAndAnAbsoluteOneIsItself() {
        assertThat(choose("ci/store")).isEqualTo(new BuildReuseStore.Local(base.resolve("ci/store")));
        assertThat(choose("/var/cache/reuse")).isEqualTo(new BuildReuseStore.Local(Path.of("/var/cache/reuse")));
        assertThat(choose("file:///var/cache/reuse")).isEqualTo(new BuildReuseStore.Local(Path.of("/var/cache/reuse")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080/reuse/",
                "HTTP://127.0.0.1:8080/reuse/",
                "dav:http://127.0.0.1:8080/reuse/",
                "DAV:http://127.0.0.1:8080/reuse/"
            })
    void anHttpUrlWithOrWithoutTheWagonsDavPrefixIsARemoteStore(String setting) {
        BuildReuseStore.Choice choice = choose(setting);

        assertThat(choice).isInstanceOf(BuildReuseStore.Remote.class);
        assertThat(((BuildReuseStore.Remote) choice).url().toString()).endsWith("://127.0.0.1:8080/reuse/");
        assertThat(((BuildReuseStore.Remote) choice).url().toString()).doesNotStartWith("dav:");
    }

    @Test
    void anHttpsUrlWithUserInformationIsDescribedWithoutIt() {
        BuildReuseStore.Remote remote =
                (BuildReuseStore.Remote) choose("https://ci:s3cret@repo.example.com/raw/reuse/");

        assertThat(remote.url().getUserInfo()).isEqualTo("ci:s3cret");
        assertThat(remote.description()).isEqualTo("https://repo.example.com/raw/reuse/");
    }

    @Test
    void aUrlOfAnotherSchemeIsRefusedWithoutItsUserInformation() {
        assertThatThrownBy(() -> choose("s3://key:s3cret@bucket/reuse/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("s3://bucket/reuse/ is a URL of a scheme the store does not speak")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> choose("http://ci:s3cret@/reuse/"))
                .hasMessageContaining("names no host")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> choose("https://ci:s3cret@host/a path"))
                .hasMessageContaining("gatekeeper.reuse.store is not a URL")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void aStoreThatIsDownIsOneLineForTheWholeBuildAndNoLaterGoalAsksIt() throws Exception {
        MavenSession session = session();
        String url = "http://ci:s3cret@127.0.0.1:" + NginxDav.freePort() + "/reuse/";
        List<String> audit = new ArrayList<>();
        List<String> smoke = new ArrayList<>();

        ReuseStore first = BuildReuseStore.forGoal(session, transporters, url, null, audit::add)
                .orElseThrow();
        assertThat(first.get(KEY)).isEmpty();
        Optional<ReuseStore> later = BuildReuseStore.forGoal(session, transporters, url, null, smoke::add);

        assertThat(audit)
                .singleElement()
                .asString()
                .contains("the remote store http://127.0.0.1:")
                .contains("failed reading " + KEY + ".json")
                .contains("Connection refused")
                .doesNotContain("s3cret");
        assertThat(first.usable()).isFalse();
        assertThat(later).isEmpty();
        assertThat(smoke).isEmpty();
        // another build starts afresh
        assertThat(BuildReuseStore.forGoal(session(), transporters, url, null, smoke::add))
                .hasValueSatisfying(store -> assertThat(store.usable()).isTrue());
    }

    @Test
    void aNamedServerMissingFromTheSettingsIsSaidOncePerBuildNotPerGoal() {
        MavenSession session = session();
        String url = "http://127.0.0.1:" + 9 + "/reuse/";
        List<String> lines = new ArrayList<>();

        BuildReuseStore.forGoal(session, transporters, url, "team-store", lines::add);
        BuildReuseStore.forGoal(session, transporters, url, "team-store", lines::add);

        assertThat(lines)
                .singleElement()
                .asString()
                .startsWith("gatekeeper.reuse.storeServerId=team-store names no <server>");
    }

    @Test
    void withoutATransportFromMavenTheRemoteStoreIsNotUsedWithOneLine() {
        MavenSession session = session();
        List<String> lines = new ArrayList<>();

        assertThat(BuildReuseStore.forGoal(session, null, "https://ci:s3cret@h.example/r/", null, lines::add))
                .isEmpty();
        assertThat(BuildReuseStore.forGoal(session, null, "https://ci:s3cret@h.example/r/", null, lines::add))
                .isEmpty();

        assertThat(lines)
                .singleElement()
                .asString()
                .isEqualTo("the remote store https://h.example/r/ cannot be used (this Maven offers no transport to"
                        + " plugins); the gates run and record locally");
    }

    @Test
    void aBadSettingIsOneLineAndNoStore() {
        MavenSession session = session();
        List<String> lines = new ArrayList<>();

        assertThat(BuildReuseStore.forGoal(session, transporters, "ftp://u:pw@h/r/", null, lines::add))
                .isEmpty();
        assertThat(BuildReuseStore.forGoal(session, transporters, "ftp://u:pw@h/r/", null, lines::add))
                .isEmpty();

        assertThat(lines)
                .singleElement()
                .asString()
                .contains("ftp://h/r/")
                .contains("the gates run and record locally")
                .doesNotContain("pw@");
    }

    @Test
    void aDirectoryIsALocalStoreAndNoneIsNone() {
        List<String> lines = new ArrayList<>();

        assertThat(BuildReuseStore.forGoal(session(), transporters, "shared-store", null, lines::add))
                .hasValueSatisfying(store ->
                        assertThat(((LocalDirectoryStore) store).directory()).isEqualTo(base.resolve("shared-store")));
        assertThat(BuildReuseStore.forGoal(session(), transporters, "none", null, lines::add))
                .isEmpty();
        assertThat(lines).isEmpty();
    }

    private BuildReuseStore.Choice choose(String setting) {
        return BuildReuseStore.choose(setting, base, NO_XDG, "/home/u");
    }

    private MavenSession session() {
        DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setStartTime(new Date(1_760_000_000_000L));
        request.setBaseDirectory(base.toFile());
        DefaultRepositorySystemSession repository = new DefaultRepositorySystemSession();
        repository.setAuthenticationSelector(new DefaultAuthenticationSelector());
        repository.setProxySelector(new DefaultProxySelector());
        return new MavenSession(null, repository, request, new DefaultMavenExecutionResult());
    }
}
