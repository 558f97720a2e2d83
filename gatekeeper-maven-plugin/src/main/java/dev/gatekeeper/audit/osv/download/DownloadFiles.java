package dev.gatekeeper.audit.osv.download;

import dev.gatekeeper.core.AtomicFiles;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * The download's temporary file: in the copy's own directory (one file system, so the rename is atomic), created
 * with {@code CREATE_NEW} and no explicit permissions (the umask applies), moved over the copy in one rename.
 */
final class DownloadFiles {
    private static final String TEMP_PREFIX = "." + OsvDatabaseDownload.DATABASE_FILE + ".";
    private static final String TEMP_SUFFIX = ".download";
    private static final SecureRandom RANDOM = new SecureRandom();

    private DownloadFiles() {}

    static Path newTemporaryFile(Path directory) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[8];
            RANDOM.nextBytes(random);
            Path temp = directory.resolve(TEMP_PREFIX + HexFormat.of().formatHex(random) + TEMP_SUFFIX);
            try {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                        .close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
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

    static void moveOver(Path temp, Path zip) throws IOException {
        if (Files.isSymbolicLink(zip)) {
            throw new AtomicFiles.SymbolicLinkException(zip);
        }
        try {
            Files.move(temp, zip, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, zip, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
