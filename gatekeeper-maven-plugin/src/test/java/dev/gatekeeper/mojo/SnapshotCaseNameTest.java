package dev.gatekeeper.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A snapshot case's name becomes a directory under the snapshot directory: it must stay one directory. */
class SnapshotCaseNameTest {
    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "../etc", "a/b", "a\\b", "", "x y", "/abs", "...", ".hidden"})
    void aNameThatCouldLeaveTheSnapshotDirectoryIsRefused(String name) {
        assertThat(SnapshotCaseConfig.isValidName(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cli", "help-output", "v1.2", "a_b", "x..y"})
    void ordinaryNamesAreAccepted(String name) {
        assertThat(SnapshotCaseConfig.isValidName(name)).isTrue();
    }

    @Test
    void noNameIsRefused() {
        assertThat(SnapshotCaseConfig.isValidName(null)).isFalse();
    }
}
