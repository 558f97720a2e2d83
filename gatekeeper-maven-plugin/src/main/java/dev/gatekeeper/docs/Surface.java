package dev.gatekeeper.docs;

import dev.gatekeeper.core.CommandSpec;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A generated surface a doc may embed between {@code <!-- gatekeeper:surface NAME -->} and
 * {@code <!-- /gatekeeper:surface -->}: a command's output, a Maven plugin's goals or parameters, or a file.
 *
 * @param name   what the markers refer to; letters, digits, '.', '_' and '-'
 * @param source where the surface's current content comes from
 */
public record Surface(String name, Source source) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+.#-]+");

    public Surface {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "surface name '" + name + "' may only contain letters, digits, '.', '_' and '-'");
        }
    }

    /** Where a surface's content comes from. */
    public sealed interface Source permits CommandSource, DescriptorSource, FileSource {}

    /**
     * The standard output of a command, for example a CLI's {@code --help}: a {@code text} code block, or
     * with {@code markdown} the output itself, for a command that prints Markdown (a generated table).
     */
    public record CommandSource(CommandSpec command, boolean markdown) implements Source {
        public CommandSource {
            Objects.requireNonNull(command, "command");
        }

        public CommandSource(CommandSpec command) {
            this(command, false);
        }
    }

    /**
     * A Maven plugin's generated descriptor ({@code META-INF/maven/plugin.xml}): its goals, or with
     * {@code goal} that goal's parameters.
     */
    public record DescriptorSource(Path descriptor, String goal) implements Source {
        public DescriptorSource {
            Objects.requireNonNull(descriptor, "descriptor");
            goal = goal == null || goal.isBlank() ? null : goal.trim();
        }
    }

    /** A file's contents, shown as a fenced code block in {@code language} (derived from the extension when null). */
    public record FileSource(Path file, String language) implements Source {
        public FileSource {
            Objects.requireNonNull(file, "file");
            language = language == null || language.isBlank() ? null : language.trim();
            if (language != null && !LANGUAGE.matcher(language).matches()) {
                throw new IllegalArgumentException("language '" + language + "' is not a code block language name");
            }
        }
    }
}
