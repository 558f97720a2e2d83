package dev.gatekeeper.core;

/** Where a gate reports progress. Implementations prefix every line with the gate's name. */
public interface GateLog {
    void info(String message);

    void warn(String message);

    void debug(String message);

    /** A log that drops everything; for tests and tools that only want the result. */
    static GateLog silent() {
        return new GateLog() {
            @Override
            public void info(String message) {}

            @Override
            public void warn(String message) {}

            @Override
            public void debug(String message) {}
        };
    }
}
