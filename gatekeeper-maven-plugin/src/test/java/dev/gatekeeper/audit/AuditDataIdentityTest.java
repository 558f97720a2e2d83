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
    void anOsvDirectoryInTheWorkingCopyIsIdentifiedByContentSoTwoClonesOfOneCommitAgree() throws Exception {
        List<String> identities = new java.util.ArrayList<>();
        long time = 1_000_000_000_000L;
        for (String clone : List.of("clone-a", "clone-b")) {
            Path database = Files.createDirectories(dir.resolve(clone).resolve("osv-db"));
            Path advisory = Files.writeString(database.resolve("t.json"), OsvFixtures.TEXT4SHELL);
            // a checkout stamps each file with the time it wrote it
            Files.setLastModifiedTime(advisory, java.nio.file.attribute.FileTime.fromMillis(time += 60_000));
            AuditDataIdentity identity = AuditDataIdentity.of(OSV, dir.resolve(clone), List.of(), null, dir, database);
            assertThat(identity.parts()).singleElement().isEqualTo(new FileContent("osv-database", database));
            identities.add(dev.gatekeeper.core.Digests.sha256Tree(database));
        }

        assertThat(identities.get(1)).isEqualTo(identities.get(0));
        Path outside = Files.createDirectories(dir.resolve("opt/osv"));
        Files.writeString(outside.resolve("t.json"), OsvFixtures.TEXT4SHELL);
        assertThat(AuditDataIdentity.of(OSV, dir.resolve("clone-a"), List.of(), null, dir, outside)
                        .parts())
                .as("a database outside the working copy keeps the index cache's fast digest")
                .containsExactly(new Value("osv-database", OsvIndexCache.digestOf(outside)));
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
