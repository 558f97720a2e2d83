package dev.gatekeeper.mojo;

import dev.gatekeeper.core.GateLog;
import dev.gatekeeper.core.PrintableText;
import org.apache.maven.plugin.logging.Log;

/** Adapts Maven's log, starting every line with the gate's name so a reader knows who spoke. */
final class MavenGateLog implements GateLog {
    private final String prefix;
    private final Log log;

    MavenGateLog(String gate, Log log) {
        this.prefix = gate + ": ";
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(prefix + PrintableText.of(message));
    }

    @Override
    public void warn(String message) {
        log.warn(prefix + PrintableText.of(message));
    }

    @Override
    public void debug(String message) {
        if (log.isDebugEnabled()) {
            log.debug(prefix + PrintableText.of(message));
        }
    }

    void error(String message) {
        log.error(prefix + PrintableText.of(message));
    }
}
