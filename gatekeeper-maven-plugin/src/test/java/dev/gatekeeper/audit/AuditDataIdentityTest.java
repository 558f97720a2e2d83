package dev.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.audit.AuditDataIdentity.FileContent;
import dev.gatekeeper.audit.AuditDataIdentity.FileStamp;
import dev.gatekeeper.audit.AuditDataIdentity.Value;
import dev.gatekeeper.audit.osv.OsvFixtures;
import dev.gatekeeper.audit.osv.OsvIndexCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What identifies the data an audit reads: a reused result is bound to it, and unknown data is never reused. */
class AuditDataIdentityTest {
    private static final Set<AuditEngine> DEPENDENCY_CHECK = EnumSet.of(AuditEngine.DEPENDENCY_CHECK);
    private static final Set<AuditEngine> OSV = EnumSet.of(AuditEngine.OSV);

    @TempDir
    Path dir;

    @Test
    void withoutAMirrorTheDependencyCheckDatabaseFileIsStampedAndOwnSuppressionsAreReadFromTheBasedir() {
        AuditDataIdentity identity = AuditDataIdentity.of(
                DEPENDENCY_CHECK, dir, List.of("dc-suppressions.xml"), " ", dir.resolve("data"), null);

        assertThat(identity.unknownBecause()).isNull();
        assertThat(identity.parts())
                .containsExactly(
                        new FileContent("dependency-check-suppressions-1", dir.resolve("dc-suppressions.xml")),
                        new FileStamp(
                                "dependency-check-database",
                                dir.resolve("data").resolve(VulnerabilityData.DATABASE_FILE)));
    }

    @Test
    void aRemoteOrClasspathSuppressionFileCannotBeTold() {
        assertThat(AuditDataIdentity.of(DEPENDENCY_CHECK, dir, List.of("https://example.org/s.xml"), null, dir, null)
                        .unknownBecause())
                .isEqualTo("Dependency-Check's suppression file https://example.org/s.xml is not a local file");
        assertThat(AuditDataIdentity.of(DEPENDENCY_CHECK, dir, List.of("classpath:s.xml"), null, dir, null)
                        .unknownBecause())
                .isEqualTo("Dependency-Check's suppression file classpath:s.xml is not a local file");
    }

    @Test
    void aMirrorIsIdentifiedByItsLastModifiedTime() throws Exception {
        Instant modified = Instant.parse("2026-11-24T00:26:44Z");
        Path feed = IntegrationTestFeeds.feed(modified).endYear(2026).writeTo(dir.resolve("feed"));

        AuditDataIdentity identity = AuditDataIdentity.of(
                DEPENDENCY_CHECK, dir, List.of(), feed.toUri().toString(), dir.resolve("data"), null);

        assertThat(identity.parts()).containsExactly(new Value("nvd-mirror", modified.toString()));
    }

    @Test
    void aMirrorWhoseVersionCannotBeReadIsNeverReused() {
        AuditDataIdentity identity = AuditDataIdentity.of(
                DEPENDENCY_CHECK,
                dir,
                List.of(),
                dir.resolve("no-mirror").toUri().toString(),
                dir.resolve("data"),
                null);

        assertThat(identity.unknownBecause()).isEqualTo("the NVD mirror's version cannot be read");
        assertThat(identity.parts()).isEmpty();
    }

    @Test
    void anOsvDatabaseIsIdentifiedByItsDigestAndAMissingOneIsNeverReused() throws Exception {
        Path database = OsvFixtures.zip(dir.resolve("all.zip"), Map.of("t.json", OsvFixtures.TEXT4SHELL));

        assertThat(AuditDataIdentity.of(OSV, dir, List.of(), null, dir, database)
                        .parts())
                .containsExactly(new Value("osv-database", OsvIndexCache.digestOf(database)));
        assertThat(AuditDataIdentity.of(OSV, dir, List.of(), null, dir, null).unknownBecause())
                .isEqualTo("no OSV database");
        assertThat(AuditDataIdentity.of(OSV, dir, List.of(), null, dir, dir.resolve("missing.zip"))
                        .unknownBecause())
                .isEqualTo("no OSV database");
    }

    @Test
    void anEngineNotSelectedAddsNothing() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        assertThat(AuditDataIdentity.of(
                                OSV,
                                dir,
                                List.of("https://example.org/s.xml"),
                                "https://mirror.invalid/",
                                dir.resolve("data"),
                                OsvFixtures.zip(dir.resolve("all.zip"), Map.of("t.json", OsvFixtures.TEXT4SHELL)))
                        .unknownBecause())
                .isNull();
    }
}
