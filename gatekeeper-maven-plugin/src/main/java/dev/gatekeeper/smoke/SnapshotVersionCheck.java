package dev.gatekeeper.smoke;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.ShellWords;
import java.util.List;
import java.util.Locale;

/** A release-track merge must not carry a snapshot version. */
public final class SnapshotVersionCheck {
    private static final String SNAPSHOT = "SNAPSHOT";

    private SnapshotVersionCheck() {}

    /**
     * @param releaseTrack whether this run judges a merge into a release-track branch; otherwise a
     *                     snapshot is the normal state of development and nothing is reported
     */
    public static void check(String version, boolean releaseTrack, String pomFileShown, GateEvaluation evaluation) {
        if (!releaseTrack || !isSnapshot(version)) {
            return;
        }
        evaluation.add(Finding.of(
                        SmokeCodes.SNAPSHOT_VERSION,
                        GateStatus.HOLD,
                        "Version " + version + " is a snapshot; a release-track merge needs a release version")
                .withFile(pomFileShown, null)
                .withFix("Set a release version ("
                        + ShellWords.join(List.of("mvn", "versions:set", "-DnewVersion=" + releaseVersionOf(version)))
                        + ") before a release-track merge"));
    }

    /** As Maven decides it: the version ends in SNAPSHOT, in any case. */
    static boolean isSnapshot(String version) {
        return version != null && version.toUpperCase(Locale.ROOT).endsWith(SNAPSHOT);
    }

    /** 1.4.0-SNAPSHOT suggests 1.4.0; a bare SNAPSHOT suggests nothing better than X.Y.Z. */
    static String releaseVersionOf(String snapshot) {
        String release = snapshot.substring(0, snapshot.length() - SNAPSHOT.length());
        while (release.endsWith("-") || release.endsWith(".")) {
            release = release.substring(0, release.length() - 1);
        }
        return release.isEmpty() ? "X.Y.Z" : release;
    }
}
