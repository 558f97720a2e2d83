package dev.gatekeeper.sbom;

/** The file is not a CycloneDX document the verifier can read; the message says why, the line where. */
final class UnreadableSbomException extends Exception {
    private final Integer line;

    UnreadableSbomException(String message, Integer line) {
        super(message);
        this.line = line;
    }

    /** The 1-based line of the problem, or null when unknown. */
    Integer line() {
        return line;
    }
}
