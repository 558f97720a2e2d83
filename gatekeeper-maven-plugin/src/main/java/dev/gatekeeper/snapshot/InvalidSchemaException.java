package dev.gatekeeper.snapshot;

/** A JSON Schema file that cannot be used: missing, unreadable, not JSON, or not a schema the validator accepts. */
public class InvalidSchemaException extends Exception {
    public InvalidSchemaException(String message) {
        super(message);
    }

    public InvalidSchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
