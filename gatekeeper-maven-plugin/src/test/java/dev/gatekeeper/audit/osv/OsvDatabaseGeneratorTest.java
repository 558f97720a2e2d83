package dev.gatekeeper.audit.osv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.audit.OsvScan;
import dev.gatekeeper.audit.VulnerableDependency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsvDatabaseGeneratorTest {
    private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");
    private static final List<String> REACTOR = IntStream.range(0, 100)
            .mapToObj(i -> "org.reactor" + i % 7 + ":lib-" + i + ":" + (1 + i % 4) + "." + i % 10 + ".0")
            .toList();

    @TempDir
    Path temp;

    @Test
    void everyGeneratedAdvisoryParsesAndTheCountsAreThoseAsked() throws Exception {
        Path zip = temp.resolve("osv.zip");
        OsvDatabaseGenerator.Written written = new OsvDatabaseGenerator(7, REACTOR, NOW, false).writeZip(zip, 2_000);

        OsvDatabase database = OsvDatabase.read(zip);

        assertThat(database.problems()).isEmpty();
        assertThat(database.advisoriesSkipped()).isZero();
        assertThat(database.advisoriesRead()).isEqualTo(2_000);
        assertThat(written.advisories()).isEqualTo(2_000);
        assertThat(database.withdrawn()).isEqualTo(written.withdrawn()).isBetween(10, 100);
        assertThat(database.advisories()).hasSize(2_000 - written.withdrawn());
        assertThat(database.dataUpdatedAt()).isEqualTo(NOW.minusSeconds(3 * 3600));
    }

    @Test
    void aFewPercentNameTheReactorAndSomeOfThoseHitItsVersions() throws Exception {
        Path zip = temp.resolve("osv.zip");
        OsvDatabaseGenerator.Written written = new OsvDatabaseGenerator(7, REACTOR, NOW, false).writeZip(zip, 2_000);
        OsvIndex index = OsvIndex.of(OsvDatabase.read(zip), "digest");

        List<VulnerableDependency> found = OsvScan.scan(index, OsvBenchmark.coordinates(writeLines(REACTOR)));

        assertThat(written.namingReactor()).isBetween(40, 120);
        assertThat(found).isNotEmpty();
        int hits = found.stream()
                .mapToInt(dependency -> dependency.vulnerabilities().size())
                .sum();
        assertThat(hits).isLessThan(written.namingReactor()).isGreaterThan(written.namingReactor() / 4);
        assertThat(found.get(0).vulnerabilities().get(0).id()).matches("GHSA(-[2-9cfghjmpqrvwx]{4}){3}");
    }

    @Test
    void theSameSeedWritesTheSameDatabase() throws Exception {
        Path first = temp.resolve("a.zip");
        Path second = temp.resolve("b.zip");
        new OsvDatabaseGenerator(7, REACTOR, NOW, false).writeZip(first, 300);
        new OsvDatabaseGenerator(7, REACTOR, NOW, false).writeZip(second, 300);

        assertThat(OsvIndex.of(OsvDatabase.read(first), "d")).isEqualTo(OsvIndex.of(OsvDatabase.read(second), "d"));
    }

    @Test
    void theNvdTwinHoldsOneCvePerAliasedAdvisory() throws Exception {
        OsvDatabaseGenerator generator = new OsvDatabaseGenerator(7, REACTOR, NOW, true);
        OsvDatabaseGenerator.Written written = generator.writeZip(temp.resolve("osv.zip"), 500);
        generator.writeNvd(temp.resolve("nvd"));

        assertThat(written.nvdCves()).isBetween(400, 480);
        assertThat(temp.resolve("nvd/cache.properties")).exists();
        assertThat(Files.list(temp.resolve("nvd"))
                        .filter(p -> p.toString().endsWith(".json.gz"))
                        .count())
                .isGreaterThan(10);
        assertThat(OsvDatabaseGenerator.cpe("org.apache.commons:commons-text"))
                .isEqualTo("cpe:2.3:a:apache:commons_text:*:*:*:*:*:*:*:*");
    }

    private Path writeLines(List<String> lines) throws Exception {
        return Files.write(temp.resolve("dependencies.txt"), lines);
    }
}
