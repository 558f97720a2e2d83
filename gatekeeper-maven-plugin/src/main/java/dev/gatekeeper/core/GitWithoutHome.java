package dev.gatekeeper.core;

import java.io.File;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Keeps JGit from writing to the user's home. JGit measures each file system's timestamp resolution and
 * saves it in its own configuration file, {@code ~/.config/jgit/config} (under {@code XDG_CONFIG_HOME});
 * without a writable home that save logs "Creating lock file" errors. Gatekeeper only reads repositories,
 * so that configuration is kept in memory here: never read from disk, never written. The measurement is
 * therefore repeated in every build, and it takes seconds (3 s on the CI machine's ext4, where it waits for
 * file times to tick over): it is made in the background, and until it ends JGit assumes the coarsest
 * resolution (2 s), which only makes it compare the content of files changed within 2 s of the index — slower
 * for those few, never wrong. Everything else, including the user's and the
 * system's git configuration (read for excludes and safe directories, never written by the read-only
 * calls Gatekeeper makes), is delegated to the reader that was installed before.
 *
 * <p>Installed once, process-wide ({@link SystemReader} is a static of JGit): the plugin's class realm
 * has its own copy of JGit, so other plugins and Maven itself are not affected; installing only around
 * our calls would race with the background gates that read git at the same time.
 */
final class GitWithoutHome extends SystemReader.Delegate {
    private GitWithoutHome(SystemReader delegate) {
        super(delegate);
    }

    /** Installs the reader unless it already is; safe to call from any thread, any number of times. */
    static synchronized void install() {
        SystemReader current = SystemReader.getInstance();
        if (!(current instanceof GitWithoutHome)) {
            SystemReader.setInstance(new GitWithoutHome(current));
            FS.FileStoreAttributes.setBackground(true);
        }
    }

    @Override
    public FileBasedConfig openJGitConfig(Config parent, FS fs) {
        return new InMemoryConfig(parent, fs);
    }

    /** A configuration with no file behind it: loading finds it empty, saving keeps it in memory. */
    private static final class InMemoryConfig extends FileBasedConfig {
        InMemoryConfig(Config parent, FS fs) {
            super(parent, (File) null, fs);
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
