package dev.gatekeeper.audit.osv.download;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The lines a long download reports: none for the first {@code after}, then one every {@code every} with the
 * bytes so far, the total when announced, and the rate; at the end one line with size and time.
 */
final class DownloadProgress {
    private final Consumer<String> progress;
    private final long afterNanos;
    private final long everyNanos;
    private final long start = System.nanoTime();
    private long lastReport = Long.MIN_VALUE;

    DownloadProgress(Consumer<String> progress, Duration after, Duration every) {
        this.progress = progress;
        this.afterNanos = after.toNanos();
        this.everyNanos = every.toNanos();
    }

    /** Called now and then while the body arrives; reports when a line is due. */
    void tick(long bytes, long total) {
        long now = System.nanoTime();
        if (now - start < afterNanos || (lastReport != Long.MIN_VALUE && now - lastReport < everyNanos)) {
            return;
        }
        lastReport = now;
        String rate = megabytes(bytes / Math.max(seconds(now - start), 0.001)) + "/s";
        progress.accept("downloading the OSV database: " + megabytes(bytes)
                + (total >= 0 ? " of " + megabytes(total) : "") + " (" + rate + ")");
    }

    void done(long bytes) {
        progress.accept("downloaded the OSV database: " + megabytes(bytes) + " in "
                + String.format(Locale.ROOT, "%.1f s", seconds(System.nanoTime() - start)));
    }

    static String megabytes(double bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024 * 1024));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
