package dev.gatekeeper.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A configured snapshot case's rules and defaults, without Maven. */
class SnapshotCaseRulesTest {
    private static final Path BASEDIR = Path.of("/work/module");
    private static final Path ROOT = Path.of("/work");

    @Test
    void aNameThatIsNotADirectoryNameIsRefusedAndNamed() {
        assertThat(SnapshotCaseRules.name("cli-json", "entry 1")).isEqualTo("cli-json");
        assertThatThrownBy(() -> SnapshotCaseRules.name("..", "snapshot <snapshots> entry 2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "snapshot <snapshots> entry 2 needs a <name> of letters, digits, '.', '_' and '-', not starting with '.' (was '..')");
        assertThatThrownBy(() -> SnapshotCaseRules.name(null, "entry 1")).hasMessageNotContaining("was");
    }

    @Test
    void theProfileOverrideIsRelativeToTheExecutionRootAndWinsOverTheCasesOwn() {
        assertThat(SnapshotCaseRules.profile("fixtures/other", ROOT, "src/profile", BASEDIR, "case"))
                .isEqualTo(Path.of("/work/fixtures/other"));
        assertThat(SnapshotCaseRules.profile(" ", ROOT, "src/../profile", BASEDIR, "case"))
                .isEqualTo(Path.of("/work/module/profile"));
        assertThatThrownBy(() -> SnapshotCaseRules.profile(null, ROOT, "", BASEDIR, "snapshot case 'a'"))
                .hasMessage("snapshot case 'a' has no <profile>; name the fixture directory the product scans, "
                        + "or pass -Dgatekeeper.profile=<dir>");
    }

    @Test
    void theFormatIsConfiguredOrJsonForAJsonFileOrASchemaAndTextOtherwise() {
        assertThat(SnapshotCaseRules.format(" Json ", null, false, "c")).isEqualTo(SnapshotCase.Format.JSON);
        assertThat(SnapshotCaseRules.format(null, Path.of("out.json"), false, "c"))
                .isEqualTo(SnapshotCase.Format.JSON);
        assertThat(SnapshotCaseRules.format(null, null, true, "c")).isEqualTo(SnapshotCase.Format.JSON);
        assertThat(SnapshotCaseRules.format(null, Path.of("out.txt"), false, "c"))
                .isEqualTo(SnapshotCase.Format.TEXT);
        assertThatThrownBy(() -> SnapshotCaseRules.format("yaml", null, false, "snapshot case 'a'"))
                .hasMessage("snapshot case 'a' has <format>yaml</format>; use json or text");
    }

    @Test
    void theDefaultSnapshotFileIsNamedAfterTheCaseAndTheProfile() {
        Path profile = Path.of("/work/module/src/profile");
        assertThat(SnapshotCaseRules.snapshotFile(
                        null, Path.of("/work/module/snapshots"), "cli", profile, SnapshotCase.Format.JSON))
                .isEqualTo(Path.of("/work/module/snapshots/cli/profile.json"));
        assertThat(SnapshotCaseRules.snapshotFile(
                        Path.of("/x/mine.txt"), Path.of("/s"), "cli", profile, SnapshotCase.Format.TEXT))
                .isEqualTo(Path.of("/x/mine.txt"));
    }

    @Test
    void aReplacementNeedsAPatternThatCompiles() {
        assertThat(SnapshotCaseRules.replacements(
                        List.of(new SnapshotCaseRules.ReplacementRule("(\\d+)ms", null)), "c"))
                .singleElement()
                .satisfies(replacement -> {
                    assertThat(replacement.pattern().pattern()).isEqualTo("(\\d+)ms");
                    assertThat(replacement.with()).isEmpty();
                });
        assertThatThrownBy(() -> SnapshotCaseRules.replacements(
                        List.of(new SnapshotCaseRules.ReplacementRule("", "x")), "snapshot case 'a'"))
                .hasMessage("snapshot case 'a' has a <replacement> without a <pattern>");
        assertThatThrownBy(() -> SnapshotCaseRules.replacements(
                        List.of(new SnapshotCaseRules.ReplacementRule("(", "x")), "snapshot case 'a'"))
                .hasMessageStartingWith(
                        "snapshot case 'a' has a <replacement> whose <pattern> is not a regular expression: ")
                .hasMessageEndingWith(" in '('");
    }
}
