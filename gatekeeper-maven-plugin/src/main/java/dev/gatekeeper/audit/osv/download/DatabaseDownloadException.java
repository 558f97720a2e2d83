package dev.gatekeeper.audit.osv.download;

/**
 * No usable copy of the managed database: the download failed (or the build is offline) and nothing is
 * cached. The message names the URL or directory and what went wrong; the cache is left as it was.
 */
public final class DatabaseDownloadException extends Exception {
    public DatabaseDownloadException(String message) {
        super(message);
    }
}
