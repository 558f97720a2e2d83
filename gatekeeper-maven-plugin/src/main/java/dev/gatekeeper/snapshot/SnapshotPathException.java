package dev.gatekeeper.snapshot;

/** A snapshot update that would write outside the snapshot directory; the message names both paths. */
public class SnapshotPathException extends Exception {
    public SnapshotPathException(String message) {
        super(message);
    }
}
