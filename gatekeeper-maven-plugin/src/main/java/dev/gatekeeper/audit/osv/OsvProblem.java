package dev.gatekeeper.audit.osv;

/**
 * Something wrong with one file of an OSV database: the file (a zip entry is named
 * {@code all.zip!/GHSA-….json}) and what is wrong with it.
 */
public record OsvProblem(String file, String message) {
    @Override
    public String toString() {
        return file + ": " + message;
    }
}
