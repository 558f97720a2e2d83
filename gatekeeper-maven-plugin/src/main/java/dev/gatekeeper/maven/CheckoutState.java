package dev.gatekeeper.maven;

import dev.gatekeeper.core.GitCheckout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the verdict records and the guard checks again about the execution root's checkout: the
 * commit, whether the tree matches it, and where it is. All null outside git.
 *
 * @param commit    HEAD, or null
 * @param treeClean nothing modified, staged, deleted or untracked (ignored files do not count), or null
 * @param sourceUri "git+file:///..." of the work tree, or null; never the remote URL, which may carry credentials
 */
public record CheckoutState(String commit, Boolean treeClean, String sourceUri) {
    public static final CheckoutState UNKNOWN = new CheckoutState(null, null, null);

    public static CheckoutState of(Path executionRoot) throws IOException {
        Optional<GitCheckout> checkout = GitCheckout.find(executionRoot);
        if (checkout.isEmpty()) {
            return UNKNOWN;
        }
        try (GitCheckout git = checkout.get()) {
            return new CheckoutState(
                    git.headCommit().orElse(null),
                    git.changes(List.of()).isEmpty(),
                    "git+" + git.workTree().toUri());
        }
    }
}
