package dev.gatekeeper.audit.osv;

/** The database as a whole cannot be read: missing, neither a zip nor a directory, unreadable. */
public class InvalidOsvDatabaseException extends Exception {
    public InvalidOsvDatabaseException(String message) {
        super(message);
    }
}
