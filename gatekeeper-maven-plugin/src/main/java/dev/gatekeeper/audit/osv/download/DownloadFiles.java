package dev.gatekeeper.audit.osv.download;

import dev.gatekeeper.core.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The download's temporary file: in the copy's own directory (one file system, so the rename is atomic), made by
 * {@link AtomicFiles#newSibling} ({@code CREATE_NEW}, the umask applies), moved over the copy with
 * {@link AtomicFiles#moveOver} in one rename; and the leftovers of a killed download, which only this class names.
 */
final class DownloadFiles {
    private static final String TEMP_PREFIX = "." + OsvDatabaseDownload.DATABASE_FILE + ".";
    private static final String TEMP_SUFFIX = ".download";

    private DownloadFiles() {}

    static Path newTemporaryFile(Path directory) throws IOException {
        return AtomicFiles.newSibling(directory, OsvDatabaseDownload.DATABASE_FILE, TEMP_SUFFIX);
    }

    /** Temporary files of a build that was killed mid-download; only this class names files so. */
    static void removeLeftovers(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
