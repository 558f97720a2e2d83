package dev.gatekeeper.core;

/**
 * The processes of a command another library starts (the Maven Invoker's forked build), which this code
 * never gets a {@link Process} of: the command is started with {@link #variable()} set to {@link #id()} in
 * its environment, which every descendant inherits, so that they can be found and ended (on Linux, see
 * {@link ProcessTree}). While open, a JVM exit ends them (a build that fails while a background consumer build
 * runs); {@link #close()} ends whatever is left, e.g. after the thread that waited for the command was
 * interrupted.
 */
public final class MarkedProcesses implements AutoCloseable {
    private final ProcessTree tree = new ProcessTree();

    private MarkedProcesses() {}

    /** A new mark, ended at JVM exit until closed. */
    public static MarkedProcesses open() {
        MarkedProcesses marked = new MarkedProcesses();
        LiveCommands.add(marked.tree);
        return marked;
    }

    /** The environment variable to set for the command. */
    public String variable() {
        return ProcessTree.MARKER;
    }

    /** Its value for this command. */
    public String id() {
        return tree.id();
    }

    /** Ends every process still carrying the mark, then stops watching for the JVM's exit. */
    @Override
    public void close() {
        // an interrupted thread (the background pool stopped at JVM exit) still waits for the ending
        boolean interrupted = Thread.interrupted();
        try {
            tree.endQuietly();
        } finally {
            LiveCommands.remove(tree);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
