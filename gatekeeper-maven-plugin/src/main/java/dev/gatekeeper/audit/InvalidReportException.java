package dev.gatekeeper.audit;

/** The scanner's report cannot be read; the message names the file and the problem. */
public class InvalidReportException extends Exception {
    public InvalidReportException(String message) {
        super(message);
    }
}
