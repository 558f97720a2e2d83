package dev.gatekeeper.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.release.SnapshotReference.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SnapshotReferences}: what counts as a reference a release cannot pin, and where it is reported. */
class SnapshotReferencesTest {
    @TempDir
    Path root;

    @Test
    void snapshotsTimestampedSnapshotsAndRangesCountReleasesAndUnresolvedExpressionsDoNot() {
        assertThat(SnapshotReferences.isUnreleasable("1.0-SNAPSHOT")).isTrue();
        assertThat(SnapshotReferences.isUnreleasable("3.0-20260101.101010-3")).isTrue();
        assertThat(SnapshotReferences.isUnreleasable("[1.0,2.0)")).isTrue();
        assertThat(SnapshotReferences.isUnreleasable("(,2.0]")).isTrue();
        assertThat(SnapshotReferences.isUnreleasable("1.0")).isFalse();
        assertThat(SnapshotReferences.isUnreleasable("${nope}")).isFalse();
        assertThat(SnapshotReferences.isUnreleasable(null)).isFalse();
    }

    @Test
    void aVersionSetInAReactorPomIsReportedOnceAtItsLineAndOneSetElsewhereOncePerModule() {
        Path parentPom = root.resolve("pom.xml");
        SnapshotReferences found = new SnapshotReferences(
                List.of("com.example:app:1.0-SNAPSHOT"), List.of(parentPom, root.resolve("a/pom.xml")));
        for (String module : List.of("a", "b")) {
            Path pom = root.resolve(module).resolve("pom.xml");
            found.add(Kind.DEPENDENCY, module, pom, "com.example", "lib", "2.0-SNAPSHOT", null, parentPom, 17, null);
            found.add(Kind.DEPENDENCY, module, pom, "com.example", "other", "2.0-SNAPSHOT", null, null, 0, null);
            found.add(Kind.DEPENDENCY, module, pom, "com.example", "app", "1.0-SNAPSHOT", null, null, 0, null);
        }

        assertThat(found.all())
                .extracting(r -> r.module() + " " + r.coordinates() + " " + root.relativize(r.file()) + ":" + r.line())
                .containsExactly(
                        "a com.example:lib pom.xml:17",
                        "a com.example:other a/pom.xml:null",
                        "b com.example:other b/pom.xml:null");
    }
}
