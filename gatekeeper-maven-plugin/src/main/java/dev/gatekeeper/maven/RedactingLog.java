package dev.gatekeeper.maven;

import dev.gatekeeper.core.SecretRedactor;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Maven's log with every message redacted with the build's secrets. Our goals return it from
 * {@code getLog()}, so even a line logged outside a gate's {@link MavenGateLog} is masked; the
 * messages of the exceptions a goal ends with, which Maven prints, are masked with {@link #failure}.
 */
public final class RedactingLog implements Log {
    private final Log log;

    private RedactingLog(Log log) {
        this.log = log;
    }

    public static Log of(Log log) {
        return log instanceof RedactingLog ? log : new RedactingLog(log);
    }

    /** A goal's body, which ends with Maven's exceptions. */
    public interface GoalBody {
        void run() throws MojoExecutionException, MojoFailureException;
    }

    /**
     * Runs a goal with the build's secrets known first, and masks the message of the exception it
     * ends with: Maven prints that message as the build's last words.
     */
    public static void execute(MavenSession session, GoalBody body)
            throws MojoExecutionException, MojoFailureException {
        BuildSecrets.share(session);
        runMasked(body);
    }

    /** Runs the goal's body; the exception it ends with leaves with its message masked. */
    static void runMasked(GoalBody body) throws MojoExecutionException, MojoFailureException {
        try {
            body.run();
        } catch (MojoFailureException e) {
            throw failure(e);
        } catch (MojoExecutionException e) {
            throw failure(e);
        }
    }

    /** The exception with its message masked: Maven prints it as the build's last words. */
    private static MojoFailureException failure(MojoFailureException e) {
        String shown = SecretRedactor.build().redact(e.getMessage());
        if (shown == null || shown.equals(e.getMessage())) {
            return e;
        }
        MojoFailureException masked = new MojoFailureException(shown);
        masked.setStackTrace(e.getStackTrace());
        return masked;
    }

    /** Like {@link #failure(MojoFailureException)}; the cause, printed only with -e, is kept. */
    private static MojoExecutionException failure(MojoExecutionException e) {
        String shown = SecretRedactor.build().redact(e.getMessage());
        if (shown == null || shown.equals(e.getMessage())) {
            return e;
        }
        return new MojoExecutionException(shown, e.getCause());
    }

    private static CharSequence shown(CharSequence content) {
        return content == null ? null : SecretRedactor.build().redact(content.toString());
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        if (log.isDebugEnabled()) {
            log.debug(shown(content));
        }
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        if (log.isDebugEnabled()) {
            log.debug(shown(content), error);
        }
    }

    @Override
    public void debug(Throwable error) {
        log.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        log.info(shown(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        log.info(shown(content), error);
    }

    @Override
    public void info(Throwable error) {
        log.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        log.warn(shown(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        log.warn(shown(content), error);
    }

    @Override
    public void warn(Throwable error) {
        log.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        log.error(shown(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        log.error(shown(content), error);
    }

    @Override
    public void error(Throwable error) {
        log.error(error);
    }
}
