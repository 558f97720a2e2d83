package dev.gatekeeper.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a profile directory may be run. A fixture profile (committed test input) must stay inside the
 * project, by its path and by its real path, so that a snapshot never depends on files outside the
 * checkout. A live profile is the user's real data and may be anywhere.
 */
public final class ProfileCheck {
    private ProfileCheck() {}

    /**
     * @param profile     as configured; a relative path is resolved against {@code projectRoot}
     * @param projectRoot the module (or execution root) the profile belongs to; must exist
     * @param live        true for the user's real data, false for a fixture profile
     * @return null when the profile can be used, otherwise the problem
     */
    public static ProfileProblem check(Path profile, Path projectRoot, boolean live) {
        Path root = projectRoot.toAbsolutePath().normalize();
        Path resolved = root.resolve(profile).normalize();
        if (!live && !resolved.startsWith(root)) {
            return new ProfileProblem(
                    SnapshotCodes.PROFILE_ESCAPES_PROJECT.code(),
                    "fixture profile " + profile
                            + " resolves to " + resolved + ", which is outside the project " + root
                            + "; keep fixture profiles inside the project or mark the profile as live");
        }
        if (!Files.exists(resolved)) {
            return new ProfileProblem(
                    SnapshotCodes.PROFILE_MISSING.code(),
                    "profile " + profile + " does not exist (resolved to " + resolved + ")");
        }
        if (!Files.isDirectory(resolved)) {
            return new ProfileProblem(
                    SnapshotCodes.PROFILE_NOT_A_DIRECTORY.code(),
                    "profile " + profile + " is not a directory (resolved to " + resolved + ")");
        }
        if (live) {
            return null;
        }
        Path realProfile = realPath(resolved);
        Path realRoot = realPath(root);
        if (!realProfile.startsWith(realRoot)) {
            return new ProfileProblem(
                    SnapshotCodes.PROFILE_ESCAPES_PROJECT.code(),
                    "fixture profile " + profile
                            + " (resolved to " + resolved + ") has the real path " + realProfile
                            + " (symbolic links followed), which is outside the project " + realRoot
                            + "; copy the fixture into the project or mark the profile as live");
        }
        return null;
    }

    private static Path realPath(Path existing) {
        try {
            return existing.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve the real path of " + existing, e);
        }
    }
}
