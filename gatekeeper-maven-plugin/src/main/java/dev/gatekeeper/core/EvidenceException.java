package dev.gatekeeper.core;

/** Evidence that cannot be read or written; the message names the file and what is wrong with it. */
public class EvidenceException extends Exception {
    public EvidenceException(String message) {
        super(message);
    }

    public EvidenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
