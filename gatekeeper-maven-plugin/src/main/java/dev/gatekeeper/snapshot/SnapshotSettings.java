package dev.gatekeeper.snapshot;

import dev.gatekeeper.core.CommandSpec;
import dev.gatekeeper.core.DisplayPaths;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What every snapshot case of a module shares.
 *
 * @param executionRoot      where the build was started; paths in findings are shown relative to it,
 *                           and a fixture profile must lie inside it
 * @param moduleDirectory    the module's base directory
 * @param snapshotDirectory  committed snapshots live here; an update never writes outside it
 * @param outputDirectory    where runs, logs and full diffs go ({@code target/gatekeeper/snapshot})
 * @param live               the profile is live data: prove health, validity and determinism only
 * @param update             rewrite the committed snapshots with the current output
 * @param maxOutputBytes     larger output is cut and reported rather than loaded whole
 * @param maxCommandOutputBytes a run whose output (the product's output and its standard error) grows past
 *                           this is stopped and fails ({@code gatekeeper.commands.maxOutputMegabytes})
 */
public record SnapshotSettings(
        Path executionRoot,
        Path moduleDirectory,
        Path snapshotDirectory,
        Path outputDirectory,
        boolean live,
        boolean update,
        long maxOutputBytes,
        long maxCommandOutputBytes) {

    public static final long DEFAULT_MAX_OUTPUT_BYTES = 16L * 1024 * 1024;
    public static final String UPDATE_COMMAND = "mvn verify -Pmerge-ready -Dgatekeeper.snapshot.update";

    public SnapshotSettings {
        Objects.requireNonNull(executionRoot, "executionRoot");
        Objects.requireNonNull(moduleDirectory, "moduleDirectory");
        Objects.requireNonNull(snapshotDirectory, "snapshotDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        if (maxOutputBytes <= 0) {
            throw new IllegalArgumentException("maxOutputBytes must be positive, was " + maxOutputBytes);
        }
        if (maxCommandOutputBytes <= 0) {
            throw new IllegalArgumentException("maxCommandOutputBytes must be positive, was " + maxCommandOutputBytes);
        }
    }

    /** Settings with the default cap on a run's output. */
    public SnapshotSettings(
            Path executionRoot,
            Path moduleDirectory,
            Path snapshotDirectory,
            Path outputDirectory,
            boolean live,
            boolean update,
            long maxOutputBytes) {
        this(
                executionRoot,
                moduleDirectory,
                snapshotDirectory,
                outputDirectory,
                live,
                update,
                maxOutputBytes,
                CommandSpec.DEFAULT_MAX_OUTPUT_BYTES);
    }

    /** {@code path} as findings show it: relative to the execution root when inside it, '/' separated. */
    public String display(Path path) {
        return DisplayPaths.relativeTo(executionRoot, path);
    }
}
