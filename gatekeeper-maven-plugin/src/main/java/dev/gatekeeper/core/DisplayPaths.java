package dev.gatekeeper.core;

import java.nio.file.Path;

/** Paths as findings, logs and evidence show them. */
public final class DisplayPaths {
    private DisplayPaths() {}

    /** {@code path} relative to {@code root} when inside it, absolute otherwise; always '/' separated. */
    public static String relativeTo(Path root, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
