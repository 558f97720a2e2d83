package dev.gatekeeper.maven;

import dev.gatekeeper.core.GateLog;
import dev.gatekeeper.core.PrintableText;
import org.apache.maven.plugin.logging.Log;

/**
 * Adapts Maven's log, starting every line with the gate's name so a reader knows who spoke. Every
 * line goes through {@link RedactingLog}, masked with the build's secrets: nothing of ours reaches
 * the console unmasked.
 */
public final class MavenGateLog implements GateLog {
    private final String prefix;
    private final Log log;

    public MavenGateLog(String gate, Log log) {
        this.prefix = gate + ": ";
        this.log = RedactingLog.of(log);
    }

    @Override
    public void info(String message) {
        log.info(shown(message));
    }

    @Override
    public void warn(String message) {
        log.warn(shown(message));
    }

    @Override
    public void debug(String message) {
        if (log.isDebugEnabled()) {
            log.debug(shown(message));
        }
    }

    public void error(String message) {
        log.error(shown(message));
    }

    private String shown(String message) {
        return prefix + PrintableText.of(message);
    }
}
