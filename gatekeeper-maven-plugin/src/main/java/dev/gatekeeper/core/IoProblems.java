package dev.gatekeeper.core;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What went wrong with a file, in words a user reads after the file's own name: never the exception's
 * class ({@code java.nio.file.NoSuchFileException: /x}), which is a stack trace's first line.
 */
public final class IoProblems {
    /** The class names wrapping exceptions put in front of their cause's message. */
    private static final Pattern CLASS_NAME =
            Pattern.compile("(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ?");

    private IoProblems() {}

    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "an I/O error" : withoutClassNames(message);
    }

    /** Every distinct message down the cause chain, outermost first, joined by ": ", without class names. */
    public static String describeChain(Throwable e) {
        List<String> messages = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            String message = t.getMessage() == null
                    ? ""
                    : withoutClassNames(t.getMessage()).strip();
            if (!message.isEmpty() && messages.stream().noneMatch(outer -> outer.contains(message))) {
                messages.add(message);
            }
        }
        return messages.isEmpty() ? "an I/O error" : String.join(": ", messages);
    }

    private static String withoutClassNames(String message) {
        return CLASS_NAME.matcher(message).replaceAll("");
    }
}
