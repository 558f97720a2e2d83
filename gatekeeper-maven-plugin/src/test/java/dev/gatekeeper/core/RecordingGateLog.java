package dev.gatekeeper.core;

import java.util.ArrayList;
import java.util.List;

/** A gate log for tests that keeps every line, prefixed with its level ("INFO …", "WARN …", "DEBUG …"). */
public final class RecordingGateLog implements GateLog {
    private final List<String> lines = new ArrayList<>();

    /** The lines so far, live: later lines appear in the same list. */
    public List<String> lines() {
        return lines;
    }

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public void debug(String message) {
        lines.add("DEBUG " + message);
    }
}
