package dev.gatekeeper.core;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.FileSystems;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Keeps JGit from writing to the user's home. JGit measures each file system's timestamp resolution and
 * saves it in its own configuration file, {@code ~/.config/jgit/config} (under {@code XDG_CONFIG_HOME});
 * without a writable home that save logs "Creating lock file" errors. Gatekeeper only reads repositories,
 * so that configuration is kept in memory here: never read from disk, never written. Measuring in every
 * build would take seconds (3 s on the CI machine's ext4, where it waits for file times to tick over) and
 * writes probe files into the user's {@code .git/objects}; in the background, a build that ends first makes
 * JGit log an error with a stack trace when its probe is removed at exit. So nothing is measured: the
 * in-memory configuration gives every file store JGit's own fallback attributes under JGit's documented key
 * ({@code filesystem.<java vendor>|<java version>|<file store>}), the coarsest resolution (2 s). That only
 * makes JGit compare the content of files changed within 2 s of the index: slower for those few, never wrong.
 * Everything else, including the user's and the
 * system's git configuration (read for excludes and safe directories, never written by the read-only
 * calls Gatekeeper makes), is delegated to the reader that was installed before.
 *
 * <p>Installed once, process-wide ({@link SystemReader} is a static of JGit): the plugin's class realm
 * has its own copy of JGit, so other plugins and Maven itself are not affected; installing only around
 * our calls would race with the background gates that read git at the same time.
 */
final class GitWithoutHome extends SystemReader.Delegate {
    private static final String FILESYSTEM = "filesystem";

    private GitWithoutHome(SystemReader delegate) {
        super(delegate);
    }

    /** Installs the reader unless it already is; safe to call from any thread, any number of times. */
    static synchronized void install() {
        SystemReader current = SystemReader.getInstance();
        if (!(current instanceof GitWithoutHome)) {
            SystemReader.setInstance(new GitWithoutHome(current));
            // for a file store mounted after this (not in the configuration): never wait for its measurement
            FS.FileStoreAttributes.setBackground(true);
        }
    }

    @Override
    public FileBasedConfig openJGitConfig(Config parent, FS fs) {
        return new InMemoryConfig(parent, fs);
    }

    /**
     * JGit's fallback timestamp resolution and racy interval for every file store of the default file system,
     * where JGit looks them up before measuring ({@code FS.FileStoreAttributes}, key as JGit builds it).
     */
    static void presetFileStoreAttributes(Config config) {
        String javaPrefix = System.getProperty("java.vendor") + '|' + System.getProperty("java.version") + '|';
        FS.FileStoreAttributes fallback = FS.FileStoreAttributes.FALLBACK_FILESTORE_ATTRIBUTES;
        for (FileStore store : FileSystems.getDefault().getFileStores()) {
            String key = javaPrefix + storeKey(store);
            config.setString(
                    FILESYSTEM,
                    key,
                    "timestampResolution",
                    fallback.getFsTimestampResolution().toNanos() + " nanoseconds");
            config.setString(
                    FILESYSTEM,
                    key,
                    "minRacyThreshold",
                    fallback.getMinimalRacyInterval().toNanos() + " nanoseconds");
        }
    }

    /** On Windows JGit names a file store by its volume serial number, elsewhere by its name. */
    private static String storeKey(FileStore store) {
        if (SystemReader.getInstance().isWindows()) {
            try {
                Object serial = store.getAttribute("volume:vsn");
                if (serial instanceof Integer) {
                    return serial.toString();
                }
            } catch (IOException | UnsupportedOperationException e) {
                // as JGit: fall back to the name
            }
        }
        return store.name();
    }

    /** A configuration with no file behind it: loading finds it empty, saving keeps it in memory. */
    private static final class InMemoryConfig extends FileBasedConfig {
        InMemoryConfig(Config parent, FS fs) {
            super(parent, (File) null, fs);
            presetFileStoreAttributes(this);
        }

        @Override
        public void load() {
            // Nothing on disk to read.
        }

        @Override
        public void save() {
            // Kept in memory: Gatekeeper writes nothing to the user's home.
        }

        @Override
        public boolean isOutdated() {
            return false;
        }

        @Override
        public String toString() {
            return "in-memory jgit configuration";
        }
    }
}
