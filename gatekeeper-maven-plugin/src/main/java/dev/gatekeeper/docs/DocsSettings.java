package dev.gatekeeper.docs;

import dev.gatekeeper.core.DisplayPaths;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the docs gate checks, and how.
 *
 * @param repositoryRoot  the git work tree (or the execution root outside git): links must stay inside
 *                        it, paths starting with '/' are resolved against it, findings name files relative to it
 * @param docsDirectory   include and exclude globs are relative to it (the module's base directory)
 * @param includes        globs of the Markdown files to check
 * @param excludes        globs of files not to check, even if included
 * @param ignoredPaths    path references starting with one of these are generated output and never checked
 * @param surfaces        the configured surfaces, by name
 * @param outputDirectory where diffs and command logs go ({@code target/gatekeeper/docs})
 * @param update          rewrite stale surface blocks in place
 * @param coverage        every CLI option and plugin parameter of the surfaces must be mentioned in the docs
 * @param pathsConfigured whether the module configured its doc paths itself; when they are the defaults
 *                        or inherited from a parent, a module without Markdown is SKIPPED, not warned about
 */
public record DocsSettings(
        Path repositoryRoot,
        Path docsDirectory,
        List<String> includes,
        List<String> excludes,
        List<String> ignoredPaths,
        List<Surface> surfaces,
        Path outputDirectory,
        boolean update,
        boolean coverage,
        boolean pathsConfigured) {

    public static final String UPDATE_COMMAND = "mvn verify -Pmerge-ready -Dgatekeeper.docs.update";
    public static final List<String> DEFAULT_INCLUDES = List.of("*.md", "docs/**/*.md");
    public static final List<String> DEFAULT_IGNORED_PATHS = List.of("target/");

    public DocsSettings {
        repositoryRoot = Objects.requireNonNull(repositoryRoot, "repositoryRoot")
                .toAbsolutePath()
                .normalize();
        docsDirectory = Objects.requireNonNull(docsDirectory, "docsDirectory")
                .toAbsolutePath()
                .normalize();
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        ignoredPaths = ignoredPaths == null ? DEFAULT_IGNORED_PATHS : List.copyOf(ignoredPaths);
        surfaces = surfaces == null ? List.of() : List.copyOf(surfaces);
        Set<String> names = new LinkedHashSet<>();
        for (Surface surface : surfaces) {
            if (!names.add(surface.name())) {
                throw new IllegalArgumentException("two surfaces are named '" + surface.name() + "'");
            }
        }
    }

    /** Settings whose doc paths count as configured when {@code includes} are given. */
    public DocsSettings(
            Path repositoryRoot,
            Path docsDirectory,
            List<String> includes,
            List<String> excludes,
            List<String> ignoredPaths,
            List<Surface> surfaces,
            Path outputDirectory,
            boolean update,
            boolean coverage) {
        this(
                repositoryRoot,
                docsDirectory,
                includes,
                excludes,
                ignoredPaths,
                surfaces,
                outputDirectory,
                update,
                coverage,
                includes != null && !includes.isEmpty());
    }

    /** {@code path} as findings show it: relative to the repository root, '/' separated. */
    public String display(Path path) {
        return DisplayPaths.relativeTo(repositoryRoot, path);
    }

    public Surface surface(String name) {
        return surfaces.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    public List<String> surfaceNames() {
        return surfaces.stream().map(Surface::name).toList();
    }
}
