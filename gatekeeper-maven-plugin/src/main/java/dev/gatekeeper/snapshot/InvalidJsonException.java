package dev.gatekeeper.snapshot;

/**
 * Text that is not one well-formed JSON value. The message is a single line a person can act on,
 * "line 3, column 7: Unexpected character ('}' …)", without Jackson's source excerpts or a stack trace.
 */
public class InvalidJsonException extends Exception {
    /** Used for {@link #line()} and {@link #column()} when the parser could not tell where it stopped. */
    public static final int UNKNOWN = -1;

    private final int line;
    private final int column;
    private final String problem;

    public InvalidJsonException(int line, int column, String problem) {
        super(
                line > 0 && column > 0 ? "line " + line + ", column " + column + ": " + problem : problem,
                null,
                false,
                false);
        this.line = line > 0 ? line : UNKNOWN;
        this.column = column > 0 ? column : UNKNOWN;
        this.problem = problem;
    }

    /** 1-based line of the problem, or {@link #UNKNOWN}. */
    public int line() {
        return line;
    }

    /** The line for a finding: null when unknown. */
    public Integer lineOrNull() {
        return line == UNKNOWN ? null : line;
    }

    /** 1-based column of the problem, or {@link #UNKNOWN}. */
    public int column() {
        return column;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }
}
