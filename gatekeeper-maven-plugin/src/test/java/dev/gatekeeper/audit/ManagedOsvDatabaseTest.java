package dev.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatekeeper.audit.osv.download.OsvDatabaseDownload;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The managed database's URL as configured and as the log and evidence show it. */
class ManagedOsvDatabaseTest {
    @Test
    void noUrlIsOsvDevsMavenExport() {
        assertThat(ManagedOsvDatabase.url(null)).isEqualTo(OsvDatabaseDownload.DEFAULT_URL);
        assertThat(ManagedOsvDatabase.url(" ")).isEqualTo(OsvDatabaseDownload.DEFAULT_URL);
    }

    @Test
    void aUrlThatIsNoHttpUrlIsRejectedNamingThePropertyWithoutItsPassword() {
        assertThatThrownBy(() -> ManagedOsvDatabase.url("file:///srv/osv/all.zip"))
                .hasMessageContaining("gatekeeper.audit.osv.url 'file:///srv/osv/all.zip' must be an http(s) URL")
                .hasMessageContaining("gatekeeper.audit.osv.database");
        assertThatThrownBy(() -> ManagedOsvDatabase.url("ftp://ci:s3cret@mirror/all.zip"))
                .hasMessageContaining("'ftp://mirror/all.zip'")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> ManagedOsvDatabase.url("https://mirror/a b.zip"))
                .hasMessageContaining("is not a URL");
    }

    @Test
    void theLineShowsTheUrlWithoutCredentialsTheFetchTimeToTheMinuteTheOutcomeAndTheNewestAdvisory() {
        ManagedOsvDatabase managed = new ManagedOsvDatabase(
                URI.create("https://ci:s3cret@repo.example.com/osv/all.zip"),
                Path.of("cache"),
                new OsvDatabaseDownload.Copy(
                        Path.of("cache/all.zip"),
                        OsvDatabaseDownload.Outcome.NOT_MODIFIED,
                        URI.create("https://repo.example.com/osv/all.zip"),
                        Instant.parse("2026-12-06T08:01:37Z"),
                        Instant.parse("2026-12-06T19:00:00Z"),
                        "\"abc\"",
                        null,
                        1234,
                        "00ff",
                        null),
                null);

        assertThat(managed.describe(Instant.parse("2026-12-05T22:10:00Z")))
                .isEqualTo("OSV database https://repo.example.com/osv/all.zip, fetched 2026-12-06T08:01Z"
                        + " (not modified since), newest advisory 2026-12-05");
        assertThat(managed.displayUrl()).doesNotContain("s3cret");
    }

    @Test
    void aQueryThatMayCarryATokenIsNotShown() {
        assertThat(ManagedOsvDatabase.redact("https://repo.example.com/osv/all.zip?token=s3cret&x=1"))
                .isEqualTo("https://repo.example.com/osv/all.zip?…");
        assertThat(ManagedOsvDatabase.redact("https://u:p@repo.example.com/all.zip"))
                .isEqualTo("https://repo.example.com/all.zip");
    }
}
