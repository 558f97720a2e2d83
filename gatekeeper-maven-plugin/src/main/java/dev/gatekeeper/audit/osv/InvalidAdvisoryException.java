package dev.gatekeeper.audit.osv;

/** A file of the database that is not an OSV advisory at all. */
class InvalidAdvisoryException extends Exception {
    InvalidAdvisoryException(String message) {
        super(message);
    }
}
