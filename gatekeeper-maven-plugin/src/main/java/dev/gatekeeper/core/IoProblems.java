package dev.gatekeeper.core;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * What went wrong with a file, in words a user reads after the file's own name: never the exception's
 * class ({@code java.nio.file.NoSuchFileException: /x}), which is a stack trace's first line.
 */
public final class IoProblems {
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
        return message == null || message.isBlank() ? "an I/O error" : message;
    }
}
