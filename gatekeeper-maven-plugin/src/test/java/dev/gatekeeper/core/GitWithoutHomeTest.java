package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileBasedConfig;
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
}
