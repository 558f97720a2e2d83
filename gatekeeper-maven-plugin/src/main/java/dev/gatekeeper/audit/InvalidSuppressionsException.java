package dev.gatekeeper.audit;

/** The suppression file cannot be used; the message names the file, the entry and the problem. */
public class InvalidSuppressionsException extends Exception {
    public InvalidSuppressionsException(String message) {
        super(message);
    }
}
