package dev.gatekeeper.audit.osv.download;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * A second build on the same machine, for {@link OsvDatabaseDownloadConcurrencyTest}: refreshes the database
 * at {@code args[0]} into {@code args[1]} and prints each progress line and then the outcome.
 *
 * <pre>java -cp &lt;test classpath&gt; dev.gatekeeper.audit.osv.download.RefreshInAnotherJvm URL DIRECTORY</pre>
 */
public final class RefreshInAnotherJvm {
    private RefreshInAnotherJvm() {}

    public static void main(String[] args) throws Exception {
        DownloadSettings settings = new DownloadSettings(
                URI.create(args[0]), Path.of(args[1]), null, Duration.ofSeconds(10), Duration.ofSeconds(30), false);
        OsvDatabaseDownload.Timing timing =
                new OsvDatabaseDownload.Timing(Duration.ofMillis(200), Duration.ofSeconds(30), Duration.ofSeconds(30));
        OsvDatabaseDownload.Copy copy = new OsvDatabaseDownload(
                        settings, line -> System.out.println("progress: " + line), Clock.systemUTC(), timing)
                .refresh();
        System.out.println("outcome: " + copy.outcome());
    }
}
