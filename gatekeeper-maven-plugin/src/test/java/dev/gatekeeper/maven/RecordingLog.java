package dev.gatekeeper.maven;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.maven.plugin.logging.Log;

/**
 * A Maven log that keeps its lines ("info: verdict: …") for a test to read instead of printing them,
 * so that nothing a test logs ends up in the build's output.
 */
public final class RecordingLog implements Log {
    private final List<String> lines = new CopyOnWriteArrayList<>();

    public List<String> lines() {
        return List.copyOf(lines);
    }

    private void record(String level, CharSequence content, Throwable error) {
        lines.add(level + ": " + (content == null ? "" : content) + (error == null ? "" : " (" + error + ")"));
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public void debug(CharSequence content) {
        record("debug", content, null);
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        record("debug", content, error);
    }

    @Override
    public void debug(Throwable error) {
        record("debug", null, error);
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void info(CharSequence content) {
        record("info", content, null);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        record("info", content, error);
    }

    @Override
    public void info(Throwable error) {
        record("info", null, error);
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public void warn(CharSequence content) {
        record("warn", content, null);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        record("warn", content, error);
    }

    @Override
    public void warn(Throwable error) {
        record("warn", null, error);
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(CharSequence content) {
        record("error", content, null);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        record("error", content, error);
    }

    @Override
    public void error(Throwable error) {
        record("error", null, error);
    }
}
