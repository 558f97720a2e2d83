package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitWithoutHomeTest {
    @TempDir
    Path temp;

    @Test
    void readingACheckoutKeepsJGitsOwnConfigurationOffTheUsersHome() throws Exception {
        try (ScratchRepository repository = ScratchRepository.init(temp)) {
            repository.write("README.md", "hello\n");
            repository.commitAll("first");
        }
        try (GitCheckout checkout = GitCheckout.find(temp).orElseThrow()) {
            assertThat(checkout.headCommit()).isPresent();
        }

        StoredConfig jgit = SystemReader.getInstance().getJGitConfig();
        assertThat(jgit).isInstanceOf(FileBasedConfig.class);
        // By default ~/.config/jgit/config, where JGit saves each file system's timestamp resolution.
        assertThat(((FileBasedConfig) jgit).getFile())
                .as("the file behind JGit's own configuration")
                .isNull();
        jgit.setString("filesystem", "probe", "timestampResolution", "1 nanoseconds");
        jgit.save();
        assertThat(SystemReader.getInstance().getJGitConfig().getString("filesystem", "probe", "timestampResolution"))
                .isEqualTo("1 nanoseconds");
    }

    @Test
    void installingTwiceKeepsOneReader() {
        GitWithoutHome.install();
        SystemReader first = SystemReader.getInstance();
        GitWithoutHome.install();
        assertThat(SystemReader.getInstance()).isSameAs(first).isInstanceOf(GitWithoutHome.class);
    }

    @Test
    void jgitFindsTheFileStoresAttributesConfiguredSoItWritesNoProbeFilesIntoTheRepository() throws Exception {
        // Before measuring a file store (probe files in .git/objects, seconds, an error logged when the JVM
        // exits first), JGit looks its attributes up in its configuration; this is that lookup, JGit's own.
        GitWithoutHome.install();
        Method lookup = FS.FileStoreAttributes.class.getDeclaredMethod("readFromConfig", FileStore.class);
        lookup.setAccessible(true);

        Optional<?> found = (Optional<?>) lookup.invoke(null, Files.getFileStore(temp));

        assertThat(found)
                .as("the attributes JGit finds configured for %s", temp)
                .isPresent();
        FS.FileStoreAttributes attributes = (FS.FileStoreAttributes) found.orElseThrow();
        FS.FileStoreAttributes fallback = FS.FileStoreAttributes.FALLBACK_FILESTORE_ATTRIBUTES;
        assertThat(attributes.getFsTimestampResolution()).isEqualTo(fallback.getFsTimestampResolution());
        assertThat(attributes.getMinimalRacyInterval()).isEqualTo(fallback.getMinimalRacyInterval());
    }
}
