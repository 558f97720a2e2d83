package dev.gatekeeper.certify;

import java.nio.file.Path;

/** A test report that cannot be read as one; the message names the file, the line where known, and the problem. */
public class MalformedReportException extends Exception {
    private final Path file;
    private final Integer line;
    private final String problem;

    public MalformedReportException(Path file, Integer line, String problem) {
        super(file + (line == null ? "" : " line " + line) + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** 1-based line of the problem, or null when it is about the file as a whole. */
    public Integer line() {
        return line;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }
}
