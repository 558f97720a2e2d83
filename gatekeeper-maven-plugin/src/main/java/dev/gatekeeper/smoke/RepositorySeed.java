package dev.gatekeeper.smoke;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a module's new clean repository may start from: the repository prepared at {@code initialize}
 * ({@link PreparedRepository}), or nothing.
 */
@FunctionalInterface
public interface RepositorySeed {
    /** No repository was prepared: every clean repository starts empty. */
    RepositorySeed NONE = (target, mavenHome, source) -> Optional.empty();

    /**
     * Fills the new, empty {@code target} from the prepared repository when one was prepared for a consumer
     * build of {@code mavenHome} on {@code source}, waiting for its preparation if it still runs.
     *
     * @return the line that says whether and how the prepared repository was used; empty when none was prepared
     */
    Optional<String> fill(CleanRepository target, Path mavenHome, ResolutionSource source) throws IOException;
}
